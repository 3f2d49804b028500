/**
 * Metric parsing: the figures a portfolio claims ("2s → 150ms", "$40K/month",
 * "reduced incidents by 70%"), read with one hand-written scanner so every
 * input, however odd or large, is read in linear time.
 *
 * - `parseQuantities(text)`: every figure with a unit, with offsets.
 * - `extractClaims(text)`: figures, before → after changes and relative claims
 *   ("by 60%", "93% improvement", "10x faster"), each with offsets; a relative
 *   claim is linked to the change it describes when the same clause states one.
 * - `checkRelativeClaim(claim)`: whether a stated percentage or multiplier
 *   agrees with its own before and after figures.
 */

/** What a figure measures. `number` is a bare number; `count` is a number of things ("8 engineers"). */
export type Dimension =
  | 'time'
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
// Characters

const isDigit = (code: number) => code >= 48 && code <= 57
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isLetter = (code: number) =>
  isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
const isSpace = (code: number) => code === 32 || code === 9 || code === 160 || code === 0x202f
const isWordChar = (code: number) => isLetter(code) || isDigit(code) || code === 95

/** Letters (with inner `-` or `'`) starting at `index`; returns the end. */
function wordEnd(text: string, index: number): number {
  let end = index
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (isLetter(code)) end++
    else if (
      (code === 45 || code === 39 || code === 0x2019) &&
      end > index &&
      isLetter(text.charCodeAt(end + 1))
    )
      end++
    else break
  }
  return end
}

// ---------------------------------------------------------------------------
// Units

