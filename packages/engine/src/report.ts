/**
 * `check(options)`: the engine's one public entry. It runs the portfolio once
 * and composes everything a face needs (the CLI, the summary renderers, the
 * Action) into one `PortfolioReport`, so no face recounts, reloads the config
 * or decides pass/fail on its own. Like changesets' `getReleasePlan`: a short
 * composition over what the run already computed.
 */
import { createRequire } from 'node:module'
import { RULE_CATALOG, ruleDocsUrl } from '@techfolio/remark-lint-portfolio/catalog'
import type { FileAnalysis } from './analyse.js'
import type { RunStore } from './cache.js'
import { ENGINE_CHECKS } from './checks-meta.js'
import type { Level, TechfolioConfig } from './config.js'
import type { BaselineGap, Figure, FigureChange } from './figures.js'
import {
  type DetailedRun,
  type ReusedRun,
  type ReuseOptions,
  runDetailed,
  runOrReuse,
} from './run.js'
import type { SignalEvidence, SignalId } from './signals.js'
import type { TimingReport } from './timing.js'
import type {
  ChecklistItem,
  DocumentKind,
  DocumentScore,
  FileResult,
  Finding,
  MessageSeverity,
  PortfolioScoreParts,
  PrincipleCoverage,
  RunOptions,
  ScoreCheck,
} from './types.js'

/** Bumped when a report field is renamed or removed; within a version fields are only added. */
export const REPORT_SCHEMA_VERSION = 1

/**
 * More principles than this on one story is flagged in the story bank. In a
 * loop each interviewer asks about two or three principles, one story each;
 * a story claimed for five or more cannot go deep on any of them, and the
 * loop hears it twice.
 */
export const MAX_PRINCIPLES_PER_STORY = 4

/** Kinds that map other documents rather than tell a story (not counted as stories). */
const META_KINDS: ReadonlySet<DocumentKind | undefined> = new Set([
  'executive-summary',
  'story-bank',
])

export interface CheckOptions extends RunOptions {
  /** More warnings than this fail the verdict (reason `max-warnings`). */
  maxWarnings?: number
}

/** One requirement of a document's kind (a required section, matched on meaning). */
export interface Requirement {
  /** The guide's name for it, e.g. `Scale`, `Options Considered`. */
  name: string
  met: boolean
  /** Missing: `error`, or `warning` when only weakly stated. */
  severity?: MessageSeverity
  /** Missing: what the finding says, without its place. */
  detail?: string
  /** Missing: where the finding is. */
  line?: number
}

/** A document with its facts, its score and its checks. */
export interface ReportDocument {
  /** Relative to the current directory, `/`-separated. */
  path: string
  kind: DocumentKind | undefined
  title: string | undefined
  /** Front matter `focus:`, when a string. */
  focus: string | undefined
  /** Canonical Leadership Principle names from its front matter. */
  principles: string[]
  /** Counts towards principle coverage: not the executive summary, not the story bank. */
  story: boolean
  /** A story claiming more than `thresholds.maxPrinciplesPerStory` principles. */
  tooManyPrinciples: boolean
  /** Integer 0-100. */
  score: number
  checks: ScoreCheck[]
  /** How many of `checks` failed. */
  failedChecks: number
  /** Its kind's required sections, met or missing, in the guide's order. */
  requirements: Requirement[]
  errorCount: number
  warningCount: number
  hasDiagram: boolean
  /** Every figure it states, with line. */
  figures: Figure[]
  /** Every before → after change, what it computes to, and whether a stated figure agrees. */
  changes: FigureChange[]
  /** Relative figures with no before and after to compute them from. */
  baselineGaps: BaselineGap[]
  /** Writing and scope signals found, first places each (see `SIGNAL_IDS`). */
  signals: SignalEvidence[]
}

export interface ReportThresholds {
  /** Score under this fails the verdict (reason `fail-under`); 0: never. */
  failUnder: number
  /** More warnings than this fail the verdict; undefined: no limit. */
  maxWarnings: number | undefined
  minStoriesPerPrinciple: number
  maxPrinciplesPerStory: number
  systems: { min: number; max: number }
  technicalArtifacts: number
  leadershipEvidence: number
}

/** Why the verdict failed; every face explains a failure from these, never recomputes one. */
export type VerdictReason =
  | { id: 'errors'; count: number; message: string }
  | { id: 'fail-under'; score: number; failUnder: number; message: string }
  | { id: 'max-warnings'; count: number; maxWarnings: number; message: string }

export interface Verdict {
  /** No reason to fail. */
  passed: boolean
  reasons: VerdictReason[]
}

/** A rule or check techfolio knows, for SARIF, `explain` and links in reports. */
export interface RuleCatalogEntry {
  id: string
  /** One line: what it checks. */
  summary: string
  url: string
  severity: MessageSeverity
  /** `document`: a lint rule; `portfolio`: a cross-document check; `file`: about reading a file. */
  scope: 'document' | 'portfolio' | 'file'
}

