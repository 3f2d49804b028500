import type { PortfolioReport } from '@techfolio/engine'
import { renderComment } from '@techfolio/summary'
import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_LEVEL, annotateChangedLines, changedLines } from '../src/annotations.js'
import { failures, InputProblem, type Inputs, readInputs } from '../src/main.js'
import { PAYLOAD_SCHEMA, PayloadError, validatePayload } from '../src/payload.js'
import { getInput, type Log, workflowLog } from '../src/runner.js'

function report(overrides: Partial<PortfolioReport> = {}): PortfolioReport {
  return {
    schemaVersion: 1,
    tool: { name: 'techfolio', version: '0.1.0' },
    level: 'L6',
    portfolioPath: 'portfolio',
    wholePortfolio: true,
    score: 70,
    scoreParts: { completeness: 80, quality: 88, score: 70 },
    thresholds: {
      failUnder: 0,
      maxWarnings: undefined,
      minStoriesPerPrinciple: 2,
      maxPrinciplesPerStory: 4,
      systems: { min: 3, max: 5 },
      technicalArtifacts: 3,
      leadershipEvidence: 3,
    },
    verdict: { passed: true, reasons: [] },
    errorCount: 1,
    warningCount: 0,
    documents: [
      {
        path: 'portfolio/systems/ledger.md',
        kind: 'system',
        title: 'Card ledger',
        focus: undefined,
        principles: ['Ownership'],
        story: true,
        tooManyPrinciples: false,
        score: 64,
        checks: [],
        failedChecks: 0,
        requirements: [{ name: 'Scale', met: false }],
        errorCount: 1,
        warningCount: 0,
        hasDiagram: true,
        figures: [],
        changes: [],
        baselineGaps: [],
        signals: [],
      },
    ],
    files: [
      {
        path: 'portfolio/systems/ledger.md',
        kind: 'system',
        title: 'Card ledger',
        messages: [
          {
            ruleId: 'portfolio-required-sections',
            severity: 'error',
            message: 'No scale: expected a figure',
            line: 3,
            column: 1,
            url: 'https://example.test/docs/rule.md',
          },
        ],
      },
    ],
    portfolioFindings: [],
    checklist: [{ id: 'systems', label: 'Systems', done: true }],
    checklistDone: 1,
    principles: [
      {
        name: 'Ownership',
        documents: [],
        stories: ['portfolio/systems/ledger.md'],
        required: 2,
        met: false,
        targeted: true,
      },
    ],
    levelSignals: [],
    rules: [],
    stats: { files: 1, parsed: 1, fromCache: 0, workers: 0 },
    ...overrides,
  }
}

const SHA = 'a'.repeat(40)

function payload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: PAYLOAD_SCHEMA,
    pullRequest: 7,
    headSha: SHA,
    baseLabel: 'main',
    changedPaths: ['portfolio/systems/ledger.md'],
    base: report({ score: 75 }),
    head: report(),
    ...overrides,
  }
}

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return Object.assign(
    workflowLog((text) => lines.push(text)),
    { lines },
  )
}

