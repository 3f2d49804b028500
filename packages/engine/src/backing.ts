/**
 * Whether an executive summary's figure is backed by another document's: kept
 * apart from figures.ts (which reads trees with the rules' knowledge) so the
 * cross-document checks load nothing of the parser.
 */

/**
 * How far a figure written round may be from the exact one it rounds: "40 ms"
 * for 38 ms (half its last significant place), never more than 10% of it, so
 * "40 ms" is not backed by 30 ms.
 */
function roundingTolerance(raw: string, value: number): number {
  const decimals = raw.includes('.') ? (raw.split('.')[1] as string).length : 0
  const trailingZeros = decimals > 0 ? 0 : (/0*$/.exec(raw)?.[0].length ?? 0)
  const place = decimals > 0 ? 10 ** -decimals : 10 ** trailingZeros
  return Math.min(place / 2, Math.abs(value) * 0.1)
}

/** Whether a claimed figure is backed by the figures of other documents (within rounding). */
export function isBacked(key: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(key)) return true
  const [dimension, raw] = key.split(':') as [string, string]
  const value = Number(raw)
  for (const other of keys) {
    const [otherDimension, otherRaw] = other.split(':') as [string, string]
    if (otherDimension !== dimension) continue
    const otherValue = Number(otherRaw)
    const tolerance =
      dimension === 'percent' || dimension === 'points'
        ? 1
        : Math.max(Math.abs(value) * 0.01, roundingTolerance(raw, value))
    if (Math.abs(otherValue - value) <= tolerance) return true
  }
  return false
}
