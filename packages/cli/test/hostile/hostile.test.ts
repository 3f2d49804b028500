/**
 * Hostile and careless inputs (issue 7): each row is a command, its exit code
 * and the one line expected. Every run is killed after RUN_TIMEOUT_MS, so a
 * regression to a hang fails fast instead of stalling CI.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, baseEnv, cleanTemps, PRESET_URL, tempDir, writeFiles } from '../helpers.js'

const RUN_TIMEOUT_MS = 10_000

afterAll(cleanTemps)

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

function run(cwd: string, args: string[]): Run {
  const started = Date.now()
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: baseEnv(),
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  })
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: Date.now() - started,
  }
}

/** A decision record a stranger might write: another industry, other words. */
const GOOD = `---
kind: decision-record
title: Move freight tracking to event sourcing
date: 2025-03-14
status: accepted
---

# Move freight tracking to event sourcing

## Context

Dispatchers lost container positions when the tracking database failed over.

## Decision

Store every position change as an event and rebuild views from the log.

## Consequences

Replays take 4 minutes for a day of events; storage grows 30% a year.
`

/** A repository with one good document and the given hostile ones, under `docs/`. */
function portfolio(files: Record<string, string>): string {
  const dir = tempDir()
  mkdirSync(join(dir, '.git'))
  writeFiles(dir, { 'docs/freight.md': GOOD, ...files })
  return dir
}

interface LintJson {
  files: { path: string; messages: { ruleId: string; message: string }[] }[]
}

function lintJson(dir: string, args: string[] = []): { run: Run; json: LintJson } {
  const result = run(dir, ['lint', '--no-cache', '--format', 'json', ...args, 'docs'])
  return { run: result, json: JSON.parse(result.stdout) as LintJson }
}

const ALIAS_BOMB = `---
kind: system
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
title: Bomb
---

# Bomb
`

describe('a lint comment cannot make a document complete', { timeout: 20_000 }, () => {
  it('<!--lint disable--> on the last line of a sectionless system still reports what is missing', () => {
    const empty = '---\nkind: system\ntitle: Payments\n---\n\n# Payments\n\n<!--lint disable-->\n'
    const dir = portfolio({ 'docs/empty.md': empty })
    const { json, run: result } = lintJson(dir)
    expect(result.code).toBe(1)
    const missing = json.files
      .find((file) => file.path === 'docs/empty.md')
      ?.messages.filter((message) => message.ruleId === 'portfolio-required-sections')
    expect(missing?.map((message) => message.message.split(' in ')[0])).toEqual(
      expect.arrayContaining(['Missing "Scale"', 'Missing "Architecture Overview"']),
    )
    const score = run(dir, ['score', '--no-cache', '--format', 'json', 'docs/empty.md'])
    expect(JSON.parse(score.stdout).documents[0].score).toBeLessThanOrEqual(10)
    // A finding on a line still obeys the comment, as remark-lint documents.
    const placeholder = empty.replace(
      '# Payments\n',
      '# Payments\n\n<!--lint disable portfolio-placeholders-->\n\nScale: TBD\n',
    )
    writeFileSync(join(dir, 'docs/empty.md'), placeholder)
    const again = lintJson(dir).json.files.find((file) => file.path === 'docs/empty.md')
    expect(again?.messages.map((message) => message.ruleId)).not.toContain('portfolio-placeholders')
  })
})

