import type { TechfolioError } from '@techfolio/engine'
import { CommanderError } from 'commander'

const TYPED = new Set([
  'TechfolioError',
  'InputError',
  'ConfigError',
  'UsageError',
  'EmptyPortfolioError',
])

/**
 * A typed error from techfolio (bad input). Recognised by name and exit code
 * rather than `instanceof`, so this module does not load the engine (fast
 * `--help`) and duplicate copies of the engine still match.
 */
export function isTechfolioError(error: unknown): error is TechfolioError {
  return (
    error instanceof Error &&
    TYPED.has(error.name) &&
    typeof (error as { exitCode?: unknown }).exitCode === 'number'
  )
}

/** Node's errors for files that cannot be read or written (ENOENT, EACCES, ...). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code ?? '') &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  )
}

/**
 * One line: newlines and runs of spaces collapsed, other control characters
 * (escape sequences, carriage returns, U+2028) replaced, so a file name or
 * message can neither forge a line nor move the cursor.
 */
export function oneLine(text: string): string {
  return printable(text.replace(/\s*(\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ')).trim()
}

/** Control characters: C0, DEL, C1, line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g')

/** Control characters become `�`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE_ALL, '\ufffd')
}

/**
 * Makes every string of a result printable, in place (a result is made for
 * output: copying it cost a warm run a tenth of its time): paths, titles,
 * kinds and messages come from files and their names, which anyone can
 * choose. Returns the same value. Arrays are walked by index: `Object.keys`
 * on an array makes a string per index, and reading an array by string key
 * takes V8's slow path (on a warm check of 1,000 documents: 45 -> 17 ms).
 */
export function printableDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const list: unknown[] = value
    for (let index = 0; index < list.length; index++) {
      const item = list[index]
      if (typeof item === 'string') {
        if (UNPRINTABLE.test(item)) list[index] = printable(item)
      } else printableDeep(item)
    }
    return value
  }
  const container = value as Record<string, unknown>
  // Results are plain objects (from object literals and JSON): no inherited keys to skip.
  for (const key in container) {
    const item = container[key]
    if (typeof item === 'string') {
      if (UNPRINTABLE.test(item)) container[key] = printable(item)
    } else printableDeep(item)
  }
  return value
}

/**
 * The one place errors become output and an exit code. Typed errors and file
 * system errors are bad input: one line, exit 2. Anything else is a bug: one
 * line too, with the stack only under `--debug`.
 */
export function reportError(error: unknown, debug: boolean, write: (text: string) => void): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
  if (isTechfolioError(error)) {
    write(`techfolio: ${oneLine(error.message)}\n`)
    if (debug && error.stack) write(`${error.stack}\n`)
    return error.exitCode
  }
  if (isSystemError(error)) {
    write(`techfolio: ${oneLine(error.message)}\n`)
    if (debug && error.stack) write(`${error.stack}\n`)
    return 2
  }
  if (debug) {
    write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  } else {
    const message = error instanceof Error ? error.message : String(error)
    write(`techfolio: unexpected error: ${oneLine(message)} (run again with --debug for details)\n`)
  }
  return 2
}
