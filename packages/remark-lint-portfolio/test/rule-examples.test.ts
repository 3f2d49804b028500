import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import preset, { RULES, ruleDocsUrl } from '../src/index.js'
import { allRuleDocs, type RuleDoc } from './examples.js'

/** Runs the preset's parsers and one rule over `markdown`, as `remark --use` would. */
async function lint(ruleId: string, markdown: string, config: unknown): Promise<VFile> {
  const info = RULES.find((rule) => rule.id === ruleId)
  if (!info) throw new Error(`no rule ${ruleId} in RULES`)
  const parsers = (preset.plugins ?? []).slice(0, 3)
  const processor = unified()
    .use(remarkParse)
    // biome-ignore lint/suspicious/noExplicitAny: preset entries are heterogeneous
    .use(parsers as any)
    .use(info.plugin, config === undefined ? ['warn'] : ['warn', config])
  const file = new VFile({ path: 'example.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file
}

function formatted(file: VFile): string {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => `${message.line}:${message.column}: ${message.reason}`)
    .join('\n')
}

const docs = allRuleDocs()

describe.each(docs.map((doc) => [doc.ruleId, doc] as [string, RuleDoc]))('%s', (ruleId, doc) => {
  it('is in the preset and documented with examples', () => {
    expect(RULES.map((rule) => rule.id)).toContain(ruleId)
    expect(doc.description).toMatch(new RegExp(`^## ${ruleId}\\n`))
    expect(doc.examples.some((example) => example.label === undefined)).toBe(true)
    expect(doc.examples.some((example) => example.label === 'output')).toBe(true)
  })

  for (const example of doc.examples.filter((entry) => entry.label !== 'output')) {
    const output = doc.examples.find(
      (entry) => entry.name === example.name && entry.label === 'output',
    )
    it(`${example.name}: ${output ? 'reports the documented messages' : 'reports nothing'}`, async () => {
      const file = await lint(ruleId, example.body, example.config)
      expect(formatted(file)).toBe(output?.body ?? '')
      for (const message of file.messages) {
        expect(message.ruleId).toBe(ruleId)
        expect(message.source).toBe('remark-lint')
        expect(message.url).toBe(ruleDocsUrl(ruleId))
        expect(message.line).toBeGreaterThan(0)
      }
    })
  }
})
