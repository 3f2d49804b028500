// Loaded with `node --import` into a benchmarked process: on exit it records
// the process's peak resident set size (worker threads included) for run.mjs.
import { appendFileSync } from 'node:fs'

const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`)
  })
}
