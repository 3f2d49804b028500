/**
 * @techfolio/summary: every way a PortfolioReport is shown. Stream renderers
 * (`COMMAND_FORMATS`) print lint, score and check output; artifact renderers
 * (`ARTIFACT_RENDERERS`) produce the files of `techfolio summary --out DIR`.
 */
export {
  COMMENT_MARKER_VERSION,
  type CommentMarker,
  type CommentOptions,
  changedDocuments,
  commentMarker,
  escapeHtmlText,
  escapeMarkdown,
  GITHUB_COMMENT_LIMIT,
  parseCommentMarker,
  renderComment,
} from './comment.js'
export * from './contract.js'
export * from './registry.js'
export { checkGithub, checkJson, checkText } from './render/check.js'
export {
  escapeData,
  escapeProperty,
  formatGithub,
  githubAnnotations,
  neutraliseCommands,
} from './render/github.js'
export {
  formatLintJson,
  type LintJson,
  type LintJsonMessage,
  type LintResult,
  lintFiles,
  lintJson,
  lintView,
  toLintJson,
} from './render/lint-json.js'
export { formatLintText, lintText } from './render/lint-text.js'
export {
  formatSarif,
  type RuleMeta,
  type SarifOptions,
  sarif,
  toRelativeUri,
  toSarif,
} from './render/sarif.js'
export {
  formatScoreJson,
  type ScoreJson,
  type ScoreResult,
  scoreJson,
  toScoreJson,
} from './render/score-json.js'
export { formatScoreText, type ScoreTextResult, scoreText } from './render/score-text.js'
