/**
 * @techfolio/summary: every way a PortfolioReport is shown. Stream renderers
 * (`COMMAND_FORMATS`) print lint, score and check output; artifact renderers
 * (`ARTIFACT_RENDERERS`) produce the files of `techfolio summary --out DIR`.
 */
export { BADGE_FILE, badgeArtifact, badgeColor, renderBadge } from './artifacts/badge.js'
export {
  DEEP_DIVE_FILE,
  type DeepDiveQuestion,
  deepDiveArtifact,
  deepDiveQuestions,
  renderDeepDive,
} from './artifacts/deep-dive.js'
export { LEVEL_FILE, levelArtifact, renderLevel } from './artifacts/level.js'
export { METRICS_FILE, MISMATCH_MARK, metricsArtifact, renderMetrics } from './artifacts/metrics.js'
export { REPORT_JSON_FILE, reportJsonArtifact } from './artifacts/report-json.js'
export { renderStoryBank, STORY_BANK_FILE, storyBankArtifact } from './artifacts/story-bank.js'
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
export { escapeHtml } from './escape.js'
export {
  countSummaryWords,
  EXECUTIVE_SUMMARY_FILE,
  type ExecutiveSummaryOptions,
  executiveSummaryArtifact,
  executiveSummaryDocument,
  renderExecutiveSummary,
  WORD_BUDGET_META,
  WORDS_META,
} from './html/executive-summary.js'
export { type HtmlOptions, PAPERS, type Paper, paperOf } from './html/html.js'
export {
  documentScoreChart,
  principleHeatMap,
  REPORT_HTML_FILE,
  type ReportHtmlOptions,
  renderReportHtml,
  reportHtmlArtifact,
} from './html/report-html.js'
export { documentName, mdCell, mdCode, mdTable, mdText } from './markdown.js'
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
