import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnalysisCache } from '../src/cache.js'
import { runPortfolio } from '../src/run.js'
import { emptyFacts } from '../src/unreadable.js'
import { doc, RULES_URL, repo, smallPortfolio, system } from './helpers.js'

/** The cache indexes the engine wrote under a configured cache folder (one per namespace). */
const cacheFiles = (folder: string) =>
  readdirSync(path.join(folder, 'techfolio-cache')).filter(
    (name) => name.startsWith('engine-') && name.endsWith('.index.json'),
  )
const defaultCache = (dir: string) => path.join(dir, 'node_modules/.cache/techfolio')

describe('content-hash cache', () => {
  it('parses nothing on a second run over an unchanged portfolio; an edit re-parses that file only', async () => {
    const dir = repo(smallPortfolio())
    const first = await runPortfolio({ cwd: dir })
    expect(first.stats).toMatchObject({ files: 5, parsed: 5, fromCache: 0 })
    expect(cacheFiles(path.join(dir, 'node_modules/.cache/techfolio'))).toHaveLength(1)

    const second = await runPortfolio({ cwd: dir })
    expect(second.stats).toMatchObject({ files: 5, parsed: 0, fromCache: 5 })
    const { stats: _a, ...firstResult } = first
    const { stats: _b, ...secondResult } = second
    expect(secondResult).toEqual(firstResult)

    writeFileSync(path.join(dir, 'portfolio/systems/b.md'), system('System B, edited'))
    const third = await runPortfolio({ cwd: dir })
    expect(third.stats).toMatchObject({ files: 5, parsed: 1, fromCache: 4 })
    expect(third.files.find((f) => f.path === 'portfolio/systems/b.md')?.title).toBe(
      'System B, edited',
    )
  })

  it('is invalidated by a change of the techfolio config or the .remarkrc', async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir })
    writeFileSync(path.join(dir, 'techfolio.config.json'), '{"level": "L7"}')
    expect((await runPortfolio({ cwd: dir })).stats.parsed).toBe(5)
    expect((await runPortfolio({ cwd: dir })).stats.parsed).toBe(0)
    writeFileSync(
      path.join(dir, '.remarkrc.mjs'),
      `import preset from '${RULES_URL}'\nexport default { plugins: [preset] }\n`,
    )
    expect((await runPortfolio({ cwd: dir })).stats.parsed).toBe(5)
    // Only the current configuration's cache file is kept.
    expect(cacheFiles(path.join(dir, 'node_modules/.cache/techfolio'))).toHaveLength(1)
  })

  it('is invalidated by a change of a local module the .remarkrc imports', async () => {
    const dir = repo(smallPortfolio())
    writeFileSync(path.join(dir, 'local-plugin.mjs'), 'export default function quiet() {}\n')
    writeFileSync(
      path.join(dir, '.remarkrc.mjs'),
      `import preset from '${RULES_URL}'\nimport local from './local-plugin.mjs'\nexport default { plugins: [preset, local] }\n`,
    )
    await runPortfolio({ cwd: dir })
    expect((await runPortfolio({ cwd: dir })).stats.parsed).toBe(0)
    writeFileSync(
      path.join(dir, 'local-plugin.mjs'),
      'export default function quiet() { /* edited */ }\n',
    )
    expect((await runPortfolio({ cwd: dir })).stats.parsed).toBe(5)
  })

  it('is off with cache: false, and goes where cacheDir says', async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir, cache: false })
    expect((await runPortfolio({ cwd: dir, cache: false })).stats.parsed).toBe(5)
    await runPortfolio({ cwd: dir, cacheDir: 'my-cache' })
    expect(cacheFiles(path.join(dir, 'my-cache'))).toHaveLength(1)
    expect((await runPortfolio({ cwd: dir, cacheDir: 'my-cache' })).stats.fromCache).toBe(5)
  })

  it('deletes only files it wrote, in its own marked subfolder, whatever cacheDir names', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'config/engine-settings.json': '{"mine": true}',
      'config/engine-old.json': '{}',
    })
    writeFileSync(path.join(dir, 'techfolio.config.json'), '{"cacheDir": "config"}')
    await runPortfolio({ cwd: dir })
    writeFileSync(path.join(dir, 'techfolio.config.json'), '{"cacheDir": "config", "level": "L7"}')
    await runPortfolio({ cwd: dir })
    expect(readdirSync(path.join(dir, 'config')).sort()).toEqual([
      'engine-old.json',
      'engine-settings.json',
      'techfolio-cache',
    ])
    const [index, pack, ...others] = readdirSync(path.join(dir, 'config/techfolio-cache'))
      .filter((name) => name !== 'CACHEDIR.TAG')
      .sort()
    expect(index).toMatch(/^engine-[0-9a-f]+\.index\.json$/)
    expect(pack).toBe(index?.replace('.index.json', '.pack'))
    expect(others).toEqual([])
  })

  /** The index and pack of a repo's cache after one run, to corrupt. */
  function stored(dir: string) {
    const folder = path.join(defaultCache(dir), 'techfolio-cache')
    const indexFile = path.join(folder, cacheFiles(defaultCache(dir))[0] as string)
    const packFile = indexFile.replace('.index.json', '.pack')
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
      entries: Record<string, [string, number, number, number, number, number]>
    }
    return { indexFile, packFile, index }
  }

  it.each([
    [
      'an index row that is null',
      (dir: string) => {
        const { indexFile, index } = stored(dir)
        const [first] = Object.keys(index.entries)
        // biome-ignore lint/suspicious/noExplicitAny: corrupting stored JSON on purpose
        ;(index.entries as any)[first as string] = null
        writeFileSync(indexFile, JSON.stringify(index))
      },
    ],
    [
      'a record whose analysis is empty',
      (dir: string) => corruptRecord(dir, (record) => ({ ...record, analysis: {} })),
    ],
    [
      'a record whose messages are a number',
      (dir: string) =>
        corruptRecord(dir, (record) => ({
          ...record,
          analysis: { ...(record.analysis as object), messages: 7 },
        })),
    ],
    [
      'a record of another file (written where the index did not expect it)',
      (dir: string) => corruptRecord(dir, (record) => ({ ...record, key: 'f'.repeat(64) })),
    ],
  ])('ignores and rebuilds %s', async (_name, corrupt) => {
    const dir = repo(smallPortfolio())
    const clean = await runPortfolio({ cwd: dir })
    corrupt(dir)
    const again = await runPortfolio({ cwd: dir })
    expect(again.stats).toMatchObject({ parsed: 1, fromCache: 4 })
    const { stats: _a, ...cleanResult } = clean
    const { stats: _b, ...againResult } = again
    expect(againResult).toEqual(cleanResult)
    expect((await runPortfolio({ cwd: dir })).stats.fromCache).toBe(5)
  })

  /** Rewrites the first file's pack record in place, padded to its length. */
  function corruptRecord(
    dir: string,
    change: (record: Record<string, unknown>) => Record<string, unknown>,
  ): void {
    const { packFile, index } = stored(dir)
    const [, , , , offset, length] = Object.values(index.entries)[0] as [
      string,
      number,
      number,
      number,
      number,
      number,
    ]
    const pack = readFileSync(packFile)
    const record = JSON.parse(pack.toString('utf8', offset, offset + length))
    const text = JSON.stringify(change(record))
    const bytes = Buffer.from(text.padEnd(length - 1, ' '))
    expect(bytes.length).toBeLessThan(length)
    bytes.copy(pack, offset)
    pack.fill(0x20, offset + bytes.length, offset + length - 1)
    writeFileSync(packFile, pack)
  }

  it('rebuilds every entry when the pack is deleted or truncated', async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir })
    const { packFile } = stored(dir)
    writeFileSync(packFile, readFileSync(packFile).subarray(0, 100))
    expect((await runPortfolio({ cwd: dir })).stats).toMatchObject({ parsed: 5, fromCache: 0 })
    rmSync(stored(dir).packFile)
    expect((await runPortfolio({ cwd: dir })).stats).toMatchObject({ parsed: 5, fromCache: 0 })
    expect((await runPortfolio({ cwd: dir })).stats).toMatchObject({ parsed: 0, fromCache: 5 })
  })

  it("appends only the changed file's record; the index holds no findings", async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir })
    const before = stored(dir)
    const packBefore = statSync(before.packFile).size
    writeFileSync(path.join(dir, 'portfolio/systems/b.md'), system('System B, edited'))
    await runPortfolio({ cwd: dir })
    const after = stored(dir)
    const grown = statSync(after.packFile).size - packBefore
    const row = after.index.entries['portfolio/systems/b.md'] as number[]
    expect(grown).toBe(row[5])
    expect(row[4]).toBe(packBefore)
    // Findings live in the pack alone: the index is paths, keys and numbers.
    expect(readFileSync(after.indexFile, 'utf8')).not.toContain('ruleId')
  })

  it('trusts an unchanged stat of a file last modified well before it was read, as git does', async () => {
    const dir = repo(smallPortfolio())
    const file = path.join(dir, 'portfolio/systems/b.md')
    const old = new Date(Date.now() - 3_600_000)
    utimesSync(file, old, old)
    await runPortfolio({ cwd: dir })
    const { size } = statSync(file)
    // Same size, same modification time, other bytes: the file is not read again.
    writeFileSync(file, system('System X', { 'leadership-principles': ['Dive Deep'] }))
    utimesSync(file, old, old)
    expect(statSync(file).size).toBe(size)
    const trusted = await runPortfolio({ cwd: dir })
    expect(trusted.stats).toMatchObject({ parsed: 0, fromCache: 5 })
    expect(trusted.files.find((f) => f.path === 'portfolio/systems/b.md')?.title).toBe('System B')
    // Any new modification time is read, hashed and parsed.
    utimesSync(file, new Date(), new Date())
    const edited = await runPortfolio({ cwd: dir })
    expect(edited.stats).toMatchObject({ parsed: 1, fromCache: 4 })
    expect(edited.files.find((f) => f.path === 'portfolio/systems/b.md')?.title).toBe('System X')
  })

  it('hashes a file read within 2 s of its last change, so a same-size, same-time edit is caught', async () => {
    const dir = repo(smallPortfolio())
    const file = path.join(dir, 'portfolio/systems/b.md')
    const recent = statSync(file).mtime
    await runPortfolio({ cwd: dir })
    writeFileSync(file, system('System X', { 'leadership-principles': ['Dive Deep'] }))
    utimesSync(file, recent, recent)
    const again = await runPortfolio({ cwd: dir })
    expect(again.stats).toMatchObject({ parsed: 1, fromCache: 4 })
    expect(again.files.find((f) => f.path === 'portfolio/systems/b.md')?.title).toBe('System X')
  })

  it('keeps the entries of files a run did not check', async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir })
    await runPortfolio({ cwd: dir, paths: ['portfolio/systems'] })
    writeFileSync(path.join(dir, 'portfolio/systems/c.md'), system('System C, edited'))
    await runPortfolio({ cwd: dir, paths: ['portfolio/systems/c.md'] })
    expect((await runPortfolio({ cwd: dir })).stats).toMatchObject({ parsed: 0, fromCache: 5 })
  })
})

