/**
 * The content-hash cache: one JSON file per "namespace" (the hash of
 * Techfolio's version and build, the remark configuration and the techfolio
 * config). A file whose path and bytes hash to a stored key is not parsed
 * again. Changing the configuration or upgrading Techfolio changes the
 * namespace, so every entry is recomputed and the old file is removed.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FileAnalysis } from './analyse.js'

const FORMAT = 2
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

interface Entry {
  /** Relative to the repository root. */
  path: string
  size: number
  mtimeMs: number
  analysis: FileAnalysis
}

interface CacheFile {
  format: number
  namespace: string
  entries: Record<string, Entry>
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

function statOrUndefined(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

let versionCache: string | undefined

/** Techfolio's version: the engine's and the rules' package versions and builds. */
export function techfolioVersion(): string {
  if (versionCache) return versionCache
  const here = path.dirname(fileURLToPath(import.meta.url))
  const engineDir = packageDir(here)
  const hash = createHash('sha256').update(fingerprint(engineDir, path.relative(engineDir, here)))
  try {
    const rulesEntry = createRequire(import.meta.url).resolve('@techfolio/remark-lint-portfolio')
    const rulesDir = packageDir(path.dirname(rulesEntry))
    hash.update(fingerprint(rulesDir, path.relative(rulesDir, path.dirname(rulesEntry))))
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
 * Whether a stored entry has the shape this version writes. A cache file can
 * be edited, truncated by hand or written by a bug: a bad entry is rebuilt,
 * never trusted (it would crash the run on every later use).
 */
function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Partial<Entry>
  const analysis = entry.analysis as Partial<FileAnalysis> | undefined
  if (typeof entry.path !== 'string' || typeof analysis !== 'object' || analysis === null) {
    return false
  }
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

export class AnalysisCache {
  private readonly file: string
  private previous: Record<string, Entry> = {}
  private readonly current = new Map<string, Entry>()
  private readonly seenPaths = new Set<string>()
  private dirty = false

  /** The cache's own subfolder of the configured folder: it deletes nothing outside it. */
  private readonly dir: string

  constructor(
    configuredDir: string,
    private readonly namespace: string,
  ) {
    this.dir = path.join(configuredDir, SUBFOLDER)
    this.file = path.join(this.dir, `${PREFIX}${namespace}.json`)
  }

  async load(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as CacheFile
      if (
        data.format === FORMAT &&
        data.namespace === this.namespace &&
        typeof data.entries === 'object' &&
        data.entries !== null &&
        !Array.isArray(data.entries)
      ) {
        for (const [key, entry] of Object.entries(data.entries)) {
          if (isEntry(entry)) this.previous[key] = entry
          else this.dirty = true
        }
      }
    } catch {
      // Missing or corrupt: start empty.
    }
  }

  /**
   * How many of these files will probably need parsing: those whose path,
   * size and modification time match no entry. Only a guess (the content
   * hash decides), used to choose between worker threads and in-process.
   */
  predictMisses(
    files: readonly { absolute: string }[],
    rootRelative: (absolute: string) => string,
  ): number {
    const byPath = new Map<string, Entry>()
    for (const entry of Object.values(this.previous)) byPath.set(entry.path, entry)
    let misses = 0
    for (const file of files) {
      const info = statOrUndefined(file.absolute)
      const relative = rootRelative(file.absolute)
      const entry = byPath.get(relative)
      if (!info || !entry || entry.size !== info.size || entry.mtimeMs !== info.mtimeMs) misses++
    }
    return misses
  }

  get(key: string, filePath: string): FileAnalysis | undefined {
    this.seenPaths.add(filePath)
    const entry = this.previous[key]
    // Entries were validated once, in load().
    if (entry === undefined || entry.path !== filePath) return undefined
    this.current.set(key, entry)
    return structuredClone(entry.analysis)
  }

  set(key: string, filePath: string, size: number, mtimeMs: number, analysis: FileAnalysis): void {
    this.seenPaths.add(filePath)
    this.current.set(key, { path: filePath, size, mtimeMs, analysis })
    this.dirty = true
  }

  /** Writes the cache atomically (temp file + rename) and removes other namespaces' files. */
  async save(): Promise<void> {
    const entries: Record<string, Entry> = {}
    for (const [key, entry] of Object.entries(this.previous)) {
      if (!this.seenPaths.has(entry.path)) entries[key] = entry
      else if (!this.current.has(key)) this.dirty = true
    }
    for (const [key, entry] of this.current) entries[key] = entry
    if (!this.dirty) return
    try {
      await mkdir(this.dir, { recursive: true })
      const marker = path.join(this.dir, MARKER)
      const marked = await readFile(marker, 'utf8').then(
        (text) => text === MARKER_TEXT,
        () => false,
      )
      if (!marked) {
        // A folder without our marker that already holds files is not ours to clean.
        if ((await readdir(this.dir)).length > 0) return
        await writeFile(marker, MARKER_TEXT)
      }
      const data: CacheFile = { format: FORMAT, namespace: this.namespace, entries }
      const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`
      await writeFile(temp, JSON.stringify(data))
      await rename(temp, this.file)
      for (const name of await readdir(this.dir)) {
        if (
          name.startsWith(PREFIX) &&
          name !== path.basename(this.file) &&
          name.endsWith('.json')
        ) {
          await rm(path.join(this.dir, name), { force: true })
        }
      }
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
  }
}
