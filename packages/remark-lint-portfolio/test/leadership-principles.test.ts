/**
 * What the doc-comment examples of portfolio-leadership-principles cannot
 * show: the parsed principles other packages read, and odd values.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { frontMatter } from '../src/index.js'
import leadershipPrinciples from '../src/rules/leadership-principles.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

async function lint(markdown: string): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(leadershipPrinciples, 'warn')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

describe('portfolio-leadership-principles', () => {
  it('reads a plain string as a comma list, keeping "Are Right, A Lot" whole and placing each name', () => {
    const tree = parser.parse(
      '---\nleadership-principles: Ownership, Are Right, A Lot, Dive Deep\n---\n',
    )
    expect(frontMatter(tree).principles).toEqual([
      { value: 'Ownership', place: { line: 2, column: 24 } },
      { value: 'Are Right, A Lot', place: { line: 2, column: 35 } },
      { value: 'Dive Deep', place: { line: 2, column: 53 } },
    ])
  })

  it('places each name of a quoted string too', async () => {
    expect(await lint('---\nleadership-principles: "Ownership, Dive Deeep"\n---\n')).toEqual([
      '2:36: Unknown Leadership Principle "Dive Deeep": did you mean "Dive Deep"?',
    ])
  })

  it('reports a duplicate made of a rejoined split', async () => {
    expect(
      await lint('---\nleadership-principles: ["Are Right, A Lot", Are Right, A Lot]\n---\n'),
    ).toEqual([
      '2:45: "Are Right" and "A Lot" were split by YAML at the comma: quote the principle as "Are Right, A Lot"',
      '2:45: Duplicate Leadership Principle "Are Right, A Lot": "Are Right, A Lot" is already listed on line 2',
    ])
  })

  it('accepts case, apostrophe and punctuation variants', async () => {
    expect(
      await lint(
        "---\nleadership-principles:\n  - STRIVE TO BE EARTH'S BEST EMPLOYER\n  - have backbone, disagree and commit\n  - Are Right A Lot\n---\n",
      ),
    ).toEqual([])
  })

  it('is silent without the key, with an empty list, or with broken YAML', async () => {
    for (const input of [
      '---\nkind: system\n---\n',
      '---\nleadership-principles:\n---\n',
      '---\nleadership-principles: []\n---\n',
      '---\nleadership-principles: [Ownership\n---\n',
      '',
      '# No front matter',
    ]) {
      expect(await lint(input)).toEqual([])
    }
  })

  it('names the type of a wrong value', async () => {
    expect(await lint('---\nleadership-principles: {Ownership: yes}\n---\n')).toEqual([
      '2:24: `leadership-principles` is a mapping: expected a list of Leadership Principle names',
    ])
    expect(await lint('---\nleadership-principles:\n  - [Ownership]\n---\n')).toEqual([
      '3:5: `leadership-principles` item is a list: expected a Leadership Principle name (quote names that contain `: `)',
    ])
  })

  it('handles a very long list in linear time', async () => {
    const names = Array.from({ length: 5000 }, (_, index) => `Principle ${index}`).join(', ')
    const messages = await lint(`---\nleadership-principles: [${names}]\n---\n`)
    expect(messages).toHaveLength(5000)
  })
})