interface UnitSpec {
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

const TIME_UNITS: Record<string, UnitSpec> = {}
function time(names: string[], unit: string, factor: number): void {
  for (const name of names) TIME_UNITS[name] = { dimension: 'time', unit, factor }
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
const PER_UNITS: Record<string, { unit: string; factor: number }> = {}
for (const [name, spec] of Object.entries(TIME_UNITS)) {
  if (name !== 'm' && spec.unit !== 'ns' && spec.unit !== 'µs') {
    PER_UNITS[name] = { unit: spec.unit, factor: spec.factor }
  }
}
PER_UNITS.quarter = { unit: 'quarter', factor: 3 * MONTH }
PER_UNITS.q = { unit: 'quarter', factor: 3 * MONTH }

const DATA_UNITS: Record<string, number> = {
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
  PiB: 1024 ** 5,
}

/** Rates written as one unit word. */
const RATE_WORDS: Record<string, string> = {
  rps: 's',
  qps: 's',
  tps: 's',
  ops: 's',
  rpm: 'min',
}

const MAGNITUDE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mil: 1e6,
  mm: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
}

/** Words after a number that are not what it counts ("3 to 5", "2 of the"). */
const NOT_NOUNS = new Set(
  `a an the and or but nor to from of in on at by for with without into onto over under
  vs versus than then as is was were are be been being it its this that these those which who
  while when where during after before since until across within per via off up down out
  i we you he she they me us my our your his her their them
  also only just still even about around approximately roughly nearly almost some more less
  fewer most least each every all any both either neither other such no not so too very`
    .split(/\s+/)
    .filter(Boolean),
)

const ZERO_WORDS = new Set(['zero'])

// ---------------------------------------------------------------------------
// Scanning quantities

interface Scanned {
  quantity: Quantity | undefined
  /** Where scanning resumes. */
  next: number
}

/**
 * Reads a figure starting at `index` (a digit, a `.digit`, a currency sign, a
 * sign or a qualifier). Never looks back more than two characters and never
 * re-reads what it consumed, so the whole scan is linear.
 */
function scanQuantity(text: string, index: number): Scanned {
  const length = text.length
  let cursor = index
  let qualifier: Quantity['qualifier']
  let sign: Quantity['sign']
  let currency = false

  const first = text.charCodeAt(cursor)
  if (first === 60 /* < */ || first === 62 /* > */ || first === 126 /* ~ */ || first === 0x2248) {
    qualifier = first === 60 ? '<' : first === 62 ? '>' : '~'
    cursor++
    if (text.charCodeAt(cursor) === 61 /* = */) cursor++
    while (isSpace(text.charCodeAt(cursor))) cursor++
  }
  const signCode = text.charCodeAt(cursor)
  if (signCode === 43 /* + */ || signCode === 45 /* - */ || signCode === 0x2212) {
    sign = signCode === 43 ? 1 : -1
    cursor++
  }
  const currencyCode = text.charCodeAt(cursor)
  if (currencyCode === 36 || currencyCode === 0x20ac || currencyCode === 0xa3) {
    currency = true
    cursor++
  }
  const numberStart = cursor
  let integerDigits = ''
  let grouped = false
  while (cursor < length) {
    const code = text.charCodeAt(cursor)
    if (isDigit(code)) {
      integerDigits += text[cursor]
      cursor++
    } else if (
      code === 44 /* , */ &&
      integerDigits.length > 0 &&
      isDigit(text.charCodeAt(cursor + 1)) &&
      isDigit(text.charCodeAt(cursor + 2)) &&
      isDigit(text.charCodeAt(cursor + 3)) &&
      !isDigit(text.charCodeAt(cursor + 4))
    ) {
      grouped = true
      cursor++
    } else break
  }
  let fraction = ''
  if (text.charCodeAt(cursor) === 46 /* . */ && isDigit(text.charCodeAt(cursor + 1))) {
    cursor++
    while (cursor < length && isDigit(text.charCodeAt(cursor))) {
      fraction += text[cursor]
      cursor++
    }
  }
  if (integerDigits === '' && fraction === '') return { quantity: undefined, next: index + 1 }

  // Versions, IP addresses, dates and clock times are not figures: skip the whole token.
  const after = text.charCodeAt(cursor)
  if (
    (after === 46 /* . */ && isDigit(text.charCodeAt(cursor + 1))) ||
    (after === 58 /* : */ && isDigit(text.charCodeAt(cursor + 1)) && fraction === '') ||
    (after === 47 /* / */ &&
      isDigit(text.charCodeAt(cursor + 1)) &&
      fraction === '' &&
      isDigit(text.charCodeAt(cursor + 2)) &&
      text.charCodeAt(cursor + 3) === 47) ||
    (integerDigits.length === 4 &&
      (after === 45 || after === 47) &&
      isDigit(text.charCodeAt(cursor + 1)) &&
      isDigit(text.charCodeAt(cursor + 2)) &&
      (text.charCodeAt(cursor + 3) === 45 || text.charCodeAt(cursor + 3) === 47))
  ) {
    let end = cursor
    while (end < length) {
      const code = text.charCodeAt(end)
      if (
        isDigit(code) ||
        ((code === 46 || code === 58 || code === 45 || code === 47) &&
          isDigit(text.charCodeAt(end + 1)))
      )
        end++
      else break
    }
    return { quantity: undefined, next: end }
  }

  let value = Number(`${integerDigits || '0'}${fraction ? `.${fraction}` : ''}`)
  const decimals = fraction.length

  // A range: 15-25, 1–2.
  let upTo: number | undefined
  const dash = text.charCodeAt(cursor)
  if ((dash === 45 || dash === 0x2013) && isDigit(text.charCodeAt(cursor + 1)) && !currency) {
    let end = cursor + 1
    let digits = ''
    while (end < length && isDigit(text.charCodeAt(end))) {
      digits += text[end]
      end++
    }
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      digits += '.'
      end++
      while (end < length && isDigit(text.charCodeAt(end))) {
        digits += text[end]
        end++
      }
    }
    upTo = Number(digits)
    cursor = end
  }

  // Magnitude: K, M, B, bn, million.
  let magnitude = 1
  let unitSpec: UnitSpec | undefined
  const dataUnit = readDataUnit(text, cursor)
  if (dataUnit) {
    unitSpec = { dimension: 'data', unit: dataUnit.unit, factor: dataUnit.factor }
    cursor = dataUnit.end
  } else {
    const letter = text.charCodeAt(cursor)
    const following = text.charCodeAt(cursor + 1)
    const endsWord = !isLetter(following)
    if (endsWord && (letter === 75 || letter === 107)) {
      magnitude = 1e3
      cursor++
    } else if (endsWord && letter === 77) {
      magnitude = 1e6
      cursor++
    } else if (endsWord && letter === 109 && currency) {
      magnitude = 1e6
      cursor++
    } else if (endsWord && (letter === 66 || (letter === 98 && currency))) {
      magnitude = 1e9
      cursor++
    } else if (endsWord && letter === 84) {
      magnitude = 1e12
      cursor++
    } else {
      // "bn", "mm", "million" (with or without a space).
      let wordStart = cursor
      if (isSpace(text.charCodeAt(wordStart)) && isLetter(text.charCodeAt(wordStart + 1)))
        wordStart++
      if (isLetter(text.charCodeAt(wordStart))) {
        const end = wordEnd(text, wordStart)
        const word = text.slice(wordStart, end).toLowerCase()
        const factor = MAGNITUDE_WORDS[word]
        if (factor !== undefined && (wordStart === cursor ? word !== 'mm' || currency : true)) {
          magnitude = factor
          cursor = end
        }
      }
    }
  }
  value *= magnitude
  if (upTo !== undefined) upTo *= magnitude
  if (text.charCodeAt(cursor) === 43 /* + */ && !isDigit(text.charCodeAt(cursor + 1))) {
    qualifier ??= '+'
    cursor++
  }

