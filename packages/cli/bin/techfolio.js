#!/usr/bin/env node
// Committed (not built) so that npm links the `techfolio` command at install
// time, before `npm run build` has produced dist/. It starts the bundle the
// build writes (scripts/bundle-entries.mjs): one file and a few chunks load
// far faster than the ~280 modules tsc's output and its dependencies are.
import { existsSync } from 'node:fs'

const entry = new URL('../dist/techfolio.js', import.meta.url)
if (!existsSync(entry)) {
  console.error('techfolio: not built yet: run `npm run build` at the repository root first')
  process.exit(2)
}
await import(entry.href)
