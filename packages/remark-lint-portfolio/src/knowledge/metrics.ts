/**
 * Metric parsing: the figures a portfolio claims ("2s → 150ms", "$40K/month",
 * "reduced incidents by 70%"), read with one hand-written scanner so every
 * input, however odd or large, is read in linear time.
 *
 * - `parseQuantities(text)`: every figure with a unit, with offsets, numbers
 *   written as words among them when they count or measure something ("four
 *   engineers", "two weeks").
 * - `extractClaims(text)`: figures, before → after changes and relative claims
 *   ("by 60%", "93% improvement", "10x faster"), each with offsets; a relative
 *   claim is linked to the change it describes when the same clause states one.
 *   A number word standing alone is a figure as the end of a change ("from
 *   three people to four", "from three leavers to none").
 * - `checkRelativeClaim(claim)`: whether a stated percentage or multiplier
 *   agrees with its own before and after figures.
 * - `tableChanges(table, file)` (`metrics-tables.ts`): before → after rows of a table.
 *
 * The pieces, by concern: `metrics-units.ts` (what a figure measures, unit
 * tables), `metrics-scan.ts` (reading figures and tokens), `metrics-claims.ts`
 * (changes and relative claims), `metrics-arithmetic.ts` (checking them),
 * `metrics-tables.ts` (figures in tables). This file is the public surface.
 */

export {
  type ClaimCheck,
  checkRelativeClaim,
  formatFigure,
  isMeasurable,
  percentChange,
  withinTolerance,
} from './metrics-arithmetic.js'
export {
  blockClaims,
  CHANGE_ARROWS,
  type Change,
  comparable,
  type Direction,
  describeChange,
  extractClaims,
  type MetricClaims,
  type RelativeClaim,
} from './metrics-claims.js'
export { parseQuantities } from './metrics-scan.js'
export type { Dimension, Quantity } from './metrics-units.js'