describe('one document never ends the run', { timeout: 20_000 }, () => {
  it.each([
    [
      'an unresolved YAML alias',
      '---\nkind: system\ntitle: *Payments*\n---\n\n# Payments\n',
      /Unresolved alias/,
    ],
    ['a YAML alias bomb', ALIAS_BOMB, /Excessive alias count/],
    [
      '5,000 nested `**`',
      `${'**a '.repeat(5000)}x${' b**'.repeat(5000)}\n`,
      /emphasis or link markers/,
    ],
    ['one line of 15,000 list markers', `${'- '.repeat(15000)}x\n`, /nest about \d+ levels/],
    [
      '40 lines of 2,500 list markers',
      `${'- '.repeat(2500)}x\n`.repeat(40),
      /nest about|List item/,
    ],
  ])(
    '%s: a finding on that file, the other file checked, exit 1, fast',
    (_name, text, expected) => {
      const dir = portfolio({ 'docs/hostile.md': text })
      const { run: result, json } = lintJson(dir)
      expect(result.code, result.stderr).toBe(1)
      expect(result.stderr).toBe('')
      expect(result.ms).toBeLessThan(5_000)
      const hostile = json.files.find((file) => file.path === 'docs/hostile.md')
      expect(hostile?.messages).toHaveLength(1)
      expect(hostile?.messages[0]?.message).toMatch(expected)
      const good = json.files.find((file) => file.path === 'docs/freight.md')
      expect(good?.messages.map((message) => message.ruleId)).not.toContain('portfolio-internal')
    },
  )

  it('a good document alone gives no portfolio-internal or nesting finding', () => {
    const dir = portfolio({})
    const { json } = lintJson(dir)
    const ids = json.files.flatMap((file) => file.messages.map((message) => message.ruleId))
    expect(ids).not.toContain('portfolio-internal')
    expect(ids).not.toContain('portfolio-nesting')
  })

  it('a cache entry that is null is rebuilt, not exit 2 for ever', () => {
    const dir = portfolio({})
    const first = run(dir, ['lint', 'docs'])
    expect(first.code, first.stderr).toBe(1)
    const folder = join(dir, 'node_modules/.cache/techfolio/techfolio-cache')
    const name = readdirSync(folder).find((file) => file.startsWith('engine-')) as string
    const data = JSON.parse(readFileSync(join(folder, name), 'utf8'))
    for (const key of Object.keys(data.entries)) data.entries[key] = null
    writeFileSync(join(folder, name), JSON.stringify(data))
    const again = run(dir, ['lint', 'docs'])
    expect(again.code, again.stderr).toBe(1)
    expect(again.stdout).toBe(first.stdout)
  })
})

