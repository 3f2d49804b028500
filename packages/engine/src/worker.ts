/**
 * Worker thread entry: loads the same remark configuration as the main
 * thread, then analyses the texts it is sent. The main thread reads every
 * file (once) and keeps the cache; a worker only parses and runs rules.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { analyse } from './analyse.js'
import { createProcessor, type MarkdownProcessor } from './remarkrc.js'
import { Timings, type TimingTotals } from './timing.js'

export interface WorkerTask {
  id: number
  path: string
  text: string
}

export type WorkerReply =
  | {
      id: number
      analysis: import('./analyse.js').FileAnalysis
      /** With --timing: this task's parse, rules and facts times. */
      timings?: TimingTotals
    }
  | { id: number; error: string; name: string }

const port = parentPort
if (port) {
  const { rcFile, timing } = workerData as { rcFile: string | undefined; timing?: boolean }
  const timings = timing ? new Timings() : undefined
  let processor: Promise<MarkdownProcessor> | undefined
  port.on('message', async (task: WorkerTask) => {
    try {
      processor ??= createProcessor(rcFile, timings)
      const analysis = await analyse(await processor, task.path, task.text, timings)
      port.postMessage({
        id: task.id,
        analysis,
        ...(timings ? { timings: timings.take() } : {}),
      } satisfies WorkerReply)
    } catch (error) {
      const { message, name } = error as Error
      port.postMessage({ id: task.id, error: message, name } satisfies WorkerReply)
    }
  })
}
