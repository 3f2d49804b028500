/**
 * The engine's public contract. The CLI, the summary renderers and the Action
 * read only these shapes. The JSON the CLI prints (see design.md) is derived
 * from them.
 */
import type { DocumentKind } from '@techfolio/remark-lint-portfolio'

export type MessageSeverity = 'error' | 'warning'

/** One finding, from a lint rule or a cross-document check. */
export interface Finding {
  ruleId: string
  severity: MessageSeverity
  /** One line: what was found and what was expected. */
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** The rule's documentation. */
  url?: string
}

/**
 * One file and its findings. Findings that belong to no one file (no
 * executive summary, too few systems, a principle short of stories, checklist
 * items not done) are reported in a FileResult whose `path` is the portfolio
 * folder (the folder given, or the common folder of the files), with `kind`
 * and `title` undefined. A symbolic link the engine skipped (pointing outside
 * the repository, or broken) is a FileResult on the link's own path with one
 * `portfolio-symlink` warning.
 */
export interface FileResult {
  /** Relative to the current directory, `/`-separated. */
  path: string
  kind: DocumentKind | undefined
  title: string | undefined
  messages: Finding[]
}

/** One weighted check behind a document's score; it is a lint finding's rule, passed or not. */
export interface ScoreCheck {
  id: string
  passed: boolean
  /** When failed: `error` if any of its findings is an error, else `warning` (it then keeps half its weight). */
  severity?: MessageSeverity
  weight: number
  /** Passed: what the check checks. Failed: `line:column: first finding (and N more)`. */
  message: string
  /** Failed: where its first finding is. */
  line?: number
  column?: number
  /** Failed: its first finding's message alone. */
  detail?: string
  /** Failed: how many findings failed it. */
  findings?: number
}

export interface DocumentScore {
  path: string
  kind: DocumentKind | undefined
  title: string | undefined
  /** Integer 0-100. */
  score: number
  checks: ScoreCheck[]
}

export interface ChecklistItem {
  id: string
  label: string
  done: boolean
  /**
   * For the guide's "choose 3-5" technical artifacts and "choose 3-4"
   * leadership evidence: the group the item is one choice of. Such an item
   * counts towards completeness only through its group's threshold.
   */
  group?: 'technical' | 'leadership'
}

export interface PrincipleCoverage {
  name: string
  /** Paths of the documents that claim it, executive summary and story bank included. */
  documents: string[]
  /**
   * Paths of the stories that claim it: every claiming document except the
   * executive summary and the story bank, which map stories rather than tell one.
   */
  stories: string[]
  /** Stories the config asks for (`thresholds.minStoriesPerPrinciple`). */
  required: number
  /** `stories.length >= required`. */
  met: boolean
  /** Claimed by some document or listed in the config's `targetPrinciples`: coverage is checked. */
  targeted: boolean
}

/** The two factors of the portfolio score, each 0-100 (see the engine README). */
export interface PortfolioScoreParts {
  /** Checklist items done plus the systems and principle limits, as a share. */
  completeness: number
  /** Mean document score. */
  quality: number
  /** round(completeness × quality / 100), from the unrounded factors. */
  score: number
}

export interface PortfolioResult {
  /** Every file checked, in path order, with its findings (lint rules and cross-document checks). */
  files: FileResult[]
  errorCount: number
  warningCount: number
  /** Integer 0-100: completeness × quality (see `scoreParts`). */
  score: number
  scoreParts: PortfolioScoreParts
  /** The threshold applied: `RunOptions.failUnder`, else the config's `thresholds.failUnder`. */
  failUnder: number
  /** `score >= failUnder`. */
  passed: boolean
  documents: DocumentScore[]
  checklist: ChecklistItem[]
  principles: PrincipleCoverage[]
  /** How much work this run did: for tests, benchmarks and `--debug`. */
  stats: { files: number; parsed: number; fromCache: number; workers: number }
}

export interface ProgressEvent {
  done: number
  total: number
  path: string
}

export interface RunOptions {
  /** Directory paths are resolved against and reported relative to. */
  cwd: string
  /** Files, folders or globs; default: the config's `paths`, else `portfolio`. */
  paths?: string[]
  /** Explicit config file; otherwise found from `cwd` upwards. */
  configPath?: string
  /** `false` disables the content-hash cache. */
  cache?: boolean
  /** Overrides the cache folder. */
  cacheDir?: string
  /** Worker threads: a number, or 'auto' (default) to use them only when the portfolio is large. */
  workers?: number | 'auto'
  /** Measure time per phase and per rule (`--timing`); off by default, at no cost. */
  timing?: boolean
  onProgress?: (event: ProgressEvent) => void
  /** Overrides the config's `thresholds.failUnder` for `passed`. */
  failUnder?: number
  /**
   * `false`: use the bundled portfolio preset and ignore any `.remarkrc.*`
   * (the bundled Action: a repository's `.remarkrc.mjs` imports packages that
   * are not installed there). Default `true`: the nearest `.remarkrc.*`.
   */
  remarkrc?: boolean
}

export type { DocumentKind }
