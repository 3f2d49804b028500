import v8 from 'node:v8'

/**
 * The growth V8 allows the heap while documents are parsed on the main thread:
 * 1.5 times what survived the last full collection.
 *
 * V8 chooses the factor itself, up to 4, from how fast it collects compared with
 * how fast the program allocates. Parsing allocates quickly, so V8 chose a large
 * factor. The factor applies to everything alive at the last full collection,
 * and that includes every analysis kept so far. On 10,000 documents in-process
 * the peak RSS was 512 MB. With a factor of 1.5 it is 274-285 MB, for the same
 * CPU time (bench/notes.md). Worker threads' heaps are left alone. Each holds one
 * document at a time, so a smaller heap there only means more collections: 7%
 * slower when this was measured.
 */
export const HEAP_GROWING_PERCENT = 50

const FLAG = /^--heap[-_]growing[-_]percent\b/
let holders = 0

/**
 * Sets the growth factor for an in-process parse and returns the function that
 * puts V8's own choice back. Nested and concurrent runs share one setting. The
 * last run to finish restores it. A `--heap-growing-percent` that was given to
 * node is the user's choice and is left as it is.
 */
export function tightenHeapGrowth(): () => void {
  if (process.execArgv.some((arg) => FLAG.test(arg))) return () => {}
  if (holders++ === 0) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  let released = false
  return () => {
    if (released) return
    released = true
    // 0 is V8's default: the factor chosen from the measured speeds.
    if (--holders === 0) v8.setFlagsFromString('--heap-growing-percent=0')
  }
}
