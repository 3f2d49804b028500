/**
 * The content-hash cache. Per "namespace" (the hash of Techfolio's version
 * and build, the remark configuration and the techfolio config), two files:
 *
 * - `engine-<namespace>.index.json`: for each file (its path from the
 *   repository root) its content key, size, modification time, when it was
 *   read, and where its analysis sits in the pack. Small, so a run can load
 *   it whatever the findings weigh.
 * - `engine-<namespace>.pack`: the analyses as JSON records, appended. A run
 *   reads only the records of the files it needs, and appends only what it
 *   analysed; the pack is rewritten once dead records outweigh live ones.
 *
 * A file whose size and modification time match its entry, and which had not
 * been modified for a while when it was read, is not read again (as git's
 * index and ESLint's metadata cache do); any other file is read and hashed,
 * and parsed only when the hash matches no entry. Changing the configuration
 * or upgrading Techfolio changes the namespace: every entry is recomputed and
 * the old files are removed.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FileAnalysis } from './analyse.js'
import type { LinkTarget } from './checks.js'

const FORMAT = 3
const PREFIX = 'engine-'
/**
 * `cacheDir` may be any folder, even one holding the user's files
 * (`"cacheDir": "config"`): the cache writes into this subfolder of it, marks
 * it, and removes old files only where the marker is.
 */
const SUBFOLDER = 'techfolio-cache'
const MARKER = 'CACHEDIR.TAG'
const MARKER_TEXT =
  'Signature: 8a477f597d28d172789f06886806bc55\n# Techfolio content-hash cache: safe to delete.\n'
/**
 * A file modified less than this long before it was read could be modified
 * again within its file system's clock step (up to 2 s on some) and keep the
 * same modification time: such a file is hashed, never trusted by its stat.
 */
const RACY_MS = 2000
/** The pack is rewritten when it holds more than this many bytes of dead records and more dead than live. */
const COMPACT_MIN_DEAD = 1 << 20

/** One file's entry: [content key, size, mtime ms, read at (ms since epoch), pack offset, record length]. */
type Row = [
  key: string,
  size: number,
  mtimeMs: number,
  readAt: number,
  offset: number,
  length: number,
]

/**
 * What runs measured on this machine with this configuration, to decide when
 * worker threads pay: the time one document takes to analyse, and the time a
 * worker thread takes to start (load the remark configuration).
 */
export interface MachineProfile {
  msPerDocument: number
  workerStartupMs: number
}

interface IndexFile {
  format: number
  namespace: string
  profile?: MachineProfile
  /** By path relative to the repository root. */
  entries: Record<string, Row>
}

function isRow(value: unknown): value is Row {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    typeof value[0] === 'string' &&
    value.slice(1).every((item) => typeof item === 'number' && Number.isFinite(item) && item >= 0)
  )
}

function packageDir(start: string): string {
  let dir = start
  for (;;) {
    try {
      statSync(path.join(dir, 'package.json'))
      return dir
    } catch {
      const parent = path.dirname(dir)
      if (parent === dir) return start
      dir = parent
    }
  }
}

/** name@version plus the size and mtime of each built file: a rebuilt package invalidates the cache. */
function fingerprint(dir: string, sub: string): string {
  const hash = createHash('sha256')
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    hash.update(`${pkg.name}@${pkg.version}\n`)
  } catch {
    hash.update('unknown\n')
  }
  const walk = (folder: string) => {
    let names: string[]
    try {
      names = readdirSync(folder).sort()
    } catch {
      return
    }
    for (const name of names) {
      const full = path.join(folder, name)
      const info = statSync(full)
      if (info.isDirectory()) walk(full)
      else if (/\.(js|mjs|cjs|json)$/.test(name) || name.endsWith('.ts'))
        hash.update(`${path.relative(dir, full)} ${info.size} ${info.mtimeMs}\n`)
    }
  }
  walk(path.join(dir, sub))
  return hash.digest('hex')
}

/**
 * The build of the package holding `file` (a module of it): name@version
 * plus the size and mtime of each file in the folder `file` sits in.
 */
export function buildOf(file: string): string {
  const folder = path.dirname(file)
  const dir = packageDir(folder)
  return fingerprint(dir, path.relative(dir, folder))
}

let versionCache: string | undefined

/** Techfolio's version: the engine's and the rules' package versions and builds. */
export function techfolioVersion(): string {
  if (versionCache) return versionCache
  const hash = createHash('sha256').update(buildOf(fileURLToPath(import.meta.url)))
  try {
    hash.update(buildOf(createRequire(import.meta.url).resolve('@techfolio/remark-lint-portfolio')))
  } catch {
    // Bundled with the engine: the engine's own fingerprint covers it.
  }
  versionCache = hash.digest('hex')
  return versionCache
}

