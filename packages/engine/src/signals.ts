/**
 * What a document says about itself beyond its sections: whether it speaks
 * in the first person, reflects, weighs alternatives, names what a trade-off
 * cost, states its scale, and which scope of work it shows (a team, several
 * teams, the organisation, several years). Read once per file at analysis, so
 * the summary's deep-dive questions and level signals never reread a file.
 *
 * Phrases are matched per text block (paragraph, list item, heading, table
 * cell), code and HTML left out; each signal keeps its first few places.
 */
import { placeAt, plainText } from '@techfolio/remark-lint-portfolio'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type ClaimedBlock, claimedBlocks } from './figures.js'

/** Line breaks and runs of spaces as one space: evidence is quoted on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

import type { SignalId } from './signal-ids.js'

export { SIGNAL_IDS, type SignalId } from './signal-ids.js'

/** One place a signal was found. */
export interface SignalEvidence {
  id: SignalId
  line: number
  column: number
  /** The words matched, as written (at most 80 characters). */
  text: string
}

/** Places kept per signal and document: enough to cite, small enough to cache. */
const KEEP = 3

const PATTERNS: Record<Exclude<SignalId, 'scale' | 'trade-off-cost'>, RegExp> = {
  'first-person': /\b(?:I|I'm|I've|I'd|I’m|I’ve|I’d|my|me)\b/,
  reflection:
    /\b(?:lessons? learn(?:ed|t)|what I learn(?:ed|t)|I learn(?:ed|t)|in hindsight|looking back|(?:would|I'd|I’d) do (?:it )?differently|next time|retrospectives?|takeaways?|reflections?|if I (?:did|had) it again|I (?:now|still) (?:believe|think))\b/i,
  alternatives:
    /\b(?:alternatives?|options? considered|considered options|options:|we considered|I considered|considered (?:using|building|buying)|instead of|rather than|rejected|option [a-z0-9]\b|build (?:vs\.?|versus) buy)/i,
  'trade-off': /\btrade[- ]?offs?\b|\bat the (?:cost|expense) of\b|\bin exchange for\b/i,
  'team-ownership':
    /\b(?:I (?:owned|own|led|lead|ran|was (?:the )?(?:tech(?:nical)? lead|owner|lead|responsible))|(?:tech(?:nical)?|team) lead(?:er)?|my team|I managed)\b/i,
  'component-design':
    /\bI (?:designed|co-designed|architected|built|wrote|drew up|proposed|redesigned|set|defined|chose)\b[^.;]{0,60}?\b(?:design|architecture|service|component|pipeline|api|system|module|platform|engine|schema)s?\b|\b(?:author|architect) of the [\w\s-]{0,40}?(?:design|architecture)\b|\bmy design\b/i,
  'multi-team':
    /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple|many) (?:engineering |product |partner |other )?teams|across teams|cross-team|teams across|other teams)\b/i,
  'org-wide':
    /\b(?:org(?:ani[sz]ation)?[- ]wide|company[- ]wide|engineering[- ]wide|across the (?:org|organi[sz]ation|company|business|division)|adopted by (?:\d+|all|every|several|most)|every team|all (?:engineering )?teams|(?:became|is now) the (?:default|standard))\b/i,
  'multi-year':
    /\b(?:multi-?year|(?:\d+|two|three|four|five)[- ]years? (?:strategy|roadmap|plan|vision|horizon|program(?:me)?)|long[- ]term (?:strategy|vision|roadmap|plan)|over (?:\d+|two|three|four|five) years)\b/i,
}

/** Words that say what a trade-off cost: its other side. */
const COST =
  /\b(?:cost(?:s|ly)?|downsides?|drawbacks?|cons?|penalty|expense|slower|complexity|overhead|risks?|gave up|giving up|sacrific\w*|price|lost|losing|harder|more expensive|in exchange|at the (?:cost|expense) of|worse|latency|accepted|accepting)\b/i

/** A lead-in that states the other side: `Trade-off: base prices can be 15 minutes stale`. */
const COST_LEAD_IN =
  /\b(?:trade[- ]?offs?|costs?|downsides?|cons|drawbacks?|price|consequences?|negative)\s*[:—–]\s*\S+(?:\s+\S+){2,}/i

const TRADE_OFF_HEADING = /\btrade[- ]?offs?\b|\bconsequences\b|\bcons\b/i

/** A scale figure: a rate (`12K requests/s`), a size in data units, or a count in the thousands. */
function scaleFigure(claims: ClaimedBlock['claims']): { start: number; text: string } | undefined {
  for (const quantity of claims.quantities) {
    if (quantity.upTo !== undefined && quantity.dimension !== 'count') continue
    if (
      quantity.per !== undefined ||
      quantity.dimension === 'data' ||
      (quantity.dimension === 'count' && quantity.value >= 1000)
    ) {
      return { start: quantity.start, text: quantity.text }
    }
  }
  return undefined
}

/** Every signal in a document, at most a few places each, in document order. */
export function extractSignals(
  tree: Root,
  file: VFile,
  blocks: readonly ClaimedBlock[] = claimedBlocks(tree, file),
): SignalEvidence[] {
  const found = new Map<SignalId, SignalEvidence[]>()
  const add = (id: SignalId, place: { line: number; column: number }, text: string) => {
    const list = found.get(id) ?? []
    if (list.length >= KEEP) return
    list.push({ id, line: place.line, column: place.column, text: oneLine(text).slice(0, 80) })
    found.set(id, list)
  }
  let underTradeOffHeading = false
  for (const { block, claims } of blocks) {
    const at = (offset: number) => placeAt(file, block.offsetOf(offset))
    if (block.node.type === 'heading') {
      underTradeOffHeading = TRADE_OFF_HEADING.test(plainText(block.node))
    }
    for (const [id, pattern] of Object.entries(PATTERNS) as [SignalId, RegExp][]) {
      // A heading saying "Trade-offs" is a section, not a trade-off stated.
      if (id === 'trade-off' && block.node.type === 'heading') continue
      const match = pattern.exec(block.text)
      if (match) add(id, at(match.index), match[0])
    }
    // A "Cons:" or "Downside:" lead-in states a trade-off and its cost at once.
    const leadIn = block.node.type === 'heading' ? null : COST_LEAD_IN.exec(block.text)
    if (leadIn && !PATTERNS['trade-off'].test(block.text))
      add('trade-off', at(leadIn.index), leadIn[0])
    const tradeOff =
      underTradeOffHeading || leadIn !== null || PATTERNS['trade-off'].test(block.text)
    if (tradeOff && block.node.type !== 'heading') {
      if (underTradeOffHeading && !PATTERNS['trade-off'].test(block.text)) {
        add('trade-off', at(0), block.text)
      }
      // The cost must be more than the words that announce the trade-off.
      const rest = block.text.replace(/\btrade[- ]?offs?\b/gi, '')
      const cost = COST.exec(rest)
      if (leadIn) add('trade-off-cost', at(leadIn.index), leadIn[0])
      else if (cost) add('trade-off-cost', at(Math.max(0, block.text.indexOf(cost[0]))), cost[0])
    }
    const scale = scaleFigure(claims)
    if (scale) add('scale', at(scale.start), scale.text)
  }
  const evidence = [...found.values()].flat()
  return evidence.sort((a, b) => a.line - b.line || a.column - b.column)
}