  let dimension: Dimension = currency ? 'money' : 'number'
  let unit = currency ? '$' : ''
  let factor = 1
  let per: string | undefined
  let perFactor = 1

  if (unitSpec) {
    dimension = unitSpec.dimension
    unit = unitSpec.unit
    factor = unitSpec.factor
  } else if (!currency) {
    const code = text.charCodeAt(cursor)
    if (code === 37 /* % */) {
      dimension = 'percent'
      unit = '%'
      cursor++
    } else if (
      (code === 120 || code === 88 || code === 0xd7) &&
      !isWordChar(text.charCodeAt(cursor + 1))
    ) {
      dimension = 'multiplier'
      unit = 'x'
      cursor++
    } else if (
      code === 47 /* / */ &&
      isDigit(text.charCodeAt(cursor + 1)) &&
      !(
        isDigit(text.charCodeAt(cursor + 2)) &&
        isDigit(text.charCodeAt(cursor + 3)) &&
        isDigit(text.charCodeAt(cursor + 4))
      )
    ) {
      // A rating out of a scale of at most three digits: 4.1/5, 8/10, 87/100.
      let end = cursor + 1
      while (end < length && isDigit(text.charCodeAt(end))) end++
      if (!isLetter(text.charCodeAt(end)) && text.charCodeAt(end) !== 46) {
        dimension = 'rating'
        unit = text.slice(cursor, end)
        cursor = end
      } else if (
        text.charCodeAt(end) === 46 &&
        !isDigit(text.charCodeAt(end + 1)) &&
        !isLetter(text.charCodeAt(end + 1))
      ) {
        dimension = 'rating'
        unit = text.slice(cursor, end)
        cursor = end
      }
    } else {
      // A unit or counted noun after an optional single space.
      let wordStart = cursor
      const spaced = isSpace(text.charCodeAt(wordStart))
      if (spaced) wordStart++
      const startCode = text.charCodeAt(wordStart)
      if (isLetter(startCode) || startCode === 0xb5 || startCode === 0x3bc) {
        const end = wordEnd(text, wordStart + (isLetter(startCode) ? 0 : 1))
        const written = text.slice(wordStart, end)
        const word = written.toLowerCase()
        const timeUnit = TIME_UNITS[written] ?? TIME_UNITS[word]
        if (word === 'percent' || word === 'pct') {
          dimension = 'percent'
          unit = '%'
          cursor = end
        } else if (
          word === 'pp' ||
          word === 'pts' ||
          word === 'points' ||
          word === 'point' ||
          (word === 'percentage' && /^\s+points?\b/i.test(text.slice(end, end + 10)))
        ) {
          dimension = 'points'
          unit = 'pp'
          cursor =
            word === 'percentage'
              ? end + (/^\s+points?/i.exec(text.slice(end, end + 10))?.[0].length ?? 0)
              : end
        } else if (
          timeUnit &&
          // "1.9 s" and "3.5 h" are how SI style writes times; "5 m" (metres?)
          // and "3 d" are too ambiguous with a space, "5m" and "3d" are not.
          (!spaced || written.length > 1 || word === 's' || word === 'h') &&
          !(word === 'm' && magnitude !== 1)
        ) {
          dimension = 'time'
          unit = timeUnit.unit
          factor = timeUnit.factor
          cursor = end
        } else if (RATE_WORDS[word] !== undefined) {
          dimension = 'count'
          unit = word
          per = RATE_WORDS[word]
          perFactor = PER_UNITS[per as string]?.factor ?? 1
          cursor = end
        } else if (
          spaced &&
          written.length >= 2 &&
          !NOT_NOUNS.has(word) &&
          !isYear(grouped ? '' : integerDigits, fraction, magnitude)
        ) {
          dimension = 'count'
          unit = word
          cursor = end
        }
      }
    }
  }