export function namespaceOf(parts: string[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n`)
  for (const part of parts) hash.update(`${part.length}:${part}\n`)
  return hash.digest('hex').slice(0, 24)
}

export function contentKey(relativeToRoot: string, bytes: Uint8Array): string {
  return createHash('sha256').update(relativeToRoot).update('\0').update(bytes).digest('hex')
}

/**
 * Whether a stored analysis has the shape this version writes. A cache file can
 * be edited, truncated by hand or written by a bug: a bad entry is rebuilt,
 * never trusted (it would crash the run on every later use).
 */
function isAnalysis(value: unknown): value is FileAnalysis {
  if (typeof value !== 'object' || value === null) return false
  const analysis = value as Partial<FileAnalysis>
  const strings = (list: unknown) =>
    Array.isArray(list) && list.every((item) => typeof item === 'string')
  return (
    Array.isArray(analysis.messages) &&
    analysis.messages.every(
      (message) =>
        typeof message === 'object' &&
        message !== null &&
        typeof message.ruleId === 'string' &&
        typeof message.message === 'string' &&
        (message.severity === 'error' || message.severity === 'warning') &&
        Number.isFinite(message.line) &&
        Number.isFinite(message.column),
    ) &&
    (analysis.kind === undefined || typeof analysis.kind === 'string') &&
    (analysis.title === undefined || typeof analysis.title === 'string') &&
    (analysis.focus === undefined || typeof analysis.focus === 'string') &&
    strings(analysis.principles) &&
    strings(analysis.requiredSections) &&
    strings(analysis.anchors) &&
    typeof analysis.sectionOfMessage === 'object' &&
    analysis.sectionOfMessage !== null &&
    Array.isArray(analysis.links) &&
    analysis.links.every(
      (link) =>
        typeof link === 'object' &&
        link !== null &&
        typeof link.url === 'string' &&
        Number.isFinite(link.line) &&
        Number.isFinite(link.column),
    ) &&
    typeof analysis.hasDiagram === 'boolean' &&
    Array.isArray(analysis.changes) &&
    Array.isArray(analysis.baselineGaps) &&
    Array.isArray(analysis.signals) &&
    Array.isArray(analysis.figures) &&
    analysis.figures.every(
      (figure) =>
        typeof figure === 'object' &&
        figure !== null &&
        typeof figure.text === 'string' &&
        typeof figure.key === 'string' &&
        Number.isFinite(figure.line),
    )
  )
}

/** Digits of the header's length, the last bytes of a stored run. */
const TRAILER_BYTES = 12

/** What a stored run says of itself, after its body. */
interface RunHeader {
  format: number
  key: string
  targets: [string, LinkTarget][]
  meta: unknown
  bodyBytes: number
}

/** A stored run: the link targets it saw, what its caller noted, its body in 64 KiB pieces. */
export interface StoredRun {
  targets: [string, LinkTarget][]
  meta: unknown
  /** Read once, lazily; the file is closed when it ends. */
  body: Generator<Buffer>
  /** Closes the file, for a caller that does not read the body to its end. */
  close(): void
}

/** Where a run's caller writes the output to store, then commits it with a note, or discards it. */
export interface RunStore {
  /** One piece of the output; the CLI passes the bytes it wrote to stdout, encoded once. */
  write(piece: string | Uint8Array): void
  commit(meta: unknown): void
  discard(): void
}

/** Writes all of `bytes` (one write may take only part); returns their length. */
function writeAll(fd: number, bytes: Uint8Array): number {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done)
  return bytes.length
}

function* bodyOf(fd: number, end: number, close: () => void): Generator<Buffer> {
  try {
    for (let offset = 0; offset < end; ) {
      const piece = Buffer.alloc(Math.min(64 * 1024, end - offset))
      const read = readSync(fd, piece, 0, piece.length, offset)
      if (read === 0) throw new Error(`stored run ended early at ${offset} of ${end} bytes`)
      offset += read
      yield read === piece.length ? piece : piece.subarray(0, read)
    }
  } finally {
    close()
  }
}

function isTargetList(value: unknown): value is [string, LinkTarget][] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        Array.isArray(item) &&
        typeof item[0] === 'string' &&
        (item[1] === 'file' || item[1] === 'folder' || item[1] === 'missing'),
    )
  )
}

/** Records are appended to the pack in batches of about this many bytes, as analyses arrive. */
const BATCH_BYTES = 1 << 20

export class AnalysisCache {
  /** The index as loaded. */
  private rows = new Map<string, Row>()
  /** Paths whose row this run replaced or confirmed (with a fresh stat). */
  private readonly refreshed = new Map<string, Row>()
  /** Rows of the records this run wrote (or will write: those still in `batch`). */
  private readonly written = new Map<string, Row>()
  /** Records not yet appended, with their paths and rows (offset filled in when appended). */
  private batch: { file: string; row: Row; record: string }[] = []
  private batchBytes = 0
  /** Whether the cache folder is ours to write in; checked on the first write. */
  private writable: boolean | undefined
  /** Paths whose row this run found stale or broken: dropped at save(). */
  private readonly dropped = new Set<string>()
  private dirty = false
  private pack: number | undefined
  private packMissing = false
  private buffer = Buffer.alloc(64 * 1024)
  /** What earlier runs measured here; updated by the run, stored by save(). */
  profile: MachineProfile | undefined

  /** The cache's own subfolder of the configured folder: it deletes nothing outside it. */
  private readonly dir: string
  private readonly indexFile: string
  private readonly packFile: string
  private readonly runFile: string

  constructor(
    configuredDir: string,
    private readonly namespace: string,
    /** Dead bytes the pack may hold before it is rewritten (more dead than live also needed). */
    private readonly compactMinDead = COMPACT_MIN_DEAD,
  ) {
    this.dir = path.join(configuredDir, SUBFOLDER)
    this.indexFile = path.join(this.dir, `${PREFIX}${namespace}.index.json`)
    this.packFile = path.join(this.dir, `${PREFIX}${namespace}.pack`)
    this.runFile = path.join(this.dir, `${PREFIX}${namespace}.run`)
  }

  /** Loads the index (never the findings): missing or corrupt, the cache starts empty. */
  async load(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.indexFile, 'utf8')) as IndexFile
      if (
        data.format === FORMAT &&
        data.namespace === this.namespace &&
        typeof data.entries === 'object' &&
        data.entries !== null &&
        !Array.isArray(data.entries)
      ) {
        const profile = data.profile
        if (
          profile &&
          Number.isFinite(profile.msPerDocument) &&
          profile.msPerDocument > 0 &&
          Number.isFinite(profile.workerStartupMs) &&
          profile.workerStartupMs >= 0
        ) {
          this.profile = {
            msPerDocument: profile.msPerDocument,
            workerStartupMs: profile.workerStartupMs,
          }
        }
        for (const [file, row] of Object.entries(data.entries)) {
          if (isRow(row)) this.rows.set(file, row)
          else this.dirty = true
        }
      }
    } catch {
      // Missing or corrupt: start empty.
    }
  }

  /** The content key this path had when last stored, if any: a worker compares it with its hash. */
  keyOf(filePath: string): string | undefined {
    return this.rows.get(filePath)?.[0]
  }

  /**
   * What the stat alone says of a file: `trusted` when its size and
   * modification time match its entry and it had not been modified for
   * RACY_MS when it was read (byStat() returns the analysis); `same-stat`
   * when they match but the file was read too soon after a change (hash it);
   * undefined when they differ or there is no entry.
   */
  statMatch(filePath: string, size: number, mtimeMs: number): 'trusted' | 'same-stat' | undefined {
    const row = this.rows.get(filePath)
    if (!row || row[1] !== size || row[2] !== mtimeMs) return undefined
    return mtimeMs + RACY_MS > row[3] ? 'same-stat' : 'trusted'
  }

  /** The stored analysis of a file statMatch() trusts; undefined when its record is unreadable. */
  byStat(filePath: string): FileAnalysis | undefined {
    const row = this.rows.get(filePath)
    if (!row) return undefined
    const analysis = this.record(filePath, row)
    if (analysis) this.refreshed.set(filePath, row)
    return analysis
  }

  /**
   * The stored analysis for this content key, once the file was read and
   * hashed. Its entry takes the file's current stat and read time, so the
   * next run can trust the stat.
   */
  get(
    key: string,
    filePath: string,
    size: number,
    mtimeMs: number,
    readAt: number,
  ): FileAnalysis | undefined {
    const row = this.rows.get(filePath)
    if (!row || row[0] !== key) return undefined
    const analysis = this.record(filePath, row)
    if (!analysis) return undefined
    if (row[1] !== size || row[2] !== mtimeMs || row[3] !== readAt) {
      this.refreshed.set(filePath, [key, size, mtimeMs, readAt, row[4], row[5]])
      this.dirty = true
    } else this.refreshed.set(filePath, row)
    return analysis
  }

  /** Records what this run measured (save() writes it with the index). */
  measured(profile: MachineProfile): void {
    this.profile = profile
    this.dirty = true
  }

  /**
   * Stores an analysis (given as JSON, as a worker sends it). Records go to
   * the pack in batches as they come, so a large run does not hold them all.
   */
  set(key: string, filePath: string, size: number, mtimeMs: number, readAt: number, json: string) {
    const record = `{"key":${JSON.stringify(key)},"analysis":${json}}\n`
    const length = Buffer.byteLength(record)
    const row: Row = [key, size, mtimeMs, readAt, 0, length]
    this.batch.push({ file: filePath, row, record })
    this.batchBytes += length
    this.written.set(filePath, row)
    this.refreshed.delete(filePath)
    this.dirty = true
    if (this.batchBytes >= BATCH_BYTES) this.flush()
  }

  /** Whether the cache folder is ours: created and marked by us, or empty. */
  private ownFolder(): boolean {
    if (this.writable !== undefined) return this.writable
    try {
      mkdirSync(this.dir, { recursive: true })
      const marker = path.join(this.dir, MARKER)
      let marked = false
      try {
        marked = readFileSync(marker, 'utf8') === MARKER_TEXT
      } catch {}
      if (!marked) {
        // A folder without our marker that already holds files is not ours to write in.
        if (readdirSync(this.dir).length > 0) {
          this.writable = false
          return false
        }
        writeFileSync(marker, MARKER_TEXT)
      }
      this.writable = true
    } catch {
      this.writable = false
    }
    return this.writable
  }

  /** Appends the batched records to the pack; their rows get the offsets they were written at. */
  private flush(): void {
    const batch = this.batch
    this.batch = []
    this.batchBytes = 0
    if (batch.length === 0) return
    let fd: number | undefined
    try {
      if (!this.ownFolder()) throw new Error('not our folder')
      fd = openSync(this.packFile, 'a')
      let offset = fstatSync(fd).size
      for (const entry of batch) {
        entry.row[4] = offset
        offset += entry.row[5]
      }
      writeSync(fd, batch.map((entry) => entry.record).join(''))
    } catch {
      // Not written: those files are simply analysed again next time.
      for (const entry of batch) this.written.delete(entry.file)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }

  /** Reads and checks one record of the pack; a bad one drops its entry. */
  private record(filePath: string, row: Row): FileAnalysis | undefined {
    const [key, , , , offset, length] = row
    try {
      if (this.packMissing) return undefined
      this.pack ??= openSync(this.packFile, 'r')
      if (this.buffer.length < length)
        this.buffer = Buffer.alloc(Math.max(length, this.buffer.length * 2))
      const read = readSync(this.pack, this.buffer, 0, length, offset)
      const record = JSON.parse(this.buffer.toString('utf8', 0, read)) as {
        key?: unknown
        analysis?: unknown
      }
      // A record written by another run at the same time can sit where the index did not expect it.
      if (record.key === key && isAnalysis(record.analysis)) return record.analysis
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.packMissing = true
    }
    this.dropped.add(filePath)
    this.dirty = true
    return undefined
  }

  /** Closes the pack; save() calls it, and a run that throws before saving must. */
  close(): void {
    if (this.pack !== undefined) closeSync(this.pack)
    this.pack = undefined
  }

  /**
   * Appends this run's records to the pack (rewriting it when mostly dead),
   * writes the index atomically (temp file + rename) and removes other
   * namespaces' files. Entries of files this run did not see are kept.
   */
  async save(): Promise<void> {
    try {
      if (!this.dirty) return
      this.flush()
      if (!this.ownFolder()) return
      const kept = new Map<string, Row>()
      for (const [file, row] of this.rows) {
        if (this.dropped.has(file) && !this.written.has(file)) continue
        kept.set(file, this.written.get(file) ?? this.refreshed.get(file) ?? row)
      }
      for (const [file, row] of this.written) kept.set(file, row)
      const packSize = await stat(this.packFile).then(
        (info) => info.size,
        () => 0,
      )
      let live = 0
      for (const row of kept.values()) live += row[5]
      if (packSize - live > this.compactMinDead && packSize - live > live) await this.compact(kept)
      this.close()
      const data: IndexFile = {
        format: FORMAT,
        namespace: this.namespace,
        ...(this.profile ? { profile: this.profile } : {}),
        entries: Object.fromEntries(kept),
      }
      const temp = `${this.indexFile}.${process.pid}.${Date.now()}.tmp`
      await writeFile(temp, JSON.stringify(data))
      await rename(temp, this.indexFile)
      const own = new Set([
        path.basename(this.indexFile),
        path.basename(this.packFile),
        path.basename(this.runFile),
      ])
      for (const name of await readdir(this.dir)) {
        if (name.startsWith(PREFIX) && !own.has(name) && /\.(json|pack|run)$/.test(name)) {
          await rm(path.join(this.dir, name), { force: true })
        }
      }
    } catch {
      // A cache that cannot be written only costs time on the next run.
    } finally {
      this.close()
    }
  }

  /**
   * What the last run stored under this run key: the link targets it saw, its caller's meta
   * and its body; undefined when there is none, it has another key, or it is unreadable. The
   * key sits in a header at the end, so the body of a run with other inputs is never read.
   */
  storedRun(runKey: string): StoredRun | undefined {
    let fd: number | undefined
    try {
      fd = openSync(this.runFile, 'r')
      const size = fstatSync(fd).size
      const trailer = Buffer.alloc(TRAILER_BYTES)
      if (size < TRAILER_BYTES) throw new Error('too short')
      readSync(fd, trailer, 0, TRAILER_BYTES, size - TRAILER_BYTES)
      const headerBytes = Number(trailer.toString('latin1'))
      const headerStart = size - TRAILER_BYTES - headerBytes
      if (!Number.isInteger(headerBytes) || headerStart < 0) throw new Error('no header')
      const head = Buffer.alloc(headerBytes)
      readSync(fd, head, 0, headerBytes, headerStart)
      const header = JSON.parse(head.toString('utf8')) as Partial<RunHeader>
      if (
        header.format !== FORMAT ||
        header.key !== runKey ||
        !isTargetList(header.targets) ||
        header.bodyBytes !== headerStart
      ) {
        throw new Error('another run')
      }
      const open = fd
      let closed = false
      const close = () => {
        if (!closed) closeSync(open)
        closed = true
      }
      return {
        targets: header.targets,
        meta: header.meta,
        body: bodyOf(open, headerStart, close),
        close,
      }
    } catch {
      if (fd !== undefined) closeSync(fd)
      return undefined
    }
  }

  /**
   * Stores a run's output as its caller writes it (in pieces, each written at once, so a
   * large one is never held whole), to a temporary file renamed into place by commit():
   * one per namespace, the last.
   */
  storeRun(runKey: string, targets: [string, LinkTarget][]): RunStore {
    const temp = `${this.runFile}.${process.pid}.${Date.now()}.tmp`
    let fd: number | undefined
    let bodyBytes = 0
    const discard = () => {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
      rmSync(temp, { force: true })
    }
    try {
      if (this.ownFolder()) fd = openSync(temp, 'w')
    } catch {
      discard()
    }
    return {
      write: (piece) => {
        if (fd === undefined) return
        try {
          bodyBytes += writeAll(fd, typeof piece === 'string' ? Buffer.from(piece) : piece)
        } catch {
          discard()
        }
      },
      commit: (meta) => {
        if (fd === undefined) return
        try {
          // The header goes last, its length in a fixed-size trailer: the body is never copied.
          const header: RunHeader = { format: FORMAT, key: runKey, targets, meta, bodyBytes }
          const headerText = Buffer.from(JSON.stringify(header))
          writeAll(fd, headerText)
          writeAll(fd, Buffer.from(String(headerText.length).padStart(TRAILER_BYTES, '0')))
          closeSync(fd)
          fd = undefined
          renameSync(temp, this.runFile)
        } catch {
          discard()
        }
      },
      discard,
    }
  }

  /** Rewrites the pack with only the live records (offsets updated in `kept`). */
  private async compact(kept: Map<string, Row>): Promise<void> {
    const temp = `${this.packFile}.${process.pid}.${Date.now()}.tmp`
    const out = await open(temp, 'w')
    let offset = 0
    try {
      for (const [file, row] of kept) {
        const analysis = this.record(file, row)
        if (!analysis) {
          kept.delete(file)
          continue
        }
        const bytes = this.buffer.subarray(0, row[5])
        await out.write(bytes)
        kept.set(file, [row[0], row[1], row[2], row[3], offset, row[5]])
        offset += row[5]
      }
    } finally {
      await out.close()
    }
    this.close()
    await rename(temp, this.packFile)
  }
}
