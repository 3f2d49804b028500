/**
 * What the engine needs to know of the rules and the guide without running
 * them: the rule catalog (ids, severities, what each checks, the kinds it
 * checks), the document kinds and the Leadership Principles. A separate entry
 * (`@techfolio/remark-lint-portfolio/catalog`) so that a run that parses
 * nothing (every file from the cache) loads no parser, no YAML and no rule.
 */
import { DOCUMENT_KINDS, type DocumentKind, KINDS } from './knowledge/kinds.js'

export { ruleDocsUrl } from './knowledge/docs.js'
export { DOCUMENT_KINDS, type DocumentKind } from './knowledge/kinds.js'
export {
  LEADERSHIP_PRINCIPLES,
  type LeadershipPrinciple,
  matchPrinciple,
  suggestPrinciple,
} from './knowledge/principles.js'
export { didYouMean } from './knowledge/suggest.js'

export type Severity = 'error' | 'warn'

/** A rule as the catalog knows it: no plugin, so reading it loads no rule. */
export interface RuleEntry {
  readonly id: string
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
export const RULE_CATALOG: readonly RuleEntry[] = [
  {
    id: 'portfolio-front-matter',
    severity: 'error',
    summary:
      'front matter is valid YAML with a known `kind`, and a title (`title:` or a `#` heading)',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-leadership-principles',
    severity: 'error',
    summary:
      '`leadership-principles` names only Amazon’s 16 principles, spelt right and quoted when they hold a comma',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-required-sections',
    severity: 'error',
    summary:
      'every section the guide requires for the kind is present and not empty (STAR accepted for stories)',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-options-considered',
    severity: 'error',
    summary: 'a decision record weighs at least two options, each with pros and cons',
    kinds: ['decision-record'],
  },
  {
    id: 'portfolio-trade-offs',
    severity: 'error',
    summary: 'each technical decision in a system design states its trade-off and its result',
    kinds: ['system'],
  },
  {
    id: 'portfolio-quantified-results',
    severity: 'error',
    summary: 'the results section states measurable outcomes: numbers with units, before → after',
    kinds: RESULT_KINDS,
  },
  {
    id: 'portfolio-metric-arithmetic',
    severity: 'error',
    summary: 'a stated percentage change agrees with its own before and after figures',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-placeholders',
    severity: 'error',
    summary: 'no template text left in: “[e.g., …]”, “<insert …>”, TODO, TBD, ???, XX%, $XM',
    kinds: DOCUMENT_KINDS,
  },
  {
    id: 'portfolio-diagram',
    severity: 'error',
    summary: 'a system design’s architecture overview has a diagram (mermaid block or image)',
    kinds: ['system'],
  },
  {
    id: 'portfolio-summary-length',
    severity: 'error',
    summary: 'the executive summary fits on one page (450 words by default)',
    kinds: ['executive-summary'],
  },
  {
    id: 'portfolio-story-length',
    severity: 'warn',
    summary: 'a story can be told in 3 minutes (at 150 spoken words a minute by default)',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-ownership-voice',
    severity: 'warn',
    summary: 'a story says what *I* did: not mostly “we”, no “was assigned”',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-first-person',
    severity: 'error',
    summary: 'a story says “I” at least once: one told entirely in “we” hides what you did',
    kinds: STORY_KINDS,
  },
  {
    id: 'portfolio-blameless',
    severity: 'error',
    summary: 'a post-mortem names no person as the cause and aims no action item at one person',
    kinds: ['post-mortem'],
  },
  {
    id: 'portfolio-individual-growth',
    severity: 'error',
    summary:
      'a team-development story’s results show the person’s growth (promotion, role, scope or skill), not only project outcomes',
    kinds: ['team-development'],
  },
  {
    id: 'portfolio-code-shown',
    severity: 'error',
    summary:
      'a code-review example shows code: a code block, a diff, or a link to the commit, PR or lines',
    kinds: ['code-review'],
  },
  {
    id: 'portfolio-confidentiality',
    severity: 'error',
    summary:
      'no e-mail addresses, personal ids (MRN, SSN), internal host names, cloud accounts and buckets, ticket ids or private URLs',
    kinds: DOCUMENT_KINDS,
  },
]
