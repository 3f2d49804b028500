import leven from 'leven'

/**
 * The candidate `input` most likely meant: the closest by edit distance when
 * that is a plausible typo (at most a third of its length, at least 2), else
 * the one candidate that contains it (`quantified` → `portfolio-quantified-results`).
 * Case-insensitive. One did-you-mean for every Techfolio message.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase()
  if (needle.length === 0 || needle.length > 200) return undefined
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  const containing: string[] = []
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase()
    const distance = leven(needle, lower)
    if (distance < bestDistance) {
      bestDistance = distance
      best = candidate
    }
    if (lower.includes(needle)) containing.push(candidate)
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(needle.length / 3))) return best
  return needle.length >= 3 && containing.length === 1 ? containing[0] : undefined
}

/** `; did you mean "x"?`, or the empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates)
  return match === undefined ? '' : `; did you mean "${match}"?`
}
