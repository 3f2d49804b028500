import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { colorEnabled } from '../src/color.js'
import { createProgress } from '../src/progress.js'
import { fillTemplate, generatedTemplate } from '../src/templates.js'

describe('colorEnabled', () => {
  it('follows NO_COLOR, FORCE_COLOR, then the terminal', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true)
    expect(colorEnabled({ isTTY: false }, {})).toBe(false)
    expect(colorEnabled({}, {})).toBe(false)
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false)
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true)
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false)
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false)
  })
})

describe('fillTemplate', () => {
  const template =
    '---\nkind: system\ntitle: "{{title}}"\ndate: {{date}}\n---\n\n# {{title}}\n\nOn {{date}}.\n'

  it('fills title and date, escaping the title inside front matter quotes', () => {
    const filled = fillTemplate(template, { title: 'Say "hi": now', date: '2025-01-02' })
    const yaml = filled.split('---\n')[1] ?? ''
    expect(parse(yaml)).toEqual({ kind: 'system', title: 'Say "hi": now', date: '2025-01-02' })
    expect(filled).toContain('\n# Say "hi": now\n')
    expect(filled).toContain('On 2025-01-02.')
  })

  it('quotes a bare title that is not safe as plain YAML', () => {
    const filled = fillTemplate('---\ntitle: {{title}}\n---\n# {{ title }}\n', {
      title: 'Cache: a #1 win',
      date: '2025-01-02',
    })
    expect(parse(filled.split('---\n')[1] ?? '')).toEqual({ title: 'Cache: a #1 win' })
    expect(filled.endsWith('# Cache: a #1 win\n')).toBe(true)
  })

  it('doubles single quotes in a single-quoted title', () => {
    const filled = fillTemplate("---\ntitle: '{{title}}'\n---\n", {
      title: "Bob's plan",
      date: 'x',
    })
    expect(parse(filled.split('---\n')[1] ?? '')).toEqual({ title: "Bob's plan" })
  })

  it('fills {{number}} for decision records', () => {
    expect(
      fillTemplate('# {{number}}. {{title}}\n', { title: 'A', date: 'd', number: '0003' }),
    ).toBe('# 0003. A\n')
  })

  it('generates a template with the kind and its required sections when none is found', () => {
    const text = generatedTemplate('decision-record')
    expect(text).toMatch(/^---\nkind: decision-record\ntitle: "\{\{title\}\}"/)
    expect(text).toMatch(/^## /m)
  })
})

describe('createProgress', () => {
  const tty = () => Object.assign(new PassThrough(), { isTTY: true })

  it('does nothing unless stdout and stderr are terminals and the format is for people', () => {
    expect(createProgress({ format: 'text', stdout: {}, stderr: tty() }).onProgress).toBeUndefined()
    expect(
      createProgress({ format: 'text', stdout: { isTTY: true }, stderr: new PassThrough() })
        .onProgress,
    ).toBeUndefined()
    expect(
      createProgress({ format: 'json', stdout: { isTTY: true }, stderr: tty() }).onProgress,
    ).toBeUndefined()
    expect(
      createProgress({ format: 'sarif', stdout: { isTTY: true }, stderr: tty() }).onProgress,
    ).toBeUndefined()
  })

  it('draws only for runs over the threshold', () => {
    const small = tty()
    let written = ''
    small.on('data', (chunk) => {
      written += String(chunk)
    })
    const progress = createProgress({ format: 'text', stdout: { isTTY: true }, stderr: small })
    progress.onProgress?.({ done: 1, total: 10, path: 'a.md' })
    progress.stop()
    expect(written).toBe('')

    const large = tty()
    let drawn = ''
    large.on('data', (chunk) => {
      drawn += String(chunk)
    })
    const bar = createProgress({ format: 'text', stdout: { isTTY: true }, stderr: large })
    bar.onProgress?.({ done: 1, total: 500, path: 'a.md' })
    bar.onProgress?.({ done: 500, total: 500, path: 'b.md' })
    bar.stop()
    expect(drawn).toContain('files')
  })
})
