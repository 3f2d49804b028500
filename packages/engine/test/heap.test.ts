import v8 from 'node:v8'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HEAP_GROWING_PERCENT, tightenHeapGrowth } from '../src/heap.js'
import { runPortfolio } from '../src/run.js'
import { repo, smallPortfolio } from './helpers.js'

const TIGHT = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`
const DEFAULT = '--heap-growing-percent=0'

/** Records the flags set, without setting them: the tests judge the calls, not V8's heap. */
function recordFlags(): string[] {
  const calls: string[] = []
  vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flags: string) => {
    calls.push(flags)
  })
  return calls
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the heap growth of an in-process parse', () => {
  it('is tightened once for overlapping holders and restored when the last lets go', () => {
    const calls = recordFlags()
    const first = tightenHeapGrowth()
    const second = tightenHeapGrowth()
    expect(calls).toEqual([TIGHT])
    first()
    first()
    expect(calls).toEqual([TIGHT])
    second()
    expect(calls).toEqual([TIGHT, DEFAULT])
    tightenHeapGrowth()()
    expect(calls).toEqual([TIGHT, DEFAULT, TIGHT, DEFAULT])
  })

  it('leaves a --heap-growing-percent given to node alone', () => {
    const calls = recordFlags()
    vi.spyOn(process, 'execArgv', 'get').mockReturnValue(['--heap_growing_percent=80'])
    tightenHeapGrowth()()
    expect(calls).toEqual([])
  })

  it('is tightened for the run that parses in-process and restored after it', async () => {
    const dir = repo(smallPortfolio())
    const calls = recordFlags()
    const cold = await runPortfolio({ cwd: dir, workers: 0 })
    expect(cold.stats.parsed).toBeGreaterThan(0)
    expect(calls).toEqual([TIGHT, DEFAULT])
    // Served by the cache: nothing parsed, nothing to tighten.
    const warm = await runPortfolio({ cwd: dir, workers: 0 })
    expect(warm.stats.parsed).toBe(0)
    expect(calls).toEqual([TIGHT, DEFAULT])
  })

  it('is restored when the run fails', async () => {
    const files = smallPortfolio()
    files['.remarkrc.mjs'] = 'throw new Error("broken config")\n'
    const dir = repo(files)
    const calls = recordFlags()
    await expect(runPortfolio({ cwd: dir, cache: false, workers: 0 })).rejects.toThrow()
    expect(calls).toEqual([TIGHT, DEFAULT])
  })

  it('is left alone by worker threads', async () => {
    const dir = repo(smallPortfolio())
    const calls = recordFlags()
    const threaded = await runPortfolio({ cwd: dir, cache: false, workers: 2 })
    expect(threaded.stats.workers).toBe(2)
    expect(calls).toEqual([])
  })
})
