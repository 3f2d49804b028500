import type { Root } from 'mdast'
import { lintRule, type Rule } from 'unified-lint-rule'
import { ruleDocsUrl } from './docs.js'

/**
 * Wraps a rule with its id and docs URL, so every message it emits carries
 * `ruleId`, `source: 'remark-lint'` and `url`.
 */
export function portfolioRule<Options = undefined>(ruleId: string, rule: Rule<Root, Options>) {
  return lintRule<Root, Options>(
    { origin: `remark-lint:${ruleId}`, url: ruleDocsUrl(ruleId) },
    rule,
  )
}
