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

/** Control characters (C0, DEL, C1, line and paragraph separators) become `�`. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd')
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/**
 * Makes every string of a result printable, in place (a result is made for
 * output: copying it cost a warm run a tenth of its time): paths, titles,
 * kinds and messages come from files and their names, which anyone can
 * choose. Returns the same value.
 */
export function printableDeep<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      if (typeof item === 'string') {
        if (UNPRINTABLE.test(item)) value[index] = printable(item)
      } else if (typeof item === 'object' && item !== null) printableDeep(item)
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    for (const key in record) {
      const item = record[key]
      if (typeof item === 'string') {
        if (UNPRINTABLE.test(item)) record[key] = printable(item)
      } else if (typeof item === 'object' && item !== null) printableDeep(item)
    }
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
