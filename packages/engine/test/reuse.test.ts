import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type CheckOptions, check, checkOrReuse, type PortfolioReport } from '../src/index.js'
import { doc, repo, smallPortfolio, system } from './helpers.js'

/** What the test caller (standing in for the CLI) stores beside its output. */
interface Meta {
  passed: boolean
}

const isMeta = (meta: unknown): meta is Meta =>
  typeof meta === 'object' && meta !== null && typeof (meta as Meta).passed === 'boolean'

/** The output the test caller prints: the report as JSON, without this run's own stats. */
const outputOf = (report: PortfolioReport) => {
  const { stats: _stats, ...rest } = report
  return JSON.stringify(rest, null, 2)
}

/**
 * A caller as the CLI is one: checkOrReuse(), then, when the run was
 * computed, its output written to the store in pieces and committed with a
 * meta; when reused, the stored output and meta read back.
 */
async function print(dir: string, options: Partial<CheckOptions> = {}, extra = 'json output') {
  const checked = await checkOrReuse({ cwd: dir, ...options }, { extra, accept: isMeta })
  if ('reused' in checked) {
    const output = Buffer.concat([...checked.reused.body]).toString('utf8')
    return { reused: true, output, meta: checked.reused.meta, stats: checked.stats, stored: false }
  }
  const output = outputOf(checked.report)
  const meta: Meta = { passed: checked.report.verdict.passed }
  const store = checked.store?.()
  store?.write(output.slice(0, 100))
  store?.write(output.slice(100))
  store?.commit(meta)
  return { reused: false, output, meta, stats: checked.report.stats, stored: store !== undefined }
}

/** What a run without any cache prints for the portfolio as it is now. */
async function fresh(dir: string, options: Partial<CheckOptions> = {}) {
  return outputOf(await check({ cwd: dir, cache: false, ...options }))
}

const cacheFolder = (dir: string) => path.join(dir, 'node_modules/.cache/techfolio/techfolio-cache')
const storedRunFile = (dir: string) => {
  const name = readdirSync(cacheFolder(dir)).find((file) => file.endsWith('.run'))
  return name ? path.join(cacheFolder(dir), name) : undefined
}

/** Every file in the portfolio last modified an hour ago, so the cache trusts its stat. */
function age(dir: string) {
  const hourAgo = new Date(Date.now() - 3_600_000)
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else utimesSync(file, hourAgo, hourAgo)
    }
  }
  walk(path.join(dir, 'portfolio'))
}

/** The small portfolio, whose story bank also links to a diagram beside the portfolio. */
function linkedPortfolio(diagram: boolean): Record<string, string> {
  const files = smallPortfolio()
  files['portfolio/story-bank.md'] += '\n- The flow: [diagram](../diagrams/flow.svg)\n'
  if (diagram) files['diagrams/flow.svg'] = '<svg xmlns="http://www.w3.org/2000/svg"/>\n'
  return files
}

