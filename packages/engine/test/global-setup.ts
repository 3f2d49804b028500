import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Builds dist/ (the worker threads load dist/worker.js). */
export default function setup(): void {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', path.join(here, '..', 'tsconfig.build.json')], {
    stdio: 'inherit',
  })
}
