import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { deferOptimisation, INTERRUPT_BUDGET } from '../src/tiering.js'
import { BIN, baseEnv, cleanTemps, PRESET_URL, tempDir, writeFiles } from './helpers.js'

afterAll(cleanTemps)

/** The repository's folder: the files a run loads from it are the CLI's and the rules' own. */
const REPO = fileURLToPath(new URL('../../../', import.meta.url)).replaceAll('\\', '/')

/** A file a run loaded, as an absolute path with forward slashes; undefined for a built-in. */
function loadedPath(entry: string): string | undefined {
  if (entry.startsWith('node:') || entry.startsWith('data:')) return undefined
  return (entry.startsWith('file:') ? fileURLToPath(entry) : entry).replaceAll('\\', '/')
}

/**
 * The modules held by the files a run loaded: a bundle's file stands for the
 * modules its bundle-inputs.json lists beside it (scripts/bundle-entries.mjs),
 * any other file for itself.
 */
function modulesIn(files: string[]): string[] {
  const maps = new Map<string, Record<string, string[]> | undefined>()
  return files.flatMap((file) => {
    const dist = dirname(file)
    if (!maps.has(dist)) {
      const map = join(dist, 'bundle-inputs.json')
      maps.set(dist, existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')) : undefined)
    }
    const inputs = maps.get(dist)?.[basename(file)]
    if (!inputs) return [file]
    return inputs.map((input) => resolve(dirname(dist), input).replaceAll('\\', '/'))
  })
}

/**
 * Runs the built CLI with a preload that records every file it loads: ES
 * modules through a loader hook, CommonJS ones from `require.cache` at exit.
 * `modules` are the modules those files hold (see modulesIn).
 */
function loadedModules(
  cwd: string,
  args: string[],
): { code: number | null; files: string[]; modules: string[] } {
  const hooks = tempDir()
  const log = join(hooks, 'loaded.txt')
  writeFiles(hooks, {
    'hooks.mjs': `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n')
  return next(url, context)
}
`,
    'record.mjs': `import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
register('./hooks.mjs', import.meta.url)
const require = createRequire(import.meta.url)
process.on('exit', () => appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n'))
`,
  })
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(hooks, 'record.mjs')).href, BIN, ...args],
    { cwd, env: baseEnv(), encoding: 'utf8', timeout: 60_000 },
  )
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .flatMap((line) => loadedPath(line) ?? [])
  return { code: result.status, files, modules: modulesIn(files) }
}

/** A small portfolio of another trade: a logistics engineer's, no config file. */
function logisticsPortfolio(extra: Record<string, string> = {}): string {
  const root = tempDir()
  writeFiles(root, {
    'work/route-planner.md': `---
kind: system
title: Route planner for same-day delivery
---

# Route planner for same-day delivery

## Context

Drivers in three depots lost an hour a day to hand-built routes.

## What I built

I wrote the batch planner that assigns 4,200 parcels a night to 310 vans.
`,
    ...extra,
  })
  return root
}

const UNUSED_BY_CHECK = [
  /\/summary\/dist\/(html|artifacts)\//,
  /\/summary\/dist\/comment\.js$/,
  /\/summary\/dist\/pdf\.js$/,
  /\/node_modules\/cli-progress\//,
  /\/node_modules\/ajv\//,
  /\/engine\/dist\/config-validator\.js$/,
  /\/node_modules\/playwright-core\//,
  /\/node_modules\/tinyglobby\//,
]

/**
 * What a run may load from the repository: the command, the CLI's bundle, the
 * rules' bundle, and the packages' manifests (their versions).
 */
const BUNDLED = [
  /\/packages\/[\w-]+\/package\.json$/,
  /\/packages\/cli\/bin\/techfolio\.js$/,
  /\/packages\/cli\/dist\/(techfolio|chunk-\w+)\.js$/,
  /\/packages\/remark-lint-portfolio\/dist\/(index\.bundle|catalog\.bundle|chunk-\w+)\.js$/,
]

