/**
 * Worker thread entry: loads the same remark configuration as the main
 * thread, then reads, hashes and analyses the files it is sent. The main
 * thread keeps the cache: it sends the content key it holds for a file, and
 * a file whose hash matches comes back as `unchanged`, unanalysed. Analyses
 * come back as one JSON string (one copy across the thread boundary, and the
 * very text the cache stores), not as an object graph to clone.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { analyse } from './analyse.js'
import { type DocumentFile, readDocument } from './read.js'
import { createProcessor, type MarkdownProcessor } from './remarkrc.js'
import { Timings, type TimingTotals } from './timing.js'

export interface WorkerTask {
  id: number
  file: DocumentFile
  maxFileSize: number
  /** The content key the cache holds for this path: a match is not analysed again. */
  expectedKey: string | undefined
}

interface Stat {
  key: string
  size: number
  mtimeMs: number
  readAt: number
}

export type WorkerOutcome =
  | { kind: 'too-large'; size: number }
  | { kind: 'binary' }
  | ({ kind: 'unchanged' } & Stat)
  | ({ kind: 'analysed'; json: string /** Time the analysis took. */; ms: number } & Stat)

export type WorkerReply =
  | {
      id: number
      outcome: WorkerOutcome
      /** With --timing: this task's read, parse, rules and facts times. */
      timings?: TimingTotals
    }
  | { id: number; error: string; name: string }
  /** Sent once the remark configuration is loaded (the pool times it on its own clock). */
  | { ready: true }
  /** Sent instead when it cannot be loaded: the run stops with this error. */
  | { broken: string; name: string }

const port = parentPort
if (port) {
  const { rcFile, timing } = workerData as { rcFile: string | undefined; timing?: boolean }
  const timings = timing ? new Timings() : undefined
  // Loaded at once; the pool sends no document (and starts no time budget) before it is ready.
  const processor: Promise<MarkdownProcessor> = createProcessor(rcFile, timings)
  processor.then(
    () => port.postMessage({ ready: true } satisfies WorkerReply),
    (error: Error) =>
      port.postMessage({ broken: error.message, name: error.name } satisfies WorkerReply),
  )
  const handle = async (task: WorkerTask): Promise<WorkerOutcome> => {
    const started = timings ? performance.now() : 0
    const read = readDocument(task.file, task.maxFileSize)
    timings?.add('read', performance.now() - started)
    if (read.kind === 'too-large') return read
    const { key, size, mtimeMs, readAt, text } = read
    if (text === undefined) return { kind: 'binary' }
    if (key === task.expectedKey) return { kind: 'unchanged', key, size, mtimeMs, readAt }
    const loaded = await processor
    const analysisStarted = performance.now()
    const analysis = await analyse(loaded, task.file.path, text, timings)
    const ms = performance.now() - analysisStarted
    return { kind: 'analysed', key, size, mtimeMs, readAt, json: JSON.stringify(analysis), ms }
  }
  port.on('message', async (task: WorkerTask) => {
    try {
      const outcome = await handle(task)
      port.postMessage({
        id: task.id,
        outcome,
        ...(timings ? { timings: timings.take() } : {}),
      } satisfies WorkerReply)
    } catch (error) {
      const { message, name } = error as Error
      port.postMessage({ id: task.id, error: message, name } satisfies WorkerReply)
    }
  })
}
