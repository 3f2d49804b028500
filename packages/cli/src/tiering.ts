import { setFlagsFromString } from 'node:v8'

/**
 * How much bytecode a function runs before V8 considers optimising it: eight
 * times Node 20's default (67,584). Measured on the sample portfolio (14
 * files, 2 cores): V8 optimised 262 functions by default, 78 with this, and
 * the run took about a quarter less CPU; a 4.5 MB document, whose parser
 * loops stay hot, took as long as by default (turning the optimising
 * compiler off altogether made it time out).
 */
export const INTERRUPT_BUDGET = 8 * 67_584

/**
 * Makes V8 slower to optimise. A portfolio of tens of documents is checked in
 * about a second, mostly in code that runs a few times (module loading, a
 * cold parser): optimising it on the other core costs more than it saves,
 * while code that stays hot (a large portfolio, a large file) is optimised a
 * little later. Only the `techfolio` binary calls this, never a program
 * embedding the CLI; a runtime that refuses the flag keeps its default.
 */
export function deferOptimisation(setFlags: (flags: string) => void = setFlagsFromString): boolean {
  try {
    setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`)
    return true
  } catch {
    return false
  }
}
