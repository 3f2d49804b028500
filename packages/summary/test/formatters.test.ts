import { describe, expect, it } from 'vitest'
import { plainColors } from '../src/contract.js'
import { escapeData, escapeProperty, formatGithub } from '../src/render/github.js'
import { formatLintJson, lintView, toLintJson } from '../src/render/lint-json.js'
import { formatLintText, lintText } from '../src/render/lint-text.js'
import { toRelativeUri, toSarif } from '../src/render/sarif.js'
import { formatScoreJson, toScoreJson } from '../src/render/score-json.js'
import { formatScoreText } from '../src/render/score-text.js'
import { ansiColors, reportFixture } from './fixtures.js'

const plain = plainColors
const colors = (_enabled: true) => ansiColors

/** Two documents: an executive summary, and a system with an error and a warning. */
function sample() {
  return reportFixture({
    files: [
      {
        path: 'portfolio/executive-summary.md',
        kind: 'executive-summary',
        title: 'Summary',
        messages: [],
      },
      {
        path: 'portfolio/systems/pay ments.md',
        kind: 'system',
        title: 'Payments',
        messages: [
          {
            ruleId: 'portfolio-required-sections',
            severity: 'error',
            message: 'Missing section "Scale"; expected one of: Scale, Scale & Scope',
            line: 12,
            column: 1,
            endLine: 12,
            endColumn: 20,
            url: 'https://example.com/required-sections.md',
          },
          {
            ruleId: 'portfolio-story-length',
            severity: 'warning',
            message: '50% done, a,b: c\r\nnext line',
            line: 3,
            column: 5,
          },
        ],
      },
    ],
    errorCount: 1,
    warningCount: 1,
    score: 72,
    scoreParts: { completeness: 72, quality: 100, score: 72 },
    failUnder: 80,
    documents: [
      {
        path: 'portfolio/executive-summary.md',
        kind: 'executive-summary',
        title: 'Summary',
        score: 100,
        checks: [{ id: 'portfolio-front-matter', passed: true, weight: 3, message: 'ok' }],
      },
      {
        path: 'portfolio/systems/pay ments.md',
        kind: undefined,
        title: undefined,
        score: 55,
        checks: [
          { id: 'portfolio-required-sections', passed: false, weight: 2, message: 'Scale' },
          { id: 'portfolio-diagram', passed: true, weight: 2, message: 'diagram' },
        ],
      },
    ],
    checklist: [
      { id: 'technical-artifacts', label: 'Technical artifacts: 3-5 systems', done: false },
      { id: 'leadership-evidence', label: 'Leadership evidence: 3-4 stories', done: true },
    ],
    principles: [
      {
        name: 'Dive Deep',
        // The executive summary claims it too, but only stories count.
        documents: ['portfolio/executive-summary.md', 'portfolio/systems/pay ments.md'],
        stories: ['portfolio/systems/pay ments.md'],
        required: 2,
        met: false,
        targeted: true,
      },
      {
        name: 'Frugality',
        documents: [],
        stories: [],
        required: 2,
        met: false,
        targeted: false,
      },
    ],
  })
}

const sortedKeys = (value: object) => Object.keys(value).sort()

describe('lint json', () => {
  it('has exactly the contract keys, url null when absent, every file listed', () => {
    const json = JSON.parse(formatLintJson(lintView(sample())))
    expect(sortedKeys(json)).toEqual(['errorCount', 'files', 'warningCount'])
    expect(json.files).toHaveLength(2)
    for (const file of json.files) {
      expect(sortedKeys(file)).toEqual(['messages', 'path'])
      for (const message of file.messages) {
        expect(sortedKeys(message)).toEqual(
          ['column', 'line', 'message', 'ruleId', 'severity', 'url'].sort(),
        )
      }
    }
    expect(json.files[1].messages[0].url).toBe('https://example.com/required-sections.md')
    expect(json.files[1].messages[1].url).toBeNull()
    expect(json.errorCount).toBe(1)
    expect(json.warningCount).toBe(1)
  })

  it('drops endLine, endColumn and stats', () => {
    const json = toLintJson(lintView(sample()))
    expect(JSON.stringify(json)).not.toMatch(/endLine|endColumn|stats|kind|title/)
  })
})

describe('score json', () => {
  it('has exactly the contract keys, null for unknown kind and title', () => {
    const json = JSON.parse(formatScoreJson(sample()))
    expect(sortedKeys(json)).toEqual(['checklist', 'documents', 'principles', 'score'])
    for (const document of json.documents) {
      expect(sortedKeys(document)).toEqual(['checks', 'kind', 'path', 'score', 'title'])
      for (const check of document.checks) {
        expect(sortedKeys(check)).toEqual(['id', 'message', 'passed', 'weight'])
      }
    }
    for (const item of json.checklist) expect(sortedKeys(item)).toEqual(['done', 'id', 'label'])
    for (const p of json.principles) {
      expect(sortedKeys(p)).toEqual(['documents', 'met', 'name', 'required', 'stories'])
    }
    // The engine's coverage, as it computed it: the story bank and summary are not stories.
    expect(json.principles[0]).toMatchObject({
      stories: ['portfolio/systems/pay ments.md'],
      required: 2,
      met: false,
    })
    expect(json.documents[1].kind).toBeNull()
    expect(json.documents[1].title).toBeNull()
    expect(json.score).toBe(72)
  })

  it('copies the principles documents', () => {
    const result = sample()
    const json = toScoreJson(result)
    json.principles[0]?.documents.push('x')
    expect(result.principles[0]?.documents).toHaveLength(2)
  })
})

