import type { Nodes, Root, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { blockClaims, extractClaims } from '../src/knowledge/metrics.js'
import { tableChanges, tablesChanges } from '../src/knowledge/metrics-tables.js'
import { isTemplateText, outline, type Section } from '../src/knowledge/sections.js'
import {
  joinRuns,
  type TextBlock,
  type TextRunType,
  textBlocks,
  textRuns,
} from '../src/knowledge/text.js'
import { nodesOfType, plainText, treeIndex } from '../src/knowledge/tree-index.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

function parse(markdown: string): { tree: Root; file: VFile } {
  const file = new VFile({ value: markdown })
  return { tree: processor.runSync(processor.parse(file), file) as Root, file }
}

/** A document nothing like our templates: a bakery's supply-chain write-up. */
const BAKERY = `---
title: "Flour to shelf"
---

# Flour to shelf: cutting waste at 40 bakeries

Waste was **12%** of flour bought; it is \`3.5%\` now.\\
Ask ops@example.com for the ledger.

> Quoted from the regional manager:
>
> - stores now order *twice* a day
> - spoilage fell from 900 kg → 210 kg per week

## Numbers

| Store group | Before | After | Change |
| --- | --- | --- | --- |
| Coastal | 900 kg | 210 kg | -77% |
| Inland | 2 h | 30 min | 4x faster |

1. Ovens run at night
   1. Bread is boxed by 5 am

<div>raw html block</div>

\`\`\`sql
select * from waste where kg > 10
\`\`\`

Footnote here[^1].

[^1]: Figures are from the 2023 audit.
`

/** The walk `textBlocks` did before the index: a fresh traversal per call. */
function walkedBlocks(
  root: Nodes,
  file: VFile,
  skip: readonly string[] = [],
  inline: readonly TextRunType[] = ['text', 'inlineCode', 'break'],
): TextBlock[] {
  const blocks: TextBlock[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (skip.includes(node.type)) continue
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(joinRuns(node, textRuns(node, file, { types: inline })))
      continue
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index] as Nodes)
    }
  }
  return blocks
}

/** Text, node and every character's source offset: what a rule can observe of a block. */
const observed = (blocks: readonly TextBlock[]) =>
  blocks.map((block) => ({
    text: block.text,
    node: block.node,
    offsets: Array.from({ length: block.text.length + 1 }, (_, index) => block.offsetOf(index)),
  }))

