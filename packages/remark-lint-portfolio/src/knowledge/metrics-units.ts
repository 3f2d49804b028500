/**
 * What a figure measures and the units it may be written in: time, money,
 * data sizes, rates and magnitudes ("K", "million").
 */

/** What a figure measures. `number` is a bare number; `count` is a number of things ("8 engineers"). */
export type Dimension =
  | 'time'
  /** A time of day (07:30), in minutes after midnight: only ever the end of a change. */
  | 'clock'
  | 'percent'
  | 'points'
  | 'money'
  | 'multiplier'
  | 'data'
  | 'rating'
  | 'count'
  | 'number'

export interface Quantity {
  /** The figure as written, e.g. `$40K/month`, `2s`, `4.1/5`, `8 engineers`. */
  text: string
  /** Offset of the first character in the parsed text. */
  start: number
  /** Offset after the last character. */
  end: number
  /** The number as written, with any magnitude (K, M, B, million) applied: `$40K` → 40000. */
  value: number
  /** Digits written after the decimal point (for rounding). */
  decimals: number
  /** The value in its dimension's base unit: milliseconds, dollars, bytes, percent. */
  base: number
  dimension: Dimension
  /** Canonical unit: `ms`, `s`, `min`, `h`, `%`, `pp`, `$`, `x`, `GB`, `/5`, a noun (`engineers`) or `''`. */
  unit: string
  /** Time unit of a rate (`9/month`, `$40K/month`, `100M requests/day`): `s`, `min`, `h`, `day`, `week`, `month`, `year`... */
  per?: string
  /** `<100ms` → `<`, `~2s` → `~`, `50M+` → `+`. */
  qualifier?: '<' | '>' | '~' | '+'
  /** An explicit sign written before the number: `+7%` → 1, `-93%` → -1. */
  sign?: 1 | -1
  /** The upper end of a range such as `15-25 engineers`. */
  upTo?: number
}

// ---------------------------------------------------------------------------
// Units

export interface UnitSpec {
  dimension: Dimension
  unit: string
  /** Multiplier to the dimension's base unit. */
  factor: number
}

const MS = 1
const SECOND = 1000 * MS
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const MONTH = 30.4375 * DAY
const YEAR = 365.25 * DAY

// Maps, not objects: the scanner looks up every word it meets, and an object
// would answer "constructor" or "toString" from its prototype.
export const TIME_UNITS = new Map<string, UnitSpec>()
function time(names: string[], unit: string, factor: number): void {
  for (const name of names) TIME_UNITS.set(name, { dimension: 'time', unit, factor })
}
time(['ns', 'nanosecond', 'nanoseconds'], 'ns', 1e-6)
time(['µs', 'μs', 'us', 'microsecond', 'microseconds'], 'µs', 1e-3)
time(['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'], 'ms', MS)
time(['s', 'sec', 'secs', 'second', 'seconds'], 's', SECOND)
time(['m', 'min', 'mins', 'minute', 'minutes'], 'min', MINUTE)
time(['h', 'hr', 'hrs', 'hour', 'hours'], 'h', HOUR)
time(['d', 'day', 'days'], 'day', DAY)
time(['wk', 'wks', 'week', 'weeks'], 'week', WEEK)
time(['mo', 'mos', 'month', 'months'], 'month', MONTH)
time(['yr', 'yrs', 'year', 'years'], 'year', YEAR)

/** Units a rate can be "per": `/s`, `/day`, `per month`. */
export const PER_UNITS = new Map<string, { unit: string; factor: number }>()
for (const [name, spec] of TIME_UNITS) {
  if (name !== 'm' && spec.unit !== 'ns' && spec.unit !== 'µs') {
    PER_UNITS.set(name, { unit: spec.unit, factor: spec.factor })
  }
}
PER_UNITS.set('quarter', { unit: 'quarter', factor: 3 * MONTH })
PER_UNITS.set('q', { unit: 'quarter', factor: 3 * MONTH })

export const DATA_UNITS: ReadonlyMap<string, number> = new Map([
  ['KB', 1e3],
  ['MB', 1e6],
  ['GB', 1e9],
  ['TB', 1e12],
  ['PB', 1e15],
  ['KiB', 1024],
  ['MiB', 1024 ** 2],
  ['GiB', 1024 ** 3],
  ['TiB', 1024 ** 4],
  ['PiB', 1024 ** 5],
])

/** Rates written as one unit word. */
export const RATE_WORDS: ReadonlyMap<string, string> = new Map([
  ['rps', 's'],
  ['qps', 's'],
  ['tps', 's'],
  ['ops', 's'],
  ['rpm', 'min'],
])

export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['mil', 1e6],
  ['mm', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
])

/** Words after a number that are not what it counts ("3 to 5", "2 of the"). */
export const NOT_NOUNS = new Set(
  `a an the and or but nor to from of in on at by for with without into onto over under
  vs versus than then as is was were are be been being it its this that these those which who
  while when where during after before since until across within per via off up down out
  i we you he she they me us my our your his her their them
  also only just still even about around approximately roughly nearly almost some more less
  fewer most least each every all any both either neither other such no not so too very`
    .split(/\s+/)
    .filter(Boolean),
)

export const ZERO_WORDS = new Set(['zero'])

// ---------------------------------------------------------------------------
// Numbers written as words

/** One to nineteen, as narrative and British writers spell small numbers out. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen`
    .split(/\s+/)
    .filter(Boolean)
    .map((word, index) => [word, index + 1]),
)

/** The tens; "twenty-two" joins one to a unit. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, index) => [word, (index + 2) * 10]),
)

/** Words that multiply the number before them: "a hundred", "two dozen". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['dozen', 12],
])

/** "from three leavers to none": nothing, as the end of a change only. */
export const NONE_WORDS = new Set(['none'])

/**
 * Words before "one" that make it a pronoun or an idiom, not a count: "no
 * one", "the one thing", "at one point", "any one", "every one of".
 */
export const NOT_BEFORE_ONE = new Set(
  'no the any every each this that which at someone anyone everyone such'.split(' '),
)

/**
 * Words after "one" that make it prose, not a count: "one day", "one thing",
 * "one way or another", "in one go", "one last push".
 */
export const NOT_AFTER_ONE = new Set(
  `another other others day night morning evening afternoon time times thing things way side
  hand point piece go last final such big`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Words before "one" that make it a count of what follows: "in one week",
 * "within one month", "down to one engineer", "only one region", "from one
 * day to…". Elsewhere "one" is mostly "a" ("one told our sales lead", "I set
 * one target", "one day the pager went off") and a figure only as the end of
 * a change ("from five steps to one").
 */
export const BEFORE_ONE_COUNT = new Set(
  `in within under over for from to than after about around nearly only just exactly took take
  takes taking lasted lasting`
    .split(/\s+/)
    .filter(Boolean),
)
