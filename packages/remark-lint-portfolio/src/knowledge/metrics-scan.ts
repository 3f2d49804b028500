/**
 * Reading figures from text: `scanQuantity` reads one figure ("$40K/month",
 * "2.5 s", "8 engineers"), `tokenize` splits a text into figures, words,
 * arrows and punctuation for the claim reader. One pass, linear time.
 */
import {
  BEFORE_ONE_COUNT,
  DATA_UNITS,
  type Dimension,
  MAGNITUDE_WORDS,
  NONE_WORDS,
  NOT_AFTER_ONE,
  NOT_BEFORE_ONE,
  NOT_NOUNS,
  PER_UNITS,
  type Quantity,
  RATE_WORDS,
  SCALE_WORDS,
  TENS_WORDS,
  TIME_UNITS,
  UNIT_WORDS,
  type UnitSpec,
  ZERO_WORDS,
} from './metrics-units.js'

// The character tests stay in this file: the scanner calls them for every character.
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
// Scanning quantities

interface Scanned {
  quantity: Quantity | undefined
  /** A time of day read instead of a figure ("07:30"): the end of a change at most. */
  clock?: Quantity
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
  if (after === 58 /* : */ && fraction === '' && !sign && !currency && !qualifier) {
    const clock = clockTime(text, numberStart, integerDigits, cursor)
    if (clock) return { quantity: undefined, clock, next: clock.end }
  }
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
        const factor = MAGNITUDE_WORDS.get(word)
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
    } else if (code === 45 /* - */ && isLetter(text.charCodeAt(cursor + 1))) {
      // "a 40-minute build", "a 2-week trial": the time as an adjective.
      const end = wordEnd(text, cursor + 1)
      // From the number's last digit: joinedTimeUnit wants something before the hyphen.
      const timeUnit = joinedTimeUnit(text.slice(cursor - 1, end))?.spec
      if (timeUnit) {
        dimension = 'time'
        unit = timeUnit.unit
        factor = timeUnit.factor
        cursor = end
      }
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
        const timeUnit = TIME_UNITS.get(written) ?? TIME_UNITS.get(word)
        const cent = word === 'per' ? /^[ \t]+cent\b/i.exec(text.slice(end, end + 8)) : null
        if (word === 'percent' || word === 'pct' || cent) {
          // "12 per cent", as British writers spell it.
          dimension = 'percent'
          unit = '%'
          cursor = end + (cent?.[0].length ?? 0)
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
        } else if (RATE_WORDS.has(word)) {
          dimension = 'count'
          unit = word
          per = RATE_WORDS.get(word)
          perFactor = PER_UNITS.get(per as string)?.factor ?? 1
          cursor = end
        } else if (
          spaced &&
          (COUNT_ADJECTIVES.has(word) ||
            (written.length >= 2 &&
              !NOT_NOUNS.has(word) &&
              !isYear(grouped ? '' : integerDigits, fraction, magnitude)))
        ) {
          const noun = countedBy(text, word, end)
          if (noun) {
            dimension = 'count'
            unit = noun.word
            cursor = noun.end
          }
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
    const factor = DATA_UNITS.get(candidate)
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
    const spec = PER_UNITS.get(word)
    if (spec && word.length > 1) return { ...spec, end }
    return undefined
  } else return undefined
  if (!isLetter(text.charCodeAt(start))) return undefined
  const end = wordEnd(text, start)
  const word = text.slice(start, end).toLowerCase()
  const spec = PER_UNITS.get(word)
  if (!spec) return undefined
  return { ...spec, end }
}

/**
 * A time of day at `start` whose hours (`hours`, digits) end at the colon at
 * `colon`: "07:30", "5:00 pm", "23:15:07". Undefined for what is not one: a
 * ratio ("3:1", "16:9"), a verse or a duration past a day ("27:30").
 */
