/**
 * ## portfolio-trade-offs
 *
 * L6/L7 system design interviews probe trade-offs: what each choice cost and
 * what it bought. The guide writes every technical decision of a system
 * design with both:
 *
 * ```markdown
 * 1. **Microservices vs Monolith**: Chose microservices for team autonomy
 *    - Trade-off: Increased operational complexity for development velocity
 *    - Result: Enabled parallel development, reduced deployment risk
 * ```
 *
 * This rule checks each decision in a system design's Technical Decisions &
 * Trade-offs section (or its synonyms) states its trade-off and its result.
 * Decisions are the section's top-level list items, its sub-headings, bold
 * lead-ins (`**Kafka over SQS**: ...`) followed by their list, or table rows.
 *
 * * The trade-off may be labelled "Trade-off:", "Cost:", "Downside:",
 *   "Drawback:", "The catch:", "Price:", "Risk:", "Cons:", "Negative
 *   consequences", "What it cost" or MADR's `* Bad, because …`; the result
 *   "Result:", "Outcome:", "Impact:", "Payoff:", "Benefit:", "What it
 *   bought" or `* Good, because …`. Labels may be nested items, bold labels,
 *   sub-headings, table columns or inline in the decision's text.
 * * Without labels, the decision's own sentences count: a clause that
 *   states a price paid ("Costs us cross-table joins", "we gave up…", "at
 *   the price of…", "5 months of 6 engineers", "an agreement that took 4
 *   months", "a cluster to run", "we had to build…") is the trade-off, and a clause after it, or a measured
 *   change ("fell from 94 s to 21 s", "ship in days, not a quarter") or a
 *   figure kept ("kept card authorisation at 35 ms p99"), is the result. "X in exchange for Y" states both. A cost that
 *   fell ("egress cost fell 40%") or a loss avoided ("no message lost") is a
 *   result, not a trade-off.
 *
 * A design doc's "Alternatives considered" (or "Options") lists options,
 * most of them rejected, so it is read as a whole: it states the trade-off
 * and the result of the option chosen, in its items or the prose around
 * them ("Trade-off: we run it ourselves in exchange for cost and latency").
 *
 * Reported: each decision missing its trade-off or result (one message per
 * decision, at the decision), and a section with no decisions at all (at the
 * section's heading or label), unless its prose states a trade-off and a
 * result for the one decision it describes. Only system designs are
 * checked; a missing section is left to `portfolio-required-sections`.
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   **Technical Decisions & Trade-offs:**
 *
 *   1. **Microservices vs Monolith**: Chose microservices for team autonomy and scaling
 *      - Trade-off: Increased operational complexity for development velocity
 *      - Result: Enabled parallel development, reduced deployment risk
 *
 *   2. **Real-time vs Batch Processing**: Hybrid approach with event streaming
 *      - Tradeoff: Complex pipeline vs user experience requirements
 *      - Outcome: <100ms recommendation latency with eventual consistency
 *
 * @example
 *   {"name": "ok-headings.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Technical Decisions
 *
 *   ### PostgreSQL and Elasticsearch
 *
 *   PostgreSQL for user data, Elasticsearch for search. **Trade-offs**:
 *   operational overhead vs query performance. **Impact**: p95 queries
 *   under 50ms.
 *
 * @example
 *   {"name": "ok-sentences.md"}
 *
 *   ---
 *   kind: system
 *   title: Render farm
 *   ---
 *
 *   **Trade-offs**:
 *
 *   - *Spot vs on-demand*: spot. We gave up guaranteed capacity; the bill fell from $80K to $31K a month.
 *   - *Hourly vs nightly renders*: hourly. Costs a second queue to run; artists wait 1 hour, not a day.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Technical Decisions & Trade-offs
 *
 *   - **Kafka over SQS**: ordering per partition
 *     - Trade-off: a cluster to run
 *   - **Redis cache**: read-through
 *     - Result: p99 reads 40ms → 4ms
 *   - **Terraform**: everything as code
 *   - **CDN for the catalogue**: egress cost fell from $40K to $22K a month
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   8:1: Decision "Kafka over SQS" states its trade-off but no result: expected a "Result:" line saying what it achieved
 *   10:1: Decision "Redis cache" states its result but no trade-off: expected a "Trade-off:" line saying what it cost
 *   12:1: Decision "Terraform" states neither trade-off nor result: expected "Trade-off:" and "Result:" lines
 *   13:1: Decision "CDN for the catalogue" states its result but no trade-off: expected a "Trade-off:" line saying what it cost
 *
 * @example
 *   {"name": "no-decisions.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Key Decisions
 *
 *   We made many decisions along the way.
 *
 * @example
 *   {"name": "no-decisions.md", "label": "output"}
 *
 *   6:1: "Key Decisions" lists no decisions: expected a list item or sub-heading per decision, each with a trade-off and a result
 *
 * @example
 *   {"name": "other-kind.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Extract payments
 *   ---
 *
 *   ## Technical Decisions
 *
 *   - Extract payments first
 */

