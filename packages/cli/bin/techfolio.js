#!/usr/bin/env node
// Committed (not built) so that npm links the `techfolio` command at install
// time, before `npm run build` has produced dist/.
import { existsSync } from 'node:fs'

const entry = new URL('../dist/bin.js', import.meta.url)
if (!existsSync(entry)) {
  console.error('techfolio: not built yet: run `npm run build` at the repository root first')
  process.exit(2)
}
await import(entry.href)