  // A rate: /month, /day, per second.
  if (dimension !== 'rating' && dimension !== 'percent' && dimension !== 'multiplier') {
    const rate = readPer(text, cursor)
    if (rate) {
      per = rate.unit
      perFactor = rate.factor
      cursor = rate.end
      if (dimension === 'number') dimension = 'count'
    }
  }

  if (
    dimension === 'number' &&
    isYear(grouped ? '' : integerDigits, fraction, magnitude) &&
    !sign &&
    !qualifier
  ) {
    return { quantity: undefined, next: cursor }
  }

  const start = qualifier || sign ? index : currency ? numberStart - 1 : numberStart
  const signed = sign === -1 ? -value : value
  const quantity: Quantity = {
    text: text.slice(start, cursor),
    start,
    end: cursor,
    value: signed,
    decimals,
    base: (signed * factor) / perFactor,
    dimension,
    unit,
  }
  if (per) quantity.per = per
  if (qualifier) quantity.qualifier = qualifier
  if (sign) quantity.sign = sign
  if (upTo !== undefined) quantity.upTo = upTo
  return { quantity, next: cursor }
}

function isYear(integerDigits: string, fraction: string, magnitude: number): boolean {
  if (fraction !== '' || magnitude !== 1 || integerDigits.length !== 4) return false
  const year = Number(integerDigits)
  return year >= 1900 && year <= 2100
}

function readDataUnit(
  text: string,
  index: number,
): { unit: string; factor: number; end: number } | undefined {
  let start = index
  if (isSpace(text.charCodeAt(start))) start++
  for (const length of [3, 2]) {
    const candidate = text.slice(start, start + length)
    const factor = DATA_UNITS[candidate]
    if (factor !== undefined && !isLetter(text.charCodeAt(start + length))) {
      // "/s" after a data unit is a throughput; readPer picks it up.
      return { unit: candidate, factor, end: start + length }
    }
  }
  return undefined
}

function readPer(
  text: string,
  index: number,
): { unit: string; factor: number; end: number } | undefined {
  let start = index
  const code = text.charCodeAt(start)
  if (code === 47 /* / */) start++
  else if (isSpace(code) && text.slice(start + 1, start + 5).toLowerCase() === 'per ') start += 5
  else if (text.slice(start, start + 4).toLowerCase() === 'per ') start += 4
  else if (
    isSpace(code) &&
    text.slice(start + 1, start + 3).toLowerCase() === 'a ' &&
    isLetter(text.charCodeAt(start + 3))
  ) {
    // "2 incidents a month"
    const end = wordEnd(text, start + 3)
    const word = text.slice(start + 3, end).toLowerCase()
    const spec = PER_UNITS[word]
    if (spec && word.length > 1) return { ...spec, end }
    return undefined
  } else return undefined
  if (!isLetter(text.charCodeAt(start))) return undefined
  const end = wordEnd(text, start)
  const word = text.slice(start, end).toLowerCase()
  const spec = PER_UNITS[word]
  if (!spec) return undefined
  return { ...spec, end }
}

/** True when the character before `index` means a number here is part of a word ("P99", "EC2", "N+1"). */
function glued(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  if (isWordChar(before) || (before === 46 /* . */ && isDigit(text.charCodeAt(index - 2))))
    return true
  if ((before === 43 || before === 45) && isWordChar(text.charCodeAt(index - 2))) return true
  if (before === 35 /* # */) return true
  return false
}

/**
 * Every figure in `text`, in order: numbers with their units, magnitudes,
 * rates, ranges and qualifiers. Years (2023), versions (1.2.3), dates, clock
 * times and numbers glued to letters (P99, EC2, Q2) are left out.
 */
export function parseQuantities(text: string): Quantity[] {
  return tokenize(text)
    .filter((token): token is QuantityToken => token.type === 'quantity')
    .map((token) => token.quantity)
}

// ---------------------------------------------------------------------------
// Tokens

