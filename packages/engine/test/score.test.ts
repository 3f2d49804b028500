import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DOCUMENT_KINDS, RULES } from '@techfolio/remark-lint-portfolio'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WEIGHTS } from '../src/config.js'
import { runPortfolio } from '../src/run.js'
import { repo, SAMPLE_PORTFOLIO, sample, smallPortfolio, system } from './helpers.js'

const scoreOf = (result: Awaited<ReturnType<typeof runPortfolio>>, file: string) =>
  result.documents.find((d) => d.path === file)

describe('scores', () => {
  it('has one check per rule for the kind, one per required section, each weighted', async () => {
    const result = await runPortfolio({ cwd: repo(smallPortfolio()), cache: false })
    const doc = scoreOf(result, 'portfolio/systems/a.md')
    expect(doc).toMatchObject({ kind: 'system', title: 'System A' })
    const ids = doc?.checks.map((check) => check.id) ?? []
    for (const rule of RULES.filter((r) => r.kinds.includes('system'))) {
      if (rule.id === 'portfolio-required-sections') continue
      expect(ids).toContain(rule.id)
    }
    expect(ids).not.toContain('portfolio-summary-length')
    expect(ids).toEqual(
      expect.arrayContaining([
        'portfolio-required-sections:Scale',
        'portfolio-required-sections:Architecture Overview',
        'portfolio-links',
      ]),
    )
    for (const check of doc?.checks ?? []) {
      const ruleId = check.id.split(':')[0] as string
      expect(check.weight).toBe(DEFAULT_WEIGHTS[ruleId])
    }
    // Each check passed exactly when its rule reported nothing on the document.
    const file = result.files.find((f) => f.path === 'portfolio/systems/a.md')
    for (const check of doc?.checks ?? []) {
      if (check.id.includes(':')) continue
      expect(check.passed).toBe(!file?.messages.some((m) => m.ruleId === check.id))
    }
    expect(Number.isInteger(doc?.score)).toBe(true)
    expect(Number.isInteger(result.score)).toBe(true)
  })

  it('rises when a finding is fixed', async () => {
    const broken = system('System B').replace('**Scale**: 50M users', '**Size**: 50M users')
    const dir = repo({ ...smallPortfolio(), 'portfolio/systems/b.md': broken })
    const before = await runPortfolio({ cwd: dir, cache: false })
    const failed = scoreOf(before, 'portfolio/systems/b.md')?.checks.filter((c) => !c.passed)
    expect(failed?.map((c) => c.id)).toContain('portfolio-required-sections:Scale')
    expect(failed?.find((c) => c.id === 'portfolio-required-sections:Scale')?.message).toMatch(
      /Missing "Scale"/,
    )

    writeFileSync(path.join(dir, 'portfolio/systems/b.md'), system('System B'))
    const after = await runPortfolio({ cwd: dir, cache: false })
    expect(scoreOf(after, 'portfolio/systems/b.md')?.score).toBeGreaterThan(
      scoreOf(before, 'portfolio/systems/b.md')?.score ?? 100,
    )
    expect(after.score).toBeGreaterThan(before.score)
  })

  it('takes weights from the config', async () => {
    const linked = system('System A').replace(
      '## Architecture Overview',
      'See [the runbook](./runbook.md).\n\n## Architecture Overview',
    )
    const withWeight = async (weights: Record<string, number>) => {
      const config = { checks: { 'portfolio-links': 'warning' }, weights }
      const result = await runPortfolio({
        cwd: repo({ 'portfolio/a.md': linked, 'techfolio.config.json': JSON.stringify(config) }),
        cache: false,
      })
      return scoreOf(result, 'portfolio/a.md')
    }
    const plain = await withWeight({})
    const heavy = await withWeight({ 'portfolio-links': 50 })
    expect(heavy?.checks.find((check) => check.id === 'portfolio-links')?.weight).toBe(50)
    expect(heavy?.score).toBeLessThan(plain?.score ?? 0)
  })

  it('is completeness times quality for the portfolio', async () => {
    const result = await runPortfolio({ cwd: repo(smallPortfolio()), cache: false })
    const { completeness, quality, score } = result.scoreParts
    const mean = result.documents.reduce((sum, d) => sum + d.score, 0) / result.documents.length
    expect(quality).toBe(Math.round(mean))
    expect(completeness).toBeLessThan(100)
    expect(result.score).toBe(score)
    expect(Math.abs(score - (completeness * quality) / 100)).toBeLessThanOrEqual(1)
    // The mean of the documents alone would be far higher: most of the checklist is missing.
    expect(result.score).toBeLessThan(mean - 20)
  })
})

