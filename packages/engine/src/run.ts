import { createHash } from 'node:crypto'
import { existsSync, type Stats, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { FileAnalysis } from './analyse.js'
import {
  AnalysisCache,
  type MachineProfile,
  namespaceOf,
  type RunStore,
  type StoredRun,
  techfolioVersion,
} from './cache.js'
import { type AnalysedDocument, crossDocumentChecks, linkTargetAt } from './checks.js'
import { loadConfig, type TechfolioConfig } from './config.js'
import { type DiscoveredFile, discover, findRoot, inside, toPosix } from './discover.js'
import { UsageError } from './errors.js'
import { tightenHeapGrowth } from './heap.js'
import {
  DEFAULT_PROFILE,
  hasWorkerScript,
  TimeBudgetError,
  WorkerPool,
  workerThreshold,
} from './pool.js'
import { type DocumentFile, readDocument } from './read.js'
import { createProcessor, findRemarkrc, type MarkdownProcessor, remarkrcText } from './remarkrc.js'
import { portfolioScoreParts, scoreDocument } from './score.js'
import { type TimingReport, Timings } from './timing.js'
import type { DocumentScore, FileResult, Finding, PortfolioResult, RunOptions } from './types.js'
import { oneLine, unreadableAnalysis } from './unreadable.js'

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

/** Documents a run must analyse before its time per document is worth keeping. */
const MIN_MEASURED = 10

/**
 * The machine profile after this run: each figure it measured (time per
 * document, from enough documents; thread start-up, the median of its
 * threads) averaged with the one the cache held, so one odd run moves it only
 * half way; taken as is when the cache held none. Undefined when it measured
 * nothing.
 */
function measureProfile(
  before: MachineProfile | undefined,
  inProcessMs: number,
  inProcessAnalysed: number,
  pool: WorkerPool | undefined,
): MachineProfile | undefined {
  const blend = (old: number | undefined, measured: number) =>
    Math.round((old === undefined ? measured : (old + measured) / 2) * 100) / 100
  const analysed = inProcessAnalysed + (pool?.analysed ?? 0)
  const startups = [...(pool?.startupMs ?? [])].sort((a, b) => a - b)
  const median = startups[Math.floor(startups.length / 2)]
  if (analysed < MIN_MEASURED && median === undefined) return undefined
  return {
    msPerDocument:
      analysed >= MIN_MEASURED
        ? blend(before?.msPerDocument, (inProcessMs + (pool?.analysisMs ?? 0)) / analysed)
        : (before ?? DEFAULT_PROFILE).msPerDocument,
    workerStartupMs:
      median === undefined
        ? (before ?? DEFAULT_PROFILE).workerStartupMs
        : blend(before?.workerStartupMs, median),
  }
}

/** Cross-document checks that judge one document (its links), not the portfolio's shape. */
const PER_DOCUMENT_CHECKS = new Set(['portfolio-links'])

/**
 * Whether a run sees the whole portfolio, so portfolio-wide checks (one
 * executive summary, 3-5 systems, principle coverage, the checklist) can
 * judge it: some path given is a configured portfolio folder or holds one;
 * where no configured folder exists, any folder given counts.
 */
function coversPortfolio(cwd: string, paths: readonly string[], roots: readonly string[]): boolean {
  const given = paths.map((entry) => path.resolve(cwd, entry))
  const existing = roots.filter((root) => existsSync(root))
  if (existing.length > 0) {
    return existing.some((root) => given.some((entry) => inside(entry, root)))
  }
  return given.some((entry) => existsSync(entry) && statSync(entry).isDirectory())
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * Lints, checks and scores a portfolio. Throws InputError, ConfigError or
 * UsageError (each with `exitCode` 2) for bad input; never for bad Markdown.
 */
export async function runPortfolio(options: RunOptions): Promise<PortfolioResult> {
  return (await runDetailed(options)).result
}

/** A run's result and what it was computed from, for `check()` to compose the report. */
export interface DetailedRun {
  result: PortfolioResult
  /** Each file read, with its analysis (facts and lint findings), in discovery order. */
  documents: AnalysedDocument[]
  config: TechfolioConfig
  /** The folder portfolio-wide findings are reported on. */
  portfolioPath: string
  /** Whether the paths given cover the whole portfolio (portfolio-wide checks ran). */
  wholePortfolio: boolean
  /** With `timing`: time per phase and per rule (render is added by the caller). */
  timing?: TimingReport
}

/**
 * What a caller writes from a run (the CLI: its output) and would have a
 * later run with the same inputs reuse whole: `extra` names the caller's own
 * inputs (its command, format, options, build), `accept` checks the meta it
 * stored (say, an exit code) before the run is reused.
 */
export interface ReuseOptions {
  extra: string
  accept: (meta: unknown) => boolean
}

/** A run whose inputs all matched a stored one's: what its caller stored, unrecomputed. */
export interface ReusedRun {
  reused: StoredRun
  stats: PortfolioResult['stats']
  timing?: TimingReport
}

/** A run that computed its result, with `store` when its caller's output may be reused. */
export interface ComputedRun extends DetailedRun {
  /** Where to write the output for the next run with the same inputs to reuse. */
  store?: () => RunStore
}

export async function runDetailed(options: RunOptions): Promise<DetailedRun> {
  // Without `reuse` a run is always computed.
  return (await runOrReuse(options)) as ComputedRun
}

/**
 * A run as runDetailed(), except that with `reuse` and the cache on, a run
 * whose every input is unchanged since a stored run (each file's content by
 * its trusted stat, the files found, each link target that is not a document,
 * the options) returns what that run's caller stored, without loading any
 * file's analysis: a warm check of 1,000 documents skips reading 5 MB of
 * findings, the cross-document checks and the scoring.
 */
export async function runOrReuse(
  options: RunOptions,
  reuse?: ReuseOptions,
): Promise<ComputedRun | ReusedRun> {
  const cwd = path.resolve(options.cwd)
  const timings = options.timing ? new Timings() : undefined
  const workersOption = options.workers ?? 'auto'
  if (workersOption !== 'auto' && (!Number.isInteger(workersOption) || workersOption < 0)) {
    throw new UsageError(
      `workers must be 'auto' or a whole number >= 0 (got ${String(workersOption)})`,
    )
  }
  const loaded = await loadConfig({
    cwd,
    ...(options.configPath ? { configPath: options.configPath } : {}),
  })
  const { config } = loaded
  const root = loaded.path ? findRoot(path.dirname(loaded.path)) : findRoot(cwd)
  const rcFile = options.remarkrc === false ? undefined : findRemarkrc(cwd)

  let paths = options.paths && options.paths.length > 0 ? options.paths : undefined
  if (!paths) {
    const base = loaded.path ? path.dirname(loaded.path) : cwd
    paths = config.paths.map(
      (given) => toPosix(path.relative(cwd, path.resolve(base, given))) || '.',
    )
  }
  const discovery = await discover({ cwd, root, paths })
  const wholePortfolio = coversPortfolio(
    cwd,
    paths,
    config.paths.map((given) => path.resolve(loaded.path ? path.dirname(loaded.path) : cwd, given)),
  )
  const files = discovery.files

  const useCache = options.cache ?? config.cache
  const cacheDir = options.cacheDir
    ? path.resolve(cwd, options.cacheDir)
    : (config.cacheDir ?? path.join(root, 'node_modules', '.cache', 'techfolio'))
  const cache = useCache
    ? new AnalysisCache(
        cacheDir,
        namespaceOf([
          techfolioVersion(),
          rcFile ?? '',
          remarkrcText(rcFile),
          loaded.text,
          JSON.stringify(config),
        ]),
      )
    : undefined
  let cacheStarted = timings ? performance.now() : 0
  await cache?.load()
  if (timings && cache) timings.add('cache', performance.now() - cacheStarted)

  const analyses: FileAnalysis[] = new Array(files.length)
  const stats = { files: files.length, parsed: 0, fromCache: 0, workers: 0 }
  let done = 0
  const progress = (file: DiscoveredFile) => {
    done++
    options.onProgress?.({ done, total: files.length, path: file.path })
  }
  const documentFiles: DocumentFile[] = files.map((file) => ({
    absolute: file.absolute,
    path: file.path,
    rootRelative: toPosix(path.relative(root, file.absolute)),
  }))

  // Each file's content key once known (from its trusted stat, its hash or a worker's): with
  // the options, what a stored run is keyed by. (Filled, not sparse: every() skips a hole.)
  const contentKeys: (string | undefined)[] = files.map(() => undefined)
  // First the files whose stat matches their cache entry: their content is known unread when
  // the stat can be trusted, else they are read and hashed here (most likely unchanged).
  const trusted: number[] = []
  const toRead: number[] = []
  for (const [index, file] of files.entries()) {
    if (cache) {
      const started = timings ? performance.now() : 0
      const document = documentFiles[index] as DocumentFile
      const info = statOrUndefined(file.absolute)
      const match = info?.isFile()
        ? cache.statMatch(document.rootRelative, info.size, info.mtimeMs)
        : undefined
      let cached: FileAnalysis | undefined
      if (match === 'trusted') {
        contentKeys[index] = cache.keyOf(document.rootRelative)
        trusted.push(index)
      } else if (match === 'same-stat') {
        const read = readDocument(document, config.maxFileSize)
        if (read.kind === 'read') {
          cached = cache.get(read.key, document.rootRelative, read.size, read.mtimeMs, read.readAt)
          if (cached) contentKeys[index] = read.key
        }
      }
      timings?.add('read', performance.now() - started)
      if (match === 'trusted') continue
      if (cached) {
        analyses[index] = cached
        stats.fromCache++
        progress(file)
        continue
      }
    }
    toRead.push(index)
  }

  // What a stored run is keyed by: the caller's options and this run's, the files found with
  // their content, the files skipped. (Link targets are stored with it and looked at again.)
  const runKey = () =>
    runKeyOf(reuse?.extra ?? '', {
      cwd,
      root,
      failUnder: options.failUnder,
      portfolioPath: discovery.portfolioPath,
      wholePortfolio,
      files: documentFiles.map((document, index) => [
        document.path,
        document.rootRelative,
        contentKeys[index],
      ]),
      skipped: [...discovery.skipped],
    })
  if (reuse && cache && toRead.length === 0) {
    const started = timings ? performance.now() : 0
    const stored = cache.storedRun(runKey())
    const current =
      stored?.targets.every(([target, was]) => linkTargetAt(target) === was) &&
      reuse.accept(stored.meta)
    timings?.add('cache', performance.now() - started)
    if (stored && !current) stored.close()
    if (stored && current) {
      for (const index of trusted) progress(files[index] as DiscoveredFile)
      return {
        reused: stored,
        stats: { files: files.length, parsed: 0, fromCache: files.length, workers: 0 },
        ...(timings ? { timing: timings.report(0) } : {}),
      }
    }
  }
  // Not reused: the analyses of the files trusted by their stat are loaded after all.
  for (const index of trusted) {
    const started = timings ? performance.now() : 0
    const cached = cache?.byStat((documentFiles[index] as DocumentFile).rootRelative)
    timings?.add('read', performance.now() - started)
    if (cached) {
      analyses[index] = cached
      stats.fromCache++
      progress(files[index] as DiscoveredFile)
    } else {
      contentKeys[index] = undefined
      toRead.push(index)
    }
  }
  toRead.sort((a, b) => a - b)

  // Worker threads: a number forces them (0: none); 'auto' uses them when enough files are left
  // to read: the configured threshold, else the one the machine's measured profile gives.
  const cores = Math.max(1, availableParallelism())
  const poolSize = Math.min(config.workers.max ?? cores, cores)
  const profile = cache?.profile ?? DEFAULT_PROFILE
  const measuredBefore = cache?.profile
  const threshold = config.workers.threshold ?? workerThreshold(profile, poolSize)
  let workerCount = 0
  if (workersOption === 'auto') {
    // Bundled without dist/worker.js (as in a bundled Action), 'auto' stays in-process.
    if (toRead.length >= threshold && cores > 1 && hasWorkerScript()) {
      workerCount = Math.min(poolSize, Math.ceil(toRead.length / 25))
    }
  } else {
    workerCount = workersOption
  }
  stats.workers = workerCount

  const budgetMs = config.fileTimeBudget * 1000
  const overBudget = (seconds: number) =>
    `Analysing this file took ${seconds} s, over the ${config.fileTimeBudget} s budget (\`fileTimeBudget\` in the config): expected a document Techfolio analyses quickly; check the remark plugins in .remarkrc.mjs, split the document, or raise the budget`
  const tooLarge = (size: number) =>
    unreadableAnalysis(
      'portfolio-file-size',
      `File is ${size} bytes: Techfolio reads documents of at most ${config.maxFileSize} bytes (\`maxFileSize\` in the config): split it or move it out of the portfolio`,
    )
  const binary = () =>
    unreadableAnalysis(
      'portfolio-encoding',
      'File is not UTF-8 text (binary, or another encoding): expected a UTF-8 Markdown document',
    )

  let processor: Promise<MarkdownProcessor> | undefined
  let restoreHeapGrowth: (() => void) | undefined
  let analyser: Promise<typeof import('./analyse.js')> | undefined
  let inProcessMs = 0
  let inProcessAnalysed = 0
  const pool =
    workerCount > 0
      ? new WorkerPool(workerCount, rcFile, config.maxFileSize, budgetMs, timings)
      : undefined
  const inFlight = new Set<Promise<void>>()
  try {
    for (const index of toRead) {
      const file = files[index] as DiscoveredFile
      const document = documentFiles[index] as DocumentFile
      const expectedKey = cache?.keyOf(document.rootRelative)
      if (pool) {
        const submit = (key: string | undefined): Promise<void> =>
          pool.run(document, key).then(
            (outcome) => {
              if (outcome.kind === 'too-large') analyses[index] = tooLarge(outcome.size)
              else if (outcome.kind === 'binary') analyses[index] = binary()
              else if (outcome.kind === 'unchanged') {
                const { size, mtimeMs, readAt } = outcome
                const cached = cache?.get(outcome.key, document.rootRelative, size, mtimeMs, readAt)
                // A record that turned out unreadable: analyse the file after all.
                if (!cached) return submit(undefined)
                analyses[index] = cached
                contentKeys[index] = outcome.key
                stats.fromCache++
              } else {
                stats.parsed++
                analyses[index] = JSON.parse(outcome.json) as FileAnalysis
                const { key: contentKey, size, mtimeMs, readAt } = outcome
                contentKeys[index] = contentKey
                cache?.set(contentKey, document.rootRelative, size, mtimeMs, readAt, outcome.json)
              }
              progress(file)
            },
            (error: unknown) => {
              // Over budget: this file gets a finding (never cached: it may pass on a faster run).
              if (!(error instanceof TimeBudgetError)) throw error
              stats.parsed++
              analyses[index] = unreadableAnalysis(
                'portfolio-time-budget',
                overBudget(config.fileTimeBudget),
              )
              progress(file)
            },
          )
        const task = submit(expectedKey)
        inFlight.add(task)
        task.then(
          () => inFlight.delete(task),
          () => inFlight.delete(task),
        )
        // Keep a few tasks per worker queued; send more only as they finish.
        if (inFlight.size >= pool.size * 8) await Promise.race(inFlight)
        continue
      }
      // In-process: reading, hashing, the cache look-up and decoding count as 'read'.
      const readStarted = timings ? performance.now() : 0
      const read = readDocument(document, config.maxFileSize)
      if (read.kind === 'too-large') {
        timings?.add('read', performance.now() - readStarted)
        analyses[index] = tooLarge(read.size)
        progress(file)
        continue
      }
      const { key, size, mtimeMs, readAt, text } = read
      const cached = cache?.get(key, document.rootRelative, size, mtimeMs, readAt)
      timings?.add('read', performance.now() - readStarted)
      if (cached) {
        analyses[index] = cached
        contentKeys[index] = key
        stats.fromCache++
        progress(file)
        continue
      }
      if (text === undefined) {
        analyses[index] = binary()
        progress(file)
        continue
      }
      stats.parsed++
      restoreHeapGrowth ??= tightenHeapGrowth()
      processor ??= createProcessor(rcFile, timings)
      // Loaded only when a file is parsed here: a run served by the cache loads no parser.
      analyser ??= import('./analyse.js')
      // Both awaited at once, so a configuration that fails to load is never an unhandled rejection.
      const [{ analyse }, loaded] = await Promise.all([analyser, processor])
      const started = performance.now()
      const analysis = await analyse(loaded, file.path, text, timings)
      const elapsedMs = performance.now() - started
      inProcessMs += elapsedMs
      inProcessAnalysed++
      if (elapsedMs > budgetMs) {
        // In-process a synchronous plugin cannot be stopped: report the file once it is done,
        // keeping its findings (and not caching it: it may pass on a faster run).
        const [budgetMessage] = unreadableAnalysis(
          'portfolio-time-budget',
          overBudget(Math.round(elapsedMs / 100) / 10),
        ).messages
        analyses[index] = {
          ...analysis,
          messages: [budgetMessage as Finding, ...analysis.messages],
        }
      } else {
        // Kept as the cache and a worker thread keep it: parsed from its JSON. The
        // analysis's strings are slices of the document's text and its blocks,
        // which V8 keeps whole while a slice lives (10,000 documents in-process:
        // 821 -> 511 MB peak RSS, output identical).
        const json = JSON.stringify(analysis)
        analyses[index] = JSON.parse(json) as FileAnalysis
        contentKeys[index] = key
        cache?.set(key, document.rootRelative, size, mtimeMs, readAt, json)
      }
      progress(file)
    }
    await Promise.all(inFlight)
    if (cache) {
      const measured = measureProfile(measuredBefore, inProcessMs, inProcessAnalysed, pool)
      if (measured) cache.measured(measured)
    }
  } finally {
    await Promise.allSettled(inFlight)
    restoreHeapGrowth?.()
    await pool?.close()
    cache?.close()
  }
  cacheStarted = timings ? performance.now() : 0
  await cache?.save()
  if (timings && cache) timings.add('cache', performance.now() - cacheStarted)

  const documents: AnalysedDocument[] = files.map((file, index) => ({
    path: file.path,
    absolute: file.absolute,
    analysis: analyses[index] as FileAnalysis,
  }))
  const crossStarted = timings ? performance.now() : 0
  const cross = crossDocumentChecks(documents, config, discovery.portfolioPath, root)
  if (!wholePortfolio) {
    // Checking a few files says nothing about the portfolio's shape: keep
    // only the checks about each document itself.
    for (const [where, findings] of cross.findings) {
      const own = findings.filter((finding) => PER_DOCUMENT_CHECKS.has(finding.ruleId))
      if (own.length > 0) cross.findings.set(where, own)
      else cross.findings.delete(where)
    }
  }

  const scoreStarted = timings ? performance.now() : 0
  timings?.add('cross-document', scoreStarted - crossStarted)
  const results: FileResult[] = []
  const scores: DocumentScore[] = []
  for (const doc of documents) {
    const messages = [...doc.analysis.messages, ...(cross.findings.get(doc.path) ?? [])]
    cross.findings.delete(doc.path)
    sortFindings(messages)
    results.push({ path: doc.path, kind: doc.analysis.kind, title: doc.analysis.title, messages })
    scores.push(scoreDocument(doc.path, doc.analysis, messages, config))
  }
  for (const [skippedPath, finding] of discovery.skipped) {
    results.push({ path: skippedPath, kind: undefined, title: undefined, messages: [finding] })
  }
  // What is left belongs to no one file: it goes on the portfolio folder.
  for (const [folder, findings] of cross.findings) {
    results.push({
      path: folder,
      kind: undefined,
      title: undefined,
      messages: sortFindings(findings),
    })
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  let errorCount = 0
  let warningCount = 0
  for (const result of results) {
    for (const message of result.messages) {
      // Cross-document messages quote titles and paths: the contract says one line.
      message.message = oneLine(message.message)
      if (message.severity === 'error') errorCount++
      else warningCount++
    }
  }
  const scoreParts = portfolioScoreParts(
    scores,
    cross.checklist,
    cross.principles,
    cross.readySystems,
    config,
  )
  timings?.add('score', performance.now() - scoreStarted)
  const failUnder = options.failUnder ?? config.thresholds.failUnder
  const result: PortfolioResult = {
    files: results,
    errorCount,
    warningCount,
    score: scoreParts.score,
    scoreParts,
    failUnder,
    passed: scoreParts.score >= failUnder,
    documents: scores,
    checklist: cross.checklist,
    principles: cross.principles,
    stats,
  }
  // Stored only when every file's content is known: not with a file over the size limit, a
  // binary one, or one over its time budget (which may pass on a faster run).
  const storable = reuse && cache && contentKeys.every((key) => key !== undefined)
  const targets = [...cross.targets]
  return {
    result,
    documents,
    config,
    portfolioPath: discovery.portfolioPath,
    wholePortfolio,
    ...(timings ? { timing: timings.report(workerCount) } : {}),
    ...(storable ? { store: () => cache.storeRun(runKey(), targets) } : {}),
  }
}

/** The key of a stored run: a hash of every input listed. */
function runKeyOf(extra: string, inputs: Record<string, unknown>): string {
  return createHash('sha256')
    .update(extra)
    .update('\0')
    .update(JSON.stringify(inputs))
    .digest('hex')
}
