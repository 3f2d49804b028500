/**
 * Whether a stated relative change ("93% improvement", "10x faster") agrees
 * with the before and after figures it describes, within rounding.
 */
import type { Direction, RelativeClaim } from './metrics-claims.js'
import type { Quantity } from './metrics-units.js'

// ---------------------------------------------------------------------------
// Arithmetic

/** Signed percentage change from `before` to `after` (negative for a reduction); undefined from 0. */
export function percentChange(before: number, after: number): number | undefined {
  if (before === 0 || !Number.isFinite(before) || !Number.isFinite(after)) return undefined
  return ((after - before) / Math.abs(before)) * 100
}

export interface ClaimCheck {
  /** The figures agree within rounding. */
  ok: boolean
  /** What the change computes to, e.g. `a 92.5% reduction` or `a 13.3x reduction`. */
  actual: string
  /** The computed figure (percent, points or ratio), for reports. */
  actualValue: number
}

/**
 * How close a stated figure must be to what its before and after compute to:
 * within 1 point (or 0.5 of the last digit written), or within 5% of the
 * computed figure, whichever is looser.
 */
export function withinTolerance(stated: number, actual: number, decimals = 0): boolean {
  const difference = Math.abs(stated - actual)
  return (
    difference <= 1 ||
    difference <= 0.5 * 10 ** -decimals ||
    difference <= Math.abs(actual) * 0.05 + 1e-9
  )
}

/** Formats a computed figure: at most one decimal, no trailing `.0`. */
export function formatFigure(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

/**
 * Checks a relative claim against the change it describes. Undefined when it
 * has no computable change (no change in its clause, different units, a
 * range, or a change from 0).
 *
 * A percentage is accepted when it matches the relative change
 * (|after − before| / before); for two percentages also their difference in
 * points; for "faster"/"speedup" on a falling time also the speed-up
 * (before / after − 1). A multiplier is accepted when it matches the larger
 * end over the smaller. An explicit direction ("reduced", "-93%", "increase")
 * must match the change's.
 */
export function checkRelativeClaim(claim: RelativeClaim): ClaimCheck | undefined {
  const change = claim.change
  // Times of day have no zero: "from 07:30 to 05:00" is no percentage of anything.
  if (!change?.comparable || change.before.dimension === 'clock') return undefined
  const before = change.before.base
  const after = change.after.base
  if (!Number.isFinite(before) || !Number.isFinite(after)) return undefined
  const actualDirection: Direction | undefined =
    after < before ? 'decrease' : after > before ? 'increase' : undefined
  const stated = Math.abs(claim.quantity.value)
  const decimals = claim.quantity.decimals
  const directionOk = !claim.direction || !actualDirection || claim.direction === actualDirection
  const noun = actualDirection === 'decrease' ? 'reduction' : 'increase'

  if (claim.quantity.dimension === 'multiplier') {
    const low = Math.min(Math.abs(before), Math.abs(after))
    const high = Math.max(Math.abs(before), Math.abs(after))
    if (low === 0) return undefined
    const ratio = high / low
    const ok =
      directionOk &&
      (withinRatio(stated, ratio, decimals) || withinRatio(stated, ratio - 1, decimals))
    return {
      ok,
      actual: `a ${formatFigure(ratio)}x ${actualDirection ? noun : 'change'}`,
      actualValue: ratio,
    }
  }

  const points = Math.abs(after - before)
  const bothPercent = change.before.dimension === 'percent' || change.before.dimension === 'points'
  if (claim.quantity.dimension === 'points') {
    if (!bothPercent) return undefined
    const ok = directionOk && withinTolerance(stated, points, decimals)
    return { ok, actual: `a change of ${formatFigure(points)} points`, actualValue: points }
  }
  const relative = percentChange(before, after)
  if (relative === undefined) {
    if (!bothPercent) return undefined
    const ok = directionOk && withinTolerance(stated, points, decimals)
    return { ok, actual: `a change of ${formatFigure(points)} points`, actualValue: points }
  }
  const magnitude = Math.abs(relative)
  const candidates = [magnitude]
  if (bothPercent) candidates.push(points)
  const speedWord =
    claim.word === 'faster' ||
    claim.word === 'quicker' ||
    claim.word === 'speedup' ||
    claim.word === 'speed-up'
  if (speedWord && change.before.dimension === 'time' && after < before && after !== 0) {
    candidates.push((before / after - 1) * 100)
  }
  const ok =
    directionOk && candidates.some((candidate) => withinTolerance(stated, candidate, decimals))
  let actual = actualDirection ? `a ${formatFigure(magnitude)}% ${noun}` : 'no change'
  if (bothPercent && actualDirection) actual += ` (${formatFigure(points)} points)`
  return { ok, actual, actualValue: magnitude }
}

function withinRatio(stated: number, actual: number, decimals: number): boolean {
  const difference = Math.abs(stated - actual)
  return difference <= 0.5 * 10 ** -decimals || difference <= Math.abs(actual) * 0.05 + 1e-9
}

/**
 * A figure that measures an outcome: anything with a unit, a rate, a rating
 * or a count of things ("8 engineers", "zero downtime"); not a bare number.
 */
export function isMeasurable(quantity: Quantity): boolean {
  return quantity.dimension !== 'number'
}
