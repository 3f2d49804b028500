import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createTiering, OPTIMISE_FROM_FILES } from '../src/tiering.js'
import { BIN, baseEnv, cleanTemps, tempDir, writeFiles } from './helpers.js'

afterAll(cleanTemps)

/**
 * Runs the built CLI with a preload that records every module it loads: ES
 * modules through a loader hook, CommonJS ones from `require.cache` at exit.
 */
function loadedModules(cwd: string, args: string[]): { code: number | null; modules: string[] } {
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
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replaceAll('\\', '/'))
  return { code: result.status, modules }
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
  /\/node_modules\/playwright-core\//,
  /\/node_modules\/tinyglobby\//,
]

describe('what a run loads', () => {
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

  it('a glob pattern loads the globber', () => {
    const { code, modules } = loadedModules(logisticsPortfolio(), [
      'check',
      'work/*.md',
      '--no-cache',
    ])
    expect(code).not.toBe(2)
    expect(modules.some((url) => url.includes('/node_modules/tinyglobby/'))).toBe(true)
  })

  it('a config file loads the schema validator, and summary loads the artifact renderers', () => {
    const root = logisticsPortfolio({ 'techfolio.config.json': '{"paths": ["work"]}' })
    const checked = loadedModules(root, ['check', '--no-cache'])
    expect(checked.code).not.toBe(2)
    expect(checked.modules.some((url) => url.includes('/node_modules/ajv/'))).toBe(true)
    const summarised = loadedModules(root, ['summary', '--out', 'out', '--no-pdf', '--no-cache'])
    expect(summarised.code).toBe(0)
    expect(summarised.modules.some((url) => /\/summary\/dist\/html\//.test(url))).toBe(true)
  })
})

describe('optimising compiler deferred for small runs', () => {
  function recorded() {
    const flags: string[] = []
    return { flags, tiering: createTiering((flag) => flags.push(flag)) }
  }

  it('stays off for a run under the threshold', () => {
    const { flags, tiering } = recorded()
    tiering.defer()
    tiering.noteFileCount(14)
    tiering.noteFileCount(OPTIMISE_FROM_FILES - 1)
    expect(flags).toEqual(['--no-turbofan'])
  })

  it('comes back on once for a large run', () => {
    const { flags, tiering } = recorded()
    tiering.defer()
    tiering.noteFileCount(OPTIMISE_FROM_FILES)
    tiering.noteFileCount(OPTIMISE_FROM_FILES + 500)
    expect(flags).toEqual(['--no-turbofan', '--turbofan'])
  })

  it('changes nothing when it was never deferred (the CLI embedded in another program)', () => {
    const { flags, tiering } = recorded()
    tiering.noteFileCount(10_000)
    expect(flags).toEqual([])
  })

  it('keeps the default tiering when the runtime refuses the flag', () => {
    const flags: string[] = []
    const tiering = createTiering((flag) => {
      if (flag === '--no-turbofan') throw new Error('unknown flag')
      flags.push(flag)
    })
    tiering.defer()
    tiering.noteFileCount(10_000)
    expect(flags).toEqual([])
  })
})
