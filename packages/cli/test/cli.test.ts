import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ENGINE_CHECKS } from '@techfolio/engine'
import { afterAll, describe, expect, it } from 'vitest'
import {
  BIN,
  baseEnv,
  cleanTemps,
  doc,
  MARKER_REMARKRC,
  type Run,
  techfolio,
  tempDir,
  writeFiles,
} from './helpers.js'

const CROSS_DOCUMENT_CHECKS = ENGINE_CHECKS.filter((check) => check.scope === 'portfolio')

afterAll(cleanTemps)

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes
const ANSI = /\u001b\[/
const STACK = /\n\s+at /

/** A portfolio with the marker rule and every cross-document check off, so findings are only ours. */
function portfolio(files: Record<string, string>, config: Record<string, unknown> = {}): string {
  const root = tempDir()
  writeFiles(root, {
    '.remarkrc.mjs': MARKER_REMARKRC,
    'techfolio.config.json': JSON.stringify({
      checks: Object.fromEntries(CROSS_DOCUMENT_CHECKS.map((check) => [check.id, 'off'])),
      ...config,
    }),
    ...Object.fromEntries(Object.entries(files).map(([path, text]) => [`portfolio/${path}`, text])),
  })
  return root
}

const clean = () =>
  portfolio({
    'executive-summary.md': doc('executive-summary', 'Summary'),
    'systems/payments.md': doc('system', 'Payments'),
  })

const dirty = () =>
  portfolio({
    'executive-summary.md': doc('executive-summary', 'Summary', 'ERRME 50%, done: really'),
    'systems/pay,ments.md': doc('system', 'Payments', 'WARNME here'),
  })

function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(STACK)
  expect(run.stdout).not.toMatch(STACK)
}

function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2)
  expectNoStack(run)
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^techfolio: /)
  expect(lines[0]).toMatch(pattern)
}

const keys = (value: object) => Object.keys(value).sort()

