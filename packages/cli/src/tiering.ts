import { setFlagsFromString } from 'node:v8'

/**
 * From this many files a run lasts long enough for V8's optimising compiler
 * to pay back what it costs (measured on 50-, 150- and 400-document copies
 * of the sample, 2 cores: without it 30% less CPU at 50, 5% less at 150,
 * 5-25% more at 400).
 */
export const OPTIMISE_FROM_FILES = 150

let deferred = false

/**
 * Turns V8's optimising compiler (TurboFan) off for the start of the
 * process. A portfolio of tens of documents is checked in about a second,
 * mostly in code that runs a few times (module loading, a cold parser):
 * compiling optimised code for it on the other core costs more than it saves
 * (the sample portfolio: about 1.5 s of CPU with it, 1.05 s without). Only
 * the `techfolio` binary calls this, never a program embedding the CLI.
 */
export function deferOptimisation(): void {
  try {
    setFlagsFromString('--no-turbofan')
    deferred = true
  } catch {
    // A runtime without the flag keeps its default tiering.
  }
}

/** Turns the optimising compiler back on once a run turns out to be large. */
export function noteFileCount(total: number): void {
  if (!deferred || total < OPTIMISE_FROM_FILES) return
  setFlagsFromString('--turbofan')
  deferred = false
}
