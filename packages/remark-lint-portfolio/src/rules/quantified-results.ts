/**
 * ## portfolio-quantified-results
 *
 * A result an interviewer can believe is a measured one. The results section
 * of every kind that has one (“Results”, “Outcome”, “Measurable Outcomes”,
 * “Results & Impact”, “Project Outcomes”, the STAR “Result”…) must state:
 *
 * - at least `minMetrics` **quantified results**: figures with a unit or of
 *   something: durations (`150ms`, `2s`, `45min`, `6 months`), percentages
 *   and points (`40%`, `40 per cent`, `+7pp`), money (`$40K`, `$2M`), multipliers (`10x`),
 *   rates (`9/month`, `100M requests/day`, `500 rps`), ratings (`4.1/5`),
 *   data sizes (`5 TB`) and counts (`8 engineers`, `zero downtime`; a
 *   count is of the noun after the words that qualify it, `12 senior
 *   engineers`, `1.2M monthly active users`, and a rate may follow a
 *   two-word noun, `2,400 card payments a second`). A
 *   before → after pair counts once, and a percentage stated for it (“(93%
 *   improvement)”) does not count again. Bare numbers, years, versions and
 *   names such as `P99` or `Q2` are not results, except in a before → after
 *   table row whose label says what they measure (`| Pages per week | 31 |
 *   7 |`): that row is one result. Numbers may be written as
 *   words when they count or measure something: “four engineers”, “two
 *   weeks”, “a dozen services”, “twenty-two teams”, “twelve per cent”, or
 *   either end of a change (“from three people to four”, “from three
 *   leavers to none”). “One” counts only after a word that counts it (“in
 *   one week”, “down to one engineer”, “from one team to two”); “one of
 *   the”, “no one”, “the one thing”, “one day”, “at one point”, “two-way
 *   door” and “one-to-ones” are prose;
 * - for kinds whose story is a change, at least one **before → after** pair:
 *   `2s → 150ms`, `2s -> 150ms`, `85% → 92%`, `from 9/month to 2/month`,
 *   `from about 40,000 a month to 6,500`, `from up to eleven days to a
 *   median of 9 minutes`, `3 days, down from 14`, `up from 2.1%`, `$254K a
 *   month, down from $410K` (an end without a rate takes the other's), `180 ms vs 420 ms`,
 *   `0.2% compared with the baseline of 1.5%`, `0.2% against a 1.5%
 *   baseline`, `2 days (previously 3 weeks)`, `from 9 hours on the old
 *   table to 38 minutes` (up to six words between), a time of day moved
 *   (`cut delivery from 07:30 to 05:00`, with a verb such as moved, cut or
 *   brought; `from 04:12 to 06:52 UTC` alone is a window, not a change), `beating the previous record
 *   of 6,500 rps`, `2.4M orders an hour, 4x last year's peak of 600K`, or a
 *   table: columns Before | After (Baseline | Now, Old | New…; an OKR's
 *   Baseline | Target | Actual reads Baseline → Actual), rows named
 *   Before and After (a metric a column), or rows of a metric with two
 *   values.
 *
 * “Search got much better” is a finding. Each message sits on the results
 * section's heading (or bold label). A missing results section is left to
 * `portfolio-required-sections`.
 *
 * A decision record's measured results may sit in MADR 4's `Confirmation`
 * (how the decision was checked), or in an outcome added once the decision
 * has run (“Outcome after six months”, “Results”, “Follow-up”, “What
 * happened”), as well as,
 * or instead of, its `Consequences`: these are read as one results section,
 * and a message names each.
 *
 * Options:
 *
 * - `minMetrics` (`number`, default `2`);
 * - `requireChange` (`boolean` or a list of kinds, default the kinds told as
 *   a change: `case-study`, `decision-record`, `excellence-initiative`,
 *   `post-mortem`): `true` requires a before → after pair in every kind,
 *   `false` in none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   **Result**:
 *
 *   - 90th percentile latency: 2s → 150ms (93% improvement)
 *   - Cost savings: $40K/month
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Ward scheduling outage
 *   ---
 *
 *   ## What changed afterwards
 *
 *   | Measure            | Before  | After  |
 *   | ------------------ | ------- | ------ |
 *   | Wait for a slot    | 14 days | 3 days |
 *   | Double bookings    | 9/month | 0/month |
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Black Friday
 *   ---
 *
 *   **Outcome:** 2.4M orders an hour, 4x last year's peak of 600K, with p95
 *   at 180 ms vs 420 ms the year before.
 *
 * @example
 *   {"name": "ok-team.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a tech lead
 *   ---
 *
 *   ## Results & Impact
 *
 *   Sarah led a team of 8 engineers to a launch with 99.5% uptime.
 *
 * @example
 *   {"name": "ok-words.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a ward-systems engineer
 *   ---
 *
 *   ## Outcome
 *
 *   She took the on-call rota from three people to four and has since led
 *   two major incidents.
 *
 * @example
 *   {"name": "ok-madr-confirmation.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Use Feast on Redis as the online feature store
 *   ---
 *
 *   ## Decision Outcome
 *
 *   Chosen option: "Feast with Redis", because it meets the latency budget.
 *
 *   ### Consequences
 *
 *   * Good, because training and serving share one definition
 *   * Bad, because we run Feast ourselves
 *
 *   ### Confirmation
 *
 *   p99 read latency is 4.1 ms at 31K reads/s, and the monthly bill is $9K
 *   against the $38K the managed product quoted.
 *
 * @example
 *   {"name": "madr-unmeasured.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Adopt OpenTelemetry for tracing
 *   ---
 *
 *   ## Decision Outcome
 *
 *   Chosen option: "OpenTelemetry", because it is vendor-neutral.
 *
 *   ### Consequences
 *
 *   * Good, because traces are nicer to read
 *
 *   ### Confirmation
 *
 *   The platform team reviews adoption at the quarterly architecture review.
 *
 * @example
 *   {"name": "madr-unmeasured.md", "label": "output"}
 *
 *   10:1: `Consequences` with `Confirmation` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)
 *   10:1: `Consequences` with `Confirmation` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month
 *
 * @example
 *   {"name": "vague.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Split the monolith
 *   ---
 *
 *   ## Results (12 months later)
 *
 *   Search got much better and the teams in Q2 2023 were happier.
 *
 * @example
 *   {"name": "vague.md", "label": "output"}
 *
 *   6:1: `Results (12 months later)` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)
 *   6:1: `Results (12 months later)` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month
 *
 * @example
 *   {"name": "one.md", "label": "input", "config": {"minMetrics": 3, "requireChange": false}}
 *
 *   ---
 *   kind: excellence-initiative
 *   title: Engineering excellence
 *   ---
 *
 *   **Measurable Outcomes**: incidents 8/month → 2/month, and 12 services onboarded.
 *
 * @example
 *   {"name": "one.md", "label": "output"}
 *
 *   6:1: `Measurable Outcomes` states 2 quantified results; expected at least 3 (figures with units: 150ms, 40%, $40K/month, 8 engineers)
 */

