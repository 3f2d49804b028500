import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, InputError, UsageError } from '@techfolio/engine'
import { CommanderError } from 'commander'
import { afterAll, describe, expect, it } from 'vitest'
import { nextDecisionNumber, slugify } from '../src/commands/new.js'
import { printableDeep, reportError } from '../src/errors.js'
import { cleanTemps, tempDir } from './helpers.js'

afterAll(cleanTemps)

function report(error: unknown, debug = false) {
  let text = ''
  const code = reportError(error, debug, (chunk) => {
    text += chunk
  })
  return { code, text }
}

describe('reportError', () => {
  it('turns typed errors into one line and exit 2', () => {
    for (const error of [
      new InputError('Path not found: nope'),
      new ConfigError('techfolio.config.json: thresholds.failUnder must be a number'),
      new UsageError('unknown kind "x"\nsecond line'),
    ]) {
      const { code, text } = report(error)
      expect(code).toBe(2)
      expect(text).toMatch(/^techfolio: [^\n]+\n$/)
      expect(text).not.toContain('    at ')
    }
    expect(report(new UsageError('a\nb')).text).toBe('techfolio: a b\n')
  })

  it('adds the stack only under --debug', () => {
    const { text } = report(new InputError('nope'), true)
    expect(text.split('\n')[0]).toBe('techfolio: nope')
    expect(text).toContain('    at ')
  })

  it('reports file system errors as bad input', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'x.md'"), {
      code: 'EACCES',
      syscall: 'open',
    })
    expect(report(error)).toEqual({
      code: 2,
      text: "techfolio: EACCES: permission denied, open 'x.md'\n",
    })
  })

  it('keeps unexpected errors to one line unless --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')")
    const quiet = report(bug)
    expect(quiet.code).toBe(2)
    expect(quiet.text).toBe(
      "techfolio: unexpected error: Cannot read properties of undefined (reading 'x') (run again with --debug for details)\n",
    )
    const loud = report(bug, true)
    expect(loud.text).toContain('TypeError')
    expect(loud.text).toContain('    at ')
    expect(report('a string').text).toMatch(/^techfolio: unexpected error: a string/)
  })

  it('leaves commander errors to commander (already printed)', () => {
    expect(report(new CommanderError(1, 'commander.unknownCommand', 'x'))).toEqual({
      code: 2,
      text: '',
    })
    expect(report(new CommanderError(0, 'commander.helpDisplayed', 'x')).code).toBe(0)
  })
})

describe('slugify', () => {
  it.each([
    ['Extract payments', 'extract-payments'],
    ['Payments: Platform "v2"', 'payments-platform-v2'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ["Don't panic & ship", 'dont-panic-and-ship'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('cuts long titles at a word, at most 60 characters', () => {
    const slug = slugify(
      'A very long title about migrating the payments platform to event sourcing across regions',
    )
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^a-very-long-title-[a-z-]+[a-z]$/)
  })
})

describe('nextDecisionNumber', () => {
  it('is 1 + the highest NNNN- prefix, 1 for a missing or empty folder', async () => {
    const root = tempDir()
    expect(await nextDecisionNumber(join(root, 'missing'))).toBe(1)
    const folder = join(root, 'decisions')
    mkdirSync(folder)
    expect(await nextDecisionNumber(folder)).toBe(1)
    for (const name of ['0001-a.md', '0007-b.md', 'notes.md', '0003-c.md']) {
      writeFileSync(join(folder, name), '')
    }
    expect(await nextDecisionNumber(folder)).toBe(8)
  })
})

describe('printableDeep', () => {
  it('replaces control characters in every string of nested arrays and objects, in place', () => {
    const nested = {
      title: 'Pay\u001b[31mments',
      tags: ['ok', 'bell\u0007'],
      deep: [{ text: 'a\u2028b' }],
    }
    const value = {
      path: 'portfolio/\u009bsystem.md',
      count: 3,
      passed: true,
      missing: null,
      gone: undefined,
      list: [1, 'fine', nested, ['line\nbreak', 'c1\u0085']],
    }
    expect(printableDeep(value)).toBe(value)
    expect(value).toEqual({
      path: 'portfolio/\ufffdsystem.md',
      count: 3,
      passed: true,
      missing: null,
      gone: undefined,
      list: [
        1,
        'fine',
        { title: 'Pay\ufffd[31mments', tags: ['ok', 'bell\ufffd'], deep: [{ text: 'a\ufffdb' }] },
        ['line\ufffdbreak', 'c1\ufffd'],
      ],
    })
  })

  it('returns strings, numbers and null as they are', () => {
    expect(printableDeep('tab\there')).toBe('tab\there')
    expect(printableDeep(7)).toBe(7)
    expect(printableDeep(null)).toBe(null)
  })
})
