import remarkPresetLintPortfolio from '@techfolio/remark-lint-portfolio'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractFigures } from '../src/figures.js'

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

  it('a table with no figures backs nothing', () => {
    const figures = figuresOf('| Option | Verdict |\n| --- | --- |\n| Kafka | chosen |\n')
    expect(figures).toEqual([])
  })
})
