import { setFlagsFromString } from 'node:v8'

/**
 * From this many files a run lasts long enough for V8's optimising compiler
 * to pay back what it costs (measured on 50-, 150- and 400-document copies
 * of the sample, 2 cores: without it 30% less CPU at 50, 5% less at 150,
 * 5-25% more at 400).
 */
export const OPTIMISE_FROM_FILES = 150

export interface Tiering {
  /** Turns the optimising compiler off until `noteFileCount` sees a large run. */
  defer(): void
  /** Turns it back on (once) when a run has `OPTIMISE_FROM_FILES` files or more. */
  noteFileCount(total: number): void
}

/** Tiering over a flag setter (V8's by default; a recorder in tests). */
export function createTiering(setFlags: (flags: string) => void = setFlagsFromString): Tiering {
  let deferred = false
  return {
    defer() {
      try {
        setFlags('--no-turbofan')
        deferred = true
      } catch {
        // A runtime without the flag keeps its default tiering.
      }
    },
    noteFileCount(total) {
      if (!deferred || total < OPTIMISE_FROM_FILES) return
      deferred = false
      setFlags('--turbofan')
    },
  }
}

const processTiering = createTiering()

/**
 * Turns V8's optimising compiler (TurboFan) off for the start of the
 * process. A portfolio of tens of documents is checked in about a second,
 * mostly in code that runs a few times (module loading, a cold parser):
 * compiling optimised code for it on the other core costs more than it saves
 * (the sample portfolio: about 1.5 s of CPU with it, 1.05 s without). Only
 * the `techfolio` binary calls this, never a program embedding the CLI.
 */
export function deferOptimisation(): void {
  processTiering.defer()
}

/** Turns the optimising compiler back on once a run turns out to be large. */
export function noteFileCount(total: number): void {
  processTiering.noteFileCount(total)
}
