import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/index.js'
import { doc, repo, smallPortfolio, system } from './helpers.js'

const rulesUrl = pathToFileURL(
  path.resolve(import.meta.dirname, '../../remark-lint-portfolio/dist/index.js'),
).href

describe('content-hash cache', () => {
  it('parses nothing on a second run over an unchanged portfolio; an edit re-parses that file only', async () => {
    const dir = repo(smallPortfolio())
    const first = await runPortfolio({ cwd: dir })
    expect(first.stats).toMatchObject({ files: 5, parsed: 5, fromCache: 0 })
    expect(readdirSync(path.join(dir, 'node_modules/.cache/techfolio'))).toHaveLength(1)

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
    expect(readdirSync(path.join(dir, 'node_modules/.cache/techfolio'))).toHaveLength(1)
  })

  it('is off with cache: false, and goes where cacheDir says', async () => {
    const dir = repo(smallPortfolio())
    await runPortfolio({ cwd: dir, cache: false })
    expect((await runPortfolio({ cwd: dir, cache: false })).stats.parsed).toBe(5)
    await runPortfolio({ cwd: dir, cacheDir: 'my-cache' })
    expect(readdirSync(path.join(dir, 'my-cache'))).toHaveLength(1)
    expect((await runPortfolio({ cwd: dir, cacheDir: 'my-cache' })).stats.fromCache).toBe(5)
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

  it('honours <!--lint disable--> comments', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'portfolio/quiet.md': '<!--lint disable portfolio-front-matter-->\n\n# Quiet\n',
    })
    const result = await runPortfolio({ cwd: dir, cache: false })
    const quiet = result.files.find((f) => f.path === 'portfolio/quiet.md')
    expect(quiet?.messages.map((m) => m.ruleId)).not.toContain('portfolio-front-matter')
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
