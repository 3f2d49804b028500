import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkRelativeClaim, extractClaims } from '../src/knowledge/metrics.js'
import { RULES } from '../src/rules.js'

const FIGURE_RULES = ['portfolio-quantified-results', 'portfolio-metric-arithmetic']

async function lint(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
  for (const rule of RULES) if (FIGURE_RULES.includes(rule.id)) processor.use(rule.plugin, 'error')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

const doc = (kind: string, body: string) => `---\nkind: ${kind}\ntitle: A story\n---\n\n${body}\n`

describe('results written by strangers', () => {
  it('a bank: zero breaks "down from" a monthly rate, and "from 40 a month to zero"', async () => {
    const messages = await lint(
      doc(
        'decision-record',
        `## Results

- Zero reconciliation breaks in 14 months, down from 40 a month on the batch ledger.
- Chargebacks went from 12 a week to zero.`,
      ),
    )
    expect(messages).toEqual([])
    const { changes } = extractClaims('Chargebacks went from 12 a week to zero.')
    expect(changes.map((change) => [change.before.value, change.after.value])).toEqual([[12, 0]])
  })

  it('a game studio: "20 minutes instead of 4 days" and "2 people rather than 5" are before → after', async () => {
    const messages = await lint(
      doc(
        'decision-record',
        `### Consequences

* Good, because balance changes now ship in 20 minutes instead of 4 days.
* Good, because a release needs 2 people rather than 5.`,
      ),
    )
    expect(messages).toEqual([])
    const { changes } = extractClaims('Changes ship in 20 minutes instead of 4 days.')
    expect(changes.map((change) => [change.before.text, change.after.text])).toEqual([
      ['4 days', '20 minutes'],
    ])
  })

  it('zero with no earlier figure, or at a different dimension, is still no change', async () => {
    const messages = await lint(
      doc('decision-record', '## Results\n\nZero outages in 14 months, down from last year.'),
    )
    expect(messages).toEqual([expect.stringMatching(/shows no before → after figures/)])
  })

  it('a retail chain: checkout latency as a Before | After table', async () => {
    const messages = await lint(
      doc(
        'case-study',
        `## What changed for shoppers

| Metric | Before | After | Change |
| --- | --- | --- | --- |
| Checkout p95 | 1.8 s | 420 ms | -77% |
| Abandoned carts | 11.2% | 7.9% | -3.3 pp |
| Store sync lag | 15 min | 40 s | 22x faster |`,
      ),
    )
    expect(messages).toEqual([])
  })

  it('a bold Results label followed by a Baseline | Now table', async () => {
    const messages = await lint(
      doc(
        'case-study',
        `**Results**

| KPI | Baseline | Now |
|---|---|---|
| Claims settled in a day | 41% | 77% |
| Cost per claim | $18 | $11 |`,
      ),
    )
    expect(messages).toEqual([])
  })

  it('a metric table without Before/After headings: a row of a metric with two values', async () => {
    const messages = await lint(
      doc(
        'excellence-initiative',
        `## Outcome

| | Q1 2024 | Q4 2024 |
|---|---|---|
| Pages per week | 23 | 4 |
| Deploy lead time | 3 days | 5 hours |`,
      ),
    )
    expect(messages).toEqual([])
  })

  it('a hospital scheduling system: "down from 14 days to 3" and "3 days, down from 14"', async () => {
    expect(
      await lint(
        doc(
          'decision-record',
          '## Consequences\n\nThe wait for a surgery slot went down from 14 days to 3, and no-shows fell to 6% of bookings.',
        ),
      ),
    ).toEqual([])
    expect(
      await lint(
        doc(
          'post-mortem',
          '## Impact since the fix\n\nMedian wait is now 3 days, down from 14 days; 2 wards still book by phone.',
        ),
      ),
    ).toEqual([])
  })

  it('a SaaS: "2.4M orders an hour, 4x last year\'s peak of 600K"', async () => {
    expect(
      await lint(
        doc(
          'case-study',
          "**Results.** On Black Friday we served 2.4M orders an hour, 4x last year's peak of 600K, with zero downtime.",
        ),
      ),
    ).toEqual([])
  })

  it('"vs", "compared with the baseline of", "previous record"', async () => {
    for (const sentence of [
      'p95 search latency is 180 ms vs 420 ms last quarter, for 12 teams.',
      'The error rate is 0.2% compared with the baseline of 1.5%, across 40 services.',
      'Refund errors held at 0.2% against a 1.5% baseline, for 3 payment providers.',
      'Onboarding takes 2 days (previously 3 weeks) for 15 new hires a month.',
      'Ingest reached 9,000 events/s on 6 nodes, beating the previous record of 6,500 events/s.',
    ]) {
      expect(await lint(doc('case-study', `## Results\n\n${sentence}`)), sentence).toEqual([])
    }
  })

  it('reads the comparisons as changes with the new figure after the old one', () => {
    const [change] = extractClaims('Median wait is now 3 days, down from 14 days.').changes
    expect([change?.before.text, change?.after.text, change?.form]).toEqual([
      '14 days',
      '3 days',
      'comparison',
    ])
    expect(extractClaims('Availability 99.95% vs. 99.5% last year.').changes).toHaveLength(1)
    // Figures that measure different things are not a change, whatever joins them.
    expect(extractClaims('8 engineers vs $2M of vendor spend.').changes).toEqual([])
    expect(extractClaims('Shipped in 3 weeks. It was down from the hills.').changes).toEqual([])
    const claims = extractClaims("2.4M orders an hour, 4x last year's peak of 600K")
    expect(claims.relatives[0]?.change?.before.text).toBe('600K')
    expect(claims.relatives[0] && checkRelativeClaim(claims.relatives[0])?.ok).toBe(true)
  })
})

describe('defects', () => {
  it('a results section with no figure at all is still an error', async () => {
    const messages = await lint(
      doc('case-study', '## Results\n\nShoppers were happier and checkout felt much faster.'),
    )
    expect(messages).toEqual([
      '6:1: `Results` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '6:1: `Results` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })

  it("a table whose stated change disagrees with its arithmetic, on the row's line", async () => {
    const messages = await lint(
      doc(
        'case-study',
        `## Results

| Metric | Before | After | Change |
| --- | --- | --- | --- |
| p50 | 300 ms | 150 ms | -50% |
| p99 | 800 ms | 200 ms | -90% |`,
      ),
    )
    expect(messages).toEqual([
      '11:1: "-90%" does not match 800 ms → 200 ms in this table row, which is a 75% reduction',
    ])
  })

  it('a wrong multiplier against a stated peak is an error', async () => {
    const messages = await lint(
      doc(
        'case-study',
        "## Results\n\nWe served 2.4M orders an hour, 10x last year's peak of 600K, on 30 pods.",
      ),
    )
    expect(messages).toEqual([
      '8:32: "10x" does not match 600K → 2.4M orders, which is a 4x increase',
    ])
  })
})
