/**
 * Each rule's docs page (its `url`) is generated from the rule's doc comment,
 * so the page and the examples the tests run are the same text. `npx vitest
 * run -u` rewrites the pages; CI fails when a page is stale.
 */
import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, RULES } from '../src/index.js'
import { allRuleDocs, type RuleDoc } from './examples.js'

function fence(body: string, lang: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${lang}\n${body}\n${ticks}`
}

function renderRuleDoc(doc: RuleDoc): string {
  const info = RULES.find((rule) => rule.id === doc.ruleId)
  const lines = [
    '<!-- Generated from the doc comment in src/rules/. Edit that, then run `npx vitest run -u test/docs.test.ts`. -->',
    '',
    `# ${doc.ruleId}`,
    '',
    doc.description.replace(/^## .*\n+/, ''),
    '',
    `- Default severity in the preset: \`${info?.severity ?? 'error'}\``,
    `- Checks: ${
      !info || info.kinds.length === DOCUMENT_KINDS.length
        ? 'every document kind'
        : info.kinds.map((kind) => `\`${kind}\``).join(', ')
    }`,
    '- Turn off for one place: `<!--lint disable ' +
      doc.ruleId +
      '-->` … `<!--lint enable ' +
      doc.ruleId +
      '-->`',
    '',
    '## Examples',
    '',
  ]
  for (const example of doc.examples) {
    const heading = example.label === 'output' ? 'Messages' : example.name
    if (example.label !== 'output') {
      lines.push(`### \`${heading}\``, '')
      if (example.config !== undefined) {
        lines.push(`With options \`${JSON.stringify(example.config)}\`:`, '')
      }
      lines.push(fence(example.body, 'markdown'), '')
      const output = doc.examples.find(
        (entry) => entry.name === example.name && entry.label === 'output',
      )
      lines.push(output ? fence(output.body, 'text') : 'No messages.', '')
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}

describe('rule docs pages', () => {
  for (const doc of allRuleDocs()) {
    it(`docs/rules/${doc.ruleId}.md is up to date`, async () => {
      await expect(renderRuleDoc(doc)).toMatchFileSnapshot(`../docs/rules/${doc.ruleId}.md`)
    })
  }
})