describe('the tree index', () => {
  it('gives every rule the blocks a fresh walk finds, whatever it skips', () => {
    const { tree, file } = parse(BAKERY)
    const choices: { skip?: string[]; inline?: TextRunType[] }[] = [
      {},
      { skip: ['heading'] },
      { skip: ['heading', 'table', 'blockquote'] },
      { skip: ['code', 'html', 'yaml'] },
      { skip: ['list'] },
      { inline: ['text', 'break'] },
    ]
    for (const options of choices) {
      const indexed = textBlocks(tree, file, options)
      expect(observed(indexed)).toEqual(
        observed(walkedBlocks(tree, file, options.skip, options.inline)),
      )
    }
    // The skips are real: a block quote's list items and the table's cells go.
    const all = textBlocks(tree, file).map((block) => block.text)
    const prose = textBlocks(tree, file, { skip: ['heading', 'table', 'blockquote'] }).map(
      (block) => block.text,
    )
    expect(all).toContain('spoilage fell from 900 kg → 210 kg per week')
    expect(all).toContain('Coastal')
    expect(prose).not.toContain('spoilage fell from 900 kg → 210 kg per week')
    expect(prose).not.toContain('Coastal')
    expect(prose).not.toContain('Numbers')
    expect(prose).toContain('Bread is boxed by 5 am')
  })

  it('joins each block once and shares it, but hands each caller its own array', () => {
    const { tree, file } = parse(BAKERY)
    const first = textBlocks(tree, file)
    const second = textBlocks(tree, file, { skip: ['code'] })
    expect(second).not.toBe(first)
    expect(second).toHaveLength(first.length)
    for (const [index, block] of second.entries()) expect(block).toBe(first[index])
    // Another inline choice is another text: not shared with the default one.
    const withoutCode = textBlocks(tree, file, { inline: ['text', 'break'] })
    const waste = withoutCode.find((block) => block.text.startsWith('Waste'))
    expect(waste?.text).toBe(
      'Waste was 12% of flour bought; it is  now.\nAsk ops@example.com for the ledger.',
    )
    expect(first.find((block) => block.node === waste?.node)?.text).toContain('it is 3.5% now.')
  })

  it('does not reuse blocks read against another source', () => {
    const { tree, file } = parse(BAKERY)
    const before = textBlocks(tree, file)
    const shifted = new VFile({ value: `\n${BAKERY}` })
    const after = textBlocks(tree, shifted)
    expect(after[0]).not.toBe(before[0])
    expect(after.map((block) => block.text)).toEqual(before.map((block) => block.text))
  })

  it('lists nodes by type in document order, from one walk kept per tree', () => {
    const { tree } = parse(BAKERY)
    expect(treeIndex(tree)).toBe(treeIndex(tree))
    const headings = nodesOfType(tree, 'heading').map((node) => toString(node))
    expect(headings).toEqual(['Flour to shelf: cutting waste at 40 bakeries', 'Numbers'])
    expect(nodesOfType(tree, 'listItem').map((node) => toString(node))).toEqual([
      'stores now order twice a day',
      'spoilage fell from 900 kg → 210 kg per week',
      'Ovens run at nightBread is boxed by 5 am',
      'Bread is boxed by 5 am',
    ])
    expect(nodesOfType(tree, 'imageReference')).toEqual([])
  })

  it('reads plain text once per node, and claims once per block', () => {
    const { tree, file } = parse(BAKERY)
    for (const heading of nodesOfType(tree, 'heading')) {
      expect(plainText(heading)).toBe(toString(heading))
    }
    const blocks = textBlocks(tree, file)
    const spoilage = blocks.find((block) => block.text.startsWith('spoilage')) as TextBlock
    const claims = blockClaims(spoilage)
    expect(claims).toEqual(extractClaims(spoilage.text))
    expect(claims.changes.map((change) => `${change.before.text} → ${change.after.text}`)).toEqual([
      '900 kg → 210 kg per week',
    ])
    // Another rule asking for the same block gets the same reading, not a new one.
    expect(
      blockClaims(
        textBlocks(tree, file, { skip: ['code'] })[blocks.indexOf(spoilage)] as TextBlock,
      ),
    ).toBe(claims)
    // A block with no figure reads as none.
    const ledger = blocks.find((block) => block.text === 'Numbers') as TextBlock
    expect(blockClaims(ledger).quantities).toEqual([])
  })

  it('reads table rows once per table, for the whole tree or part of it', () => {
    const { tree, file } = parse(BAKERY)
    const [table] = nodesOfType(tree, 'table') as Table[]
    const rows = tablesChanges(tree, file)
    expect(rows).toEqual(tableChanges(table as Table, file))
    expect(rows.map((row) => row.relative?.text)).toEqual(['-77%', '4x faster'])
    // The same rows again, and from the table alone: read once, not again.
    expect(tablesChanges(tree, file)[0]).toBe(rows[0])
    expect(tablesChanges(table as Table, file)[1]).toBe(rows[1])
    const { tree: plain, file: plainFile } = parse('# No tables\n\nJust 3 paragraphs.\n')
    expect(tablesChanges(plain, plainFile)).toEqual([])
  })

  it('reads a table written the other way round, its rows Before and After, by column', () => {
    // A mobile team's results, a metric a column.
    const { tree, file } = parse(
      '| | p50 | p95 | Search abandonment |\n| --- | --- | --- | --- |\n' +
        '| Before | 640 ms | 1.8 s | 22% |\n| After | 90 ms | 210 ms | 13% |\n',
    )
    const changes = tablesChanges(tree, file).map(({ change }) => [
      change.before.text,
      change.after.text,
    ])
    expect(changes).toEqual([
      ['640 ms', '90 ms'],
      ['1.8 s', '210 ms'],
      ['22%', '13%'],
    ])
    // Rows of metrics, not named Before and After, are read row by row as before.
    const { tree: rows, file: rowsFile } = parse(
      '| Metric | Q1 | Q3 |\n| --- | --- | --- |\n| Before tax margin | 4% | 9% |\n| Headcount | 12 | 14 |\n',
    )
    expect(tablesChanges(rows, rowsFile)).toHaveLength(2)
  })
})

/** The template check as it was before its fast paths, to compare against. */
function templateTextBefore(section: Section): boolean {
  const text = section.content
    .map((node) => toString(node))
    .join('\n')
    .replace(/[\p{L}-]+(?: [\p{L}-]+){0,2}:[ \t]*(?=\[)/gu, '')
  const bracketed = (text.match(/\[[^\]\n]*\]|\{\{[^}]*\}\}/g) ?? []).join('')
  if (bracketed.length === 0) return false
  const letters = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '').length
  return letters(bracketed) >= 0.8 * letters(text)
}

describe('isTemplateText', () => {
  const sections = [
    'Root cause: [what broke and why]\nFix: [what changed]',
    'The main blocker: [who or what stood in the way]',
    'Four words long label: [guidance after a long label]',
    'Re-platformed: [which systems moved]',
    'Über-Ziel: [the goal]',
    'Kitchen staff now log waste on a tablet [see the photo](https://example.com/p.jpg).',
    'We replaced the scales: [2 of 40] stores still weigh by hand, the rest report daily.',
    '{{metric}} improved by {{percent}}',
    'Throughput rose from 40 to 90 loaves an hour once ovens ran overnight.',
    'Step:[no space before guidance]',
  ]

  it('matches the check it replaced on guidance, links and plain prose', () => {
    for (const body of sections) {
      const { tree } = parse(`## Part\n\n${body}\n`)
      const [section] = outline(tree)
      expect(isTemplateText(section as Section), body).toBe(templateTextBefore(section as Section))
    }
  })

  it('calls guidance behind a short label template text, and written prose not', () => {
    const verdict = (body: string) => {
      const { tree } = parse(`## Part\n\n${body}\n`)
      return isTemplateText(outline(tree)[0] as Section)
    }
    expect(verdict('The main blocker: [who or what stood in the way]')).toBe(true)
    expect(verdict('{{name the metric and its before and after figures}} by {{x}}')).toBe(true)
    expect(verdict('Sourdough sales improved by {{percent}} across the coastal stores')).toBe(false)
    expect(
      verdict(
        'We replaced the scales: [2 of 40] stores still weigh by hand, the rest report daily.',
      ),
    ).toBe(false)
    expect(verdict('Throughput rose from 40 to 90 loaves an hour once ovens ran overnight.')).toBe(
      false,
    )
  })
})
