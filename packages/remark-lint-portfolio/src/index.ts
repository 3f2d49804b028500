import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import type { Preset } from 'unified'
import remarkGfmPortfolio from './gfm.js'
import { RULES } from './rules.js'

/**
 * The portfolio preset: parses front matter and GitHub Flavored Markdown
 * (tables, task lists, literal links), turns on remark-lint (so
 * `<!--lint disable-->` comments work) and every portfolio rule at its
 * default severity.
 */
const remarkPresetLintPortfolio: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGfmPortfolio,
    remarkLint,
    ...RULES.map((rule) => [rule.plugin, [rule.severity]] as [typeof rule.plugin, [string]]),
  ],
}

export default remarkPresetLintPortfolio

export { RULE_CATALOG, type RuleEntry } from './catalog.js'
export { syntaxCanAct } from './gfm.js'
export * from './knowledge/context.js'
export * from './knowledge/diagrams.js'
export * from './knowledge/docs.js'
export * from './knowledge/front-matter.js'
export * from './knowledge/kinds.js'
export * from './knowledge/metrics.js'
export * from './knowledge/metrics-tables.js'
export * from './knowledge/principles.js'
export * from './knowledge/sections.js'
export * from './knowledge/suggest.js'
export * from './knowledge/text.js'
export {
  type IndexedBlock,
  nodesOfType,
  plainText,
  type TreeIndex,
  treeIndex,
} from './knowledge/tree-index.js'
export {
  DEFAULT_MAX_WORDS as SUMMARY_MAX_WORDS,
  type SummaryLengthOptions,
} from './rules/summary-length.js'
export { RULES, type RuleInfo, ruleById, type Severity } from './rules.js'
