/**
 * Figures a document states, read with the rules package's metric parser
 * (`extractClaims`), keyed by what they measure and their value so the
 * executive summary's claims can be matched against the documents that tell
 * the story behind them.
 */
import {
  blockClaims,
  type Change,
  checkRelativeClaim,
  describeChange,
  documentContext,
  formatFigure,
  type MetricClaims,
  percentChange,
  placeAt,
  type Quantity,
  type RelativeClaim,
  sectionsWithRole,
  type TextBlock,
  tablesChanges,
  textBlocks,
} from '@techfolio/remark-lint-portfolio'
import type { Root } from 'mdast'

export { isBacked } from './backing.js'

import type { VFile } from 'vfile'

export interface Figure {
  /** As written, e.g. "60%", "by 60%", "$40K/month". */
  text: string
  /** What it measures and its value in base units, e.g. "percent:60", "money:40000". */
  key: string
  /** The executive summary must back it: a result, not background such as "8 engineers". */
  claim: boolean
  line: number
  column: number
}

const CLAIMED_DIMENSIONS = new Set([
  'percent',
  'points',
  'money',
  'multiplier',
  'time',
  'data',
  'rating',
])

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

export function figureKey(quantity: Quantity): string {
  // Times and sizes compare in base units (2s = 2000ms); others as written with magnitude ($40K = 40000).
  const scaled = quantity.dimension === 'time' || quantity.dimension === 'data'
  return `${quantity.dimension}:${round(Math.abs(scaled ? quantity.base : quantity.value))}`
}

/**
 * Words before a time that make it the length of a stretch of the author's
 * career or work ("over five years", "for the last 18 months", "across two
 * quarters"), not a result: "in 10 weeks" and "to 9 minutes" stay results.
 */
const SPAN_BEFORE =
  /\b(?:over|for|across|during|throughout|spanning)\s+(?:the\s+)?(?:(?:last|past|first)\s+)?$|\b(?:the|my)\s+(?:last|past|first)\s+$/i
/** Words after a time that make it a length of service: "12 years of experience", "3 years ago". */
const SPAN_AFTER = /^\s*(?:of\s+(?:experience|tenure|service)|ago|in\s+(?:the|this|my)\s+role)\b/i

/** "In two years": years are a career's stretch ("hired 11 engineers in two years"); weeks are a result. */
const IN_BEFORE = /\bin\s+$/i

/** Whether a time in `text` is the length of a stretch of work rather than a result. */
function isSpanOfTime(quantity: Quantity, text: string): boolean {
  if (quantity.dimension !== 'time') return false
  const before = text.slice(Math.max(0, quantity.start - 40), quantity.start)
  return (
    SPAN_BEFORE.test(before) ||
    (quantity.unit === 'year' && IN_BEFORE.test(before)) ||
    SPAN_AFTER.test(text.slice(quantity.end, quantity.end + 40))
  )
}

/** A figure worth backing: results (percentages, money, times...) and counts in thousands or more. */
function isClaim(quantity: Quantity): boolean {
  if (quantity.upTo !== undefined) return false
  if (CLAIMED_DIMENSIONS.has(quantity.dimension)) return true
  return quantity.dimension === 'count' && quantity.value >= 1000
}

/** The relative change and ratio a before → after computes to, as figures that can back a claim. */
function changeFigures(change: Change, place: { line: number; column: number }): Figure[] {
  if (!change.comparable) return []
  const figures: Figure[] = []
  const percent = percentChange(change.before.base, change.after.base)
  const at = { claim: false, line: place.line, column: place.column }
  if (percent !== undefined) {
    figures.push({ text: change.text, key: `percent:${round(Math.abs(percent))}`, ...at })
  }
  const low = Math.min(change.before.base, change.after.base)
  const high = Math.max(change.before.base, change.after.base)
  if (low > 0) figures.push({ text: change.text, key: `multiplier:${round(high / low)}`, ...at })
  return figures
}

/**
 * Lines of the sections that say who the author is rather than what they
 * achieved (the executive summary's "Current Role Scope", however titled:
 * "Where I work now", **About me**): their figures ("22 engineers, a $3.1M
 * budget") describe the role and need no backing.
 */
function roleLines(tree: Root): (line: number) => boolean {
  const { spec } = documentContext(tree)
  if (!spec) return () => false
  const ranges: [number, number][] = []
  for (const section of sectionsWithRole(tree, spec, 'role')) {
    const start = section.node.position?.start.line
    if (start === undefined) continue
    let end = section.node.position?.end.line ?? start
    for (const node of section.content) end = Math.max(end, node.position?.end.line ?? end)
    ranges.push([start, end])
  }
  return (line) => ranges.some(([start, end]) => line >= start && line <= end)
}

/** A text block with the figures and claims read from it: read once, used by every fact. */
export interface ClaimedBlock {
  block: TextBlock
  claims: MetricClaims
}

/** A document's paragraphs, headings and table cells (not code, HTML or front matter), each with its claims. */
export function claimedBlocks(tree: Root, file: VFile): ClaimedBlock[] {
  return textBlocks(tree, file, { skip: ['code', 'html', 'yaml'] }).map((block) => ({
    block,
    claims: blockClaims(block),
  }))
}