describe('validatePayload (the privileged half of the workflow_run pair)', () => {
  it('accepts what the Action wrote, and renders the same comment from it', () => {
    const valid = validatePayload(JSON.parse(JSON.stringify(payload())))
    expect(valid.head.score).toBe(70)
    expect(valid.base?.score).toBe(75)
    const options = { headSha: SHA, changedPaths: valid.changedPaths ?? [] }
    expect(renderComment(valid.base, valid.head, options)).toContain(
      'portfolio score **70** (▼ −5 from 75',
    )
  })

  it.each([
    [
      'a score over 100',
      { head: report({ score: 101 }) },
      /payload\.head\.score: expected a whole number from 0 to 100/,
    ],
    ['a fractional score', { head: report({ score: 70.5 }) }, /payload\.head\.score/],
    [
      'a negative line',
      {
        head: report({
          files: [
            {
              path: 'x.md',
              kind: undefined,
              title: undefined,
              messages: [{ ruleId: 'r', severity: 'error', message: 'm', line: -1, column: 1 }],
            },
          ],
        }),
      },
      /messages\[0\]\.line/,
    ],
    [
      'an unknown severity',
      {
        head: report({
          files: [
            {
              path: 'x.md',
              kind: undefined,
              title: undefined,
              messages: [
                { ruleId: 'r', severity: 'fatal' as 'error', message: 'm', line: 1, column: 1 },
              ],
            },
          ],
        }),
      },
      /severity: expected error or warning/,
    ],
    [
      'a title of 10,000 characters',
      {
        head: report({
          documents: [
            {
              ...(report().documents[0] as PortfolioReport['documents'][number]),
              title: 'x'.repeat(10_000),
            },
          ],
        }),
      },
      /title: expected a string of at most 500/,
    ],
    [
      'a head SHA that is not one',
      { headSha: 'main; rm -rf /' },
      /payload\.headSha: expected a commit SHA/,
    ],
    ['a pull request number of 0', { pullRequest: 0 }, /payload\.pullRequest/],
    ['another schema', { schema: 'something-else' }, /payload\.schema/],
    [
      'a string for an array',
      { changedPaths: 'portfolio' },
      /payload\.changedPaths: expected an array/,
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(() => validatePayload(JSON.parse(JSON.stringify(payload(change))))).toThrow(PayloadError)
    expect(() => validatePayload(JSON.parse(JSON.stringify(payload(change))))).toThrow(message)
  })

  it('drops fields the comment does not show and links that are not https', () => {
    const head = report() as unknown as Record<string, unknown>
    head.injected = '<script>'
    const files = head.files as { messages: { url?: string }[] }[]
    ;(files[0]?.messages[0] as { url?: string }).url = 'javascript:alert(1)'
    const valid = validatePayload(JSON.parse(JSON.stringify(payload({ head }))))
    expect(valid.head).not.toHaveProperty('injected')
    expect(valid.head.files[0]?.messages[0]).not.toHaveProperty('url')
  })
})

describe('failures (fails only when asked)', () => {
  const inputs: Inputs = {
    token: '',
    paths: [],
    comment: 'update',
    commentAuthor: 'github-actions[bot]',
    failUnder: undefined,
    maxDrop: undefined,
    failOnError: false,
    workingDirectory: '.',
    reportFile: '',
  }
  it('never fails by default, even on a drop with errors', () => {
    expect(failures(inputs, report({ score: 90 }), report({ score: 10 }))).toEqual([])
  })
  it('fails under fail-under, over max-drop, and on errors with fail-on-error', () => {
    expect(failures({ ...inputs, failUnder: 71 }, undefined, report())).toEqual([
      'Portfolio score 70 is under fail-under 71',
    ])
    expect(failures({ ...inputs, failUnder: 70 }, undefined, report())).toEqual([])
    expect(failures({ ...inputs, maxDrop: 4 }, report({ score: 75 }), report())).toEqual([
      'Portfolio score dropped by 5 (from 75 to 70): expected at most max-drop 4',
    ])
    expect(failures({ ...inputs, maxDrop: 5 }, report({ score: 75 }), report())).toEqual([])
    expect(failures({ ...inputs, failOnError: true }, undefined, report())).toHaveLength(1)
    expect(
      failures({ ...inputs, failOnError: true }, undefined, report({ errorCount: 0 })),
    ).toEqual([])
  })
})

describe('inputs', () => {
  it('reads INPUT_ variables with hyphens kept, and defaults', () => {
    const env = {
      'INPUT_GITHUB-TOKEN': ' t ',
      INPUT_PATHS: 'portfolio/systems\nportfolio/decisions, extra',
      'INPUT_FAIL-UNDER': '60',
    }
    expect(getInput(env, 'github-token')).toBe('t')
    const inputs = readInputs(env)
    expect(inputs.paths).toEqual(['portfolio/systems', 'portfolio/decisions', 'extra'])
    expect(inputs.failUnder).toBe(60)
    expect(inputs.comment).toBe('update')
    expect(inputs.commentAuthor).toBe('github-actions[bot]')
    expect(inputs.failOnError).toBe(false)
  })
  it('refuses values it cannot use, in one line', () => {
    expect(() => readInputs({ INPUT_COMMENT: 'sometimes' })).toThrow(InputProblem)
    expect(() => readInputs({ 'INPUT_MAX-DROP': '-3' })).toThrow(
      'Input max-drop is "-3": expected a number from 0 to 100',
    )
    expect(() => readInputs({ 'INPUT_FAIL-ON-ERROR': 'yes' })).toThrow('expected true or false')
  })
})

describe('annotations', () => {
  it('reads changed lines from git diff -U0, including new and quoted files', () => {
    const diff = [
      'diff --git a/portfolio/a.md b/portfolio/a.md',
      '--- a/portfolio/a.md',
      '+++ b/portfolio/a.md',
      '@@ -3,0 +4,2 @@ heading',
      '@@ -10 +12 @@',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
      '+++ b/portfolio/with space.md\t',
      '@@ -0,0 +1,2 @@',
      '+++ "b/portfolio/we\\"ird.md"',
      '@@ -0,0 +1 @@',
    ].join('\n')
    const lines = changedLines(diff)
    expect([...(lines.get('portfolio/a.md') ?? [])]).toEqual([4, 5, 12])
    expect(lines.has('gone.md')).toBe(false)
    expect([...(lines.get('portfolio/we"ird.md') ?? [])]).toEqual([1])
    expect([...(lines.get('portfolio/with space.md') ?? [])]).toEqual([1, 2])
  })

  it('annotates only changed lines, at most 10 per level, escaping properties and data', () => {
    const messages = Array.from({ length: 25 }, (_, index) => ({
      ruleId: 'portfolio-x',
      severity: (index % 2 === 0 ? 'error' : 'warning') as 'error' | 'warning',
      message: `100% wrong,\nsee: here ${index}`,
      line: index + 1,
      column: 1,
    }))
    const head = report({
      files: [{ path: 'a,b:c.md', kind: undefined, title: undefined, messages }],
    })
    const log = recordingLog()
    const counts = annotateChangedLines(
      head,
      new Map([['a,b:c.md', new Set(Array.from({ length: 24 }, (_, i) => i + 1))]]),
      log,
      'docs/',
    )
    expect(counts.shown).toEqual({ error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL })
    expect(counts.notShown).toBe(4)
    expect(log.lines[0]).toBe(
      '::error file=docs/a%2Cb%3Ac.md,line=1,col=1,title=portfolio-x::100%25 wrong,%0Asee: here 0\n',
    )
    // Line 25 did not change: never annotated.
    expect(log.lines.join('')).not.toContain('here 24')
  })

  it('indents a plain line that would read as a workflow command', () => {
    const log = recordingLog()
    log.info('::add-mask::x')
    expect(log.lines).toEqual([' ::add-mask::x\n'])
  })
})
