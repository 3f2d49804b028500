#!/usr/bin/env node
import { oneLine } from './errors.js'
import { main } from './main.js'
import { deferOptimisation } from './tiering.js'

deferOptimisation()

// Node prints a warning (from a library, e.g. YAML's `? [kind]` complex keys) on
// two lines with a hint about --trace-warnings: one line is enough.
process.emitWarning = ((warning: string | Error) => {
  const text = typeof warning === 'string' ? warning : warning.message
  process.stderr.write(`techfolio: warning: ${oneLine(text)}\n`)
}) as typeof process.emitWarning

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv)
