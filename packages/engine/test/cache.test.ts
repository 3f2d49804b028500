import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/run.js'
import { doc, repo, smallPortfolio, system } from './helpers.js'

/** The cache files the engine wrote under a configured cache folder. */
const cacheFiles = (folder: string) =>
  readdirSync(path.join(folder, 'techfolio-cache')).filter((name) => name.startsWith('engine-'))

const rulesUrl = pathToFileURL(
  path.resolve(import.meta.dirname, '../../remark-lint-portfolio/dist/index.js'),
).href

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
      `import preset from '${rulesUrl}'\nexport default { plugins: [preset] }\n`,
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
      `import preset from '${rulesUrl}'\nimport local from './local-plugin.mjs'\nexport default { plugins: [preset, local] }\n`,
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
    expect(readdirSync(path.join(dir, 'config/techfolio-cache')).sort()).toEqual([
      'CACHEDIR.TAG',
      expect.stringMatching(/^engine-[0-9a-f]+\.json$/),
    ])
  })

  it.each([
    ['null', () => null],
    ['an empty analysis', (entry: Record<string, unknown>) => ({ ...entry, analysis: {} })],
    [
      'messages as a string',
      (entry: { analysis: object }) => ({
        ...entry,
        analysis: { ...entry.analysis, messages: 'oops' },
      }),
    ],
  ])('ignores and rebuilds a cache entry that is %s', async (_name, corrupt) => {
    const dir = repo(smallPortfolio())
    const clean = await runPortfolio({ cwd: dir })
    const folder = path.join(dir, 'node_modules/.cache/techfolio/techfolio-cache')
    const file = path.join(folder, cacheFiles(path.dirname(folder))[0] as string)
    const data = JSON.parse(readFileSync(file, 'utf8'))
    const keys = Object.keys(data.entries)
    // biome-ignore lint/suspicious/noExplicitAny: corrupting stored JSON on purpose
    data.entries[keys[0] as string] = corrupt(data.entries[keys[0] as string] as any)
    writeFileSync(file, JSON.stringify(data))
    const again = await runPortfolio({ cwd: dir })
    expect(again.stats).toMatchObject({ parsed: 1, fromCache: 4 })
    const { stats: _a, ...cleanResult } = clean
    const { stats: _b, ...againResult } = again
    expect(againResult).toEqual(cleanResult)
    expect((await runPortfolio({ cwd: dir })).stats.fromCache).toBe(5)
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
      `import preset, { ruleById } from '${rulesUrl}'
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
      '.remarkrc.mjs': `import preset, { ruleById } from '${rulesUrl}'
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
      `import preset, { ruleById } from '${rulesUrl}'
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