/** One scope signal of the guide's levels, with the places that show it. */
export interface LevelSignal {
  id: Extract<
    SignalId,
    'team-ownership' | 'component-design' | 'multi-team' | 'org-wide' | 'multi-year'
  >
  /** e.g. `Team-level ownership`. */
  label: string
  /** The level it is evidence for. */
  level: Level
  /** Expected at the target level (L6 signals are expected at L7 too). */
  expected: boolean
  /** Where it was found, in path order; empty when absent. */
  evidence: { path: string; line: number; column: number; text: string }[]
}

export interface PortfolioReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  tool: { name: 'techfolio'; version: string }
  /** Target level from the config. */
  level: Level
  /** The folder portfolio-wide findings belong to. */
  portfolioPath: string
  /** The paths covered the whole portfolio, so portfolio-wide checks ran. */
  wholePortfolio: boolean
  /** Integer 0-100: completeness × quality. */
  score: number
  scoreParts: PortfolioScoreParts
  thresholds: ReportThresholds
  verdict: Verdict
  /** Every finding, file and portfolio-wide. */
  errorCount: number
  warningCount: number
  /** Every document read, in the order the files were found (path order within a folder). */
  documents: ReportDocument[]
  /** Findings on one file each (documents, and skipped links), every file in path order. */
  files: FileResult[]
  /** Findings about the portfolio as a whole, reported on `portfolioPath`. */
  portfolioFindings: Finding[]
  checklist: ChecklistItem[]
  /** How many checklist items are done. */
  checklistDone: number
  principles: PrincipleCoverage[]
  levelSignals: LevelSignal[]
  /** Every rule and check techfolio knows. */
  rules: RuleCatalogEntry[]
  /** How much work the run did (files, parsed, from cache, workers). */
  stats: { files: number; parsed: number; fromCache: number; workers: number }
  /** With `timing`: time per phase and per rule, slowest rule first (`--timing`). */
  timing?: TimingReport
}

const requireJson = createRequire(import.meta.url)
// By the package's name, not '../package.json': bundled into the CLI, this
// module no longer sits in the engine's folder.
const VERSION = (requireJson('@techfolio/engine/package.json') as { version: string }).version

const LEVEL_SIGNALS: readonly Omit<LevelSignal, 'expected' | 'evidence'>[] = [
  { id: 'team-ownership', label: 'Team-level ownership', level: 'L6' },
  { id: 'component-design', label: 'Component or service design', level: 'L6' },
  { id: 'multi-team', label: 'Work across several teams', level: 'L7' },
  { id: 'org-wide', label: 'Organisation-wide adoption', level: 'L7' },
  { id: 'multi-year', label: 'Multi-year strategy', level: 'L7' },
]

const REQUIRED_SECTIONS = 'portfolio-required-sections:'

/** Every rule and engine check, with its documentation and default severity. */
export function ruleCatalog(): RuleCatalogEntry[] {
  return [
    ...RULE_CATALOG.map((rule) => ({
      id: rule.id,
      summary: rule.summary,
      url: ruleDocsUrl(rule.id),
      severity: rule.severity === 'warn' ? ('warning' as const) : ('error' as const),
      scope: 'document' as const,
    })),
    ...ENGINE_CHECKS.map((check) => ({
      id: check.id,
      summary: check.summary,
      url: check.url,
      severity: check.severity,
      scope: check.scope,
    })),
  ]
}

function requirementsOf(checks: readonly ScoreCheck[]): Requirement[] {
  return checks
    .filter((check) => check.id.startsWith(REQUIRED_SECTIONS))
    .map((check) => ({
      name: check.id.slice(REQUIRED_SECTIONS.length),
      met: check.passed,
      ...(check.passed
        ? {}
        : {
            ...(check.severity ? { severity: check.severity } : {}),
            ...(check.detail !== undefined ? { detail: check.detail } : {}),
            ...(check.line !== undefined ? { line: check.line } : {}),
          }),
    }))
}

function toDocument(
  score: DocumentScore,
  analysis: FileAnalysis,
  file: FileResult | undefined,
): ReportDocument {
  const story = analysis.kind !== undefined && !META_KINDS.has(analysis.kind)
  let errorCount = 0
  let warningCount = 0
  for (const finding of file?.messages ?? []) {
    if (finding.severity === 'error') errorCount++
    else warningCount++
  }
  return {
    path: score.path,
    kind: score.kind,
    title: score.title,
    focus: analysis.focus,
    principles: [...analysis.principles],
    story,
    tooManyPrinciples: story && analysis.principles.length > MAX_PRINCIPLES_PER_STORY,
    score: score.score,
    checks: score.checks,
    failedChecks: score.checks.filter((check) => !check.passed).length,
    requirements: requirementsOf(score.checks),
    errorCount,
    warningCount,
    hasDiagram: analysis.hasDiagram,
    figures: analysis.figures,
    changes: analysis.changes,
    baselineGaps: analysis.baselineGaps,
    signals: analysis.signals,
  }
}

