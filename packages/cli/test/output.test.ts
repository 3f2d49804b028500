/**
 * Output to a reader slower than the check (`techfolio check --format json | jq`)
 * is written as the reader takes it, never queued whole in memory, and a
 * reader that goes away mid-output never leaves the CLI waiting.
 */
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { type Io, main } from '../src/main.js'
import { ageFiles, cleanTemps, copySample, dropAnalyses, tempDir, writeFiles } from './helpers.js'

afterAll(cleanTemps)

const CHECK_JSON = ['node', 'techfolio', 'check', 'portfolio', '--format', 'json', '--no-cache']

/** Eight copies of the sample portfolio: a JSON report of several hundred KB. */
function largePortfolio(): string {
  const root = tempDir()
  writeFiles(root, { '.git/HEAD': 'ref: refs/heads/main\n' })
  for (let copy = 0; copy < 8; copy++) {
    copySample(join(root, 'portfolio', `copy-${copy}`))
  }
  return root
}

/** A stdout that takes one piece per turn of the event loop and records its largest queue. */
class SlowReader extends Writable {
  text = ''
  pieces = 0
  largestQueue = 0
  constructor(private readonly closeAfter = Number.POSITIVE_INFINITY) {
    super({ highWaterMark: 16_384, decodeStrings: false })
    // A reader that went away: the writes after it fail, as an EPIPE would.
    this.on('error', () => {})
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    // What the writer has queued, this piece included.
    this.largestQueue = Math.max(this.largestQueue, this.writableLength)
    this.text += String(chunk)
    this.pieces++
    if (this.pieces >= this.closeAfter) {
      done()
      this.destroy()
      return
    }
    setImmediate(done)
  }
}

function io(cwd: string, stdout: SlowReader, stderrText: string[] = []): Io {
  const stderr = new Writable({
    write: (chunk, _encoding, done) => {
      stderrText.push(String(chunk))
      done()
    },
  })
  return {
    stdout: stdout as unknown as Io['stdout'],
    stderr: stderr as unknown as Io['stderr'],
    cwd,
    env: { NO_COLOR: '1' },
  }
}

describe('output to a slow reader', () => {
  it('waits for the reader instead of queueing the whole report', async () => {
    const root = largePortfolio()
    const reader = new SlowReader()
    const code = await main(CHECK_JSON, io(root, reader))
    expect(code).not.toBe(2)
    const report = JSON.parse(reader.text)
    expect(report.score.documents.length).toBeGreaterThanOrEqual(8 * 10)
    expect(reader.text.length).toBeGreaterThan(300_000)
    // At most about one 64 KiB piece waits at a time (the whole report did, before).
    expect(reader.largestQueue).toBeLessThan(160_000)
  })

  it('finishes when the reader goes away mid-output', async () => {
    const root = largePortfolio()
    const reader = new SlowReader(1)
    const code = await main(CHECK_JSON, io(root, reader))
    expect(code).not.toBe(2)
    expect(reader.destroyed).toBe(true)
    expect(reader.text.length).toBeGreaterThan(0)
    expect(reader.text.length).toBeLessThan(160_000)
  })

  it('prints a stored output at the pace of its reader, and stops when it goes away', async () => {
    const root = largePortfolio()
    ageFiles(join(root, 'portfolio'))
    const withCache = [...CHECK_JSON.filter((arg) => arg !== '--no-cache'), '--debug']
    const first = new SlowReader()
    const code = await main(withCache, io(root, first))
    // The analyses gone: only a run printed from the stored output parses nothing.
    dropAnalyses(root)
    const second = new SlowReader()
    const said: string[] = []
    expect(await main(withCache, io(root, second, said))).toBe(code)
    expect(said.join('')).toMatch(/ 0 parsed/)
    expect(second.text).toBe(first.text)
    expect(second.largestQueue).toBeLessThan(160_000)
    const gone = new SlowReader(1)
    expect(await main(withCache, io(root, gone))).toBe(code)
    expect(gone.destroyed).toBe(true)
    expect(gone.text.length).toBeLessThan(160_000)
  })
})
