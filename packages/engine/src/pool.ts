import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { FileAnalysis } from './analyse.js'
import { ConfigError } from './errors.js'
import type { WorkerReply, WorkerTask } from './worker.js'

/** The compiled worker script; under a TypeScript test runner, the built one in dist/. */
export function workerScript(): URL {
  const here = new URL('./worker.js', import.meta.url)
  if (existsSync(fileURLToPath(here))) return here
  const built = new URL('../dist/worker.js', import.meta.url)
  if (existsSync(fileURLToPath(built))) return built
  throw new Error(
    'The engine worker script is missing: build the package (npx tsc -p packages/engine/tsconfig.build.json)',
  )
}

export function hasWorkerScript(): boolean {
  try {
    workerScript()
    return true
  } catch {
    return false
  }
}

interface Pending {
  resolve: (analysis: FileAnalysis) => void
  reject: (error: Error) => void
  worker: Worker
}

/** A fixed set of worker threads; each task goes to the least busy worker. */
export class WorkerPool {
  private readonly workers: Worker[] = []
  private readonly load = new Map<Worker, number>()
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private failure: Error | undefined

  constructor(size: number, rcFile: string | undefined) {
    const script = workerScript()
    for (let index = 0; index < size; index++) {
      const worker = new Worker(script, { workerData: { rcFile } })
      worker.on('message', (reply: WorkerReply) => this.settle(reply))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0 && !this.failure)
          this.fail(new Error(`A worker thread exited with code ${code}`))
      })
      this.workers.push(worker)
      this.load.set(worker, 0)
    }
  }

  get size(): number {
    return this.workers.length
  }

  /** Tasks sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size
  }

  run(path: string, text: string): Promise<FileAnalysis> {
    if (this.failure) return Promise.reject(this.failure)
    let worker = this.workers[0] as Worker
    for (const candidate of this.workers) {
      if ((this.load.get(candidate) ?? 0) < (this.load.get(worker) ?? 0)) worker = candidate
    }
    const id = this.nextId++
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1)
    return new Promise<FileAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker })
      worker.postMessage({ id, path, text } satisfies WorkerTask)
    })
  }

  private settle(reply: WorkerReply): void {
    const task = this.pending.get(reply.id)
    if (!task) return
    this.pending.delete(reply.id)
    this.load.set(task.worker, (this.load.get(task.worker) ?? 1) - 1)
    if ('analysis' in reply) task.resolve(reply.analysis)
    else
      task.reject(
        reply.name === 'ConfigError' ? new ConfigError(reply.error) : new Error(reply.error),
      )
  }

  private fail(error: Error): void {
    this.failure = error
    for (const task of this.pending.values()) task.reject(error)
    this.pending.clear()
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