describe('untrusted names stay data', { timeout: 20_000 }, () => {
  const evil = 'a\n::error file=README.md::pwned\n.md'

  it.each([
    ['lint', 'text'],
    ['lint', 'github'],
    ['check', 'text'],
    ['check', 'github'],
  ])(
    '%s --format %s: no line of stdout starts a workflow command from a file name',
    (command, format) => {
      const dir = portfolio({
        [`docs/${evil}`]: '# Notes\n',
        'docs/::stop-commands::x.md': '# X\n',
      })
      const result = run(dir, [command, '--no-cache', '--format', format, 'docs'])
      expect(result.code).toBe(1)
      const lines = result.stdout.split('\n')
      expect(lines.filter((line) => line.includes('pwned'))).not.toHaveLength(0)
      for (const line of lines) {
        expect(line).not.toMatch(/^::error file=README\.md/)
        expect(line).not.toMatch(/^::stop-commands/)
        if (format === 'github' && line.startsWith('::')) {
          expect(line).toMatch(/^::(error|warning) file=[^:\n]*::/)
        }
      }
    },
  )

  it('-c /etc/passwd names the file without quoting its bytes', () => {
    if (!existsSync('/etc/passwd')) return
    const result = run(portfolio({}), ['lint', '-c', '/etc/passwd', 'docs'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^techfolio: \/etc\/passwd: invalid JSON/)
    expect(result.stderr).not.toContain('root:')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('warnings', { timeout: 20_000 }, () => {
  it('a `? [kind]` complex key in front matter: at most one line on stderr', () => {
    const dir = portfolio({
      'docs/complex.md': '---\n? [kind]\n: system\ntitle: Ledger\n---\n\n# Ledger\n',
    })
    const result = run(dir, ['lint', '--no-cache', 'docs/complex.md'])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1)
    expect(result.stderr).not.toContain('--trace-warnings')
  })
})

describe('nothing hangs', { timeout: 20_000 }, () => {
  it('a FIFO named explicitly: one line, exit 2, fast', () => {
    const dir = portfolio({})
    const fifo = join(dir, 'docs/pipe.md')
    const made = spawnSync('mkfifo', [fifo])
    if (made.status !== 0) return
    const result = run(dir, ['lint', 'docs/pipe.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'techfolio: docs/pipe.md: not a regular file (a pipe, socket or device): expected a Markdown file or a folder\n',
    )
  })

  it('/dev/zero named explicitly: one line, exit 2, fast', () => {
    if (!existsSync('/dev/zero')) return
    const result = run(portfolio({}), ['lint', '/dev/zero'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^techfolio: \/dev\/zero: not a regular file .*\n$/)
  })

  // In-process (one core) a synchronous plugin cannot be stopped: the budget is a worker's.
  it.skipIf(availableParallelism() < 2)(
    'a plugin that never returns on one file: a time-budget finding on it, every other file checked',
    () => {
      const dir = portfolio({
        'docs/spin.md': GOOD.replace('Move freight tracking', 'SPIN forever: freight tracking'),
        '.remarkrc.mjs': `import preset from '${PRESET_URL}'
const spin = () => (tree, file) => { if (String(file.value).includes('SPIN')) for (;;) {} }
export default { plugins: [preset, spin] }
`,
      })
      writeFileSync(
        join(dir, 'techfolio.config.json'),
        '{"paths": ["docs"], "fileTimeBudget": 2, "workers": {"threshold": 1}}',
      )
      const { json, run: result } = lintJson(dir)
      expect(result.code).toBe(1)
      const spin = json.files.find((file) => file.path === 'docs/spin.md')
      expect(spin?.messages).toEqual([
        expect.objectContaining({
          ruleId: 'portfolio-time-budget',
          message: expect.stringMatching(/^Analysing this file took 2 s, over the 2 s budget/),
        }),
      ])
      const good = json.files.find((file) => file.path === 'docs/freight.md')
      expect(good?.messages.map((message) => message.ruleId)).not.toContain('portfolio-time-budget')
    },
  )

  it('a file over maxFileSize is a finding; under it, read as usual', () => {
    const dir = portfolio({ 'docs/log.md': `# Log\n\n${'word '.repeat(400)}\n` })
    writeFileSync(join(dir, 'techfolio.config.json'), '{"paths": ["docs"], "maxFileSize": 1000}')
    const { json } = lintJson(dir)
    const log = json.files.find((file) => file.path === 'docs/log.md')
    expect(log?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'portfolio-file-size',
        message: expect.stringMatching(
          /^File is \d+ bytes: Techfolio reads documents of at most 1000 bytes/,
        ),
      }),
    ])
    const good = json.files.find((file) => file.path === 'docs/freight.md')
    expect(good?.messages.map((message) => message.ruleId)).not.toContain('portfolio-file-size')
  })
})

describe('files, config, cache', { timeout: 20_000 }, () => {
  it('"cacheDir": "config" keeps config/engine-settings.json', () => {
    const dir = portfolio({ 'config/engine-settings.json': '{"mine": true}\n' })
    writeFileSync(join(dir, 'techfolio.config.json'), '{"paths": ["docs"], "cacheDir": "config"}')
    expect(run(dir, ['lint']).code).toBe(1)
    writeFileSync(
      join(dir, 'techfolio.config.json'),
      '{"paths": ["docs"], "cacheDir": "config", "level": "L7"}',
    )
    expect(run(dir, ['lint']).code).toBe(1)
    expect(readFileSync(join(dir, 'config/engine-settings.json'), 'utf8')).toBe('{"mine": true}\n')
  })

  it.each([
    [
      '{"paths": []}',
      'techfolio.config.json: paths must list at least 1 entry (got an empty list)',
    ],
    [
      '{"weights": {"portfolio-metrics": 1e308}}',
      'techfolio.config.json: weights.portfolio-metrics must be <= 1000 (got 1e+308)',
    ],
    [
      '{"scoring": {"documents": 1e308}}',
      'techfolio.config.json: scoring.documents must be <= 1000 (got 1e+308)',
    ],
  ])('config %s: exit 2, one line', (config, line) => {
    const dir = portfolio({})
    writeFileSync(join(dir, 'techfolio.config.json'), config)
    const result = run(dir, ['check', 'docs'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`techfolio: ${line}\n`)
  })

  it('a YAML config with an alias bomb or an unresolved alias: exit 2, one line naming it', () => {
    for (const text of ['level: *L7\n', ALIAS_BOMB.split('---')[1] as string]) {
      const dir = portfolio({ 'techfolio.config.yaml': text })
      const result = run(dir, ['lint', 'docs'])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^techfolio: techfolio\.config\.yaml: invalid YAML: [^\n]+\n$/)
    }
  })

  it.each([['notes (draft).md'], ['[draft].md']])(
    'an existing file named %s is a file, never a pattern',
    (name) => {
      const dir = portfolio({ [`docs/${name}`]: GOOD, 'docs/d.md': '# Not this one\n' })
      const result = run(dir, ['lint', '--no-cache', '--format', 'json', `docs/${name}`])
      const json = JSON.parse(result.stdout) as LintJson
      expect(json.files.map((file) => file.path)).toEqual([`docs/${name}`])
    },
  )

  it('a broken symlink or a symlink loop named explicitly: exit 2 saying what is wrong', () => {
    const dir = portfolio({})
    symlinkSync('nowhere.md', join(dir, 'docs/broken.md'))
    symlinkSync('loop.md', join(dir, 'docs/loop.md'))
    const broken = run(dir, ['lint', 'docs/broken.md'])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^techfolio: docs\/broken\.md: symbolic link is broken/)
    const loop = run(dir, ['lint', 'docs/loop.md'])
    expect(loop.code).toBe(2)
    expect(loop.stderr).toMatch(/^techfolio: docs\/loop\.md: symbolic link loops back on itself/)
  })

  it.each([
    [
      'export default null\n',
      '.remarkrc.mjs: must export an object such as { plugins: [preset] } (got null)',
    ],
    ['export default {}\n', '.remarkrc.mjs: exports no plugins: expected { plugins: [preset] }'],
    [
      'export default { plugins: "remark-lint" }\n',
      '.remarkrc.mjs: plugins must be an array (got string)',
    ],
    [
      'export default { plugins: [42] }\n',
      '.remarkrc.mjs: a plugin cannot be set up: Expected usable value, not `42`',
    ],
    [
      'export default { plugins: [() => { throw new Error("no licence key") }] }\n',
      '.remarkrc.mjs: a plugin cannot be set up: no licence key',
    ],
  ])('.remarkrc.mjs %s: exit 2, one line naming it', (text, line) => {
    const dir = portfolio({ '.remarkrc.mjs': text })
    const result = run(dir, ['lint', '--no-cache', 'docs'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`techfolio: ${line}\n`)
  })

  it('init then check: exit 0 and says what to do next', () => {
    const dir = tempDir()
    mkdirSync(join(dir, '.git'))
    expect(run(dir, ['init']).code).toBe(0)
    const result = run(dir, ['check'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /^techfolio: portfolio holds no documents yet, only templates\/: add the first with `techfolio new executive-summary/,
    )
  })

  it('a folder with no Markdown and no templates is still an error', () => {
    const dir = portfolio({})
    mkdirSync(join(dir, 'empty'))
    const result = run(dir, ['lint', 'empty'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('techfolio: No Markdown files in empty\n')
  })
})

describe('new', { timeout: 20_000 }, () => {
  it('kind constructor is an unknown kind', () => {
    const result = run(portfolio({}), ['new', 'constructor', 'Payments'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^techfolio: unknown kind "constructor"/)
  })

  it('--date 2024-02-31 exits 2; 2024-02-29 is a date', () => {
    const dir = portfolio({})
    const bad = run(dir, ['new', 'system', 'Payments', '--date', '2024-02-31', '--dir', 'docs'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('techfolio: --date "2024-02-31" is not a date; expected YYYY-MM-DD\n')
    expect(
      run(dir, ['new', 'system', 'Payments', '--date', '2024-02-29', '--dir', 'docs']).code,
    ).toBe(0)
  })

  it('refuses a kind folder that is a symbolic link leading outside the repository', () => {
    const dir = portfolio({})
    const elsewhere = tempDir()
    mkdirSync(join(dir, 'portfolio'))
    symlinkSync(elsewhere, join(dir, 'portfolio/code-reviews'))
    const result = run(dir, ['new', 'code-review', 'Retry budget'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^techfolio: portfolio\/code-reviews leads outside the repository \(to .+\); not writing there: expected a folder inside .+\n$/,
    )
    expect(readdirSync(elsewhere)).toEqual([])
    // A link that stays inside the repository is followed as usual.
    mkdirSync(join(dir, 'reviews'))
    symlinkSync(join(dir, 'reviews'), join(dir, 'portfolio/systems'))
    expect(run(dir, ['new', 'system', 'Payments']).code).toBe(0)
    expect(readdirSync(join(dir, 'reviews'))).toEqual(['payments.md'])
  })

  it('keeps a title "Release {{date}} plan" literally', () => {
    const dir = portfolio({})
    const result = run(dir, [
      'new',
      'system',
      'Release {{date}} plan',
      '--date',
      '2024-01-02',
      '--dir',
      'docs',
    ])
    expect(result.code, result.stderr).toBe(0)
    const text = readFileSync(join(dir, 'docs/systems/release-date-plan.md'), 'utf8')
    expect(text).toContain('# Release {{date}} plan')
    expect(text).not.toContain('Release 2024-01-02 plan')
  })
})
