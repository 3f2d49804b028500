/**
 * @techfolio/engine: lints, checks and scores a whole Markdown interview
 * portfolio. One entry, `check(options)`, returns the `PortfolioReport` every
 * face renders (CLI, summary, Action). See the package README for the
 * configuration, weights, cache and worker threads.
 */

export { buildOf, type RunStore, type StoredRun } from './cache.js'
export { ENGINE_CHECKS, type EngineCheckInfo } from './checks-meta.js'
export { CONFIG_FILE_NAMES, defaultConfigText, type Level } from './config.js'
// The repository root, for a face that writes files and must stay inside it (`techfolio new`).
export { findRoot } from './discover.js'
export {
  ConfigError,
  EmptyPortfolioError,
  InputError,
  TechfolioError,
  UsageError,
} from './errors.js'
export type { BaselineGap, Figure, FigureChange } from './figures.js'
export {
  type CheckedReport,
  type CheckOptions,
  check,
  checkOrReuse,
  type LevelSignal,
  MAX_PRINCIPLES_PER_STORY,
  type PortfolioReport,
  REPORT_SCHEMA_VERSION,
  type ReportDocument,
  type ReportThresholds,
  type Requirement,
  type RuleCatalogEntry,
  ruleCatalog,
  type Verdict,
  type VerdictReason,
} from './report.js'
export type { ReusedRun, ReuseOptions } from './run.js'
export { SIGNAL_IDS, type SignalId } from './signal-ids.js'
export type { SignalEvidence } from './signals.js'
export {
  formatTiming,
  PHASES,
  type Phase,
  type TimingReport,
} from './timing.js'
export type {
  ChecklistItem,
  DocumentKind,
  FileResult,
  Finding,
  MessageSeverity,
  PortfolioScoreParts,
  PrincipleCoverage,
  ProgressEvent,
  RunOptions,
  ScoreCheck,
} from './types.js'
