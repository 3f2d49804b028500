import { readFileSync } from 'node:fs'
import { remark } from 'remark'
import { describe, expect, it } from 'vitest'
import preset from '../src/index.js'
import { allRuleDocs } from './examples.js'

/**
 * Issue 6: "no documented input may produce a false error". A documented
 * example is usually a fragment (one section, no others), so the rules that
 * ask for a whole document's facts would rightly miss what is not shown; the
 * rules below judge what a fragment does hold, and must stay silent on every
 * good example, whichever rule's page or README shows it.
 */
const FRAGMENT_RULES = [
  'portfolio-front-matter',
  'portfolio-leadership-principles',
  'portfolio-placeholders',
  'portfolio-confidentiality',
  'portfolio-metric-arithmetic',
  'portfolio-blameless',
]

async function errors(markdown: string, only: readonly string[]): Promise<string[]> {
  const file = await remark().use(preset).process(markdown)
  return (
    file.messages
      .filter((message) => message.fatal && only.includes(message.ruleId ?? ''))
      // A fragment may leave out front matter or its title; what it does hold must be valid.
      .filter((message) => !/^Missing /.test(message.reason))
      .map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
  )
}

/** The ```markdown blocks of a README, each with the line it starts on. */
function markdownBlocks(readme: string): { line: number; body: string }[] {
  const blocks: { line: number; body: string }[] = []
  const pattern = /^```(?:markdown|md)\n([\s\S]*?)^```$/gm
  for (const match of readme.matchAll(pattern)) {
    blocks.push({ line: readme.slice(0, match.index).split('\n').length, body: match[1] ?? '' })
  }
  return blocks
}

const READMES = {
  'README.md': readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'),
  'packages/remark-lint-portfolio/README.md': readFileSync(
    new URL('../README.md', import.meta.url),
    'utf8',
  ),
}

describe('documented examples give no false error', () => {
  for (const doc of allRuleDocs()) {
    const names = new Set(
      doc.examples.filter((example) => example.label === 'output').map((e) => e.name),
    )
    for (const example of doc.examples) {
      if (example.label === 'output' || names.has(example.name)) continue
      it(`${doc.ruleId} page, good example ${example.name}`, async () => {
        expect(await errors(example.body, FRAGMENT_RULES)).toEqual([])
      })
    }
  }

  for (const [name, text] of Object.entries(READMES)) {
    const blocks = markdownBlocks(text)
    it(`${name} has its Markdown examples found`, () => {
      expect(blocks.length).toBeGreaterThan(0)
    })
    for (const block of blocks) {
      it(`${name} example at line ${block.line}`, async () => {
        expect(await errors(block.body, FRAGMENT_RULES)).toEqual([])
      })
    }
  }

  it('would catch a false error: the flow list once read as template text', async () => {
    // The README's front matter with a real placeholder left in fails, naming it.
    const withPlaceholder = `---\nkind: system\ntitle: "[Your system name]"\n---\n`
    expect(await errors(withPlaceholder, FRAGMENT_RULES)).not.toEqual([])
  })
})
