/**
 * Seeded fuzz: random Markdown and YAML front matter, within the parser's
 * limits and past them. Whatever the text, analysing it must not throw, must
 * finish, and every message must be one line.
 */
import preset from '@techfolio/remark-lint-portfolio'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { analyse } from '../src/analyse.js'
import { createProcessor } from '../src/remarkrc.js'

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '**',
  '_',
  '[',
  '](',
  ')',
  '`',
  '```\n',
  '\n',
  '\n\n',
  '  ',
  '|',
  '---\n',
  'p99 from 2s → 150ms ',
  '40% ',
  '$12K/month ',
  'Ownership ',
  '<!--lint disable-->',
  '\u200b',
  '\r\n',
  '\t',
  '\\',
  '&',
  ':',
  'kind: ',
  'title: ',
  'principles: ',
  '*anchor ',
  '&anchor ',
  '? [kind]\n',
  '{a: 1}',
  '"',
  'system ',
  'case-study ',
  'words ',
  'Latency ',
  // What sets off each GFM construct the engine's parser may leave out.
  '~',
  '[^1]',
  '[^1]: ',
  '- [ ] ',
  ':-',
  '-:',
  'www.example.com ',
  'HTTPS://grafana.example.com ',
  'oncall@example.com ',
]

function document(next: () => number): string {
  const pick = () => PIECES[Math.floor(next() * PIECES.length)] as string
  let body = ''
  const length = Math.floor(next() * 120)
  for (let index = 0; index < length; index++) body += pick()
  if (next() < 0.5) return body
  let yaml = ''
  const keys = Math.floor(next() * 6)
  for (let index = 0; index < keys; index++) yaml += `${pick()}${pick()}${pick()}\n`
  return `---\n${yaml}---\n${body}`
}

describe('fuzz', () => {
  it('1,000 seeded random documents: no throw, no hang, one line per message', async () => {
    const processor = await createProcessor(undefined)
    const next = random(20261130)
    const started = Date.now()
    for (let index = 0; index < 1000; index++) {
      const text = document(next)
      const analysis = await analyse(processor, `fuzz-${index}.md`, text)
      for (const message of analysis.messages) {
        expect(message.message, text).not.toMatch(/[\r\n\u2028\u2029]/)
        expect(message.line).toBeGreaterThanOrEqual(1)
      }
    }
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it("the engine's parser builds remark-parse's tree for each of 1,000 seeded random documents", async () => {
    // The engine leaves out the GFM syntax a source cannot set off; the tree
    // must be the one remark-cli and editors build with the same preset.
    const engineProcessor = await createProcessor(undefined)
    const remarkProcessor = unified().use(remarkParse).use(preset).freeze()
    const next = random(20261201)
    for (let index = 0; index < 1000; index++) {
      const text = document(next)
      expect(engineProcessor.parse(text), text).toEqual(remarkProcessor.parse(text))
    }
  })
})
