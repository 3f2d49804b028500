/**
 * Claims made with figures: before → after changes ("2s → 150ms", "from 9 to
 * 2/month", "3 days, down from 14", "180 ms vs 420 ms") and the relative
 * changes stated for them ("by 60%", "93% improvement", "4x last year's peak").
 */
import { ARROWS, type Token, tokenize, type WordToken } from './metrics-scan.js'
import type { Quantity } from './metrics-units.js'
import type { TextBlock } from './text.js'

export interface Change {
  /** From the start of `before` to the end of `after`. */
  start: number
  end: number
  text: string
  before: Quantity
  after: Quantity
  /**
   * `arrow` for `2s → 150ms` / `2s -> 150ms`; `from-to` for `from 9/month to 2/month`;
   * `comparison` for `3 days, down from 14`, `180 ms vs 420 ms`, `0.2% compared with the
   * baseline of 1.5%`, `2.4M orders, 4x last year's peak of 600K`; `table` for a table row.
   */
  form: 'arrow' | 'from-to' | 'comparison' | 'table'
  /** Both ends measure the same thing, so the change can be computed. */
  comparable: boolean
}

export type Direction = 'increase' | 'decrease'

/** A stated relative change: "by 60%", "93% improvement", "10x faster", "(-93%)". */
export interface RelativeClaim {
  /** The claim as quoted in messages, e.g. `93% improvement`, `by 60%`, `10x faster`. */
  text: string
  start: number
  end: number
  /** The percentage, percentage points or multiplier stated. */
  quantity: Quantity
  /** The change word after the figure, lower case (`improvement`, `faster`), if any. */
  word?: string
  /** The direction the wording claims, when it says one ("reduced", "increase", "-"). */
  direction?: Direction
  /** The verb that introduces it ("reducing latency by 60%" → `reducing`). */
  verb?: string
  /** What changed, when the wording names it ("reducing latency by 60%" → `latency`). */
  subject?: string
  /** The before → after change in the same clause that the claim describes. */
  change?: Change
}

export interface MetricClaims {
  /** Every figure with a unit or a bare number, in order (years and versions left out). */
  quantities: Quantity[]
  /** Before → after pairs. */
  changes: Change[]
  /** Stated relative changes. */
  relatives: RelativeClaim[]
}

// ---------------------------------------------------------------------------
// Changes and relative claims

