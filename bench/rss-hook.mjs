// Loaded with `node --import` into a benchmarked process: on exit it records
// the process's peak resident set size and its CPU time, user and system (worker
// threads included), for run.mjs.
import { appendFileSync } from 'node:fs'

const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    appendFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`)
  })
}
