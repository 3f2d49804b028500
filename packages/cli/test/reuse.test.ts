/**
 * lint, score and check print a stored output again while nothing changed:
 * byte for byte what they would compute, with the same exit code and the
 * same words on stderr, and never across formats, colours or --timing.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ageFiles,
  cleanTemps,
  copySample,
  dropAnalyses,
  type Run,
  techfolio,
  tempDir,
  writeFiles,
} from './helpers.js'

afterAll(cleanTemps)

/** The sample portfolio in a repository of its own, its files an hour old (trusted by their stat). */
function samplePortfolio(): string {
  const root = tempDir()
  writeFiles(root, { '.git/HEAD': 'ref: refs/heads/main\n' })
  copySample(join(root, 'portfolio'))
  ageFiles(join(root, 'portfolio'))
  return root
}

/** The --debug line's count of files parsed. */
const parsed = (run: Run) => Number(/(\d+) parsed/.exec(run.stderr)?.[1])

describe('a stored output', () => {
  it.each([
    ['check', 'json'],
    ['check', 'text'],
    ['check', 'github'],
    ['lint', 'sarif'],
    ['lint', 'text'],
    ['score', 'json'],
  ])('is printed again by %s --format %s, as it would be computed', (command, format) => {
    const root = samplePortfolio()
    const args = [command, 'portfolio', '--format', format, '--debug']
    const first = techfolio(root, args)
    expect(parsed(first)).toBe(14)
    dropAnalyses(root)
    const second = techfolio(root, args)
    expect(parsed(second)).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    const uncached = techfolio(root, [command, 'portfolio', '--format', format, '--no-cache'])
    expect(second.stdout).toBe(uncached.stdout)
  })

  it('keeps its exit code and what it said on stderr', () => {
    const root = samplePortfolio()
    // The systems alone score far under 100.
    const args = ['check', 'portfolio/systems', '--fail-under', '100', '--debug']
    const first = techfolio(root, args)
    dropAnalyses(root)
    const second = techfolio(root, args)
    expect(parsed(second)).toBe(0)
    const said = (run: Run) => run.stderr.replace(/^techfolio: \d+ files.*\n/m, '')
    expect(first.code).toBe(1)
    expect(said(first)).toMatch(/^techfolio: portfolio score \d+ is under 100\n$/)
    expect({ ...second, stderr: said(second) }).toEqual({ ...first, stderr: said(first) })
  })

  it('is not printed for another format, with colour forced, or with --timing', () => {
    const root = samplePortfolio()
    const text = techfolio(root, ['check', 'portfolio', '--debug'])
    expect(parsed(text)).toBe(14)
    dropAnalyses(root)
    // Each of these computes its own output, so each parses again with the analyses gone.
    const json = techfolio(root, ['check', 'portfolio', '--format', 'json', '--debug'])
    expect(parsed(json)).toBe(14)
    expect(json.stdout.startsWith('{')).toBe(true)
    dropAnalyses(root)
    const coloured = techfolio(root, ['check', 'portfolio', '--debug'], { FORCE_COLOR: '1' })
    expect(parsed(coloured)).toBe(14)
    expect(coloured.stdout).toContain('\u001b[')
    expect(text.stdout).not.toContain('\u001b[')
    dropAnalyses(root)
    const timed = techfolio(root, ['check', 'portfolio', '--timing', '--debug'])
    expect(parsed(timed)).toBe(14)
    expect(timed.stderr).toMatch(/^read\s+\|/m)
    // --timing stored nothing: the coloured output is printed again, parsing nothing.
    const again = techfolio(root, ['check', 'portfolio', '--debug'], { FORCE_COLOR: '1' })
    expect(parsed(again)).toBe(0)
    expect(again.stdout).toBe(coloured.stdout)
  })

  it('is neither stored nor printed when the config turns the cache off', () => {
    const root = samplePortfolio()
    writeFiles(root, { 'techfolio.config.json': '{"cache": false}' })
    const first = techfolio(root, ['check', 'portfolio', '--debug'])
    const second = techfolio(root, ['check', 'portfolio', '--debug'])
    expect([parsed(first), parsed(second)]).toEqual([14, 14])
    expect(second.stdout).toBe(first.stdout)
    expect(existsSync(join(root, 'node_modules/.cache'))).toBe(false)
  })
})