const DECREASE_WORDS = new Set([
  'reduce',
  'reduced',
  'reduces',
  'reducing',
  'reduction',
  'reductions',
  'decrease',
  'decreased',
  'decreases',
  'decreasing',
  'cut',
  'cuts',
  'cutting',
  'lower',
  'lowered',
  'lowering',
  'lowers',
  'drop',
  'dropped',
  'dropping',
  'drops',
  'fell',
  'fall',
  'falling',
  'decline',
  'declined',
  'declining',
  'less',
  'fewer',
  'shrank',
  'shrunk',
  'shrink',
  'saved',
  'saving',
  'savings',
  'down',
  'eliminated',
  'trimmed',
  'slashed',
])
const INCREASE_WORDS = new Set([
  'increase',
  'increased',
  'increases',
  'increasing',
  'grow',
  'grew',
  'grown',
  'growing',
  'growth',
  'raise',
  'raised',
  'raising',
  'higher',
  'more',
  'up',
  'boost',
  'boosted',
  'boosting',
  'gain',
  'gains',
  'gained',
  'rose',
  'rise',
  'rising',
  'doubled',
  'tripled',
  'expanded',
  'scaled',
])
const NEUTRAL_CHANGE_WORDS = new Set([
  'improvement',
  'improvements',
  'improved',
  'improve',
  'improving',
  'better',
  'faster',
  'quicker',
  'slower',
  'speedup',
  'speed-up',
  'change',
  'uplift',
  'lift',
  'delta',
  'accelerated',
  'sped',
  'worse',
  'regression',
  'degradation',
  'degraded',
])
const CHANGE_VERBS = new Set([...DECREASE_WORDS, ...INCREASE_WORDS, ...NEUTRAL_CHANGE_WORDS])
/** Words after a figure that make it a relative claim ("93% improvement", "10x faster"). */
const AFTER_WORDS = new Set(
  [...CHANGE_VERBS]
    .filter((word) => !['up', 'down', 'more', 'less', 'fewer'].includes(word))
    .concat(['more', 'less', 'fewer', 'drop', 'reduction', 'increase']),
)
/** Verbs that make the figure right after them a relative change: "velocity increased 35%". */
const VERBS_BEFORE_FIGURE = new Set(
  [...CHANGE_VERBS].filter(
    (word) =>
      ![
        'up',
        'down',
        'more',
        'less',
        'fewer',
        'higher',
        'lower',
        'better',
        'worse',
        'faster',
        'slower',
        'quicker',
        'savings',
        'saving',
      ].includes(word),
  ),
)
const HEDGES = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'over',
  'more',
  'than',
  'just',
  'some',
  'an',
  'a',
  'estimated',
])
const CLAUSE_WORDS = new Set([
  'and',
  'while',
  'but',
  'whereas',
  'although',
  'though',
  'plus',
  'yet',
])
/** After a comma, these keep the clause going: ", a 93% improvement", ", from 2s to 150ms". */
const COMMA_CONTINUERS = new Set([
  'a',
  'an',
  'from',
  'down',
  'up',
  'which',
  'i.e.',
  'or',
  'roughly',
  'about',
  'nearly',
  'almost',
  'approximately',
  'by',
])

function directionOf(word: string | undefined): Direction | undefined {
  if (!word) return undefined
  if (DECREASE_WORDS.has(word)) return 'decrease'
  if (INCREASE_WORDS.has(word)) return 'increase'
  return undefined
}

/** Whether two figures measure the same thing, so one can be compared with the other. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.upTo !== undefined || b.upTo !== undefined) return false
  if (a.dimension !== b.dimension) return false
  // Zero of a count is zero at any rate: "zero breaks in 14 months, down from 40 a month".
  const zeroCount = a.dimension === 'count' && (a.value === 0 || b.value === 0)
  if ((a.per === undefined) !== (b.per === undefined) && !zeroCount) return false
  if (
    a.dimension === 'count' &&
    a.unit !== b.unit &&
    singular(a.unit) !== singular(b.unit) &&
    // A count whose noun is said once: "0 breaks, down from 40 a month".
    a.unit !== '' &&
    b.unit !== ''
  )
    return false
  if (a.dimension === 'rating' && a.unit !== b.unit) return false
  return true
}

function singular(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun
}

/**
 * A bare end of a change takes the other end's unit: "3.2 → 4.1/5", "from 9
 * to 2/month"; an end in the same unit without a rate takes the other's rate:
 * "$254K a month, down from $410K".
 */
function withUnitOf(bare: Quantity, other: Quantity): Quantity {
  if (
    bare.dimension === other.dimension &&
    bare.dimension !== 'number' &&
    bare.unit === other.unit &&
    bare.per === undefined &&
    other.per !== undefined &&
    other.value !== 0
  ) {
    return { ...bare, per: other.per, base: bare.value * (other.base / other.value) }
  }
  if (bare.dimension !== 'number' || other.dimension === 'number') return bare
  const factor = other.value === 0 ? 1 : other.base / other.value
  const adopted: Quantity = {
    ...bare,
    dimension: other.dimension,
    unit: other.unit,
    base: bare.value * (Number.isFinite(factor) ? factor : 1),
  }
  if (other.per) adopted.per = other.per
  return adopted
}