/** Every figure in a document's paragraphs, headings and table cells. */
export function extractFigures(
  tree: Root,
  file: VFile,
  blocks: readonly ClaimedBlock[] = claimedBlocks(tree, file),
): Figure[] {
  const figures: Figure[] = []
  const inRole = roleLines(tree)
  for (const { block, claims } of blocks) {
    const background = inRole(block.node.position?.start.line ?? 0)
    const at = (offset: number) => placeAt(file, block.offsetOf(offset))
    for (const quantity of claims.quantities) {
      const place = at(quantity.start)
      figures.push({
        text: quantity.text,
        key: figureKey(quantity),
        claim: !background && isClaim(quantity) && !isSpanOfTime(quantity, block.text),
        line: place.line,
        column: place.column,
      })
    }
    // A before → after states its relative change too: "2s → 800ms" backs "60% faster".
    for (const change of claims.changes) figures.push(...changeFigures(change, at(change.start)))
  }
  // A Before | After table row states its change by column: "| p99 | 2s | 800ms |" backs "60% faster".
  for (const row of tablesChanges(tree, file)) {
    figures.push(...changeFigures(row.change, placeAt(file, row.offset)))
  }
  return figures
}

/**
 * A before → after change a document states, with what it computes to and,
 * when the document also states a relative figure for it ("93% improvement",
 * "-75%" in a Change column), whether that figure agrees with the arithmetic
 * (the same check as `portfolio-metric-arithmetic`).
 */
export interface FigureChange {
  /** The change as the reports show it: `2s → 150ms`. */
  text: string
  before: string
  after: string
  /** Both ends measure the same thing, so `computed` means something. */
  comparable: boolean
  /** `increase`, `decrease` or `none`; undefined when not comparable. */
  direction: 'increase' | 'decrease' | 'none' | undefined
  /** Signed percentage change; undefined from 0 or not comparable. */
  percent: number | undefined
  /** Larger end over smaller (≥ 1); undefined when an end is 0 or not comparable. */
  ratio: number | undefined
  /** What the change computes to, e.g. `92.5% reduction (13.3x)`; `''` when not comparable. */
  computed: string
  /** The relative figure stated for it, as written (`93% improvement`), if any. */
  stated: string | undefined
  /** `false` when `stated` disagrees with the arithmetic; undefined when nothing is stated or it cannot be checked. */
  statedAgrees: boolean | undefined
  /** `arrow`, `from-to`, `comparison` or `table`. */
  form: Change['form']
  line: number
  column: number
}

/** A relative figure stated with no before and after to compute it from ("cut latency by 60%"). */
export interface BaselineGap {
  text: string
  line: number
  column: number
}

function computedText(
  change: Change,
  percent: number | undefined,
  ratio: number | undefined,
): string {
  // From zero there is no relative change: say so rather than show nothing.
  if (change.before.base === 0 && change.after.base !== 0) return 'up from zero'
  if (change.after.base === 0 && change.before.base !== 0) return '100% reduction (to zero)'
  const parts: string[] = []
  if (percent !== undefined) {
    parts.push(
      percent === 0
        ? 'no change'
        : `${formatFigure(Math.abs(percent))}% ${percent < 0 ? 'reduction' : 'increase'}`,
    )
  }
  // A ratio near 1 ("1x") says nothing a percentage does not.
  if (ratio !== undefined && ratio >= 1.1) parts.push(`${formatFigure(ratio)}x`)
  return parts.length === 2 ? `${parts[0]} (${parts[1]})` : (parts[0] ?? '')
}

function toFigureChange(
  change: Change,
  place: { line: number; column: number },
  relative: RelativeClaim | undefined,
): FigureChange {
  const comparable = change.comparable
  const percent = comparable ? percentChange(change.before.base, change.after.base) : undefined
  const low = Math.min(change.before.base, change.after.base)
  const high = Math.max(change.before.base, change.after.base)
  const ratio = comparable && low > 0 ? high / low : undefined
  const check = relative ? checkRelativeClaim(relative) : undefined
  return {
    text: describeChange(change),
    before: change.before.text,
    after: change.after.text,
    comparable,
    direction: !comparable
      ? undefined
      : change.after.base > change.before.base
        ? 'increase'
        : change.after.base < change.before.base
          ? 'decrease'
          : 'none',
    percent,
    ratio,
    computed: comparable ? computedText(change, percent, ratio) : '',
    stated: relative?.text,
    statedAgrees: check?.ok,
    form: change.form,
    line: place.line,
    column: place.column,
  }
}

/**
 * Every before → after change in a document's prose and tables, in document
 * order, and the relative figures it states with no baseline.
 */
export function extractChanges(
  tree: Root,
  file: VFile,
  blocks: readonly ClaimedBlock[] = claimedBlocks(tree, file),
): { changes: FigureChange[]; baselineGaps: BaselineGap[] } {
  const changes: FigureChange[] = []
  const baselineGaps: BaselineGap[] = []
  for (const { block, claims } of blocks) {
    const at = (offset: number) => placeAt(file, block.offsetOf(offset))
    const stated = new Map<Change, RelativeClaim>()
    for (const relative of claims.relatives) {
      if (relative.change) stated.set(relative.change, relative)
      else {
        const place = at(relative.start)
        baselineGaps.push({ text: relative.text, line: place.line, column: place.column })
      }
    }
    for (const change of claims.changes) {
      changes.push(toFigureChange(change, at(change.start), stated.get(change)))
    }
  }
  for (const row of tablesChanges(tree, file)) {
    changes.push(toFigureChange(row.change, placeAt(file, row.offset), row.relative))
  }
  changes.sort((a, b) => a.line - b.line || a.column - b.column)
  return { changes, baselineGaps }
}