function levelSignals(level: Level, documents: readonly ReportDocument[]): LevelSignal[] {
  return LEVEL_SIGNALS.map((signal) => ({
    ...signal,
    expected: signal.level === 'L6' || level === 'L7',
    evidence: documents.flatMap((document) =>
      document.signals
        .filter((found) => found.id === signal.id)
        .map((found) => ({
          path: document.path,
          line: found.line,
          column: found.column,
          text: found.text,
        })),
    ),
  }))
}

function verdictOf(
  score: number,
  errorCount: number,
  warningCount: number,
  failUnder: number,
  maxWarnings: number | undefined,
): Verdict {
  const reasons: VerdictReason[] = []
  if (errorCount > 0) {
    reasons.push({
      id: 'errors',
      count: errorCount,
      message: `${errorCount} finding${errorCount === 1 ? '' : 's'} at error severity: expected none`,
    })
  }
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    reasons.push({
      id: 'max-warnings',
      count: warningCount,
      maxWarnings,
      message: `${warningCount} warnings, more than --max-warnings ${maxWarnings} allows`,
    })
  }
  if (score < failUnder) {
    reasons.push({
      id: 'fail-under',
      score,
      failUnder,
      message: `portfolio score ${score} is under ${failUnder}`,
    })
  }
  return { passed: reasons.length === 0, reasons }
}

function thresholdsOf(
  config: TechfolioConfig,
  failUnder: number,
  maxWarnings: number | undefined,
): ReportThresholds {
  const { thresholds } = config
  return {
    failUnder,
    maxWarnings,
    minStoriesPerPrinciple: thresholds.minStoriesPerPrinciple,
    maxPrinciplesPerStory: MAX_PRINCIPLES_PER_STORY,
    systems: { ...thresholds.systems },
    technicalArtifacts: thresholds.technicalArtifacts,
    leadershipEvidence: thresholds.leadershipEvidence,
  }
}

/**
 * Lints, checks and scores a portfolio and returns the one report every face
 * renders. Throws InputError, ConfigError or UsageError (`exitCode` 2) for bad
 * input; never for bad Markdown.
 */
export async function check(options: CheckOptions): Promise<PortfolioReport> {
  return reportOf(await runDetailed(options), options)
}

/** A report to render, with where to store the rendering for the next run with the same inputs. */
export interface CheckedReport {
  report: PortfolioReport
  /** Absent when the cache is off or the run cannot be stored (a file over a limit). */
  store?: () => RunStore
}

/**
 * As check(), for a caller that renders the report and would print the same
 * output again while nothing changed (the CLI): when every input is as a
 * stored run had it (each file by its trusted stat, the files found, the link
 * targets, the options and the caller's `extra`), returns that run's output
 * and meta without loading any analysis; else the report, and `store` for
 * the caller to write its output to.
 */
export async function checkOrReuse(
  options: CheckOptions,
  reuse: ReuseOptions,
): Promise<CheckedReport | ReusedRun> {
  const run = await runOrReuse(options, {
    ...reuse,
    extra: JSON.stringify([REPORT_SCHEMA_VERSION, VERSION, options.maxWarnings, reuse.extra]),
  })
  if ('reused' in run) return run
  return { report: reportOf(run, options), ...(run.store ? { store: run.store } : {}) }
}

function reportOf(run: DetailedRun, options: CheckOptions): PortfolioReport {
  const { result, config } = run
  const analyses = new Map(run.documents.map((doc) => [doc.path, doc.analysis]))
  const filesByPath = new Map(result.files.map((file) => [file.path, file]))
  const documents = result.documents.map((score) => {
    const analysis = analyses.get(score.path) as FileAnalysis
    return toDocument(score, analysis, filesByPath.get(score.path))
  })
  const documentPaths = new Set(documents.map((document) => document.path))
  // The portfolio folder's entry holds the portfolio-wide findings; a folder is never a document.
  const portfolioEntry = result.files.find(
    (file) => file.path === run.portfolioPath && !documentPaths.has(file.path),
  )
  const files = result.files.filter((file) => file !== portfolioEntry)
  const maxWarnings = options.maxWarnings
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'techfolio', version: VERSION },
    level: config.level,
    portfolioPath: run.portfolioPath,
    wholePortfolio: run.wholePortfolio,
    score: result.score,
    scoreParts: result.scoreParts,
    thresholds: thresholdsOf(config, result.failUnder, maxWarnings),
    verdict: verdictOf(
      result.score,
      result.errorCount,
      result.warningCount,
      result.failUnder,
      maxWarnings,
    ),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    documents,
    files,
    portfolioFindings: portfolioEntry?.messages ?? [],
    checklist: result.checklist,
    checklistDone: result.checklist.filter((item) => item.done).length,
    principles: result.principles,
    levelSignals: levelSignals(config.level, documents),
    rules: ruleCatalog(),
    stats: result.stats,
    ...(run.timing ? { timing: run.timing } : {}),
  }
}