export function makeChange(
  text: string,
  before: Quantity,
  after: Quantity,
  form: Change['form'],
): Change {
  const from = withUnitOf(before, after)
  const to = withUnitOf(after, before)
  // A comparison names the new figure first ("3 days, down from 14 days").
  const start = Math.min(before.start, after.start)
  const end = Math.max(before.end, after.end)
  return {
    start,
    end,
    text: text.slice(start, end),
    before: from,
    after: to,
    form,
    comparable: comparable(from, to),
  }
}

/**
 * Figures, before → after changes and stated relative changes in `text`, each
 * with its offsets. Linear in the length of `text`.
 *
 * The engine uses this to check that a figure claimed in the executive summary
 * ("reducing latency by 60%") is backed by another document.
 */
export function extractClaims(text: string): MetricClaims {
  return readClaims(typeof text === 'string' ? text : '')
}

const claimsByBlock = new WeakMap<TextBlock, MetricClaims>()

/**
 * `extractClaims` of a block's text, read once per block: portfolio-metric-arithmetic,
 * portfolio-quantified-results and the engine's figures read the same
 * (shared) blocks. Kept while the block's tree lives; treat as read-only.
 */
export function blockClaims(block: TextBlock): MetricClaims {
  let claims = claimsByBlock.get(block)
  if (!claims) {
    claims = readClaims(block.text)
    claimsByBlock.set(block, claims)
  }
  return claims
}

