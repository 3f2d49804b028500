/**
 * Reading one document: its bytes once, its stat, its content key and its
 * text. Shared by the main thread (in-process runs) and the worker threads,
 * which read, hash and parse the files they are given off the main thread.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import { contentKey } from './cache.js'
import { InputError } from './errors.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Decodes a file's bytes; undefined for binary or non-UTF-8 content. BOM removed. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return undefined
  }
}

/** A file to read: where it is, how to name it in messages and in the cache. */
export interface DocumentFile {
  absolute: string
  /** Relative to cwd, for messages. */
  path: string
  /** Relative to the repository root, for the cache key. */
  rootRelative: string
}

export type ReadDocument =
  | { kind: 'too-large'; size: number }
  | {
      kind: 'read'
      key: string
      size: number
      mtimeMs: number
      /** When the read started (ms since the epoch): the cache trusts a stat only for files older than that. */
      readAt: number
      /** Undefined for binary or non-UTF-8 content. */
      text: string | undefined
    }

/**
 * Reads a file once, with its stat and content key. Synchronous on purpose:
 * for thousands of small files one blocking read each is several times
 * faster than a round trip through the thread pool. Throws InputError for a
 * file that is gone or is not a regular file.
 */
export function readDocument(file: DocumentFile, maxFileSize: number): ReadDocument {
  let fd: number | undefined
  const readAt = Date.now()
  try {
    // Non-blocking, so a file swapped for a FIFO since discovery cannot hang the run.
    fd = openSync(file.absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(fd)
    if (!info.isFile()) {
      throw new InputError(
        `${file.path}: not a regular file (a pipe, socket or device): expected a Markdown file`,
      )
    }
    if (info.size > maxFileSize) return { kind: 'too-large', size: info.size }
    const bytes = readFileSync(fd)
    return {
      kind: 'read',
      key: contentKey(file.rootRelative, bytes),
      size: bytes.length,
      mtimeMs: info.mtimeMs,
      readAt,
      text: decodeText(bytes),
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new InputError(`${file.path}: cannot be read: it was removed or renamed during the run`)
    }
    throw new InputError(`${file.path}: cannot be read (${code ?? (error as Error).message})`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