describe('a run reused whole while nothing changed', () => {
  it('prints the stored output and meta again without loading any analysis', async () => {
    const dir = repo(linkedPortfolio(true))
    age(dir)
    const first = await print(dir)
    expect(first).toMatchObject({ reused: false, stored: true })
    expect(first.stats).toMatchObject({ parsed: 5 })

    // The pack of analyses gone: a run that loaded any finding would parse again.
    for (const name of readdirSync(cacheFolder(dir))) {
      if (name.endsWith('.pack')) rmSync(path.join(cacheFolder(dir), name))
    }
    const second = await print(dir)
    expect(second).toMatchObject({ reused: true, output: first.output, meta: first.meta })
    expect(second.stats).toEqual({ files: 5, parsed: 0, fromCache: 5, workers: 0 })
    expect(second.output).toBe(await fresh(dir))
  })

  it('is reused for files just written too, whose content is hashed instead of trusted', async () => {
    const dir = repo(smallPortfolio())
    const first = await print(dir)
    const second = await print(dir)
    expect(second).toMatchObject({ reused: true, output: first.output })
  })

  it('reports progress for every file when reused', async () => {
    const dir = repo(smallPortfolio())
    age(dir)
    await print(dir)
    const seen: string[] = []
    const checked = await checkOrReuse(
      { cwd: dir, onProgress: (event) => seen.push(event.path) },
      { extra: 'json output', accept: isMeta },
    )
    expect('reused' in checked && checked.reused.close()).toBe(undefined)
    expect(seen).toHaveLength(5)
  })

  it.each<[string, (dir: string) => void, boolean?]>([
    [
      'a document is edited',
      (dir) => writeFileSync(path.join(dir, 'portfolio/systems/b.md'), system('System B, edited')),
    ],
    [
      'a document is edited to the same size, its time kept',
      (dir) => {
        const file = path.join(dir, 'portfolio/systems/b.md')
        const { mtime } = statSync(file)
        writeFileSync(file, readFileSync(file, 'utf8').replace('System B', 'System Q'))
        utimesSync(file, mtime, new Date(mtime.getTime() + 1000))
      },
    ],
    [
      'a document is added',
      (dir) => writeFileSync(path.join(dir, 'portfolio/systems/d.md'), system('System D')),
    ],
    ['a document is removed', (dir) => rmSync(path.join(dir, 'portfolio/systems/c.md'))],
    ['a linked file is removed', (dir) => rmSync(path.join(dir, 'diagrams/flow.svg'))],
    [
      'a linked file becomes a folder',
      (dir) => {
        rmSync(path.join(dir, 'diagrams/flow.svg'))
        mkdirSync(path.join(dir, 'diagrams/flow.svg'))
      },
      // A link to a folder is as good as one to a file: the same findings, but looked at again.
      false,
    ],
    [
      'the config changes',
      (dir) => writeFileSync(path.join(dir, 'techfolio.config.json'), '{"level": "L7"}'),
    ],
    [
      'an ignore file hides a document',
      (dir) => writeFileSync(path.join(dir, '.remarkignore'), 'portfolio/systems/c.md\n'),
    ],
  ])(
    'computes the run again when %s, and stores that one',
    async (_change, change, changesOutput = true) => {
      const dir = repo(linkedPortfolio(true))
      age(dir)
      const before = await print(dir)
      expect((await print(dir)).reused).toBe(true)
      change(dir)
      const after = await print(dir)
      expect(after.reused).toBe(false)
      if (changesOutput) expect(after.output).not.toBe(before.output)
      expect(after.output).toBe(await fresh(dir))
      expect(await print(dir)).toMatchObject({ reused: true, output: after.output })
    },
  )

  it('computes the run again when a missing link target appears', async () => {
    const dir = repo(linkedPortfolio(false))
    const before = await print(dir)
    expect(before.output).toContain('Link target not found: `../diagrams/flow.svg`')
    mkdirSync(path.join(dir, 'diagrams'))
    writeFileSync(path.join(dir, 'diagrams/flow.svg'), '<svg/>\n')
    const after = await print(dir)
    expect(after.reused).toBe(false)
    expect(after.output).not.toContain('Link target not found')
    expect(after.output).toBe(await fresh(dir))
  })

  it.each<[string, Partial<CheckOptions>, string?]>([
    ['another --fail-under', { failUnder: 100 }],
    ['another --max-warnings', { maxWarnings: 0 }],
    ['other paths', { paths: ['portfolio/systems'] }],
    ["another caller's output", {}, 'text output'],
  ])('does not reuse a run for %s', async (_what, options, extra) => {
    const dir = repo(smallPortfolio())
    await print(dir)
    const other = await print(dir, options, extra)
    expect(other.reused).toBe(false)
    expect(other.output).toBe(await fresh(dir, options))
    expect((await print(dir, options, extra)).reused).toBe(true)
  })

  it('stores nothing with the cache off', async () => {
    const dir = repo(smallPortfolio())
    expect(await print(dir, { cache: false })).toMatchObject({ stored: false })
    expect(await print(dir, { cache: false })).toMatchObject({ reused: false })
  })

  it.each<[string, Record<string, string | Uint8Array>]>([
    [
      'a file over maxFileSize',
      {
        'techfolio.config.json': '{"maxFileSize": 3000}',
        'portfolio/notes.md': doc('story', 'Notes', 'x '.repeat(2000)),
      },
    ],
    ['a binary file', { 'portfolio/scan.md': new Uint8Array([0x25, 0x50, 0x00, 0x01]) }],
  ])(
    'stores nothing for a portfolio with %s (its content is never cached)',
    async (_what, extra) => {
      const dir = repo({ ...smallPortfolio(), ...extra })
      expect(await print(dir)).toMatchObject({ reused: false, stored: false })
      expect(await print(dir)).toMatchObject({ reused: false })
    },
  )

  it.each<[string, (file: string) => void]>([
    ['cut short', (file) => writeFileSync(file, readFileSync(file).subarray(0, 200))],
    ['emptied', (file) => writeFileSync(file, '')],
    ['overwritten with text', (file) => writeFileSync(file, 'not a stored run\n')],
    [
      'holding a meta its caller rejects',
      (file) =>
        writeFileSync(
          file,
          readFileSync(file, 'latin1').replace('"meta":{"passed":true}', '"meta":{"passed":1}'),
          'latin1',
        ),
    ],
  ])('computes the run when the stored run is %s', async (_what, damage) => {
    const dir = repo(smallPortfolio())
    const first = await print(dir)
    expect(first.meta).toEqual({ passed: true })
    damage(storedRunFile(dir) as string)
    const second = await print(dir)
    expect(second).toMatchObject({ reused: false, output: first.output })
    expect(await print(dir)).toMatchObject({ reused: true, output: first.output })
  })

  it('keeps nothing of an output its caller discards', async () => {
    const dir = repo(smallPortfolio())
    const checked = await checkOrReuse({ cwd: dir }, { extra: 'json output', accept: isMeta })
    if ('reused' in checked) throw new Error('expected a computed run')
    const store = checked.store?.()
    store?.write('half an output')
    store?.discard()
    expect(readdirSync(cacheFolder(dir)).filter((name) => /\.(run|tmp)$/.test(name))).toEqual([])
    expect((await print(dir)).reused).toBe(false)
  })
})