interface QuantityToken {
  type: 'quantity'
  start: number
  end: number
  quantity: Quantity
}
interface WordToken {
  type: 'word'
  start: number
  end: number
  word: string
}
interface MarkToken {
  type: 'arrow' | 'open' | 'close' | 'comma' | 'stop'
  start: number
  end: number
}
type Token = QuantityToken | WordToken | MarkToken

const ARROWS = ['→', '⟶', '➔', '➝', '➞', '⇒', '->', '-->', '=>', '—>', '–>', '~>']

function arrowAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (
    code === 0x2192 ||
    code === 0x27f6 ||
    code === 0x2794 ||
    code === 0x279d ||
    code === 0x279e ||
    code === 0x21d2
  )
    return 1
  if (code === 45 && text.charCodeAt(index + 1) === 45 && text.charCodeAt(index + 2) === 62)
    return 3
  if (
    (code === 45 || code === 61 || code === 0x2014 || code === 0x2013 || code === 126) &&
    text.charCodeAt(index + 1) === 62
  )
    return 2
  return 0
}

const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'vs.', 'approx.', 'etc.', 'cf.', 'ca.'])

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (isSpace(code) || code === 13) {
      index++
      continue
    }
    if (code === 10) {
      // A blank line ends a clause; a single line break does not.
      let end = index + 1
      let blank = false
      while (end < length) {
        const next = text.charCodeAt(end)
        if (next === 10) blank = true
        else if (!isSpace(next) && next !== 13) break
        end++
      }
      if (blank) tokens.push({ type: 'stop', start: index, end })
      index = end
      continue
    }
    const arrow = arrowAt(text, index)
    if (arrow > 0) {
      tokens.push({ type: 'arrow', start: index, end: index + arrow })
      index += arrow
      continue
    }
    const next = text.charCodeAt(index + 1)
    const startsNumber =
      isDigit(code) ||
      (code === 46 && isDigit(next)) ||
      ((code === 36 || code === 0x20ac || code === 0xa3) && (isDigit(next) || next === 46)) ||
      ((code === 43 || code === 45 || code === 0x2212) &&
        (isDigit(next) || next === 36) &&
        !isWordChar(text.charCodeAt(index - 1))) ||
      ((code === 60 || code === 62 || code === 126 || code === 0x2248) &&
        (isDigit(next) ||
          next === 36 ||
          (next === 61 && isDigit(text.charCodeAt(index + 2))) ||
          (isSpace(next) && isDigit(text.charCodeAt(index + 2)))))
    if (startsNumber) {
      if (isDigit(code) && glued(text, index)) {
        // Part of a word: skip the digits.
        let end = index
        while (end < length && isWordChar(text.charCodeAt(end))) end++
        index = end
        continue
      }
      const scanned = scanQuantity(text, index)
      if (scanned.quantity) {
        tokens.push({
          type: 'quantity',
          start: scanned.quantity.start,
          end: scanned.quantity.end,
          quantity: scanned.quantity,
        })
      }
      index = Math.max(scanned.next, index + 1)
      continue
    }
    if (isLetter(code)) {
      const end = wordEnd(text, index)
      const word = text.slice(index, end).toLowerCase()
      if (ZERO_WORDS.has(word) && !isWordChar(text.charCodeAt(end))) {
        // "zero downtime", "zero production issues": a measured outcome of 0.
        const nounStart = isSpace(text.charCodeAt(end)) ? end + 1 : -1
        if (nounStart > 0 && isLetter(text.charCodeAt(nounStart))) {
          const nounEnd = wordEnd(text, nounStart)
          const noun = text.slice(nounStart, nounEnd).toLowerCase()
          if (!NOT_NOUNS.has(noun)) {
            tokens.push({
              type: 'quantity',
              start: index,
              end: nounEnd,
              quantity: {
                text: text.slice(index, nounEnd),
                start: index,
                end: nounEnd,
                value: 0,
                decimals: 0,
                base: 0,
                dimension: 'count',
                unit: noun,
              },
            })
            index = nounEnd
            continue
          }
        }
      }
      if (text.charCodeAt(end) === 46) {
        const abbreviation = /^[a-z]{1,6}\.(?:[a-z]\.)?/i.exec(text.slice(index, index + 10))?.[0]
        if (abbreviation && ABBREVIATIONS.has(abbreviation.toLowerCase())) {
          tokens.push({
            type: 'word',
            start: index,
            end: index + abbreviation.length,
            word: abbreviation.toLowerCase(),
          })
          index += abbreviation.length
          continue
        }
      }
      tokens.push({ type: 'word', start: index, end, word })
      index = end
      continue
    }
    if (code === 40 || code === 91) tokens.push({ type: 'open', start: index, end: index + 1 })
    else if (code === 41 || code === 93)
      tokens.push({ type: 'close', start: index, end: index + 1 })
    else if (code === 44) tokens.push({ type: 'comma', start: index, end: index + 1 })
    else if (code === 59 || code === 33 || code === 63)
      tokens.push({ type: 'stop', start: index, end: index + 1 })
    else if (code === 46 && (index + 1 >= length || isSpace(next) || next === 10 || next === 13))
      tokens.push({ type: 'stop', start: index, end: index + 1 })
    index++
  }
  return tokens
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
  if ((a.per === undefined) !== (b.per === undefined)) return false
  if (a.dimension === 'count' && a.unit !== b.unit && singular(a.unit) !== singular(b.unit))
    return false
  if (a.dimension === 'rating' && a.unit !== b.unit) return false
  return true
}