import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import type { DocumentKind } from '../knowledge/kinds.js'
import { blockClaims, isMeasurable } from '../knowledge/metrics.js'
import { tablesChanges } from '../knowledge/metrics-tables.js'
import { portfolioRule } from '../knowledge/rule.js'
import { outline, type Section, sectionsWithRole } from '../knowledge/sections.js'
import { joinRuns, placeAt, type TextBlock, textBlocks, textRuns } from '../knowledge/text.js'

export interface QuantifiedResultsOptions {
  minMetrics?: number
  requireChange?: boolean | DocumentKind[]
}

export const CHANGE_KINDS: readonly DocumentKind[] = [
  'case-study',
  'decision-record',
  'excellence-initiative',
  'post-mortem',
]

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'blockquote',
  'code',
  'html',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
  'yaml',
])

/** The text blocks of a section: its blocks, and the inline rest of a bold label's paragraph as one. */
function sectionBlocks(section: Section, file: VFile): TextBlock[] {
  const blocks: TextBlock[] = []
  const inline = section.content.filter((node) => !BLOCK_TYPES.has(node.type))
  if (inline.length > 0) {
    const runs = inline.flatMap((node) =>
      textRuns(node, file, { types: ['text', 'inlineCode', 'break'] }),
    )
    blocks.push(joinRuns(section.node as Nodes, runs))
  }
  for (const node of section.content) {
    if (BLOCK_TYPES.has(node.type)) blocks.push(...textBlocks(node, file))
  }
  return blocks
}

