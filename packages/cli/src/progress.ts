import { createRequire } from 'node:module'
import type { ProgressEvent } from '@techfolio/engine'
import type CliProgress from 'cli-progress'

// cli-progress (CommonJS) is required only when a bar is drawn: most runs
// (small portfolios, pipes, CI) never draw one and should not load it.
const require = createRequire(import.meta.url)

/** Runs over this many files get a progress bar (on a terminal). */
export const PROGRESS_THRESHOLD = 300

export interface ProgressOptions {
  format: string
  stdout: { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  threshold?: number
}

export interface Progress {
  onProgress: ((event: ProgressEvent) => void) | undefined
  stop(): void
}

/**
 * A progress bar on stderr, only when both stdout and stderr are terminals,
 * the output is for people (not json or sarif), and the run is large enough
 * to be worth one. It appears with the first event over the threshold.
 */
export function createProgress(options: ProgressOptions): Progress {
  const wanted =
    options.stderr.isTTY === true &&
    options.stdout.isTTY === true &&
    options.format !== 'json' &&
    options.format !== 'sarif'
  if (!wanted) return { onProgress: undefined, stop() {} }
  const threshold = options.threshold ?? PROGRESS_THRESHOLD
  let bar: CliProgress.SingleBar | undefined
  return {
    onProgress(event) {
      if (!bar) {
        if (event.total <= threshold) return
        const cliProgress = require('cli-progress') as typeof CliProgress
        bar = new cliProgress.SingleBar(
          {
            stream: options.stderr,
            format: 'checking {bar} {value}/{total} files',
            clearOnComplete: true,
            hideCursor: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        )
        bar.start(event.total, event.done)
        return
      }
      bar.setTotal(event.total)
      bar.update(event.done)
    },
    stop() {
      bar?.stop()
    },
  }
}