describe('AnalysisCache pack', () => {
  const analysis = (title: string) =>
    JSON.stringify({ ...emptyFacts(), messages: [], sectionOfMessage: {}, kind: 'system', title })

  it('is rewritten with only live records once dead ones outweigh them; lookups still agree', async () => {
    const dir = repo()
    const key = (n: number) => n.toString(16).padStart(64, '0')
    const open = async () => {
      const cache = new AnalysisCache(dir, 'test', 1)
      await cache.load()
      return cache
    }
    let cache = await open()
    cache.set(key(1), 'a.md', 10, 1, 5000, analysis('A'))
    cache.set(key(2), 'b.md', 10, 1, 5000, analysis('B'))
    await cache.save()
    const packFile = path.join(dir, 'techfolio-cache', 'engine-test.pack')
    const twoRecords = statSync(packFile).size
    for (let edit = 3; edit < 8; edit++) {
      cache = await open()
      cache.set(key(edit), 'b.md', 10, 1, 5000, analysis(`B${edit}`))
      await cache.save()
    }
    // Each save appends one record; the dead ones are dropped once they outweigh the live.
    expect(statSync(packFile).size).toBeLessThanOrEqual(twoRecords + 2 * 40)
    cache = await open()
    expect(cache.get(key(1), 'a.md', 10, 1, 5000)?.title).toBe('A')
    expect(cache.get(key(7), 'b.md', 10, 1, 5000)?.title).toBe('B7')
    expect(cache.get(key(6), 'b.md', 10, 1, 5000)).toBeUndefined()
    cache.close()
  })
})

