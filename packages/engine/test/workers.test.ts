import { describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/run.js'
import { doc, repo, smallPortfolio, system } from './helpers.js'

describe('worker threads', () => {
  it('give the same results as in-process', async () => {
    const files: Record<string, string> = smallPortfolio()
    for (let index = 0; index < 30; index++) {
      files[`portfolio/more/s${index}.md`] =
        index % 2
          ? system(`Extra ${index}`)
          : doc('case-study', `Case ${index}`, 'Some text, 60% faster.')
    }
    const dir = repo(files)
    const inProcess = await runPortfolio({ cwd: dir, cache: false, workers: 0 })
    const threaded = await runPortfolio({ cwd: dir, cache: false, workers: 2 })
    expect(inProcess.stats.workers).toBe(0)
    expect(threaded.stats.workers).toBe(2)
    const { stats: _a, ...a } = inProcess
    const { stats: _b, ...b } = threaded
    expect(b).toEqual(a)
  })

  it('start on their own above the configured threshold', async () => {
    const files: Record<string, string> = smallPortfolio()
    files['techfolio.config.json'] = JSON.stringify({ workers: { threshold: 3, max: 2 } })
    const dir = repo(files)
    const result = await runPortfolio({ cwd: dir })
    expect(result.stats.workers).toBeGreaterThanOrEqual(1)
    // A warm cache leaves nothing to parse: no workers.
    const again = await runPortfolio({ cwd: dir })
    expect(again.stats).toMatchObject({ parsed: 0, workers: 0 })
  })
})