describe('lint text', () => {
  it('groups by file with line:column, severity, message and rule id', () => {
    const text = lintText(sample(), {})
    expect(text).not.toContain('portfolio/executive-summary.md')
    const lines = text.split('\n')
    expect(lines[0]).toBe('portfolio/systems/pay ments.md')
    expect(lines[1]).toMatch(
      /^ {2}12:1 {2}error {4}Missing section "Scale".* {2}portfolio-required-sections$/,
    )
    expect(lines[2]).toMatch(
      /^ {2}3:5 {3}warning {2}50% done, a,b: c next line\s+portfolio-story-length$/,
    )
    expect(text).toContain('✖ 2 problems (1 error, 1 warning) in 2 files')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for ANSI codes
    expect(text).not.toMatch(/\u001b\[/)
  })

  it('says when there is nothing to fix', () => {
    const result = { ...lintView(sample()), errorCount: 0, warningCount: 0 }
    result.files = result.files.map((file) => ({ ...file, messages: [] }))
    expect(formatLintText(result, plain)).toBe('✔ 2 files checked, no problems\n')
  })

  it('colours only when asked', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for ANSI codes
    expect(lintText(sample(), { colors: colors(true) })).toMatch(/\u001b\[31m/)
  })
})

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50%\r\nx: y, z')).toBe('50%25%0D%0Ax: y, z')
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae')
  })

  it('prints one workflow command per finding', () => {
    const lines = formatGithub(lintView(sample())).trimEnd().split('\n')
    expect(lines).toEqual([
      '::error file=portfolio/systems/pay ments.md,line=12,col=1,endLine=12,endColumn=20,title=portfolio-required-sections::Missing section "Scale"; expected one of: Scale, Scale & Scope',
      '::warning file=portfolio/systems/pay ments.md,line=3,col=5,title=portfolio-story-length::50%25 done, a,b: c%0D%0Anext line',
    ])
  })

  it('escapes : and , in the file name', () => {
    const result = lintView(sample())
    const file = result.files[1]
    if (file) file.path = 'a,b:c.md'
    expect(formatGithub(result)).toContain('file=a%2Cb%3Ac.md,')
  })

  it('prints nothing when clean', () => {
    expect(formatGithub({ files: [], errorCount: 0, warningCount: 0 })).toBe('')
  })
})

describe('sarif', () => {
  const rules = [
    {
      id: 'portfolio-required-sections',
      summary: 'sections',
      url: 'https://example.com/r.md',
      severity: 'error' as const,
    },
  ]

  it('is SARIF 2.1.0 with rules, helpUri and located results', () => {
    const sarif = toSarif(lintView(sample()), { rules, version: '1.2.3' })
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/)
    expect(sarif.runs).toHaveLength(1)
    const run = sarif.runs[0]
    if (!run) throw new Error('no run')
    expect(run.tool.driver.name).toBe('techfolio')
    expect(run.tool.driver.version).toBe('1.2.3')
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'portfolio-required-sections',
      'portfolio-story-length',
    ])
    expect(run.tool.driver.rules[0]).toMatchObject({
      helpUri: 'https://example.com/r.md',
      shortDescription: { text: 'sections' },
    })
    expect(run.results).toHaveLength(2)
    expect(run.results[0]).toEqual({
      ruleId: 'portfolio-required-sections',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Missing section "Scale"; expected one of: Scale, Scale & Scope' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'portfolio/systems/pay%20ments.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 20 },
          },
        },
      ],
    })
    expect(run.results[1]?.level).toBe('warning')
    expect(run.results[1]?.ruleIndex).toBe(1)
  })

  it('never writes a line or column under 1', () => {
    const result = lintView(sample())
    const finding = result.files[1]?.messages[0]
    if (finding) {
      finding.line = 0
      finding.column = 0
    }
    const region = toSarif(result, { rules, version: '0.0.0' }).runs[0]?.results[0]?.locations[0]
      ?.physicalLocation.region
    expect(region?.startLine).toBe(1)
    expect(region?.startColumn).toBe(1)
  })

  it('writes relative, encoded URIs', () => {
    expect(toRelativeUri('portfolio/a b/c#d.md')).toBe('portfolio/a%20b/c%23d.md')
  })
})

describe('score text', () => {
  it('shows a row per document, the checklist and the portfolio score', () => {
    const text = formatScoreText(sample(), plain)
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^Document\s+Kind\s+Score\s+Failing checks$/)
    expect(lines[2]).toMatch(/^portfolio\/executive-summary\.md\s+executive-summary\s+100\s+0$/)
    expect(lines[3]).toMatch(/^portfolio\/systems\/pay ments\.md\s+\(unknown\)\s+55\s+1$/)
    expect(text).toContain('Checklist (1/2)')
    expect(text).toContain('[ ] Technical artifacts: 3-5 systems')
    expect(text).toContain('[x] Leadership evidence: 3-4 stories')
    // The engine's count of stories, not the two documents that claim it.
    expect(text).toContain('Dive Deep  1 story (expected 2)')
    expect(text).not.toContain('2 stories')
    expect(text).toMatch(/Frugality\s+0 stories\n/)
    expect(text).toContain('Portfolio score: 72/100 (fail under 80)')
  })

  it('shows no threshold when failUnder is 0', () => {
    const report = sample()
    const text = formatScoreText({ ...report, thresholds: { ...report.thresholds, failUnder: 0 } }, plain)
    expect(text).toContain('Portfolio score: 72/100\n')
  })
})