function singular(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun
}

/** A bare end of a change takes the other end's unit: "3.2 → 4.1/5", "from 9 to 2/month". */
function withUnitOf(bare: Quantity, other: Quantity): Quantity {
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
  const tokens = tokenize(typeof text === 'string' ? text : '')
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
      while (back >= 0 && tokens[back]?.type === 'word' && words < 2) {
        back--
        words++
      }
      const before = tokens[back]
      const after = tokens[index + 1]
      if (before?.type === 'quantity' && after?.type === 'quantity') {
        const change = makeChange(text, before.quantity, after.quantity, 'arrow')
        changes.push(change)
        endpoint.add(back)
        endpoint.add(index + 1)
        changeAt.push({ token: index, change })
      }
    }
    if (token.type === 'word' && token.word === 'from') {
      const before = tokens[index + 1]
      if (before?.type !== 'quantity') continue
      let next = index + 2
      let words = 0
      while (next < tokens.length && words < 3) {
        const candidate = tokens[next]
        if (candidate?.type !== 'word' || candidate.word === 'to') break
        next++
        words++
      }
      const to = tokens[next]
      const after = tokens[next + 1]
      if (to?.type === 'word' && to.word === 'to' && after?.type === 'quantity') {
        const change = makeChange(text, before.quantity, after.quantity, 'from-to')
        changes.push(change)
        endpoint.add(index + 1)
        endpoint.add(next + 1)
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
    while (words < 5 && tokens[next]?.type === 'word') {
      next++
      words++
    }
    const before = tokens[next]
    if (before?.type !== 'quantity' || endpoint.has(next)) continue
    // The nearest figure back that measures the same thing ("9,000 events/s on 6 nodes, beating
    // the previous record of 6,500 events/s" compares the events, not the nodes).
    let change: Change | undefined
    let afterIndex = -1
    for (let back = index - 1, steps = 0; back >= 0 && steps < 12; back--, steps++) {
      const candidate = tokens[back] as Token
      if (candidate.type === 'stop') break
      if (candidate.type !== 'quantity' || endpoint.has(back)) continue
      const relative =
        (candidate.quantity.dimension === 'multiplier' &&
          before.quantity.dimension !== 'multiplier') ||
        isRelativeFigure(tokens, back) ||
        (tokens[back - 1]?.type === 'word' && (tokens[back - 1] as WordToken).word === 'by')
      if (relative) continue
      const candidateChange = makeChange(text, before.quantity, candidate.quantity, 'comparison')
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
  changes.sort((a, b) => a.start - b.start)
  changeAt.sort((a, b) => a.token - b.token)

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
]

/** The number of tokens of a comparison marker starting at `index`, or 0. */
function comparisonMarker(tokens: Token[], index: number): number {
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
    if (endpoints.has(cursor) && tokens[cursor]?.type === 'quantity') return true
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
  if (!change?.comparable) return undefined
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

/** Renders a change the way messages show it: `2s → 150ms`. */
export function describeChange(change: Change): string {
  return `${change.before.text} → ${change.after.text}`
}

/** Arrow spellings recognised between a before and an after figure. */
export const CHANGE_ARROWS: readonly string[] = ARROWS
