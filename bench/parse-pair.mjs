// Two `parse-only.mjs` processes at once, on the same folder: the wall time of
// the pair. Against one process alone it shows how far this machine scales
// this workload (parsing allocates heavily and each V8 isolate also runs
// collector and compiler threads), which bounds what worker threads can gain.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const script = join(dirname(fileURLToPath(import.meta.url)), 'parse-only.mjs')
const folder = process.argv[2] ?? 'portfolio'
const run = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, folder], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`parse-only exited ${code}`)),
    )
  })
await Promise.all([run(), run()])