function readClaims(text: string): MetricClaims {
  const tokens = tokenize(text)
  const quantities: Quantity[] = []
  const changes: Change[] = []
  /** Token index → change it ends or starts, for endpoints. */
  const endpoint = new Set<number>()
  const changeAt: { token: number; change: Change }[] = []

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.type === 'quantity') quantities.push(token.quantity)
    if (token.type === 'arrow') {
      // Look back over at most two words for the figure before the arrow ("80% CPU → 45%").
      let back = index - 1
      let words = 0
      while (back >= 0 && isPlainWord(tokens[back]) && words < 2) {
        back--
        words++
      }
      const before = figureAt(tokens, back)
      const after = figureAt(tokens, index + 1)
      if (before && after) {
        const change = makeChange(text, before, after, 'arrow')
        changes.push(change)
        endpoint.add(back)
        endpoint.add(index + 1)
        changeAt.push({ token: index, change })
      }
    }
    if (token.type === 'word' && token.word === 'from') {
      const start = hedgedFigureAt(tokens, index + 1)
      if (start === undefined) continue
      const before = figureAt(tokens, start) as Quantity
      // Words may say what the first figure was of ("from 9 hours on the old audit table to
      // 38 minutes"); a number word between the ends is another figure ("from one week in
      // three to one in four").
      let next = start + 1
      let words = 0
      while (next < tokens.length && words < FROM_TO_WORDS_BETWEEN) {
        const candidate = tokens[next]
        if (!isPlainWord(candidate) || (candidate as WordToken).word === 'to') break
        next++
        words++
      }
      const to = tokens[next]
      const end = hedgedFigureAt(tokens, next + 1)
      if (
        to?.type === 'word' &&
        to.word === 'to' &&
        end !== undefined &&
        (before.dimension !== 'clock' || movedBefore(tokens, index))
      ) {
        const after = figureAt(tokens, end) as Quantity
        const change = makeChange(text, before, after, 'from-to')
        changes.push(change)
        endpoint.add(start)
        endpoint.add(end)
        changeAt.push({ token: next, change })
      }
    }
  }

  // Comparisons: "3 days, down from 14 days", "180 ms vs 420 ms", "compared with the baseline
  // of 1.5%", "4x last year's peak of 600K". The figure after the marker is the before; the
  // nearest figure before the marker, in the same sentence, is the after.
  /** Marker token index → the change it states, for a multiplier or percentage stated with it. */
  const comparisonAt = new Map<number, Change>()
  for (let index = 0; index < tokens.length; index++) {
    const length = comparisonMarker(tokens, index)
    if (length === 0) continue
    let next = index + length
    let words = 0
    while (words < 5 && isPlainWord(tokens[next])) {
      next++
      words++
    }
    const before = figureAt(tokens, next)
    if (!before || endpoint.has(next)) continue
    // The nearest figure back that measures the same thing ("9,000 events/s on 6 nodes, beating
    // the previous record of 6,500 events/s" compares the events, not the nodes).
    let change: Change | undefined
    let afterIndex = -1
    for (let back = index - 1, steps = 0; back >= 0 && steps < 12; back--, steps++) {
      const candidate = tokens[back] as Token
      if (candidate.type === 'stop') break
      if (candidate.type !== 'quantity' || endpoint.has(back)) continue
      const relative =
        (candidate.quantity.dimension === 'multiplier' && before.dimension !== 'multiplier') ||
        isRelativeFigure(tokens, back) ||
        (tokens[back - 1]?.type === 'word' && (tokens[back - 1] as WordToken).word === 'by')
      if (relative) continue
      const candidateChange = makeChange(text, before, candidate.quantity, 'comparison')
      if (!candidateChange.comparable) continue
      change = candidateChange
      afterIndex = back
      break
    }
    if (!change) continue
    changes.push(change)
    endpoint.add(next)
    endpoint.add(afterIndex)
    changeAt.push({ token: index, change })
    comparisonAt.set(index, change)
  }
  if (comparisonAt.size > 0) {
    changes.sort((a, b) => a.start - b.start)
    changeAt.sort((a, b) => a.token - b.token)
  }
  // A number word is a figure as the end of a change: "from three leavers to none".
  let spelled = false
  for (const index of endpoint) {
    const token = tokens[index]
    if (token?.type === 'word' && token.number) {
      quantities.push(token.number)
      spelled = true
    }
  }
  if (spelled) quantities.sort((a, b) => a.start - b.start)

  // Clause numbers: a change and a relative claim describe each other only within one clause.
  const clause = new Int32Array(tokens.length)
  let current = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.type === 'stop') current++
    else if (token.type === 'word' && CLAUSE_WORDS.has(token.word)) current++
    else if (token.type === 'comma') {
      const next = tokens[index + 1]
      const continues =
        (next?.type === 'word' && COMMA_CONTINUERS.has(next.word)) ||
        (next?.type === 'quantity' && isRelativeFigure(tokens, index + 1))
      if (!continues) current++
    }
    clause[index] = current
  }

  const relatives: RelativeClaim[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.type !== 'quantity' || endpoint.has(index)) continue
    const quantity = token.quantity
    if (
      quantity.dimension !== 'percent' &&
      quantity.dimension !== 'points' &&
      quantity.dimension !== 'multiplier'
    )
      continue
    const nextToken = tokens[index + 1]
    const afterWord =
      nextToken?.type === 'word' && AFTER_WORDS.has(nextToken.word) ? nextToken : undefined
    // "by 60%", "by about 60%"
    let back = index - 1
    let hedges = 0
    while (back >= 0 && hedges < 3) {
      const candidate = tokens[back]
      if (candidate?.type === 'word' && HEDGES.has(candidate.word)) {
        back--
        hedges++
      } else break
    }
    const byToken = tokens[back]
    const hasBy = byToken?.type === 'word' && byToken.word === 'by'
    // "increased 35%", "cut latency 60%" is not caught; "increased 35%" is.
    const verbBefore =
      !hasBy && byToken?.type === 'word' && VERBS_BEFORE_FIGURE.has(byToken.word)
        ? byToken
        : undefined
    const previous = tokens[index - 1]
    const inParens = previous?.type === 'open' && isChangeEnd(tokens, index - 2, endpoint)
    // "4x last year's peak of 600K", "30% above the baseline of 1.2%".
    let compared: Change | undefined
    for (let ahead = index + 1, steps = 0; steps < 5 && ahead < tokens.length; ahead++, steps++) {
      compared = comparisonAt.get(ahead)
      if (compared || tokens[ahead]?.type !== 'word') break
    }
    if (!afterWord && !hasBy && !inParens && !verbBefore && !compared) continue

    const claim: RelativeClaim = {
      text: '',
      start: hasBy ? (byToken as WordToken).start : quantity.start,
      end: afterWord ? afterWord.end : quantity.end,
      quantity,
    }
    claim.text = text.slice(claim.start, claim.end)
    if (afterWord) claim.word = afterWord.word
    if (verbBefore) claim.verb = verbBefore.word
    // The verb before "by": "reducing latency by 60%" (at most five words back, same clause).
    if (hasBy) {
      let verbIndex = back - 1
      let steps = 0
      while (verbIndex >= 0 && steps < 6) {
        const candidate = tokens[verbIndex]
        if (candidate?.type !== 'word' || clause[verbIndex] !== clause[index]) break
        if (CHANGE_VERBS.has(candidate.word)) break
        verbIndex--
        steps++
      }
      const verb = tokens[verbIndex]
      if (
        verb?.type === 'word' &&
        CHANGE_VERBS.has(verb.word) &&
        clause[verbIndex] === clause[index]
      ) {
        claim.verb = verb.word
        if (verbIndex + 1 < back) {
          const first = tokens[verbIndex + 1] as Token
          const last = tokens[back - 1] as Token
          claim.subject = text.slice(first.start, last.end)
        }
      }
    }
    const direction =
      quantity.sign === -1
        ? 'decrease'
        : quantity.sign === 1
          ? 'increase'
          : (directionOf(claim.word) ?? directionOf(claim.verb))
    if (direction) claim.direction = direction

    // The change this claim describes: the nearest one in the same clause.
    let best: { change: Change; distance: number } | undefined
    for (const candidate of nearby(changeAt, index)) {
      if (clause[candidate.token] !== clause[index]) continue
      const distance = Math.abs(candidate.token - index)
      if (distance > 16) continue
      if (!best || distance < best.distance) best = { change: candidate.change, distance }
    }
    if (best) claim.change = best.change
    if (compared) claim.change = compared
    relatives.push(claim)
  }
  return { quantities, changes, relatives }
}