describe('what a run loads', () => {
  it('every package the bundle leaves out is a dependency of the CLI, so an install resolves it', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as {
      scripts: { build: string }
      dependencies: Record<string, string>
    }
    const external = [...manifest.scripts.build.matchAll(/--external (\S+)/g)].map(
      (match) => match[1] as string,
    )
    expect(external).toContain('@techfolio/remark-lint-portfolio')
    expect(external.filter((name) => !(name in manifest.dependencies))).toEqual([])
  })

  it('two bundles: the CLI (with the engine and the renderers) and the rules, which a .remarkrc.mjs shares', () => {
    const root = logisticsPortfolio({
      '.remarkrc.mjs': `import portfolio from ${JSON.stringify(PRESET_URL)}
export default { plugins: [portfolio] }
`,
    })
    const { code, files, modules } = loadedModules(root, ['check', 'work', '--no-cache'])
    expect(code).not.toBe(2)
    const fromRepo = files.filter((file) => file.startsWith(REPO))
    // No module of the engine, the summary, the rules or a dependency loaded on its own…
    expect(fromRepo.filter((file) => !BUNDLED.some((bundled) => bundled.test(file)))).toEqual([])
    // …and the rules once, the configuration's import and the engine's being one module.
    expect(fromRepo.filter((file) => file.endsWith('/index.bundle.js'))).toHaveLength(1)
    expect(modules.some((module) => module.endsWith('/engine/dist/run.js'))).toBe(true)
    expect(
      modules.some((module) => module.endsWith('/remark-lint-portfolio/dist/rules/diagram.js')),
    ).toBe(true)
  })

  it('check without a config file loads the parser and rules but no artifact renderer, progress bar or schema validator', () => {
    const { code, modules } = loadedModules(logisticsPortfolio(), ['check', 'work', '--no-cache'])
    expect(code).not.toBe(2)
    // The recorder works: what the check needs is there.
    expect(modules.some((url) => url.endsWith('/engine/dist/report.js'))).toBe(true)
    expect(modules.some((url) => url.includes('/node_modules/micromark/'))).toBe(true)
    expect(modules.some((url) => url.endsWith('/summary/dist/render/check.js'))).toBe(true)
    for (const unused of UNUSED_BY_CHECK) {
      expect(modules.filter((url) => unused.test(url))).toEqual([])
    }
  })

  it('a run served whole by the cache loads no parser, no YAML and no rule', () => {
    const root = logisticsPortfolio()
    const cold = loadedModules(root, ['check', 'work'])
    expect(cold.modules.some((url) => url.includes('/node_modules/micromark/'))).toBe(true)
    const warm = loadedModules(root, ['check', 'work'])
    expect(warm.code).toBe(cold.code)
    expect(warm.modules.some((url) => url.endsWith('/engine/dist/report.js'))).toBe(true)
    for (const parser of [
      /\/node_modules\/micromark/,
      /\/node_modules\/yaml\//,
      /\/node_modules\/remark-gfm\//,
      /\/remark-lint-portfolio\/dist\/rules\//,
      /\/engine\/dist\/analyse\.js$/,
    ]) {
      expect(warm.modules.filter((url) => parser.test(url))).toEqual([])
    }
  })

  it('a glob pattern loads the globber', () => {
    const { code, modules } = loadedModules(logisticsPortfolio(), [
      'check',
      'work/*.md',
      '--no-cache',
    ])
    expect(code).not.toBe(2)
    expect(modules.some((url) => url.includes('/node_modules/tinyglobby/'))).toBe(true)
  })

  it('a config file loads the precompiled schema validator, and summary loads the artifact renderers', () => {
    const root = logisticsPortfolio({ 'techfolio.config.json': '{"paths": ["work"]}' })
    const checked = loadedModules(root, ['check', '--no-cache'])
    expect(checked.code).not.toBe(2)
    expect(checked.modules.some((url) => url.endsWith('/engine/dist/config-validator.js'))).toBe(
      true,
    )
    // Ajv's compiler is not loaded: only the runtime helper the compiled schema calls.
    expect(
      checked.modules.filter(
        (url) => url.includes('/node_modules/ajv/') && !url.includes('/ajv/dist/runtime/'),
      ),
    ).toEqual([])
    const summarised = loadedModules(root, ['summary', '--out', 'out', '--no-pdf', '--no-cache'])
    expect(summarised.code).toBe(0)
    expect(summarised.modules.some((url) => /\/summary\/dist\/html\//.test(url))).toBe(true)
  })
})

describe('optimisation deferred', () => {
  it('raises the interrupt budget above the default', () => {
    const flags: string[] = []
    expect(deferOptimisation((flag) => flags.push(flag))).toBe(true)
    expect(flags).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`])
    expect(INTERRUPT_BUDGET).toBeGreaterThan(67_584)
  })

  it('keeps the default when the runtime refuses the flag', () => {
    expect(
      deferOptimisation(() => {
        throw new Error('unknown flag')
      }),
    ).toBe(false)
  })
})