describe('.remarkrc', () => {
  it('runs the plugins the root .remarkrc.mjs configures (shared with remark-cli)', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/no-front-matter.md': '# Just a heading\n\nText.\n',
    })
    const withPreset = await runPortfolio({ cwd: dir, cache: false })
    const file = (r: typeof withPreset) =>
      r.files.find((f) => f.path === 'portfolio/no-front-matter.md')
    expect(file(withPreset)?.messages.map((m) => m.ruleId)).toContain('portfolio-front-matter')

    writeFileSync(
      path.join(dir, '.remarkrc.mjs'),
      `import preset, { ruleById } from '${RULES_URL}'
export default { plugins: [preset, [ruleById('portfolio-front-matter').plugin, false]] }
`,
    )
    const configured = await runPortfolio({ cwd: dir, cache: false })
    expect(file(configured)?.messages.map((m) => m.ruleId)).not.toContain('portfolio-front-matter')
  })

  it('remarkrc: false uses the bundled preset and never loads the .remarkrc (the bundled Action)', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/no-front-matter.md': '# Just a heading\n\nText.\n',
      // Imports a package that is not installed: loading it would fail the run.
      '.remarkrc.mjs':
        "import missing from 'not-installed-anywhere'\nexport default { plugins: [missing] }\n",
    })
    await expect(runPortfolio({ cwd: dir, cache: false })).rejects.toThrow()
    const bundled = await runPortfolio({ cwd: dir, cache: false, remarkrc: false })
    const file = bundled.files.find((f) => f.path === 'portfolio/no-front-matter.md')
    expect(file?.messages.map((m) => m.ruleId)).toContain('portfolio-front-matter')
  })

  it('honours <!--lint disable--> comments on lines, not on a whole-document error at 1:1', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/quiet.md':
        '<!--lint disable portfolio-front-matter portfolio-placeholders-->\n\n# Quiet\n\nScale: TBD\n',
      'portfolio/systems/tbd.md':
        '---\nkind: system\ntitle: TBD\n---\n\n# TBD\n\nScale: TBD.\n\n<!--lint disable portfolio-placeholders-->\n\nRole: TBD.\n',
    })
    const result = await runPortfolio({ cwd: dir, cache: false })
    const quiet = result.files.find((f) => f.path === 'portfolio/quiet.md')
    const ruleIds = quiet?.messages.map((m) => m.ruleId)
    // The missing front matter (the whole document, at 1:1) does not obey the
    // comment: .remarkignore is how a file is left out.
    expect(ruleIds).toContain('portfolio-front-matter')
    // Before the comment the placeholder is reported, after it not.
    const tbd = result.files.find((f) => f.path === 'portfolio/systems/tbd.md')
    const placeholders = tbd?.messages.filter((m) => m.ruleId === 'portfolio-placeholders')
    expect(placeholders?.map((m) => m.line)).toEqual([3, 6, 8])
    expect(tbd?.messages.map((m) => m.ruleId)).toContain('portfolio-required-sections')
  })

  it('maps vfile messages to findings: rule id, severity, place, url', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/bad.md': doc('design-doc', 'Bad', 'x'),
      // remark-lint's severity: an array whose first item is the level (fatal when 'error').
      '.remarkrc.mjs': `import preset, { ruleById } from '${RULES_URL}'
export default { plugins: [preset, [ruleById('portfolio-front-matter').plugin, ['error']]] }
`,
    })
    const result = await runPortfolio({ cwd: dir, cache: false })
    const bad = result.files.find((f) => f.path === 'portfolio/bad.md')
    expect(bad?.messages.find((m) => m.ruleId === 'portfolio-front-matter')).toEqual({
      ruleId: 'portfolio-front-matter',
      severity: 'error',
      message: expect.stringMatching(/^Unknown `kind` `design-doc`/),
      line: 2,
      column: 7,
      url: 'https://github.com/techfolio/techfolio/blob/main/packages/remark-lint-portfolio/docs/rules/portfolio-front-matter.md',
    })
    writeFileSync(
      path.join(dir, '.remarkrc.mjs'),
      `import preset, { ruleById } from '${RULES_URL}'
export default { plugins: [preset, [ruleById('portfolio-front-matter').plugin, ['warn']]] }
`,
    )
    const warned = await runPortfolio({ cwd: dir, cache: false })
    const again = warned.files.find((f) => f.path === 'portfolio/bad.md')
    expect(again?.messages.find((m) => m.ruleId === 'portfolio-front-matter')?.severity).toBe(
      'warning',
    )
  })
})
