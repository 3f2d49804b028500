import { ENGINE_CHECKS } from '@techfolio/engine'
import { RULES, ruleDocsUrl } from '@techfolio/remark-lint-portfolio'
import type { RuleMeta } from './format/sarif.js'

/** Every lint rule and engine check (cross-document and file checks), for SARIF's `tool.driver.rules`. */
export function allRuleMeta(): RuleMeta[] {
  return [
    ...RULES.map((rule) => ({
      id: rule.id,
      summary: rule.summary,
      url: ruleDocsUrl(rule.id),
      severity: rule.severity === 'warn' ? ('warning' as const) : ('error' as const),
    })),
    ...ENGINE_CHECKS.map((check) => ({
      id: check.id,
      summary: check.summary,
      url: check.url,
      severity: check.severity,
    })),
  ]
}
