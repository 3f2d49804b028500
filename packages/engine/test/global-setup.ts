import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Builds dist/ (the worker threads load dist/worker.js) when it is missing or
 * older than src/. Under `npm test` turbo has just built it, so this is free.
 */
export default function setup(): void {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
  const worker = path.join(root, 'dist', 'worker.js')
  const src = path.join(root, 'src')
  const newestSource = Math.max(
    ...readdirSync(src).map((name) => statSync(path.join(src, name)).mtimeMs),
  )
  if (existsSync(worker) && statSync(worker).mtimeMs >= newestSource) return
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  })
}