describe('techfolio lint', () => {
  it('--format json follows the contract exactly', () => {
    const run = techfolio(dirty(), ['lint', '--format', 'json'])
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout)
    expect(keys(json)).toEqual(['errorCount', 'files', 'warningCount'])
    expect(json.errorCount).toBe(1)
    expect(json.warningCount).toBe(1)
    expect(json.files.map((file: { path: string }) => file.path)).toEqual([
      'portfolio/executive-summary.md',
      'portfolio/systems/pay,ments.md',
    ])
    for (const file of json.files) {
      expect(keys(file)).toEqual(['messages', 'path'])
      for (const message of file.messages) {
        expect(keys(message)).toEqual(['column', 'line', 'message', 'ruleId', 'severity', 'url'])
      }
    }
    expect(json.files[0].messages[0]).toEqual({
      ruleId: 'test-marker',
      severity: 'error',
      message: 'marker: ERRME 50%, done: really',
      line: 8,
      column: 1,
      url: 'https://example.com/test-marker.md',
    })
    expect(run.stderr).toBe('')
  })

  it('exits 0 on a clean portfolio', () => {
    const run = techfolio(clean(), ['lint', '--format', 'json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ errorCount: 0, warningCount: 0 })
  })

  it('text: grouped by file, no colour when not a TTY, colour with FORCE_COLOR, none with NO_COLOR', () => {
    const root = dirty()
    const run = techfolio(root, ['lint'])
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(ANSI)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('portfolio/executive-summary.md\n')
    expect(run.stdout).toMatch(
      /^ {2}8:1 {2}error {2}marker: ERRME 50%, done: really {2}test-marker$/m,
    )
    expect(run.stdout).toMatch(/warning {2}marker: WARNME here/)
    expect(run.stdout).toContain('2 problems (1 error, 1 warning)')
    expect(techfolio(root, ['lint'], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI)
    expect(techfolio(root, ['lint'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ANSI)
  })

  it('--format sarif is SARIF 2.1.0 for code scanning', () => {
    const run = techfolio(dirty(), ['lint', '--format', 'sarif'])
    expect(run.code).toBe(1)
    const sarif = JSON.parse(run.stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/)
    expect(sarif.runs).toHaveLength(1)
    const [runObject] = sarif.runs
    expect(runObject.tool.driver.name).toBe('techfolio')
    expect(runObject.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    const ruleIds = runObject.tool.driver.rules.map((rule: { id: string }) => rule.id)
    expect(ruleIds).toContain('portfolio-required-sections')
    expect(ruleIds).toContain('test-marker')
    for (const rule of runObject.tool.driver.rules) {
      expect(typeof rule.id).toBe('string')
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
    }
    const required = runObject.tool.driver.rules.find(
      (rule: { id: string }) => rule.id === 'portfolio-required-sections',
    )
    expect(required.helpUri).toMatch(/^https:\/\/.*portfolio-required-sections\.md$/)
    expect(runObject.results).toHaveLength(2)
    for (const result of runObject.results) {
      expect(keys(result)).toEqual(['level', 'locations', 'message', 'ruleId', 'ruleIndex'])
      expect(['error', 'warning']).toContain(result.level)
      expect(runObject.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(typeof result.message.text).toBe('string')
      const location = result.locations[0].physicalLocation
      expect(location.artifactLocation.uri).toMatch(/^portfolio\//)
      expect(location.region.startLine).toBeGreaterThanOrEqual(1)
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1)
    }
    expect(runObject.results[1].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'portfolio/systems/pay%2Cments.md',
    )
  })

  it('--format github prints escaped workflow commands', () => {
    const run = techfolio(dirty(), ['lint', '--format', 'github'])
    expect(run.code).toBe(1)
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      '::error file=portfolio/executive-summary.md,line=8,col=1,endLine=8,endColumn=24,title=test-marker::marker: ERRME 50%25, done: really',
      '::warning file=portfolio/systems/pay%2Cments.md,line=8,col=1,endLine=8,endColumn=12,title=test-marker::marker: WARNME here',
    ])
  })

  it('--max-warnings fails a run with more warnings than allowed', () => {
    const root = portfolio({
      'systems/a.md': doc('system', 'A', 'WARNME'),
      'b.md': doc('system', 'B', 'WARNME'),
    })
    expect(techfolio(root, ['lint']).code).toBe(0)
    expect(techfolio(root, ['lint', '--max-warnings', '2']).code).toBe(0)
    const over = techfolio(root, ['lint', '--max-warnings', '1', '--format', 'json'])
    expect(over.code).toBe(1)
    expect(JSON.parse(over.stdout).warningCount).toBe(2)
    expect(over.stderr).toMatch(/2 warnings, more than --max-warnings 1/)
    expectOneLineError(techfolio(root, ['lint', '--max-warnings', 'many']), /max-warnings/)
    expectOneLineError(techfolio(root, ['lint', '--max-warnings', '-1']), /max-warnings/)
  })

  it('lints only the paths given', () => {
    const run = techfolio(dirty(), ['lint', 'portfolio/systems', '--format', 'json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'portfolio/systems/pay,ments.md',
    ])
  })

  it('prints no progress bar and no ANSI codes when not on a terminal, even for 350 files', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 350; i++) files[`notes/n${i}.md`] = doc('system', `N${i}`)
    const run = techfolio(portfolio(files), ['lint'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(ANSI)
    expect(run.stdout).toContain('350 files checked, no problems')
  })
})

/** util-linux `script` runs a command on a pseudo-terminal: stdout and stderr are TTYs. */
const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0

describe.skipIf(!hasScript)('on a terminal', () => {
  function onTty(cwd: string, args: string[]): string {
    const command = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ')
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd,
      env: baseEnv({ TERM: 'xterm' }),
      encoding: 'utf8',
      timeout: 60_000,
    })
    return result.stdout
  }

  function large(): string {
    const files: Record<string, string> = {}
    for (let i = 0; i < 350; i++) files[`notes/n${i}.md`] = doc('system', `N${i}`)
    return portfolio(files)
  }

  it('shows a progress bar for a large run, colours the text', () => {
    const output = onTty(large(), ['lint', '--no-cache'])
    expect(output).toMatch(/checking .*\/350 files/)
    expect(output).toMatch(ANSI)
    expect(output).toContain('350 files checked, no problems')
  })

  it('shows no progress bar in json output or for a small run', () => {
    const root = large()
    const json = onTty(root, ['lint', '--no-cache', '--format', 'json'])
    expect(json).not.toContain('checking')
    expect(json).toContain('"errorCount": 0')
    expect(onTty(clean(), ['lint', '--no-cache'])).not.toContain('checking')
  })
})

describe('techfolio score', () => {
  it('--format json follows the contract exactly', () => {
    const run = techfolio(dirty(), ['score', '--format', 'json'])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(keys(json)).toEqual(['checklist', 'documents', 'principles', 'score'])
    expect(Number.isInteger(json.score)).toBe(true)
    expect(json.score).toBeGreaterThanOrEqual(0)
    expect(json.score).toBeLessThanOrEqual(100)
    expect(json.documents.length).toBe(2)
    for (const document of json.documents) {
      expect(keys(document)).toEqual(['checks', 'kind', 'path', 'score', 'title'])
      expect(Number.isInteger(document.score)).toBe(true)
      for (const check of document.checks) {
        expect(keys(check)).toEqual(['id', 'message', 'passed', 'weight'])
      }
    }
    expect(json.documents[0]).toMatchObject({
      path: 'portfolio/executive-summary.md',
      kind: 'executive-summary',
      title: 'Summary',
    })
    for (const item of json.checklist) expect(keys(item)).toEqual(['done', 'id', 'label'])
    // design.md's keys plus the engine's coverage (added, none renamed).
    for (const principle of json.principles) {
      expect(keys(principle)).toEqual(['documents', 'met', 'name', 'required', 'stories'])
    }
  })

  it('prints the table and the portfolio score', () => {
    const run = techfolio(clean(), ['score'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Document\s+Kind\s+Score\s+Failing checks$/m)
    expect(run.stdout).toMatch(/^portfolio\/systems\/payments\.md\s+system\s+\d+\s+\d+$/m)
    expect(run.stdout).toMatch(/Portfolio score: \d+\/100/)
    expect(run.stdout).not.toMatch(ANSI)
  })

  it('--fail-under exits 1 under the threshold, validates 0-100', () => {
    const root = clean()
    const { score } = JSON.parse(techfolio(root, ['score', '--format', 'json']).stdout)
    expect(techfolio(root, ['score', '--fail-under', String(score)]).code).toBe(0)
    expect(techfolio(root, ['score', '--fail-under', '0']).code).toBe(0)
    if (score < 100) {
      const under = techfolio(root, ['score', '--fail-under', String(score + 1)])
      expect(under.code).toBe(1)
      expect(under.stderr).toMatch(new RegExp(`portfolio score ${score} is under ${score + 1}`))
    }
    expectOneLineError(techfolio(root, ['score', '--fail-under', '101']), /fail-under.*0 to 100/)
    expectOneLineError(techfolio(root, ['score', '--fail-under', 'high']), /fail-under/)
  })

  it('uses thresholds.failUnder from the config', () => {
    const root = portfolio(
      { 'systems/payments.md': doc('system', 'Payments') },
      { thresholds: { failUnder: 100 } },
    )
    const { score } = JSON.parse(techfolio(root, ['score', '--format', 'json']).stdout)
    if (score < 100) expect(techfolio(root, ['score']).code).toBe(1)
    expect(techfolio(root, ['score', '--fail-under', '0']).code).toBe(0)
  })
})

describe('techfolio check', () => {
  it('prints no control character from a file name or a title, in text or JSON', () => {
    // An ESC in the file name, a C1 CSI in the title (JSON.stringify leaves C1 as it is).
    const root = portfolio({
      'systems/pay\u001bments.md': doc('system', 'Pay\u009b31mments', 'WARNME'),
    })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/
    for (const format of ['text', 'json']) {
      const run = techfolio(root, ['check', 'portfolio', '--format', format], { NO_COLOR: '1' })
      expect(run.stdout).not.toMatch(control)
      expect(run.stdout).toContain('pay\ufffdments.md')
      if (format === 'json') expect(run.stdout).toContain('Pay\ufffd31mments')
    }
  })

  it('shows findings then the score table; exit 1 on errors', () => {
    const run = techfolio(dirty(), ['check', 'portfolio'])
    expect(run.code).toBe(1)
    const findings = run.stdout.indexOf('marker: ERRME')
    const table = run.stdout.indexOf('Portfolio score:')
    expect(findings).toBeGreaterThan(-1)
    expect(table).toBeGreaterThan(findings)
    expect(run.stdout).toMatch(/^Document\s+Kind\s+Score/m)
  })

  it('exits 0 on a clean portfolio and 1 under --fail-under', () => {
    const root = clean()
    expect(techfolio(root, ['check']).code).toBe(0)
    expect(techfolio(root, ['check', '--fail-under', '0']).code).toBe(0)
    const { score } = JSON.parse(techfolio(root, ['score', '--format', 'json']).stdout)
    if (score < 100) expect(techfolio(root, ['check', '--fail-under', '100']).code).toBe(1)
  })

  it('--format json holds both contracts', () => {
    const run = techfolio(dirty(), ['check', '--format', 'json'])
    const json = JSON.parse(run.stdout)
    expect(keys(json)).toEqual(['lint', 'score'])
    expect(keys(json.lint)).toEqual(['errorCount', 'files', 'warningCount'])
    expect(keys(json.score)).toEqual(['checklist', 'documents', 'principles', 'score'])
  })
})

describe('techfolio new', () => {
  function withTemplates(): string {
    const root = tempDir()
    writeFiles(root, {
      'portfolio/templates/system.md':
        '---\nkind: system\ntitle: "{{title}}"\ndate: {{date}}\n---\n\n# {{title}}\n',
      'portfolio/templates/decision-record.md':
        '---\nkind: decision-record\ntitle: "{{title}}"\n---\n\n# {{number}}. {{title}}\n\nDate: {{date}}\n',
    })
    return root
  }

  it('scaffolds from the portfolio template with a slug file name', () => {
    const root = withTemplates()
    const run = techfolio(root, [
      'new',
      'system',
      'Payments: Platform "v2"',
      '--date',
      '2025-03-04',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Created portfolio/systems/payments-platform-v2.md\n')
    expect(readFileSync(join(root, 'portfolio/systems/payments-platform-v2.md'), 'utf8')).toBe(
      '---\nkind: system\ntitle: "Payments: Platform \\"v2\\""\ndate: 2025-03-04\n---\n\n# Payments: Platform "v2"\n',
    )
  })

  it('numbers decision records as adr-tools does', () => {
    const root = withTemplates()
    writeFiles(root, {
      'portfolio/decisions/0001-first.md': 'x',
      'portfolio/decisions/0002-second.md': 'x',
    })
    const run = techfolio(root, [
      'new',
      'decision-record',
      'Extract payments',
      '--date',
      '2025-01-01',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Created portfolio/decisions/0003-extract-payments.md\n')
    const text = readFileSync(join(root, 'portfolio/decisions/0003-extract-payments.md'), 'utf8')
    expect(text).toContain('# 0003. Extract payments\n\nDate: 2025-01-01\n')
    expect(techfolio(root, ['new', 'adr', 'Next one']).stdout).toBe(
      'Created portfolio/decisions/0004-next-one.md\n',
    )
  })

  it('scaffolds a MADR decision record with --format madr, and refuses other formats', () => {
    const root = tempDir()
    const run = techfolio(root, [
      'new',
      'decision-record',
      'Use Kafka for tracking events',
      '--format',
      'madr',
      '--date',
      '2025-06-02',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Created portfolio/decisions/0001-use-kafka-for-tracking-events.md\n')
    const text = readFileSync(
      join(root, 'portfolio/decisions/0001-use-kafka-for-tracking-events.md'),
      'utf8',
    )
    expect(text).toContain('kind: decision-record\n')
    expect(text).toContain('date: 2025-06-02\n')
    expect(text).toContain('# 0001: Use Kafka for tracking events\n')
    for (const heading of [
      '## Context and Problem Statement',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '## Pros and Cons of the Options',
    ]) {
      expect(text).toContain(`${heading}\n`)
    }
    expect(text).toContain('Chosen option: ')
    // The default is still the guide's record.
    techfolio(root, ['new', 'decision-record', 'Guide style'])
    const guide = readFileSync(join(root, 'portfolio/decisions/0002-guide-style.md'), 'utf8')
    expect(guide).toContain('## Options Considered')
    expectOneLineError(
      techfolio(root, ['new', 'system', 'Payments', '--format', 'madr']),
      /--format "madr" is not a format of system/,
    )
  })

  it('starts decision numbers at 0001', () => {
    const root = withTemplates()
    expect(techfolio(root, ['new', 'decision-record', 'First']).stdout).toBe(
      'Created portfolio/decisions/0001-first.md\n',
    )
  })

  it('never overwrites', () => {
    const root = withTemplates()
    writeFiles(root, { 'portfolio/systems/payments.md': 'mine' })
    const run = techfolio(root, ['new', 'system', 'Payments'])
    expectOneLineError(run, /portfolio\/systems\/payments\.md already exists/)
    expect(readFileSync(join(root, 'portfolio/systems/payments.md'), 'utf8')).toBe('mine')
  })

  it('puts stories in leadership/ and uses a built-in template without templates/', () => {
    const root = tempDir()
    const run = techfolio(root, ['new', 'team-development', 'Growing the team', '--dir', 'p'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Created p/leadership/growing-the-team.md\n')
    const text = readFileSync(join(root, 'p/leadership/growing-the-team.md'), 'utf8')
    expect(text).toMatch(/^---\n[\s\S]*kind: team-development\n[\s\S]*title: "Growing the team"/)
    expect(text).not.toContain('{{')
  })

  it('rejects an unknown kind with a suggestion and the list', () => {
    const run = techfolio(tempDir(), ['new', 'sytem', 'X'])
    expectOneLineError(run, /unknown kind "sytem"; did you mean "system"\?.*decision-record/)
  })

  it('rejects a title with nothing to make a file name from', () => {
    expectOneLineError(techfolio(tempDir(), ['new', 'system', '!!!']), /title/)
  })

  it('reports a missing argument as a usage error', () => {
    expectOneLineError(techfolio(tempDir(), ['new', 'system']), /missing required argument/)
  })
})

describe('techfolio init', () => {
  it('creates the folder, templates and a config file, and says so', () => {
    const root = tempDir()
    const run = techfolio(root, ['init'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('techfolio.config.json')
    expect(run.stdout).toContain('portfolio/templates/system.md')
    const config = JSON.parse(readFileSync(join(root, 'techfolio.config.json'), 'utf8'))
    expect(config.paths).toEqual(['portfolio'])
    const templates = readdirSync(join(root, 'portfolio/templates'))
    expect(templates).toContain('decision-record.md')
    expect(templates.length).toBeGreaterThanOrEqual(10)
    // The new portfolio is usable right away.
    expect(techfolio(root, ['new', 'system', 'Payments']).code).toBe(0)
  })

  it('takes a folder and refuses to overwrite', () => {
    const root = tempDir()
    expect(techfolio(root, ['init', 'mine']).code).toBe(0)
    expect(JSON.parse(readFileSync(join(root, 'techfolio.config.json'), 'utf8')).paths).toEqual([
      'mine',
    ])
    const again = techfolio(root, ['init', 'mine'])
    expectOneLineError(again, /already exists/)
  })

  it('writes nothing when one file is in the way', () => {
    const root = tempDir()
    writeFiles(root, { 'portfolio/templates/system.md': 'mine' })
    expectOneLineError(techfolio(root, ['init']), /portfolio\/templates\/system\.md already exists/)
    expect(existsSync(join(root, 'techfolio.config.json'))).toBe(false)
    expect(readFileSync(join(root, 'portfolio/templates/system.md'), 'utf8')).toBe('mine')
  })
})

describe('techfolio explain', () => {
  it('prints a lint rule with or without the portfolio- prefix', () => {
    const root = tempDir()
    const full = techfolio(root, ['explain', 'portfolio-required-sections'])
    expect(full.code).toBe(0)
    expect(full.stdout).toContain('portfolio-required-sections')
    expect(techfolio(root, ['explain', 'required-sections']).stdout).toBe(full.stdout)
  })

  it('prints a cross-document check', () => {
    const check = CROSS_DOCUMENT_CHECKS[0]
    if (!check) return
    const run = techfolio(tempDir(), ['explain', check.id])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(check.id)
  })

  it('lists every rule', () => {
    const run = techfolio(tempDir(), ['explain', '--list'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^portfolio-trade-offs\s+/m)
  })

  it('rejects an unknown rule with a suggestion', () => {
    expectOneLineError(
      techfolio(tempDir(), ['explain', 'required-section']),
      /unknown rule "required-section"; did you mean "(portfolio-)?required-sections"\?/,
    )
  })
})

describe('the cache and --debug', () => {
  it('a second run over an unchanged portfolio parses nothing; --no-cache parses all', () => {
    const root = clean()
    const first = techfolio(root, ['lint', '--debug'])
    expect(first.stderr).toBe('techfolio: 2 files, 2 parsed, 0 from cache, 0 workers\n')
    const second = techfolio(root, ['lint', '--debug'])
    expect(second.stderr).toBe('techfolio: 2 files, 0 parsed, 2 from cache, 0 workers\n')
    expect(second.stdout).toBe(first.stdout)
    const uncached = techfolio(root, ['lint', '--debug', '--no-cache'])
    expect(uncached.stderr).toBe('techfolio: 2 files, 2 parsed, 0 from cache, 0 workers\n')
  })
})

describe('explain pages', () => {
  it('prints the generated docs page of a lint rule', () => {
    const require = createRequire(import.meta.url)
    const rulesDir = dirname(dirname(require.resolve('@techfolio/remark-lint-portfolio')))
    const page = join(rulesDir, 'docs/rules/portfolio-front-matter.md')
    if (!existsSync(page)) return
    const run = techfolio(tempDir(), ['explain', 'front-matter'])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('# portfolio-front-matter')).toBe(true)
    expect(run.stdout.trim()).toBe(
      readFileSync(page, 'utf8')
        .replace(/^(?:\s*<!--[\s\S]*?-->)+\s*/, '')
        .trim(),
    )
  })
})

describe('bad input', () => {
  it('a symlink loop or a link out of the repository does not crash the run', () => {
    const root = clean()
    symlinkSync('..', join(root, 'portfolio/loop'))
    symlinkSync('/etc/hostname', join(root, 'portfolio/outside.md'))
    const run = techfolio(root, ['lint', '--format', 'json'])
    expectNoStack(run)
    expect([0, 1, 2]).toContain(run.code)
    if (run.code !== 2) {
      const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path)
      expect(paths.filter((path: string) => path.includes('loop/loop'))).toEqual([])
    } else {
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    }
  })

  it('a missing path exits 2', () => {
    expectOneLineError(techfolio(clean(), ['lint', 'nope']), /nope/)
  })

  it('a folder with no Markdown exits 2', () => {
    const root = clean()
    writeFiles(root, { 'empty/readme.txt': 'x' })
    expectOneLineError(techfolio(root, ['lint', 'empty']), /empty/)
  })

  it('a config with a wrong type exits 2 naming the key path', () => {
    const root = portfolio({ 'a.md': doc('system', 'A') }, { thresholds: { failUnder: 'high' } })
    expectOneLineError(techfolio(root, ['lint']), /thresholds\.failUnder/)
    expectOneLineError(techfolio(root, ['score']), /thresholds\.failUnder/)
  })

  it('an unknown rule in the config exits 2', () => {
    const root = portfolio(
      { 'a.md': doc('system', 'A') },
      { checks: { 'portfolio-no-such': 'off' } },
    )
    expectOneLineError(techfolio(root, ['check']), /portfolio-no-such/)
  })

  it('an explicit config that does not exist exits 2', () => {
    expectOneLineError(techfolio(clean(), ['lint', '--config', 'missing.json']), /missing\.json/)
  })

  it('an unknown format exits 2', () => {
    expectOneLineError(
      techfolio(clean(), ['lint', '--format', 'xml']),
      /xml.*text, json, sarif, github/,
    )
    expectOneLineError(techfolio(clean(), ['score', '--format', 'sarif']), /sarif/)
  })

  it('an unknown command or option exits 2 with a suggestion', () => {
    expectOneLineError(techfolio(tempDir(), ['lnt']), /unknown command 'lnt'.*lint/)
    expectOneLineError(
      techfolio(tempDir(), ['lint', '--formt', 'json']),
      /unknown option '--formt'/,
    )
  })

  it('no command shows the help and exits 2', () => {
    const run = techfolio(tempDir(), [])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: techfolio')
  })
})

describe('help and version', () => {
  it.each(['lint', 'score', 'check', 'new', 'init', 'explain'])(
    '%s --help has examples',
    (command) => {
      const run = techfolio(tempDir(), [command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Usage: techfolio ${command}`)
      expect(run.stdout).toContain('Examples:')
      expect(run.stdout).toContain(`techfolio ${command}`)
    },
  )

  it('--help lists the commands and exit codes', () => {
    const run = techfolio(tempDir(), ['--help'])
    expect(run.code).toBe(0)
    for (const command of ['lint', 'score', 'check', 'new', 'init', 'explain']) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'))
    }
    expect(run.stdout).toContain('Exit codes:')
  })

  it("help <command> prints that command's help", () => {
    const run = techfolio(tempDir(), ['help', 'score'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: techfolio score')
  })

  it('--version prints the version', () => {
    const run = techfolio(tempDir(), ['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
