import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { DOCUMENT_KINDS, type DocumentKind, KINDS } from './knowledge/kinds.js'
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

export type Severity = 'error' | 'warn'

export interface RuleInfo {
  readonly id: string
  // biome-ignore lint/suspicious/noExplicitAny: rules take different option shapes
  readonly plugin: Plugin<[any?], Root>
  /** Severity the preset turns the rule on with. */
  readonly severity: Severity
  /** One line: what the rule checks. */
  readonly summary: string
  /** Document kinds the rule checks; a rule checks nothing in other kinds. */
  readonly kinds: readonly DocumentKind[]
}

const STORY_KINDS = DOCUMENT_KINDS.filter((kind) => KINDS[kind].story)
const RESULT_KINDS = DOCUMENT_KINDS.filter((kind) =>
  KINDS[kind].structures.some((structure) =>
    structure.sections.some((section) => section.role === 'results'),
  ),
)

/** Every rule of the preset, in the order they run and are documented. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'portfolio-front-matter',
    plugin: frontMatter,
    severity: 'error',
    summary: 'front matter is valid YAML with a known `kind` and a `title`',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-leadership-principles',
    plugin: leadershipPrinciples,
    severity: 'error',
    summary:
      '`leadership-principles` names only Amazon’s 16 principles, spelt right and quoted when they hold a comma',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-required-sections',
    plugin: requiredSections,
    severity: 'error',
    summary:
      'every section the guide requires for the kind is present and not empty (STAR accepted for stories)',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-options-considered',
    plugin: optionsConsidered,
    severity: 'error',
    summary: 'a decision record weighs at least two options, each with pros and cons',
    kinds: ['decision-record'],
  },
  {
    id: 'portfolio-trade-offs',
    plugin: tradeOffs,
    severity: 'error',
    summary: 'each technical decision in a system design states its trade-off and its result',
    kinds: ['system'],
  },
  {
    id: 'portfolio-quantified-results',
    plugin: quantifiedResults,
    severity: 'error',
    summary: 'the results section states measurable outcomes: numbers with units, before → after',
    kinds: RESULT_KINDS,
  },
  {
    id: 'portfolio-metric-arithmetic',
    plugin: metricArithmetic,
    severity: 'error',
    summary: 'a stated percentage change agrees with its own before and after figures',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-placeholders',
    plugin: placeholders,
    severity: 'error',
    summary: 'no template text left in: “[e.g., …]”, TODO, TBD, XX%, $XM',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-diagram',
    plugin: diagram,
    severity: 'error',
    summary: 'a system design’s architecture overview has a diagram (mermaid block or image)',
    kinds: ['system'],
  },
  {
    id: 'portfolio-summary-length',
    plugin: summaryLength,
    severity: 'error',
    summary: 'the executive summary fits on one page (450 words by default)',
    kinds: ['executive-summary'],
  },
  {
    id: 'portfolio-story-length',
    plugin: storyLength,
    severity: 'warn',
    summary: 'a story can be told in 3 minutes (at 150 spoken words a minute by default)',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-ownership-voice',
    plugin: ownershipVoice,
    severity: 'warn',
    summary: 'a story says what *I* did: not mostly “we”, no “was assigned”',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-first-person',
    plugin: firstPerson,
    severity: 'error',
    summary: 'a story says “I” at least once: one told entirely in “we” hides what you did',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-blameless',
    plugin: blameless,
    severity: 'error',
    summary: 'a post-mortem names no person as the cause and aims no action item at one person',
    kinds: ['post-mortem'],
  },
  {
    id: 'portfolio-individual-growth',
    plugin: individualGrowth,
    severity: 'error',
    summary:
      'a team-development story’s results show the person’s growth (promotion, role, scope or skill), not only project outcomes',
    kinds: ['team-development'],
  },
  {
    id: 'portfolio-code-shown',
    plugin: codeShown,
    severity: 'error',
    summary:
      'a code-review example shows code: a code block, a diff, or a link to the commit, PR or lines',
    kinds: ['code-review'],
  },
  {
    id: 'portfolio-confidentiality',
    plugin: confidentiality,
    severity: 'error',
    summary: 'no e-mail addresses, internal host names, ticket ids or private URLs',
    kinds: DOCUMENT_KINDS,
  },
]

export function ruleById(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id)
}