function clockTime(
  text: string,
  start: number,
  hours: string,
  colon: number,
): Quantity | undefined {
  const minutes = /^:([0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s?([ap])\.?m\b)?/i.exec(
    text.slice(colon, colon + 14),
  )
  if (!minutes || hours.length > 2) return undefined
  let hour = Number(hours)
  const half = minutes[2]?.toLowerCase()
  if (half ? hour < 1 || hour > 12 : hour > 23) return undefined
  if (half === 'p' && hour < 12) hour += 12
  if (half === 'a' && hour === 12) hour = 0
  const end = colon + minutes[0].length
  const value = hour * 60 + Number(minutes[1])
  return {
    text: text.slice(start, end),
    start,
    end,
    value,
    decimals: 0,
    base: value,
    dimension: 'clock',
    unit: '',
  }
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

export interface QuantityToken {
  type: 'quantity'
  start: number
  end: number
  quantity: Quantity
}
export interface WordToken {
  type: 'word'
  start: number
  end: number
  word: string
  /**
   * A number written as a word that counts nothing by itself ("from three to
   * four", "to none"): a figure only as the end of a change, which the claim
   * reader decides.
   */
  number?: Quantity
}
interface MarkToken {
  type: 'arrow' | 'open' | 'close' | 'comma' | 'stop'
  start: number
  end: number
}
export type Token = QuantityToken | WordToken | MarkToken

export const ARROWS = ['→', '⟶', '➔', '➝', '➞', '⇒', '->', '-->', '=>', '—>', '–>', '~>']

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

export function tokenize(text: string): Token[] {
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
      } else if (scanned.clock) {
        // Like a number word standing alone: a figure only as the end of a change.
        const { start, end } = scanned.clock
        tokens.push({ type: 'word', start, end, word: scanned.clock.text, number: scanned.clock })
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
        // "from 40 a month to zero": a bare 0 as the end of a change, taking the other end's unit.
        const previous = tokens[tokens.length - 1]
        if (previous?.type === 'word' && (previous.word === 'to' || previous.word === 'from')) {
          tokens.push({
            type: 'quantity',
            start: index,
            end,
            quantity: {
              text: text.slice(index, end),
              start: index,
              end,
              value: 0,
              decimals: 0,
              base: 0,
              dimension: 'number',
              unit: '',
            },
          })
          index = end
          continue
        }
      }
      const spelled = spelledNumber(text, index, end, word, tokens[tokens.length - 1])
      if (spelled) {
        tokens.push(spelled)
        index = spelled.end
        continue
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
// Numbers written as words

/** Magnitudes written out after a number word: "two million riders" (not "mm", "bn"). */
const SPELLED_MAGNITUDES = new Set(['thousand', 'million', 'billion', 'trillion'])

/** Words after a bare number word that make it prose: "one of the", "one by one", "one or two". */
const NOT_AFTER_BARE = new Set(['of', 'another', 'other', 'others', 'by', 'or', 'such'])

/** The value of a number word: "three", "Twelve", "twenty", "twenty-two". */
function numberWordValue(word: string): number | undefined {
  const value = UNIT_WORDS.get(word) ?? TENS_WORDS.get(word)
  if (value !== undefined) return value
  const dash = word.indexOf('-')
  if (dash < 0) return undefined
  const tens = TENS_WORDS.get(word.slice(0, dash))
  const unit = UNIT_WORDS.get(word.slice(dash + 1))
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : undefined
}

/**
 * The word after the spaces at `index` (a line break among them, as wrapped
 * Markdown puts one between a number and its noun; not a blank line), lower
 * case, with its offsets; undefined when no letter follows.
 */
function nextWord(
  text: string,
  index: number,
): { word: string; start: number; end: number } | undefined {
  let start = index
  let breaks = 0
  for (;;) {
    const code = text.charCodeAt(start)
    if (isSpace(code) || code === 13) start++
    else if (code === 10 && breaks === 0) {
      breaks++
      start++
    } else break
  }
  if (start === index || !isLetter(text.charCodeAt(start))) return undefined
  const end = wordEnd(text, start)
  return { word: text.slice(start, end).toLowerCase(), start, end }
}

/** Words between a number and what it counts: "3 more engineers", "two other teams". */
const COUNT_ADJECTIVES = new Set(['more', 'other', 'new', 'additional', 'extra', 'further'])

/**
 * Words that say which of a thing are counted, not what is: "12 senior
 * engineers", "1.2M monthly active users", "40,000 daily deliveries".
 */
const QUALIFIERS = new Set([
  'senior',
  'junior',
  'active',
  'concurrent',
  'unique',
  'paying',
  'registered',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'annual',
  'distinct',
])

/**
 * What a number counts, from the first word after it (`word`, ending at
 * `end`), whether the number is written in digits or in words: the noun
 * after a count adjective ("3 more engineers", "two other teams"), after the
 * words that qualify it ("12 senior engineers", "twelve monthly active
 * users"), or after a kind of it when a rate follows ("2,400 card payments a
 * second"); else the word itself. Undefined when a count adjective has no
 * noun after it ("3 more than last year").
 */
function countedBy(
  text: string,
  word: string,
  end: number,
): { word: string; end: number } | undefined {
  if (COUNT_ADJECTIVES.has(word)) return countedNoun(text, end)
  return (QUALIFIERS.has(word) ? countedNoun(text, end) : headOfRate(text, end)) ?? { word, end }
}

/**
 * The noun after a first word that names a kind of it, when a rate follows
 * the two: "2,400 card payments a second" counts payments, per second.
 */
function headOfRate(text: string, index: number): { word: string; end: number } | undefined {
  const noun = nextWord(text, index)
  if (!noun || noun.start !== index + 1 || noun.word.length < 2 || NOT_NOUNS.has(noun.word))
    return undefined
  return readPer(text, noun.end) ? noun : undefined
}

/** The noun after `index` when it is one a number can count: not "than", "of", a number or a unit of scale. */
function countedNoun(text: string, index: number): { word: string; end: number } | undefined {
  let noun = nextWord(text, index)
  // "monthly active users": a second qualifier before the noun.
  if (noun && QUALIFIERS.has(noun.word)) {
    noun = nextWord(text, noun.end) ?? noun
  }
  if (
    !noun ||
    noun.word.length < 2 ||
    NOT_NOUNS.has(noun.word) ||
    COUNT_ADJECTIVES.has(noun.word) ||
    numberWordValue(noun.word) !== undefined ||
    MAGNITUDE_WORDS.has(noun.word)
  )
    return undefined
  return noun
}

/**
 * A time unit joined to the number before it by a hyphen, as English makes
 * an adjective of a time ("a 40-minute build", "a four-hour outage"): the
 * unit and where the hyphen is in `word`. Units of three letters or more, so
 * "3-D" is no time.
 */
function joinedTimeUnit(word: string): { unit: string; spec: UnitSpec; dash: number } | undefined {
  const dash = word.lastIndexOf('-')
  if (dash <= 0) return undefined
  const unit = word.slice(dash + 1).toLowerCase()
  const spec = unit.length > 2 ? TIME_UNITS.get(unit) : undefined
  return spec ? { unit, spec, dash } : undefined
}

/**
 * A number written in words at `start` (its first word is `word`, ending at
 * `end`), as a token: a figure when it counts or measures something ("three
 * leavers", "two weeks", "a dozen services", "twenty-two per cent"), or a
 * word carrying its number when it stands alone ("from three to four", "to
 * none"), which counts only as the end of a change. Undefined for prose:
 * "one of the", "no one", "the one thing", "one day", "at one point",
 * "two-way", "one-to-ones".
 */
function spelledNumber(
  text: string,
  start: number,
  end: number,
  word: string,
  previous: Token | undefined,
): QuantityToken | WordToken | undefined {
  const before = previous?.type === 'word' ? previous.word : undefined
  const joined = joinedTimeUnit(word)
  if (joined) {
    // "a four-hour outage", "a twenty-four-hour rota": the time as an adjective.
    const value = numberWordValue(word.slice(0, joined.dash))
    const unit = { word: joined.unit, start: start + joined.dash + 1, end }
    const quantity =
      value === undefined
        ? undefined
        : spelledUnit(text, start, start + joined.dash, value, unit, false)
    if (quantity) return { type: 'quantity', start, end: quantity.end, quantity }
  }
  let value: number | undefined
  let cursor = end
  if (NONE_WORDS.has(word)) value = 0
  else if (word === 'a') {
    // "a hundred", "a dozen"
    const scale = nextWord(text, end)
    if (!scale || SCALE_WORDS.get(scale.word) === undefined) return undefined
    value = SCALE_WORDS.get(scale.word)
    cursor = scale.end
  } else {
    value = numberWordValue(word)
    if (value === undefined) return undefined
    const scale = nextWord(text, end)
    if (scale && value < 10 && SCALE_WORDS.get(scale.word) !== undefined) {
      value *= SCALE_WORDS.get(scale.word) as number
      cursor = scale.end
    }
  }
  if (value === undefined) return undefined
  const one = value === 1 && word === 'one'
  if (one && before !== undefined && NOT_BEFORE_ONE.has(before)) return undefined
  // "one" counts what follows only after a word that counts it ("in one week", "only one
  // region"); before a noun anywhere else it is "a" ("one told us", "I set one target").
  const counted = !one || (before !== undefined && BEFORE_ONE_COUNT.has(before))
  if (!counted) {
    const following = nextWord(text, cursor)
    if (following && !NOT_NOUNS.has(following.word)) return undefined
  }
  if (counted && !NONE_WORDS.has(word)) {
    let unit = nextWord(text, cursor)
    if (unit && SPELLED_MAGNITUDES.has(unit.word)) {
      value *= MAGNITUDE_WORDS.get(unit.word) as number
      cursor = unit.end
      unit = nextWord(text, cursor)
    }
    const quantity = spelledUnit(text, start, cursor, value, unit, one)
    if (quantity === null) return undefined
    if (quantity) return { type: 'quantity', start, end: quantity.end, quantity }
  }
  // Standing alone: the end of a change, unless prose follows ("one of the", "none of them").
  const following = nextWord(text, cursor)
  if (following && NOT_AFTER_BARE.has(following.word)) return undefined
  const written = text.slice(start, cursor).replace(/\s+/g, ' ')
  return {
    type: 'word',
    start,
    end: cursor,
    word: written.toLowerCase(),
    number: {
      text: written,
      start,
      end: cursor,
      value,
      decimals: 0,
      base: value,
      dimension: 'number',
      unit: '',
    },
  }
}

/**
 * What a number word measures or counts, read from the word after it: a
 * percentage ("twelve percent", "twelve per cent"), a duration ("two
 * weeks"), or a count of a noun ("three leavers"), with a rate ("two
 * incidents a month"). Undefined when nothing follows that it measures (a
 * bare number); null when what follows makes it prose ("one day", "one
 * thing", "at one point").
 */
function spelledUnit(
  text: string,
  start: number,
  numberEnd: number,
  value: number,
  unit: { word: string; start: number; end: number } | undefined,
  one: boolean,
): Quantity | null | undefined {
  let dimension: Dimension | undefined
  let name = ''
  let factor = 1
  let end = numberEnd
  if (unit) {
    const word = unit.word
    const timeUnit = word.length > 2 ? TIME_UNITS.get(word) : undefined
    if (word === 'percent') {
      dimension = 'percent'
      name = '%'
      end = unit.end
    } else if (word === 'per' && nextWord(text, unit.end)?.word === 'cent') {
      dimension = 'percent'
      name = '%'
      end = (nextWord(text, unit.end) as { end: number }).end
    } else if (word === 'percentage' && nextWord(text, unit.end)?.word.startsWith('point')) {
      const points = nextWord(text, unit.end) as { word: string; end: number }
      if (points.word !== 'point' && points.word !== 'points') return undefined
      dimension = 'points'
      name = 'pp'
      end = points.end
    } else if (timeUnit) {
      dimension = 'time'
      name = timeUnit.unit
      factor = timeUnit.factor
      end = unit.end
    } else if (one && NOT_AFTER_ONE.has(word)) {
      return null
    } else if (
      COUNT_ADJECTIVES.has(word) ||
      (word.length >= 2 &&
        !NOT_NOUNS.has(word) &&
        !word.startsWith('point') &&
        numberWordValue(word) === undefined &&
        SCALE_WORDS.get(word) === undefined &&
        MAGNITUDE_WORDS.get(word) === undefined &&
        word !== 'percentage')
    ) {
      const noun = countedBy(text, word, unit.end)
      if (noun) {
        dimension = 'count'
        name = noun.word
        end = noun.end
      }
    }
  }
  let per: { unit: string; factor: number; end: number } | undefined
  if (dimension !== 'percent' && dimension !== 'points') {
    per = readPer(text, end)
    if (per) {
      end = per.end
      dimension ??= 'count'
    }
  }
  if (!dimension) return undefined
  const quantity: Quantity = {
    // One line, as messages quote it: "three\n  leavers" reads "three leavers".
    text: text.slice(start, end).replace(/\s+/g, ' '),
    start,
    end,
    value,
    decimals: 0,
    base: (value * factor) / (per?.factor ?? 1),
    dimension,
    unit: name,
  }
  if (per) quantity.per = per.unit
  return quantity
}