import type { Nodes } from 'mdast'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import {
  itemHasLabel,
  labelPattern,
  type SectionItem,
  sectionItems,
  sectionsWithRole,
} from '../knowledge/sections.js'
import {
  COST_LABEL_WORDS,
  GAIN_LABEL_WORDS,
  proseTradeOff,
  unlabelledText,
} from '../knowledge/weighing.js'

/** A section of options rather than decisions: "Alternatives considered", "Options". */
const ALTERNATIVES = /\b(?:alternatives?|options?)\b/i

const TRADE_OFF = labelPattern(COST_LABEL_WORDS)
const RESULT = labelPattern(GAIN_LABEL_WORDS)
const DETAIL = labelPattern([...COST_LABEL_WORDS, ...GAIN_LABEL_WORDS], { anywhere: false })

/** A "Trade-off: ..." or "Result: ..." line belongs to the decision before it. */
function isDetail(text: string): boolean {
  return DETAIL.test(text)
}

/** Text a label claims is read as that label, not as the decision's own sentences. */
function isLabelled(text: string): boolean {
  return TRADE_OFF.test(text) || RESULT.test(text)
}

/**
 * The decision's own sentences, without its name: "*DynamoDB vs MySQL*:
 * DynamoDB. Costs us joins; …" reads from "DynamoDB.", so a name such as
 * "Cost-based routing" is never taken for a cost.
 */
function decisionSentences(item: SectionItem): string {
  const text = unlabelledText(item.content as Nodes[], isLabelled)
  // A sub-heading's name is not part of its content.
  if (!item.content.includes(item.node)) return text
  const name = item.title.replace(/…$/, '')
  const colon = text.search(/:\s|[–—]\s/)
  if (colon !== -1 && colon <= 200 && text.slice(0, colon).trim().startsWith(name.slice(0, 20))) {
    return text.slice(colon + 1)
  }
  return text.startsWith(name) ? text.slice(name.length) : text
}

/** Whether an item states its cost and its result, by label or in its own sentences. */
function weighing(item: SectionItem): { tradeOff: boolean; result: boolean } {
  const labelledCost = itemHasLabel(item, TRADE_OFF)
  const labelledGain = itemHasLabel(item, RESULT)
  if (labelledCost && labelledGain) return { tradeOff: true, result: true }
  const prose = proseTradeOff(decisionSentences(item))
  return { tradeOff: labelledCost || prose.cost, result: labelledGain || prose.gain }
}

const remarkLintPortfolioTradeOffs = portfolioRule('portfolio-trade-offs', (tree, file) => {
  const { spec } = documentContext(tree)
  if (spec?.kind !== 'system') return
  const [section] = sectionsWithRole(tree, spec, 'decisions')
  if (!section) return

  const items = sectionItems(section, isDetail)
  /** The section read as one decision. */
  const whole: SectionItem = { title: section.title, node: section.node, content: section.content }
  // A design doc's "Alternatives considered" lists options, most of them rejected: they
  // have no result of their own. The section states the trade-off and the result of the
  // option it chose, in its items or in the prose around them.
  if (items.length > 0 && ALTERNATIVES.test(section.title)) {
    const { tradeOff, result } = weighing(whole)
    if (tradeOff && result) return
    const missing = tradeOff ? 'a result' : result ? 'a trade-off' : 'a trade-off or a result'
    file.message(
      `"${section.title.trim()}" states ${missing} for none of its options: expected a "Trade-off:" and a "Result:" line for the one chosen`,
      { place: section.node.position },
    )
    return
  }
  if (items.length === 0) {
    // One decision told as prose, with its labels or in its sentences, is still a decision.
    const { tradeOff, result } = weighing(whole)
    if (tradeOff && result) return
    file.message(
      `"${section.title.trim()}" lists no decisions: expected a list item or sub-heading per decision, each with a trade-off and a result`,
      { place: section.node.position },
    )
    return
  }

  for (const item of items) {
    const { tradeOff, result } = weighing(item)
    if (tradeOff && result) continue
    const reason = tradeOff
      ? 'states its trade-off but no result: expected a "Result:" line saying what it achieved'
      : result
        ? 'states its result but no trade-off: expected a "Trade-off:" line saying what it cost'
        : 'states neither trade-off nor result: expected "Trade-off:" and "Result:" lines'
    file.message(`Decision "${item.title}" ${reason}`, { place: item.node.position })
  }
})

export default remarkLintPortfolioTradeOffs
