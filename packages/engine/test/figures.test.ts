import remarkPresetLintPortfolio from '@techfolio/remark-lint-portfolio'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractFigures, isBacked } from '../src/figures.js'

/** Parsed with the preset, so GFM tables are read as the engine reads them. */
function figuresOf(markdown: string) {
  const file = new VFile({ path: 'doc.md', value: markdown })
  const tree = unified().use(remarkParse).use(remarkPresetLintPortfolio).parse(file)
  return extractFigures(tree, file)
}

describe('extractFigures', () => {
  it('a Before | After table row backs the relative change it computes to, on the row line', () => {
    const figures = figuresOf(
      '# Results\n\n| Metric | Before | After |\n| --- | --- | --- |\n| p99 | 2s | 800ms |\n',
    )
    expect(figures.find((figure) => figure.key === 'percent:60')).toMatchObject({ line: 5 })
    expect(figures.some((figure) => figure.key === 'multiplier:2.5')).toBe(true)
  })

  it('figures that describe the role ("Current Role Scope", **About me**) are not claims', () => {
    const summary = (role: string) =>
      figuresOf(
        `---\nkind: executive-summary\ntitle: Summary\n---\n\n${role}\n\n` +
          '## Key Achievements\n\nCut fraud losses by $2.3M a year.\n',
      )
    for (const role of [
      '## Current Role Scope\n\n22 engineers and a $3.1M cloud budget.',
      '## Where I work now\n\nI lead 28 engineers and a $4.5M platform budget.',
      '**About me**: 14 years, $40M of programmes.',
    ]) {
      expect(
        summary(role)
          .filter((figure) => figure.claim)
          .map((figure) => figure.text),
      ).toEqual(['$2.3M a year'])
    }
    // Outside the role section the same figure is a claim to back.
    const figures = figuresOf(
      '---\nkind: executive-summary\ntitle: Summary\n---\n\n## Key Achievements\n\n' +
        'Cut fraud losses by $2.3M a year, on a $3.1M budget.\n',
    )
    expect(figures.filter((figure) => figure.claim).map((figure) => figure.text)).toEqual([
      '$2.3M a year',
      '$3.1M',
    ])
  })

  it("a time that is a stretch of the author's work is no claim; a time that is a result is", () => {
    const claims = (achievement: string) =>
      figuresOf(
        `---\nkind: executive-summary\ntitle: Summary\n---\n\n## Key Achievements\n\n${achievement}\n`,
      )
        .filter((figure) => figure.claim)
        .map((figure) => figure.text)
    // As people open a summary's lines: the span of the work, not what it achieved.
    for (const span of [
      'Over five years, took the platform group from one on-call rotation to four teams.',
      'For the last 18 months I have run the quarterly architecture review.',
      'Brought 12 years of experience in payments to the risk team.',
      'Across two quarters, moved every service to the new deploy pipeline.',
      'I joined the team 3 years ago and now lead it.',
      'I have hired 11 engineers in two years.',
    ]) {
      expect([span, claims(span)]).toEqual([span, []])
    }
    // A time the work achieved is still a claim to back.
    expect(claims('Grew ingestion 6x in 10 weeks.')).toEqual(['6x', '10 weeks'])
    expect(claims('Shipped the gateway in 18 months.')).toEqual(['18 months'])
    expect(claims('Cut the release from 2 days to 9 minutes.')).toEqual(['2 days', '9 minutes'])
    expect(claims('Over five years, cut deploys to 9 minutes.')).toEqual(['9 minutes'])
  })

  it('a table with no figures backs nothing', () => {
    const figures = figuresOf('| Option | Verdict |\n| --- | --- |\n| Kafka | chosen |\n')
    expect(figures).toEqual([])
  })
})

describe('isBacked', () => {
  it('a round figure is backed by the exact one it rounds ("40 ms" by 38 ms), not by one 25% away', () => {
    expect(isBacked('time:40', new Set(['time:38']))).toBe(true)
    expect(isBacked('money:3100000', new Set(['money:3140000']))).toBe(true)
    expect(isBacked('time:40', new Set(['time:30']))).toBe(false)
    expect(isBacked('time:38', new Set(['time:40']))).toBe(false)
    // Percentages keep their one-point tolerance: "60%" is not backed by 56%.
    expect(isBacked('percent:60', new Set(['percent:56']))).toBe(false)
  })
})
