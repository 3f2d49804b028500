/**
 * The bad-input list, end to end with the real portfolio preset: each
 * input gets a clear message naming the file and line, and the run ends with
 * the right exit code instead of a crash or a hang.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanTemps, PRESET_URL, techfolio, tempDir, writeFiles } from './helpers.js'

const REAL_REMARKRC = `import portfolio from ${JSON.stringify(PRESET_URL)}\nexport default { plugins: [portfolio] }\n`

interface LintJson {
  files: {
    path: string
    messages: { ruleId: string; line: number; column: number; message: string }[]
  }[]
  errorCount: number
}

/** Lints one file, written as given, in a fresh repository with the real preset. */
function lintOne(content: string | Uint8Array, { text: withText = true } = {}) {
  const name = 'doc.md'
  const dir = tempDir()
  writeFiles(dir, { '.remarkrc.mjs': REAL_REMARKRC, '.git/HEAD': 'ref: refs/heads/main\n' })
  writeFileSync(join(dir, name), content)
  const json = techfolio(dir, ['lint', name, '--format', 'json', '--no-cache'])
  const text = withText ? techfolio(dir, ['lint', name, '--no-cache']) : json
  const report = JSON.parse(json.stdout) as LintJson
  const messages = report.files.find((file) => file.path === name)?.messages ?? []
  return { json, text, messages }
}

const system = (body: string) => `---\nkind: system\ntitle: Routing\n---\n\n${body}\n`

afterAll(cleanTemps)

describe('bad input, end to end', () => {
  it.each([
    ['an empty file', '', 1, /Missing front matter/],
    ['a file without front matter', '# Routing\n\nText.\n', 1, /Missing front matter/],
    ['broken YAML', '---\nkind: system\ntitle: [Routing\n---\n', 3, /not valid YAML/],
    [
      'an unknown kind',
      '---\nkind: design-doc\ntitle: Routing\n---\n',
      2,
      /Unknown `kind` `design-doc`/,
    ],
  ])('%s: one front-matter message with its line, exit 1', (_name, content, line, pattern) => {
    const { json, text, messages } = lintOne(content)
    expect(json.code).toBe(1)
    const message = messages.find((entry) => entry.ruleId === 'portfolio-front-matter')
    expect(message?.line).toBe(line)
    expect(message?.message).toMatch(pattern)
    expect(text.stdout).toContain('doc.md')
    expect(text.stdout).toMatch(new RegExp(`\\b${line}:\\d+`))
    expect(text.stderr).not.toMatch(/^\s+at /m)
  })

  it.each([
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    ],
    [
      'a Latin-1 file',
      new Uint8Array([...Buffer.from('---\nkind: system\ntitle: Caf'), 0xe9, 0x0a]),
    ],
  ])('%s: one encoding error at 1:1, exit 1', (_name, content) => {
    const { json, text, messages } = lintOne(content)
    expect(json.code).toBe(1)
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'portfolio-encoding', line: 1, column: 1 }),
    ])
    expect(text.stdout).toContain('doc.md')
  })

  it('CRLF line endings and a BOM: read as usual, positions on the right lines', () => {
    const crlf = `\uFEFF${system('## Scale\n\nTODO: fill in.')}`.replace(/\n/g, '\r\n')
    const { messages } = lintOne(crlf)
    expect(messages.map((entry) => entry.ruleId)).not.toContain('portfolio-front-matter')
    const placeholder = messages.find((entry) => entry.ruleId === 'portfolio-placeholders')
    expect(placeholder).toMatchObject({ line: 8, column: 1 })
  })

  it('a 4.5 MB file (under the 5 MB maxFileSize): finishes, with its one finding at its line', () => {
    const paragraph =
      'I moved routing to cells and cut p99 from 2s → 150ms (93% faster) with 12 engineers.\n\n'
    const half = paragraph.repeat(Math.ceil((2.2 * 1024 * 1024) / paragraph.length))
    const wrong = 'Then I cut p50 from 800ms → 200ms (50% improvement).\n\n'
    const big = system(`## Scale\n\n${half}${wrong}${half}`)
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024)
    expect(big.length).toBeLessThan(5_000_000)
    const { json, messages } = lintOne(big, { text: false })
    expect(json.code).toBe(1)
    const arithmetic = messages.filter((entry) => entry.ruleId === 'portfolio-metric-arithmetic')
    expect(arithmetic).toEqual([
      expect.objectContaining({
        line: 7 + half.split('\n').length,
        column: wrong.indexOf('50%') + 1,
      }),
    ])
  })

  it('deeply nested lists and block quotes: one nesting error at the first line too deep', () => {
    const list = Array.from({ length: 500 }, (_, level) => `${'  '.repeat(level)}- level ${level}`)
    const lists = lintOne(system(list.join('\n')))
    expect(lists.json.code).toBe(1)
    expect(lists.messages).toEqual([
      expect.objectContaining({ ruleId: 'portfolio-nesting', line: 6 + 101 }),
    ])
    const quotes = lintOne(system(`${'> '.repeat(20_000)}deep`))
    expect(quotes.messages).toEqual([
      expect.objectContaining({ ruleId: 'portfolio-nesting', line: 6 }),
    ])
  })

  it('a line built to be slow for the metric parser: thousands of arrows and numbers', () => {
    const arrows = Array.from({ length: 20_000 }, (_, index) => `${index + 1}ms`).join(' → ')
    const { json, messages } = lintOne(system(`## Scale\n\n${arrows} (50% improvement)`))
    expect([0, 1]).toContain(json.code)
    for (const message of messages) expect(message.line).toBeGreaterThan(0)
  })
})
