/**
 * @techfolio/engine: lints, checks and scores a whole Markdown interview
 * portfolio. See the package README for the configuration, weights, cache and
 * worker threads.
 */
export type { FileAnalysis, LinkFact } from './analyse.js'
export { crossDocumentChecks } from './checks.js'
export {
  CHECK_DOCS_BASE,
  CROSS_DOCUMENT_CHECKS,
  checkDocsUrl,
  ENGINE_CHECKS,
  type EngineCheckInfo,
  engineCheckById,
  FILE_CHECKS,
} from './checks-meta.js'
export {
  type CheckSeverity,
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  DEFAULT_WEIGHTS,
  defaultConfigText,
  FALLBACK_WEIGHT,
  findConfigFile,
  type Level,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
  type TechfolioConfig,
  validateConfig,
} from './config.js'
export { discover, findRoot, MARKDOWN_EXTENSIONS } from './discover.js'
export {
  ConfigError,
  EmptyPortfolioError,
  InputError,
  TechfolioError,
  UsageError,
} from './errors.js'
export { extractFigures, type Figure, figureKey, isBacked } from './figures.js'
export { findRemarkrc, loadRemarkPreset, REMARKRC_NAMES } from './remarkrc.js'
export { decodeText, runPortfolio } from './run.js'
export { CONFIG_SCHEMA } from './schema.js'
export {
  CEILING_STEP_PER_ERROR,
  errorCeiling,
  ONE_ERROR_CEILING,
  portfolioScoreParts,
  scoreDocument,
} from './score.js'
export * from './types.js'