/** Word sequences that introduce the earlier figure of a comparison. */
const COMPARISON_MARKERS: readonly (readonly string[])[] = [
  ['down', 'from'],
  ['up', 'from'],
  ['vs'],
  ['vs.'],
  ['versus'],
  ['compared', 'with'],
  ['compared', 'to'],
  ['baseline', 'of'],
  ['record', 'of'],
  ['peak', 'of'],
  ['against'],
  ['previously'],
  // "ship in 20 minutes instead of 4 days", "2 people rather than 5"
  ['instead', 'of'],
  ['rather', 'than'],
  ['where', 'it', 'used', 'to', 'take'],
]

const MARKER_STARTS = new Set(COMPARISON_MARKERS.map((marker) => marker[0]))

/** The number of tokens of a comparison marker starting at `index`, or 0. */
function comparisonMarker(tokens: Token[], index: number): number {
  const first = tokens[index]
  if (first?.type !== 'word' || !MARKER_STARTS.has(first.word)) return 0
  for (const marker of COMPARISON_MARKERS) {
    if (
      marker.every((word, offset) => {
        const token = tokens[index + offset]
        return token?.type === 'word' && token.word === word
      })
    )
      return marker.length
  }
  return 0
}

/**
 * The figure a token states, as the end of a change: a quantity, or a number
 * word standing alone ("from three to four", "to none").
 */
function figureAt(tokens: Token[], index: number): Quantity | undefined {
  const token = tokens[index]
  if (token?.type === 'quantity') return token.quantity
  if (token?.type === 'word') return token.number
  return undefined
}

/** How many words may stand between a from-to change's first figure and its "to". */
const FROM_TO_WORDS_BETWEEN = 6

