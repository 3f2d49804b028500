/**
 * What the doc-comment examples of portfolio-options-considered,
 * portfolio-trade-offs and portfolio-diagram cannot show compactly: the
 * guide's own examples pass, odd input never throws, large input stays fast.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import type { Plugin } from 'unified'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import diagram from '../src/rules/diagram.js'
import optionsConsidered from '../src/rules/options-considered.js'
import tradeOffs from '../src/rules/trade-offs.js'

// biome-ignore lint/suspicious/noExplicitAny: rules take different option shapes
async function lint(rule: Plugin<any[], any>, markdown: string, options?: unknown) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(rule, options === undefined ? 'warn' : ['warn', options])
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

const ODD_INPUTS = [
  '',
  '---\n---\n',
  '---\nkind: [\n---\n',
  '---\nkind: system\n---\n',
  '---\nkind: decision-record\n---\n',
  '---\nkind: system\n---\n\n## Architecture Overview\n',
  '---\nkind: system\n---\n\n**Technical Decisions**:\n',
  '---\nkind: decision-record\n---\n\n## Options\n\n|a|\n|-|\n',
  '---\nkind: decision-record\n---\n\n## Options\n\n- \n-\n  -\n',
  `---\nkind: system\n---\n\n## Architecture\n\n${'> '.repeat(1000)}deep\n\n## Trade-offs\n\n${'- '.repeat(500)}x\n`,
  `---\nkind: decision-record\n---\n\n## Options Considered\n\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- Pros: x`).join('\n')}\n`,
]

describe('portfolio-options-considered, portfolio-trade-offs, portfolio-diagram', () => {
  it('never throw on odd input', async () => {
    for (const rule of [optionsConsidered, tradeOffs, diagram]) {
      for (const input of ODD_INPUTS) {
        await expect(lint(rule, input)).resolves.toBeInstanceOf(Array)
      }
    }
  }, 60_000)

  it('ignore bad options instead of throwing', async () => {
    const record =
      '---\nkind: decision-record\n---\n\n## Options\n\n- A\n  - Pros: a\n  - Cons: b\n'
    expect(await lint(optionsConsidered, record, { minimum: 'three' })).toEqual([
      '5:1: "Options" lists 1 option: expected at least 2, each with pros and cons',
    ])
    const system = '---\nkind: system\n---\n\n## Architecture\n\nText.\n'
    expect(await lint(diagram, system, { languages: [3, null] })).toHaveLength(1)
  })

  it('read pros and cons written inline, in tables inside an option, and as bold lead-ins', async () => {
    const record = `---
kind: decision-record
---

## Options Considered

**Kafka**: replay and ordering.

- Pros: replay
- Cons: a cluster to run

**SQS**: managed. Pros: no servers. Cons: no replay.

### ignored, not an option: headings switch the reading

`
    // With a sub-heading present, sub-headings are the options.
    expect(await lint(optionsConsidered, record)).toEqual([
      '5:1: "Options Considered" lists 1 option: expected at least 2, each with pros and cons',
      '14:1: Option "ignored, not an option: headings switch the reading" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
    const withoutHeading = record.replace(/### .*\n/, '')
    expect(await lint(optionsConsidered, withoutHeading)).toEqual([])

    const tables = `---
kind: decision-record
---

## Options

### Kafka

| Pros | Cons |
| ---- | ---- |
| replay | ops |

### SQS

| Advantages | Drawbacks |
| ---- | ---- |
| managed | no replay |
`
    expect(await lint(optionsConsidered, tables)).toEqual([])
  })

  it('report a decision table row missing its result column', async () => {
    const system = `---
kind: system
---

## Technical Decisions & Trade-offs

| Decision | Trade-off | Result |
| -------- | --------- | ------ |
| Kafka | a cluster | 4ms p99 |
| Redis | memory cost | |
`
    expect(await lint(tradeOffs, system)).toEqual([
      '10:1: Decision "Redis" states its trade-off but no result: expected a "Result:" line saying what it achieved',
    ])
  })

  it('accept one decision told as labelled prose', async () => {
    const system =
      '---\nkind: system\n---\n\n## Trade-offs\n\nWe chose Kafka. Trade-off: a cluster. Result: replay.\n'
    expect(await lint(tradeOffs, system)).toEqual([])
  })

  it('accept diagrams deep in the section and html images, not code samples', async () => {
    const make = (body: string) =>
      `---\nkind: system\n---\n\n## Architecture Overview\n\n${body}\n\n## Scale\n\n![not here](x.png)\n`
    expect(await lint(diagram, make('### Detail\n\n> ![nested](a.png)'))).toEqual([])
    expect(await lint(diagram, make('<img src="arch.svg" alt="architecture">'))).toEqual([])
    expect(await lint(diagram, make('```\nA --> B\n```'))).toEqual([])
    expect(await lint(diagram, make('```dot\ndigraph { a -> b }\n```'))).toEqual([])
    expect(await lint(diagram, make('```ts\nconst a = b\n```'))).toHaveLength(1)
    expect(await lint(diagram, make('```text\nplain words\n```'))).toHaveLength(1)
  })

  it('stay fast on a large document', async () => {
    const item =
      '1. **Kafka over SQS**: ordering\n   - Trade-off: a cluster\n   - Result: 40ms → 4ms\n   - Pros: x\n   - Cons: y\n\n'
    const body = `## Architecture Overview\n\n${'text\n\n'.repeat(500)}\n## Technical Decisions\n\n${item.repeat(500)}`
    for (const [rule, kind] of [
      [tradeOffs, 'system'],
      [diagram, 'system'],
      [optionsConsidered, 'decision-record'],
    ] as const) {
      const markdown = `---\nkind: ${kind}\n---\n\n${kind === 'system' ? body : body.replace('Technical Decisions', 'Options Considered')}`
      const started = performance.now()
      await lint(rule, markdown)
      expect(performance.now() - started).toBeLessThan(10_000)
    }
  }, 60_000)
})
