import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { MachineProfile } from './cache.js'
import { ConfigError, InputError } from './errors.js'
import type { DocumentFile } from './read.js'
import type { Timings } from './timing.js'
import type { WorkerOutcome, WorkerReply, WorkerTask } from './worker.js'

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

/**
 * Until a run on this machine has measured its own (the cache keeps it), the
 * figures measured on the 2-core machine `npm run bench` runs on: 14.6 ms per
 * generated document in-process, 452 ms for a thread to load the preset.
 */
export const DEFAULT_PROFILE: MachineProfile = { msPerDocument: 15, workerStartupMs: 450 }
/**
 * Extra time per document on a worker: two threads share the cores with each
 * other's collector and compiler, and the task and its JSON reply cross the
 * thread boundary (measured on the same machine: 18.2 ms a document on each of
 * two threads against 14.6 ms in-process).
 */
const WORKER_OVERHEAD = 0.25

/**
 * How many documents make `workers` threads pay. They cost their start-up,
 * then share the documents: with n documents of d ms and a start-up of s ms,
 * threads win when n·d > s + n·d·(1 + overhead)/workers, that is when
 * n > s / (d·(1 − (1 + overhead)/workers)). Never with fewer than 2 threads
 * (nor with 2 when the overhead leaves them nothing to gain).
 */
export function workerThreshold(profile: MachineProfile, workers: number): number {
  const share = 1 - (1 + WORKER_OVERHEAD) / workers
  if (share <= 0) return Number.POSITIVE_INFINITY
  return Math.max(1, Math.ceil(profile.workerStartupMs / (profile.msPerDocument * share)))
}

/**
 * The young generation of each thread's heap, in MB. With V8's default a
 * thread's heap grows to about 100 MB while it keeps 15 MB alive (measured on
 * 10,000 generated documents); 16 MB took the 1,000-document cold run's peak
 * RSS from about 310 to 270 MB for the same CPU time (8 MB: 250 MB but 6%
 * more CPU). A cap on the old generation saved more memory but cost 18% or
 * more CPU: V8 collects more often as a heap nears its cap.
 */
const WORKER_YOUNG_GENERATION_MB = 16

/** How long a thread may take to load the remark configuration (its own import timeout is 10 s). */
const STARTUP_LIMIT_MS = 30_000

/** An error a worker reported, typed again by its name (bad input keeps its exit code). */
function typedError(name: string, message: string): Error {
  if (name === 'ConfigError') return new ConfigError(message)
  if (name === 'InputError') return new InputError(message)
  return new Error(message)
}

/** A document that took longer than the pool's time budget; its worker was stopped. */
export class TimeBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`analysis did not finish within ${budgetMs / 1000} s`)
    this.name = 'TimeBudgetError'
  }
}

interface Task {
  id: number
  file: DocumentFile
  expectedKey: string | undefined
  resolve: (outcome: WorkerOutcome) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  /** Its remark configuration is loaded: only then is it sent documents. */
  ready: boolean
  /** When it was started (the main thread's clock: a worker's performance.now() counts from the process's start). */
  spawnedAt: number
  task: Task | undefined
  timer: NodeJS.Timeout | undefined
  /** Set when the pool stops this worker on purpose: its exit is no failure. */
  retired: boolean
}