/**
 * Words that hedge or qualify a figure at either end of a from-to change: the
 * comparisons' hedges and "under", "up to", "a median of" ("from about 40,000
 * to a median of 6,500").
 */
const FROM_TO_QUALIFIERS = new Set([
  // Articles only before an average or a figure (see hedgedFigureAt).
  ...[...HEDGES].filter((word) => word !== 'a' && word !== 'an'),
  'under',
  'only',
  'up',
  'to',
  'below',
  'above',
  'less',
  'fewer',
  'median',
  'average',
  'mean',
  'typical',
  'of',
])
const AVERAGES = new Set(['median', 'average', 'mean', 'typical'])

/**
 * Index of the figure at `index`, or after at most four qualifying words
 * ("about", "up to", "a median of"); undefined when none is there.
 */
function hedgedFigureAt(tokens: Token[], index: number): number | undefined {
  for (let at = index; at <= index + 4; at++) {
    if (figureAt(tokens, at)) return at
    const token = tokens[at]
    if (token?.type !== 'word') return undefined
    const next = tokens[at + 1]
    // An article only before an average ("to a median of 9 minutes") or a
    // figure made an adjective ("from a 15-minute batch to a 30-second one").
    const article =
      ['a', 'an', 'the'].includes(token.word) &&
      ((next?.type === 'word' && AVERAGES.has(next.word)) || figureAt(tokens, at + 1) !== undefined)
    if (!article && !FROM_TO_QUALIFIERS.has(token.word)) return undefined
  }
  return undefined
}

/**
 * Verbs that make "from 07:30 to 05:00" a change of a time of day: without
 * one it is a span ("from 04:12 to 06:52 UTC checkout failed").
 */
const CLOCK_CHANGE_VERBS = new Set([
  'moved',
  'brought',
  'pulled',
  'pushed',
  'shifted',
  'cut',
  'reduced',
  'changed',
  'went',
  'fell',
  'dropped',
  'improved',
  'advanced',
])

/** Whether a change verb stands in the six words before the token at `index` ("from"). */
function movedBefore(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 6; back--) {
    const token = tokens[back] as Token
    if (token.type !== 'word') return false
    if (CLOCK_CHANGE_VERBS.has(token.word)) return true
  }
  return false
}

/** A word that is not a number: what may stand between a figure and its marker. */
function isPlainWord(token: Token | undefined): boolean {
  return token?.type === 'word' && token.number === undefined
}

function isRelativeFigure(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.type !== 'quantity') return false
  const next = tokens[index + 1]
  return next?.type === 'word' && AFTER_WORDS.has(next.word)
}

/** The token before `index` ends a change (an arrow's or from-to's after figure). */
function isChangeEnd(tokens: Token[], index: number, endpoints: Set<number>): boolean {
  let cursor = index
  // "2s → 150ms CPU (…)": allow two words between.
  for (let steps = 0; steps < 3 && cursor >= 0; steps++) {
    if (endpoints.has(cursor) && figureAt(tokens, cursor)) return true
    if (tokens[cursor]?.type !== 'word') return false
    cursor--
  }
  return false
}

/** Changes whose marker token is within 16 tokens of `index`; `changeAt` is sorted by token. */
function* nearby(changeAt: { token: number; change: Change }[], index: number) {
  let low = 0
  let high = changeAt.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((changeAt[middle] as { token: number }).token < index - 16) low = middle + 1
    else high = middle
  }
  for (let position = low; position < changeAt.length; position++) {
    const entry = changeAt[position] as { token: number; change: Change }
    if (entry.token > index + 16) break
    yield entry
  }
}

/** Renders a change the way messages show it: `2s → 150ms`. */
export function describeChange(change: Change): string {
  return `${change.before.text} → ${change.after.text}`
}

/** Arrow spellings recognised between a before and an after figure. */
export const CHANGE_ARROWS: readonly string[] = ARROWS
