/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The closest candidate to `input`, when it is close enough to be a likely
 * typo (or `input` is a prefix or part of exactly one candidate).
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase()
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(needle.length / 3))) return best
  const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(needle))
  return needle.length >= 3 && containing.length === 1 ? containing[0] : undefined
}

/** `; did you mean "x"?` or nothing. */
export function suggestion(input: string, candidates: readonly string[]): string {
  const best = didYouMean(input, candidates)
  return best === undefined ? '' : `; did you mean "${best}"?`
}
