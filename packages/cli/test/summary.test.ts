/**
 * `techfolio summary --out DIR`: writes the artifacts, lists them, and
 * refuses bad usage in one line with exit 2, never deleting or following
 * anything it did not write.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanTemps, doc, techfolio, tempDir, writeFiles } from './helpers.js'

afterAll(cleanTemps)

const STACK = /\n\s+at /
const ARTIFACTS = [
  'metrics.md',
  'story-bank.md',
  'deep-dive.md',
  'level.md',
  'report.json',
  'badge.svg',
  'report.html',
]

/** A small portfolio a stranger wrote: one system, with a figure. */
function portfolio(): string {
  const dir = tempDir()
  mkdirSync(join(dir, '.git'))
  writeFiles(dir, {
    'portfolio/systems/routing.md': doc(
      'system',
      'Courier routing',
      'I led the redesign. Dispatch time fell from 40 min to 10 min (75% faster).',
    ),
  })
  return dir
}

describe('techfolio summary', () => {
  it('writes every artifact into --out, creating it, and lists them', () => {
    const dir = portfolio()
    const run = techfolio(dir, ['summary', 'portfolio', '--out', 'out/summary'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      `Wrote 7 files:\n${ARTIFACTS.map((file) => `  out/summary/${file}`).join('\n')}\n`,
    )
    for (const file of ARTIFACTS) expect(existsSync(join(dir, 'out/summary', file))).toBe(true)
    const report = JSON.parse(readFileSync(join(dir, 'out/summary/report.json'), 'utf8'))
    expect(report.documents[0].path).toBe('portfolio/systems/routing.md')
    expect(readFileSync(join(dir, 'out/summary/metrics.md'), 'utf8')).toContain(
      '| 40 min | 10 min | 75% reduction (4x) | 75% faster ✓ |',
    )
  })

  it('leaves other files in --out alone and overwrites only its own', () => {
    const dir = portfolio()
    writeFiles(dir, { 'out/notes.txt': 'mine', 'out/metrics.md': 'old' })
    const run = techfolio(dir, ['summary', '--out', 'out'])
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, 'out/notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(dir, 'out/metrics.md'), 'utf8')).toContain('# Metrics quick reference')
  })

  it('--out naming a file: exit 2, one line, nothing written', () => {
    const dir = portfolio()
    writeFileSync(join(dir, 'taken'), 'a file')
    const run = techfolio(dir, ['summary', '--out', 'taken'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'techfolio: --out taken is a file: expected a folder to write the summary into (it is created when missing)\n',
    )
    expect(run.stdout).toBe('')
    expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('a file')
  })

  it('no --out: exit 2, one line', () => {
    const run = techfolio(portfolio(), ['summary'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^techfolio: required option '-o, --out <dir>' not specified\n$/)
  })

  it('--out inside the portfolio: exit 2, as the next check would read the summary', () => {
    const dir = portfolio()
    const run = techfolio(dir, ['summary', '--out', 'portfolio/summary'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^techfolio: --out portfolio\/summary is inside the portfolio folder portfolio: .*\n$/,
    )
    expect(existsSync(join(dir, 'portfolio/summary'))).toBe(false)
  })

  it('an artifact path that is a symbolic link: exit 2, the link and its target untouched', () => {
    const dir = portfolio()
    writeFiles(dir, { 'elsewhere.md': 'precious' })
    mkdirSync(join(dir, 'out'))
    symlinkSync(join(dir, 'elsewhere.md'), join(dir, 'out/metrics.md'))
    const run = techfolio(dir, ['summary', '--out', 'out'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^techfolio: out\/metrics\.md exists and is a symbolic link: .*\n$/)
    expect(run.stderr).not.toMatch(STACK)
    expect(readFileSync(join(dir, 'elsewhere.md'), 'utf8')).toBe('precious')
    // Checked before writing: no artifact was half written.
    expect(existsSync(join(dir, 'out/story-bank.md'))).toBe(false)
  })

  it('appears in --help with an example', () => {
    const run = techfolio(portfolio(), ['summary', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('techfolio summary --out summary')
  })

  describe('with an executive summary: the one-page HTML, and the PDF', () => {
    const withSummary = () => {
      const dir = portfolio()
      writeFiles(dir, {
        'portfolio/executive-summary.md': doc(
          'executive-summary',
          'Summary',
          '## Current Role Scope\n\nI lead 12 engineers in logistics.\n\n## Key Technical Achievements\n\n- Cut dispatch time from 40 min to 10 min.',
        ),
      })
      return dir
    }

    it('--no-pdf writes executive-summary.html, as written, and starts no browser', () => {
      const dir = withSummary()
      const run = techfolio(dir, ['summary', '--out', 'out', '--no-pdf', '--paper', 'letter'])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toBe('')
      const html = readFileSync(join(dir, 'out/executive-summary.html'), 'utf8')
      expect(html).toContain('I lead 12 engineers in logistics.')
      expect(html).toMatch(/size:\s*letter/i)
      expect(existsSync(join(dir, 'out/executive-summary.pdf'))).toBe(false)
    })

    it('a --chromium that is not a browser: one line on stderr, no PDF, exit 0', () => {
      const dir = withSummary()
      const run = techfolio(dir, ['summary', '--out', 'out', '--chromium', join(dir, 'nope')])
      expect(run.code).toBe(0)
      expect(run.stderr).toMatch(
        /^techfolio: executive-summary\.pdf skipped: --chromium .*nope is not an executable file; expected .*\n$/,
      )
      expect(run.stderr.split('\n').length).toBe(2)
      expect(existsSync(join(dir, 'out/executive-summary.pdf'))).toBe(false)
      expect(existsSync(join(dir, 'out/executive-summary.html'))).toBe(true)
    })

    it.skipIf(!['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((bin) => existsSync(bin)))(
      'with Chromium installed, writes a one-page executive-summary.pdf',
      () => {
        const dir = withSummary()
        const run = techfolio(dir, ['summary', '--out', 'out'])
        expect(run.code, run.stderr).toBe(0)
        expect(run.stdout).toContain('out/executive-summary.pdf')
        const pdf = readFileSync(join(dir, 'out/executive-summary.pdf'))
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1)
      },
    )
  })
})