const withoutSection = (text: string, heading: string) => {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start === -1) throw new Error(`no section ${heading}`)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(0, start) + (end === -1 ? '\n' : text.slice(end))
}

const errorsOf = (result: Awaited<ReturnType<typeof runPortfolio>>, file: string) =>
  result.files
    .find((f) => f.path === file)
    ?.messages.filter((m) => m.severity === 'error')
    .map((m) => m.ruleId) ?? []

describe('score targets: readiness', () => {
  it('gives untouched templates, one per kind, at most 10 each and for the portfolio', async () => {
    const files: Record<string, string> = {}
    // One per kind: `<kind>.md`, leaving out format variants such as `decision-record.madr.md`.
    const perKind = readdirSync(path.join(SAMPLE_PORTFOLIO, 'templates')).filter(
      (name) => name.split('.').length === 2,
    )
    for (const name of perKind) {
      // As `techfolio new <kind> x` leaves them: the title filled, nothing else.
      files[`portfolio/${name}`] = sample(`templates/${name}`).replace(
        /^title: .*$/m,
        `title: My ${name.replace('.md', '')}`,
      )
    }
    expect(Object.keys(files).length).toBe(DOCUMENT_KINDS.length)
    const result = await runPortfolio({ cwd: repo(files), cache: false })
    expect(result.documents.length).toBe(DOCUMENT_KINDS.length)
    for (const document of result.documents) {
      expect({ path: document.path, score: document.score }).toEqual({
        path: document.path,
        score: expect.toSatisfy((score: number) => score <= 10),
      })
    }
    expect(result.score).toBeLessThanOrEqual(10)
    // The checklist counts a document only when it has no errors.
    expect(result.checklist.find((item) => item.id === 'system-designs')?.done).toBe(false)
    expect(result.checklist.filter((item) => item.done)).toEqual([])
  })

  it('gives the untouched MADR decision-record template at most 10', async () => {
    const text = sample('templates/decision-record.madr.md').replace(
      /^title: .*$/m,
      'title: My ADR',
    )
    const result = await runPortfolio({
      cwd: repo({ 'portfolio/decisions/0001-my-adr.md': text }),
      cache: false,
    })
    expect(result.documents.map((document) => document.score)).toEqual([
      expect.toSatisfy((score: number) => score <= 10),
    ])
  })

  it('gives one finished system document alone at most 30 for the portfolio', async () => {
    const result = await runPortfolio({
      cwd: repo({
        'portfolio/systems/a.md': system('System A', { 'leadership-principles': ['Ownership'] }),
      }),
      cache: false,
    })
    expect(scoreOf(result, 'portfolio/systems/a.md')?.score).toBeGreaterThanOrEqual(80)
    expect(result.checklist.find((item) => item.id === 'system-designs')?.done).toBe(true)
    expect(result.score).toBeGreaterThan(0)
    expect(result.score).toBeLessThanOrEqual(30)
  })

  it('gives the sample portfolio at least 90, every document at least 80', async () => {
    const root = path.resolve(SAMPLE_PORTFOLIO, '..')
    const result = await runPortfolio({ cwd: root, paths: ['portfolio'], cache: false })
    const stories = result.documents.filter((d) => !d.path.includes('/templates/'))
    expect(stories.length).toBeGreaterThanOrEqual(10)
    for (const document of stories) {
      expect({ path: document.path, score: document.score }).toEqual({
        path: document.path,
        score: expect.toSatisfy((score: number) => score >= 80),
      })
    }
    expect(result.score).toBeGreaterThanOrEqual(90)
  })

  const serious: [string, string, (text: string) => string, string][] = [
    [
      'no role',
      'systems/a.md',
      (t) => t.replace(/\*\*Your Role\*\*: .*\n/, ''),
      'portfolio-required-sections',
    ],
    [
      'no trade-offs',
      'systems/a.md',
      (t) => withoutSection(t, 'Technical Decisions & Trade-offs'),
      'portfolio-required-sections',
    ],
    [
      'no results',
      'case-studies/quote-api-latency.md',
      (t) => withoutSection(t, 'Result'),
      'portfolio-required-sections',
    ],
    [
      'only one option',
      'decisions/0001-stream-tracking-events-through-kafka.md',
      (t) => t.replace(/\n2\. \*\*Amazon Kinesis[\s\S]*?\n\n## Decision/, '\n\n## Decision'),
      'portfolio-options-considered',
    ],
  ]
  for (const [defect, name, mutate, ruleId] of serious) {
    it(`gives a strong document with one serious defect (${defect}) at most 70`, async () => {
      // The sample's system links to its neighbours: alone, use a self-contained one.
      const strong = name === 'systems/a.md' ? system('System A') : sample(name)
      const broken = mutate(strong)
      expect(broken).not.toBe(strong)
      const result = await runPortfolio({
        cwd: repo({ 'portfolio/strong.md': strong, 'portfolio/broken.md': broken }),
        cache: false,
      })
      expect(scoreOf(result, 'portfolio/strong.md')?.score).toBeGreaterThanOrEqual(80)
      expect(errorsOf(result, 'portfolio/broken.md')).toContain(ruleId)
      expect(scoreOf(result, 'portfolio/broken.md')?.score).toBeLessThanOrEqual(70)
    })
  }

  it('gives 0 to a document whose front matter does not parse or whose kind is not valid', async () => {
    const good = system('System A')
    const result = await runPortfolio({
      cwd: repo({
        'portfolio/good.md': good,
        'portfolio/yaml.md': good.replace(
          'title: System A',
          'title: System A: the sequel\n  - [oops',
        ),
        'portfolio/kind.md': good.replace('kind: system', 'kind: architecture'),
        'portfolio/none.md': good.replace('kind: system\n', ''),
      }),
      cache: false,
    })
    expect(scoreOf(result, 'portfolio/good.md')?.score).toBeGreaterThanOrEqual(80)
    for (const name of ['yaml', 'kind', 'none']) {
      expect(scoreOf(result, `portfolio/${name}.md`)?.score).toBe(0)
    }
  })

  it('costs more for an error than for a warning', async () => {
    const linked = system('System A').replace(
      '## Architecture Overview',
      'See [the runbook](./runbook.md).\n\n## Architecture Overview',
    )
    const withSeverity = (severity: string) =>
      runPortfolio({
        cwd: repo({
          'portfolio/a.md': linked,
          'techfolio.config.json': JSON.stringify({ checks: { 'portfolio-links': severity } }),
        }),
        cache: false,
      })
    const warned = scoreOf(await withSeverity('warning'), 'portfolio/a.md')?.score ?? 0
    const failed = scoreOf(await withSeverity('error'), 'portfolio/a.md')?.score ?? 100
    const clean = scoreOf(await withSeverity('off'), 'portfolio/a.md')?.score ?? 0
    expect(clean).toBeGreaterThan(warned)
    expect(warned).toBeGreaterThan(failed)
    expect(warned).toBeGreaterThanOrEqual(80)
    expect(failed).toBeLessThanOrEqual(70)
  })
})
