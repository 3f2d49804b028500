import { describe, expect, it } from 'vitest'
import { jsonChunks, jsonDocument } from '../src/render/json-chunks.js'

const SAMPLES: [string, unknown][] = [
  ['a scalar', 42],
  ['a string with newlines and quotes', 'line one\nline "two"\u2028'],
  ['null', null],
  ['empty containers', { a: [], b: {}, c: [[]], d: [{}] }],
  [
    'nested findings with skipped values',
    {
      files: [
        {
          path: 'portfolio/systems/cache.md',
          title: 'Caché — “rollout” 日本',
          messages: [{ ruleId: 'x', line: 1, url: null, gone: undefined }],
        },
        { path: 'b.md', messages: [] },
      ],
      list: [1, undefined, () => 1, 'x'],
      nested: { a: { b: { c: { d: { e: [1, { f: 2 }] } } } } },
      fn: () => 1,
      when: new Date(0),
    },
  ],
]

describe('jsonChunks', () => {
  it.each(SAMPLES)('joins to JSON.stringify(value, null, 2) for %s', (_name, value) => {
    for (const depth of [0, 1, 2, 4, 8]) {
      expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2))
    }
  })

  it('splits the first levels: no piece holds two files of a large report', () => {
    const files = Array.from({ length: 1000 }, (_, index) => ({
      path: `doc-${index}.md`,
      messages: [{ ruleId: 'portfolio-x', message: 'm'.repeat(200) }],
    }))
    const pieces = [...jsonDocument({ lint: { files } })]
    expect(pieces.join('')).toBe(`${JSON.stringify({ lint: { files } }, null, 2)}\n`)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(600)
  })

  it('adds the tail keys last, computed only once reached', () => {
    let reached = false
    const pieces = jsonDocument({ a: 1 }, () => {
      reached = true
      return { timing: { ms: 2 } }
    })
    const iterator = pieces[Symbol.iterator]()
    iterator.next()
    expect(reached).toBe(false)
    const rest = [...{ [Symbol.iterator]: () => iterator }].join('')
    expect(reached).toBe(true)
    expect(JSON.parse(`{${rest}`)).toEqual({ a: 1, timing: { ms: 2 } })
  })
})
