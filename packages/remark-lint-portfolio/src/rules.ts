import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { RULE_CATALOG, type RuleEntry } from './catalog.js'
import blameless from './rules/blameless.js'
import codeShown from './rules/code-shown.js'
import confidentiality from './rules/confidentiality.js'
import diagram from './rules/diagram.js'
import firstPerson from './rules/first-person.js'
import frontMatter from './rules/front-matter.js'
import individualGrowth from './rules/individual-growth.js'
import leadershipPrinciples from './rules/leadership-principles.js'
import metricArithmetic from './rules/metric-arithmetic.js'
import optionsConsidered from './rules/options-considered.js'
import ownershipVoice from './rules/ownership-voice.js'
import placeholders from './rules/placeholders.js'
import quantifiedResults from './rules/quantified-results.js'
import requiredSections from './rules/required-sections.js'
import storyLength from './rules/story-length.js'
import summaryLength from './rules/summary-length.js'
import tradeOffs from './rules/trade-offs.js'

export type { Severity } from './catalog.js'

export interface RuleInfo extends RuleEntry {
  // biome-ignore lint/suspicious/noExplicitAny: rules take different option shapes
  readonly plugin: Plugin<[any?], Root>
}

const PLUGINS: Record<string, RuleInfo['plugin']> = {
  'portfolio-front-matter': frontMatter,
  'portfolio-leadership-principles': leadershipPrinciples,
  'portfolio-required-sections': requiredSections,
  'portfolio-options-considered': optionsConsidered,
  'portfolio-trade-offs': tradeOffs,
  'portfolio-quantified-results': quantifiedResults,
  'portfolio-metric-arithmetic': metricArithmetic,
  'portfolio-placeholders': placeholders,
  'portfolio-diagram': diagram,
  'portfolio-summary-length': summaryLength,
  'portfolio-story-length': storyLength,
  'portfolio-ownership-voice': ownershipVoice,
  'portfolio-first-person': firstPerson,
  'portfolio-blameless': blameless,
  'portfolio-individual-growth': individualGrowth,
  'portfolio-code-shown': codeShown,
  'portfolio-confidentiality': confidentiality,
}

/** Every rule of the preset with its plugin, in the catalog's order. */
export const RULES: readonly RuleInfo[] = RULE_CATALOG.map((entry) => {
  const plugin = PLUGINS[entry.id]
  if (!plugin) throw new Error(`No plugin for rule ${entry.id}`)
  return { ...entry, plugin }
})

export function ruleById(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id)
}