/**
 * A fixed number of worker threads, each given one document at a time, so a
 * document's time budget starts when its worker starts on it. A worker whose
 * document runs over the budget is terminated and replaced: the document gets
 * a TimeBudgetError, every other document carries on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private readonly script: URL
  private nextId = 0
  private failure: Error | undefined
  /** Each thread's time to be ready, on the main thread's clock. */
  readonly startupMs: number[] = []
  /** Analysis time of each document analysed (for the machine profile). */
  analysisMs = 0
  analysed = 0

  constructor(
    size: number,
    private readonly rcFile: string | undefined,
    /** Files larger than this are not read (`maxFileSize`). */
    private readonly maxFileSize: number,
    private readonly budgetMs: number = Number.POSITIVE_INFINITY,
    /** With --timing: each worker's parse, rules and facts times are added here. */
    private readonly timings?: Timings,
    /**
     * A thread not ready within this stops the run: a configuration whose
     * import never returns (a synchronous loop) cannot be interrupted inside
     * the thread, and no document would ever be sent.
     */
    private readonly startupLimitMs = STARTUP_LIMIT_MS,
  ) {
    this.script = workerScript()
    for (let index = 0; index < size; index++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { rcFile: this.rcFile, timing: this.timings !== undefined },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    })
    const slot: Slot = {
      worker,
      ready: false,
      spawnedAt: performance.now(),
      task: undefined,
      timer: undefined,
      retired: false,
    }
    slot.timer = setTimeout(() => {
      if (slot.ready || slot.retired) return
      const name = this.rcFile ? path.basename(this.rcFile) : 'the bundled preset'
      this.fail(
        new ConfigError(
          `${name}: did not load in a worker thread within ${this.startupLimitMs / 1000} s: expected a remark configuration that loads without blocking`,
        ),
      )
    }, this.startupLimitMs)
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        clearTimeout(slot.timer)
        slot.timer = undefined
        this.startupMs.push(performance.now() - slot.spawnedAt)
        slot.ready = true
        this.dispatch()
      } else if ('broken' in reply) this.fail(typedError(reply.name, reply.broken))
      else this.settle(slot, reply)
    })
    worker.on('error', (error) => {
      if (!slot.retired) this.fail(error)
    })
    worker.on('exit', (code) => {
      if (code !== 0 && !slot.retired && !this.failure)
        this.fail(new Error(`A worker thread exited with code ${code}`))
    })
    return slot
  }

  get size(): number {
    return this.slots.length
  }

  /** Tasks queued or running and not yet answered. */
  get inFlight(): number {
    return this.queue.length + this.slots.filter((slot) => slot.task).length
  }

  /** Reads, hashes and (unless its key is `expectedKey`) analyses one file on a worker. */
  run(file: DocumentFile, expectedKey: string | undefined): Promise<WorkerOutcome> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise<WorkerOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, expectedKey, resolve, reject })
      this.dispatch()
    })
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || slot.retired || !slot.ready) continue
      const task = this.queue.shift()
      if (!task) return
      slot.task = task
      if (Number.isFinite(this.budgetMs)) {
        slot.timer = setTimeout(() => this.overBudget(slot), this.budgetMs)
      }
      slot.worker.postMessage({
        id: task.id,
        file: task.file,
        maxFileSize: this.maxFileSize,
        expectedKey: task.expectedKey,
      } satisfies WorkerTask)
    }
  }

  private overBudget(slot: Slot): void {
    const task = slot.task
    if (!task) return
    slot.retired = true
    slot.task = undefined
    void slot.worker.terminate()
    // A fresh thread takes the stopped one's place for the documents still queued.
    const index = this.slots.indexOf(slot)
    this.slots[index] = this.spawn()
    task.reject(new TimeBudgetError(this.budgetMs))
    this.dispatch()
  }

  private settle(slot: Slot, reply: Extract<WorkerReply, { id: number }>): void {
    const task = slot.task
    if (!task || task.id !== reply.id) return
    clearTimeout(slot.timer)
    slot.task = undefined
    slot.timer = undefined
    if ('outcome' in reply) {
      if (reply.timings) this.timings?.merge(reply.timings)
      if (reply.outcome.kind === 'analysed') {
        this.analysisMs += reply.outcome.ms
        this.analysed++
      }
      task.resolve(reply.outcome)
    } else task.reject(typedError(reply.name, reply.error))
    this.dispatch()
  }

  private fail(error: Error): void {
    this.failure = error
    for (const slot of this.slots) {
      clearTimeout(slot.timer)
      slot.task?.reject(error)
      slot.task = undefined
    }
    for (const task of this.queue.splice(0)) task.reject(error)
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      clearTimeout(slot.timer)
      slot.retired = true
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
