/**
 * `@techfolio/cli`: the `techfolio` command. The formatters are exported so
 * other tools can print engine results the same way.
 */
export { colorEnabled, colors } from './color.js'
export { explain, listRules } from './commands/explain.js'
export { initPortfolio } from './commands/init.js'
export { newDocument, nextDecisionNumber, slugify } from './commands/new.js'
export { isTechfolioError, reportError } from './errors.js'
export { escapeData, escapeProperty, formatGithub } from './format/github.js'
export {
  formatLintJson,
  type LintJson,
  type LintJsonMessage,
  toLintJson,
} from './format/lint-json.js'
export { formatLintText } from './format/lint-text.js'
export { formatSarif, type RuleMeta, type SarifOptions, toSarif } from './format/sarif.js'
export { formatScoreJson, type ScoreJson, toScoreJson } from './format/score-json.js'
export { formatScoreText } from './format/score-text.js'
export { KIND_FOLDERS } from './kinds.js'
export { buildProgram, main, VERSION } from './main.js'
export { fillTemplate, generatedTemplate } from './templates.js'