/**
 * The headings a decision record's measured results go under: MADR 4's
 * Consequences and Confirmation, and the outcome a record adds once the
 * decision has run ("Outcome after six months", "Results", "Follow-up").
 * Not MADR's "Decision Outcome": that is the decision.
 */
const RECORD_RESULTS =
  /^(?:consequences?|confirmation|validation)$|^(?:outcomes?|results?|impact|follow up|review|retrospective|what happened|in practice|how it went)(?: (?:after|since|so far|to date|at|next)\b.*)?$/

/**
 * The sections read with a decision record's results section: in MADR 4 the
 * figures of a decision's outcome may sit in `### Confirmation` beside
 * `### Consequences` (or the other way round), so the two are one result.
 * Sections nested in one another are read once.
 */
function readTogether(tree: Root, kind: DocumentKind, section: Section): Section[] {
  if (kind !== 'decision-record' || !RECORD_RESULTS.test(section.key)) return []
  return outline(tree).filter(
    (other) =>
      other !== section &&
      RECORD_RESULTS.test(other.key) &&
      !section.content.includes(other.node) &&
      !other.content.includes(section.node),
  )
}

/** Quantified results and before → after pairs in some text blocks. */
export function countResults(blocks: readonly TextBlock[]): { metrics: number; changes: number } {
  let metrics = 0
  let changes = 0
  for (const block of blocks) {
    const claims = blockClaims(block)
    const covered = new Set<number>()
    for (const change of claims.changes) {
      covered.add(change.before.start)
      covered.add(change.after.start)
    }
    for (const relative of claims.relatives) {
      if (relative.change) covered.add(relative.quantity.start)
    }
    changes += claims.changes.length
    metrics += claims.changes.length
    for (const quantity of claims.quantities) {
      if (!covered.has(quantity.start) && isMeasurable(quantity)) metrics++
    }
  }
  return { metrics, changes }
}

function check(tree: Root, file: VFile, options: QuantifiedResultsOptions | undefined): void {
  const { spec } = documentContext(tree)
  if (!spec) return
  const minMetrics =
    typeof options?.minMetrics === 'number' && Number.isFinite(options.minMetrics)
      ? options.minMetrics
      : 2
  const requireChange = options?.requireChange ?? CHANGE_KINDS
  const changeRequired =
    requireChange === true ||
    (Array.isArray(requireChange) && (requireChange as readonly string[]).includes(spec.kind))
  for (const section of sectionsWithRole(tree, spec, 'results')) {
    const together = [section, ...readTogether(tree, spec.kind, section)]
    const counted = countResults(together.flatMap((read) => sectionBlocks(read, file)))
    const tabled = together.flatMap((read) =>
      read.content.flatMap((node) => tablesChanges(node as Nodes, file)),
    )
    // A Before | After table states its changes by column, and its cells with
    // units are already counted as figures. A row of bare numbers
    // ("| Pages per week | 31 | 7 |") is measured by its label: one result.
    const metrics =
      counted.metrics +
      tabled.filter(({ change }) => !isMeasurable(change.before) && !isMeasurable(change.after))
        .length
    const changes = counted.changes + tabled.length
    const place = placeAt(file, section.node.position?.start.offset ?? 0)
    const name = together.map((read) => `\`${read.title.trim()}\``).join(' with ')
    if (metrics < minMetrics) {
      const stated =
        metrics === 0
          ? 'no quantified results'
          : `${metrics} quantified result${metrics === 1 ? '' : 's'}`
      file.message(
        `${name} states ${stated}; expected at least ${minMetrics} (figures with units: 150ms, 40%, $40K/month, 8 engineers)`,
        { place },
      )
    }
    if (changeRequired && changes === 0) {
      file.message(
        `${name} shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month`,
        { place },
      )
    }
  }
}

const remarkLintPortfolioQuantifiedResults = portfolioRule<QuantifiedResultsOptions | undefined>(
  'portfolio-quantified-results',
  check,
)

export default remarkLintPortfolioQuantifiedResults
