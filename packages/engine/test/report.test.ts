/**
 * `check()`: one report holding every number a face shows, so no face
 * recounts. Each part is tested both ways: present when the portfolio has
 * it, absent when it does not.
 */
import { describe, expect, it } from 'vitest'
import { check } from '../src/report.js'
import { doc, repo, system } from './helpers.js'

const STORY = (body: string) =>
  doc('case-study', 'Warehouse picking', body, { focus: 'performance' })

describe('check()', () => {
  it('keeps portfolio-wide findings apart from file findings', async () => {
    const dir = repo({ 'portfolio/systems/a.md': system('Payments') })
    const report = await check({ cwd: dir, cache: false })
    const ids = report.portfolioFindings.map((finding) => finding.ruleId)
    expect(ids).toContain('portfolio-system-count')
    expect(ids).toContain('portfolio-executive-summary')
    expect(report.files.map((file) => file.path)).toEqual(['portfolio/systems/a.md'])
    expect(report.portfolioPath).toBe('portfolio')
    // Every finding is counted once, wherever it sits.
    const all = [...report.portfolioFindings, ...report.files.flatMap((file) => file.messages)]
    expect(report.errorCount + report.warningCount).toBe(all.length)
  })

  it('passes its verdict with no reason when nothing fails', async () => {
    const dir = repo({ 'portfolio/systems/a.md': system('Payments') })
    const report = await check({ cwd: dir, cache: false, paths: ['portfolio/systems/a.md'] })
    expect(report.wholePortfolio).toBe(false)
    expect(report.portfolioFindings).toEqual([])
    expect(report.errorCount).toBe(0)
    expect(report.verdict).toEqual({ passed: true, reasons: [] })
  })

  it('fails its verdict with each reason and its numbers', async () => {
    const dir = repo({ 'portfolio/systems/a.md': system('Payments') })
    const report = await check({ cwd: dir, cache: false, failUnder: 99, maxWarnings: -1 })
    expect(report.verdict.passed).toBe(false)
    const reasons = report.verdict.reasons
    expect(reasons.map((reason) => reason.id)).toEqual(['errors', 'max-warnings', 'fail-under'])
    expect(reasons[0]).toMatchObject({ id: 'errors', count: report.errorCount })
    expect(reasons[2]).toMatchObject({ score: report.score, failUnder: 99 })
    expect(reasons[2]?.message).toBe(`portfolio score ${report.score} is under 99`)
    expect(report.thresholds).toMatchObject({ failUnder: 99, maxWarnings: -1 })
  })

  it("titles a document by its `#` heading when its front matter has no title (MADR's)", async () => {
    const madr = [
      '---',
      'kind: decision-record',
      'status: accepted',
      'date: 2024-03-12',
      '---',
      '',
      '# Use PostgreSQL for the ledger store',
      '',
    ].join('\n')
    const dir = repo({ 'portfolio/adr/0007-ledger.md': madr })
    const report = await check({ cwd: dir, cache: false })
    expect(report.documents[0]?.title).toBe('Use PostgreSQL for the ledger store')
    const messages = report.files.flatMap((file) => file.messages.map((message) => message.message))
    expect(messages.filter((message) => /title/i.test(message))).toEqual([])
  })

  it('holds each document with its facts: requirements, changes, failed checks', async () => {
    const dir = repo({ 'portfolio/systems/a.md': system('Payments') })
    const [document] = (await check({ cwd: dir, cache: false })).documents
    expect(document?.requirements.find((r) => r.name === 'Scale')).toEqual({
      name: 'Scale',
      met: true,
    })
    expect(document?.changes).toEqual([
      expect.objectContaining({
        text: '2s → 800ms',
        computed: '60% reduction (2.5x)',
        stated: '60% lower',
        statedAgrees: true,
      }),
    ])
    expect(document?.failedChecks).toBe(document?.checks.filter((c) => !c.passed).length)
    expect(document?.story).toBe(true)
  })

  it('names a missing requirement with its line and the finding without its place', async () => {
    const dir = repo({
      'portfolio/systems/a.md': system('Payments').replace(/\*\*Scale\*\*:[^\n]*\n/, ''),
    })
    const [document] = (await check({ cwd: dir, cache: false })).documents
    const scale = document?.requirements.find((r) => r.name === 'Scale')
    expect(scale?.met).toBe(false)
    expect(scale?.line).toBeGreaterThan(0)
    expect(scale?.detail).toMatch(/Scale/)
    expect(scale?.detail).not.toMatch(/^\d+:\d+/)
  })

  it('lists every rule and check in its catalog, with a url', async () => {
    const dir = repo({ 'portfolio/systems/a.md': system('Payments') })
    const { rules } = await check({ cwd: dir, cache: false })
    const ids = rules.map((rule) => rule.id)
    expect(ids).toContain('portfolio-required-sections')
    expect(ids).toContain('portfolio-system-count')
    for (const rule of rules) expect(rule.url).toMatch(/^https:\/\/.*\.md$/)
  })
})

describe('signals', () => {
  const signalsOf = async (body: string) => {
    const dir = repo({ 'portfolio/stories/a.md': STORY(body) })
    const [document] = (await check({ cwd: dir, cache: false })).documents
    return new Set(document?.signals.map((signal) => signal.id))
  }

  it('finds the first person, reflection, alternatives and a costed trade-off when stated', async () => {
    const found = await signalsOf(`
I rebuilt the pick-path planner instead of buying a WMS add-on.

Trade-off: nightly re-slotting adds 20 minutes to the close.

In hindsight I would have involved the shift leads earlier.

Pick rate rose from 90 to 140 picks/hour across 12 sites handling 40,000 orders/day.
`)
    for (const id of [
      'first-person',
      'alternatives',
      'trade-off',
      'trade-off-cost',
      'reflection',
      'scale',
    ]) {
      expect(found.has(id as never), id).toBe(true)
    }
  })

  it('finds none of them in a story that states none', async () => {
    const found = await signalsOf(`
The team rebuilt the pick-path planner. It was a trade-off.

Pick rate improved.
`)
    expect(found.has('trade-off')).toBe(true)
    for (const id of ['first-person', 'alternatives', 'trade-off-cost', 'reflection', 'scale']) {
      expect(found.has(id as never), id).toBe(false)
    }
  })

  it('reads scope: several teams, organisation-wide adoption, a multi-year plan', async () => {
    const wide = await signalsOf(
      'I led a three-year plan with 6 teams; the tooling was adopted by 40 teams company-wide.',
    )
    for (const id of ['team-ownership', 'multi-team', 'org-wide', 'multi-year']) {
      expect(wide.has(id as never), id).toBe(true)
    }
    const narrow = await signalsOf('The team shipped the change in a week.')
    for (const id of ['multi-team', 'org-wide', 'multi-year']) {
      expect(narrow.has(id as never), id).toBe(false)
    }
  })
})
