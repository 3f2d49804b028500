import { mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.js'
import { runPortfolio } from '../src/run.js'
import { doc, repo, smallPortfolio } from './helpers.js'

const run = (cwd: string, extra: Partial<Parameters<typeof runPortfolio>[0]> = {}) =>
  runPortfolio({ cwd, cache: false, ...extra })

describe('finding files', () => {
  it('defaults to the portfolio folder, skips templates/, honours .gitignore and .remarkignore', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/templates/system.md': doc('system', '[e.g., User Platform]', 'TODO'),
      'portfolio/drafts/wip.md': doc('system', 'Draft', 'x'),
      'portfolio/private/notes.md': doc('system', 'Notes', 'x'),
      'portfolio/readme.txt': 'not markdown',
      '.gitignore': 'portfolio/drafts/\n',
      '.remarkignore': 'portfolio/private/\n',
    })
    const result = await run(dir)
    expect(result.files.map((f) => f.path).filter((p) => p.endsWith('.md'))).toEqual([
      'portfolio/executive-summary.md',
      'portfolio/story-bank.md',
      'portfolio/systems/a.md',
      'portfolio/systems/b.md',
      'portfolio/systems/c.md',
    ])
    expect(result.stats.files).toBe(5)
  })

  it('reports paths relative to cwd, from a subfolder too', async () => {
    const dir = repo(smallPortfolio())
    const result = await run(path.join(dir, 'portfolio'), { paths: ['systems'] })
    expect(result.files.map((f) => f.path)).toContain('systems/a.md')
  })

  it('takes globs and explicit files', async () => {
    const dir = repo(smallPortfolio())
    const globbed = await run(dir, { paths: ['portfolio/systems/*.md'] })
    expect(globbed.stats.files).toBe(3)
    const explicit = await run(dir, { paths: ['portfolio/story-bank.md'] })
    expect(explicit.files.map((f) => f.path)).toContain('portfolio/story-bank.md')
    await expect(run(dir, { paths: ['portfolio/nothing/**/*.md'] })).rejects.toThrow(
      'No Markdown files match portfolio/nothing/**/*.md',
    )
  })

  it('names a missing path in an InputError (exit code 2)', async () => {
    const dir = repo(smallPortfolio())
    const error = await run(dir, { paths: ['portfolio', 'nope'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe('Path not found: nope')
    expect((error as InputError).exitCode).toBe(2)
  })

  it('rejects a folder with no Markdown', async () => {
    const dir = repo({ 'empty/readme.txt': 'hello' })
    await expect(run(dir, { paths: ['empty'] })).rejects.toThrow(
      new InputError('No Markdown files in empty'),
    )
  })

  it('ends on a symlink loop, visiting each real folder once', async () => {
    const dir = repo(smallPortfolio())
    symlinkSync(path.join(dir, 'portfolio'), path.join(dir, 'portfolio/systems/loop'))
    symlinkSync(path.join(dir, 'portfolio/systems'), path.join(dir, 'portfolio/systems/self'))
    const result = await run(dir)
    expect(result.stats.files).toBe(5)
  })

  it('skips a symlink pointing outside the repository with a warning on the link', async () => {
    const outside = repo({ 'secret.md': doc('system', 'Outside', 'x'), 'dir/x.md': 'x' })
    const dir = repo(smallPortfolio())
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'portfolio/secret.md'))
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'portfolio/elsewhere'))
    symlinkSync(path.join(dir, 'missing.md'), path.join(dir, 'portfolio/broken.md'))
    const result = await run(dir)
    expect(result.stats.files).toBe(5)
    const skipped = result.files.filter((f) =>
      f.messages.some((m) => m.ruleId === 'portfolio-symlink'),
    )
    expect(skipped.map((f) => [f.path, f.messages[0]?.severity])).toEqual([
      ['portfolio/broken.md', 'warning'],
      ['portfolio/elsewhere', 'warning'],
      ['portfolio/secret.md', 'warning'],
    ])
    expect(skipped[2]?.messages[0]?.message).toMatch(/^Symbolic link points outside the repository/)
    expect(result.documents.map((d) => d.path)).not.toContain('portfolio/secret.md')
  })

  it('reports a binary or non-UTF-8 file once at 1:1; accepts a BOM and CRLF', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'portfolio/latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'portfolio/bom.md': `\uFEFF${doc('system', 'BOM', 'text').replace(/\n/g, '\r\n')}`,
    })
    const result = await run(dir)
    for (const name of ['portfolio/binary.md', 'portfolio/latin1.md']) {
      const file = result.files.find((f) => f.path === name)
      expect(file?.messages).toEqual([
        expect.objectContaining({
          ruleId: 'portfolio-encoding',
          severity: 'error',
          line: 1,
          column: 1,
        }),
      ])
      expect(result.documents.find((d) => d.path === name)?.score).toBe(0)
    }
    const bom = result.files.find((f) => f.path === 'portfolio/bom.md')
    expect(bom?.kind).toBe('system')
    expect(bom?.title).toBe('BOM')
    expect(bom?.messages.some((m) => m.ruleId === 'portfolio-front-matter')).toBe(false)
  })

  it('reports lists and quotes nested past 100 levels at their line instead of parsing them', async () => {
    const deepList = Array.from(
      { length: 2000 },
      (_, level) => `${'  '.repeat(level)}- level ${level}`,
    )
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/deep-list.md': `${doc('system', 'Deep', 'text')}\n${deepList.join('\n')}\n`,
      'portfolio/deep-quote.md': `${doc('system', 'Quoted', 'text')}\n${'> '.repeat(50_000)}deep\n`,
      'portfolio/nested-ok.md': `${doc('system', 'Nested', 'text')}\n${deepList.slice(0, 20).join('\n')}\n`,
    })
    const result = await run(dir)
    const listLine = doc('system', 'Deep', 'text').split('\n').length + 102
    const deep = result.files.find((f) => f.path === 'portfolio/deep-list.md')
    expect(deep?.messages).toEqual([
      expect.objectContaining({ ruleId: 'portfolio-nesting', severity: 'error', line: listLine }),
    ])
    const quote = result.files.find((f) => f.path === 'portfolio/deep-quote.md')
    expect(quote?.messages.map((m) => m.ruleId)).toEqual(['portfolio-nesting'])
    expect(quote?.messages[0]?.message).toMatch(
      /nest about 50000 levels deep here; Techfolio reads at most 100/,
    )
    expect(result.documents.find((d) => d.path === 'portfolio/deep-list.md')?.score).toBe(0)
    const ok = result.files.find((f) => f.path === 'portfolio/nested-ok.md')
    expect(ok?.messages.map((m) => m.ruleId)).not.toContain('portfolio-nesting')
  })

  it('reports a document past 2,000 list items at the item instead of parsing it for minutes', async () => {
    const items = (count: number) =>
      Array.from({ length: count / 2 }, (_, index) => `- item ${index}\n  - detail`).join('\n')
    const head = doc('system', 'Long', 'text')
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/long.md': `${head}\n${items(20_000)}\n`,
      'portfolio/at-limit.md': `${doc('system', 'At limit', 'text')}\n${items(2_000)}\n`,
    })
    const result = await run(dir)
    const long = result.files.find((f) => f.path === 'portfolio/long.md')
    const headLines = head.split('\n').length
    expect(long?.messages).toEqual([
      expect.objectContaining({ ruleId: 'portfolio-nesting', line: headLines + 2_001 }),
    ])
    expect(long?.messages[0]?.message).toMatch(/^List item 2001 of this document/)
    const atLimit = result.files.find((f) => f.path === 'portfolio/at-limit.md')
    expect(atLimit?.messages.map((m) => m.ruleId)).not.toContain('portfolio-nesting')
  })

  it('turns a file removed mid-run into an InputError naming it, not a crash', async () => {
    const dir = repo(smallPortfolio())
    let removed = false
    const error = await run(dir, {
      workers: 0,
      onProgress: () => {
        if (!removed) {
          removed = true
          unlinkSync(path.join(dir, 'portfolio/systems/c.md'))
        }
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(
      'portfolio/systems/c.md: cannot be read: it was removed or renamed during the run',
    )
  })

  it('calls onProgress once per file', async () => {
    const dir = repo(smallPortfolio())
    const events: string[] = []
    await run(dir, { onProgress: (e) => events.push(`${e.done}/${e.total}`) })
    expect(events).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5'])
  })

  it('handles 10,000 small files with correct counts', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 10_000; index++) {
      files[`portfolio/notes/n${String(index).padStart(5, '0')}.md`] =
        `---\nkind: story-bank\ntitle: Note ${index}\n---\n\n# Note ${index}\n\nText.\n`
    }
    const dir = repo(files)
    mkdirSync(path.join(dir, 'portfolio/empty'))
    let last = 0
    const started = Date.now()
    const result = await runPortfolio({
      cwd: dir,
      cacheDir: path.join(dir, 'cache'),
      onProgress: (e) => {
        last = e.done
      },
    })
    expect(result.stats.files).toBe(10_000)
    expect(result.stats.parsed).toBe(10_000)
    expect(result.documents).toHaveLength(10_000)
    expect(last).toBe(10_000)
    expect(result.files.filter((f) => f.path.endsWith('.md'))).toHaveLength(10_000)
    // Each story bank misses its two sections: 20,000 errors, plus the portfolio-wide ones.
    const sections = result.files.flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'portfolio-required-sections'),
    )
    expect(sections).toHaveLength(20_000)
    expect(Date.now() - started).toBeLessThan(120_000)
    const again = await runPortfolio({ cwd: dir, cacheDir: path.join(dir, 'cache') })
    expect(again.stats).toMatchObject({ files: 10_000, parsed: 0, fromCache: 10_000, workers: 0 })
    rmSync(path.join(dir, 'cache'), { recursive: true })
  }, 180_000)
})
