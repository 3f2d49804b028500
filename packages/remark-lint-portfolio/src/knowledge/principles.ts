import { closestMatch } from './suggest.js'

/** Amazon's 16 Leadership Principles, exactly as Amazon writes them. */
export const LEADERSHIP_PRINCIPLES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
  'Strive to be Earth’s Best Employer',
  'Success and Scale Bring Broad Responsibility',
] as const

export type LeadershipPrinciple = (typeof LEADERSHIP_PRINCIPLES)[number]

/**
 * Key used to compare names: case-, apostrophe- and spacing-insensitive, so
 * "earth's", "Earth’s" and "EARTHS" all meet.
 */
export function principleKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9;,]+/g, ' ')
    .replace(/\s*([;,])\s*/g, '$1 ')
    .trim()
}

const byKey = new Map<string, LeadershipPrinciple>(
  LEADERSHIP_PRINCIPLES.map((name) => [principleKey(name), name]),
)
// Punctuation-free keys too, so "Are Right A Lot" is accepted as the same name.
const byLooseKey = new Map<string, LeadershipPrinciple>(
  LEADERSHIP_PRINCIPLES.map((name) => [looseKey(name), name]),
)

function looseKey(name: string): string {
  return principleKey(name).replace(/[;,]/g, '').replace(/\s+/g, ' ').trim()
}

/** The principle a user-written name stands for, or `undefined`. */
export function matchPrinciple(name: string): LeadershipPrinciple | undefined {
  return byKey.get(principleKey(name)) ?? byLooseKey.get(looseKey(name))
}

/**
 * The closest principle to a misspelt name, when it is close enough to be a
 * plausible typo (see `closestMatch`).
 */
export function suggestPrinciple(name: string): LeadershipPrinciple | undefined {
  const key = closestMatch(looseKey(name), byLooseKey.keys())
  return key === undefined ? undefined : byLooseKey.get(key)
}

/**
 * Principles whose names YAML flow lists split apart: `[Are Right, A Lot]`
 * reads as two items. Returns the principle that `first` and `second` form
 * when joined back with the separator YAML removed.
 */
export function rejoinSplitPrinciple(
  first: string,
  second: string,
): LeadershipPrinciple | undefined {
  for (const separator of [', ', '; ']) {
    const joined = matchPrinciple(`${first}${separator}${second}`)
    if (joined && (joined.includes(',') || joined.includes(';'))) return joined
  }
  return undefined
}

/**
 * One reading of a front-matter principle list: `count` items from `start`
 * name `principle` (2 when YAML split one name at its comma or semicolon), or
 * `principle` is undefined when the item names none.
 */
export interface PrincipleReading {
  start: number
  count: 1 | 2
  principle: LeadershipPrinciple | undefined
}

/**
 * Reads the items of a `leadership-principles` list in order, rejoining the
 * names YAML split (`[Are Right, A Lot]`). The rule reports from it, and the
 * engine counts coverage from it, so both read a list the same way.
 */
export function readPrinciples(written: readonly string[]): PrincipleReading[] {
  const readings: PrincipleReading[] = []
  for (let index = 0; index < written.length; index++) {
    const value = written[index] as string
    const known = matchPrinciple(value)
    const next = written[index + 1]
    const joined = !known && next !== undefined ? rejoinSplitPrinciple(value, next) : undefined
    if (joined) {
      readings.push({ start: index, count: 2, principle: joined })
      index++
    } else readings.push({ start: index, count: 1, principle: known })
  }
  return readings
}
