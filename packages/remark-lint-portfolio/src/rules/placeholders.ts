/**
 * ## portfolio-placeholders
 *
 * Template text left in a finished document reads as unfinished work. This
 * rule reports, each at its exact position:
 *
 * - bracketed instructions: `[e.g., …]`, `[i.e. …]` and brackets whose first
 *   word tells the writer what to do or names what goes there (`[Include
 *   high-level diagram]`, `[Add …]`, `[Describe …]`, `[Your …]`,
 *   `[Insert …]`, `[List …]`, `[Company name]`, `[Date]`…); brackets that
 *   give an example anywhere (`[The situation, e.g., …]`); brackets of two
 *   or more words standing alone on a line or after a label (`- Pros: [what
 *   it gets right]`, as templates write them); and `{{…}}`;
 * - `TODO`, `TBD`, `TBC`, `FIXME` and `XXX` (upper case, as whole words);
 * - figure placeholders: `XX%`, `X%`, `$XM`, `$XK`, `$X`, `X.X`, `Xms`,
 *   `XX,XXX`, and a lone `X`, `N` or `Y` counting something (`N engineers`,
 *   `X users`), or as a percentage (`Y%`);
 * - `Lorem ipsum`.
 *
 * Links, reference links, footnotes, task-list checkboxes (`[ ]`, `[x]`),
 * `N+1`, `X-ray`, `P99` and ordinary words are not placeholders. Code blocks,
 * inline code and HTML comments are not read. Front matter is read as data:
 * each string value it holds (so `title: TBD` is found), never the YAML
 * source, so a flow list such as `[Dive Deep, Ownership]` is two names.
 *
 * No options. Checks every kind; says nothing without front matter naming a
 * known kind.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   leadership-principles: [Dive Deep, Ownership]
 *   tags: [payments, latency]
 *   ---
 *
 *   # Checkout latency
 *
 *   - [x] Fixed the N+1 queries (see [the trace][trace] and [notes](notes.md))
 *   - [ ] Write the follow-up X-ray of P99 latency
 *
 *   Latency fell from 2s to 150ms for 8 engineers' services (`TODO` in code is fine).
 *
 *   [trace]: https://example.com/trace
 *
 * @example
 *   {"name": "template.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: TBD
 *   ---
 *
 *   **System Name: [e.g., "User Recommendation Platform"]**
 *
 *   - **Architecture Overview**: [Include high-level diagram]
 *   - **Scale**: XX% of traffic, $XM revenue, N engineers
 *   - TODO: the results. Lorem ipsum dolor.
 *   - [The situation, e.g., monolith serving 20M users]
 *   - Pros: [what it gets right]
 *
 *   Latency [sic] fell as [measured at the edge] by the [1] study.
 *
 * @example
 *   {"name": "template.md", "label": "output"}
 *
 *   3:8: `TBD` left in: finish or remove it
 *   6:16: Template instruction `[e.g., "User Recommendation Platform"]` left in: replace it with your own content
 *   8:30: Template instruction `[Include high-level diagram]` left in: replace it with your own content
 *   9:14: Placeholder `XX%` left in: put the real figure
 *   9:30: Placeholder `$XM` left in: put the real figure
 *   9:43: Placeholder `N engineers` left in: put the real figure
 *   10:3: `TODO` left in: finish or remove it
 *   10:22: Filler text `Lorem ipsum` left in: replace it with your own content
 *   11:3: Template instruction `[The situation, e.g., monolith serving 20M users]` left in: replace it with your own content
 *   12:9: Template instruction `[what it gets right]` left in: replace it with your own content
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { frontMatter } from '../knowledge/front-matter.js'
import { portfolioRule } from '../knowledge/rule.js'
import { placeAt, textBlocks } from '../knowledge/text.js'

/** First words of a bracket that make it a template instruction. */
const INSTRUCTION_WORDS = new Set(
  `e.g eg i.e ie include insert add describe your enter fill list explain name placeholder
  replace specify summarize summarise provide write link todo tbd example company team project
  date number metric metrics optional briefly mention outline detail quantify attach paste
  diagram screenshot image`
    .split(/\s+/)
    .filter(Boolean),
)

const MARKER_WORDS = new Set(['TODO', 'TBD', 'TBC', 'FIXME', 'XXX'])

export interface Placeholder {
  index: number
  text: string
  kind: 'instruction' | 'marker' | 'figure' | 'filler'
}

const isLetter = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)
const isDigit = (code: number) => code >= 48 && code <= 57
const isWordChar = (code: number) => isLetter(code) || isDigit(code) || code === 95

/** Placeholders in a piece of text, in order. Linear: every look-ahead is bounded. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    const previous = text.charCodeAt(index - 1)
    if (code === 91 /* [ */) {
      const instruction = bracketInstruction(text, index)
      if (instruction) {
        found.push({ index, text: instruction, kind: 'instruction' })
        index += instruction.length
        continue
      }
    } else if (code === 123 && text.charCodeAt(index + 1) === 123) {
      const close = boundedIndexOf(text, '}}', index + 2, 120)
      if (close !== -1 && close > index + 2) {
        const value = text.slice(index, close + 2)
        found.push({ index, text: value, kind: 'instruction' })
        index = close + 2
        continue
      }
    } else if (!isWordChar(previous) && (code === 76 || code === 108)) {
      if (text.slice(index, index + 11).toLowerCase() === 'lorem ipsum') {
        found.push({ index, text: text.slice(index, index + 11), kind: 'filler' })
        index += 11
        continue
      }
    }
    if (isLetter(code) && !isWordChar(previous)) {
      let end = index
      while (end < length && isWordChar(text.charCodeAt(end))) end++
      const word = text.slice(index, end)
      if (MARKER_WORDS.has(word)) {
        found.push({ index, text: word, kind: 'marker' })
        index = end
        continue
      }
    }
    if (
      (code === 88 || code === 78 || code === 89 || code === 36) &&
      !isWordChar(previous) &&
      previous !== 45
    ) {
      const figure = figurePlaceholder(text, index)
      if (figure) {
        found.push({ index, text: figure, kind: 'figure' })
        index += figure.length
        continue
      }
    }
    if (isWordChar(code)) {
      // Skip the rest of the word: placeholders start at word boundaries.
      let end = index + 1
      while (end < length && isWordChar(text.charCodeAt(end))) end++
      index = end
      continue
    }
    index++
  }
  return found
}

function boundedIndexOf(text: string, search: string, from: number, limit: number): number {
  const found = text.slice(from, from + limit + search.length).indexOf(search)
  return found === -1 ? -1 : from + found
}

/** `[Include …]`, `[e.g., …]`: the bracket text (up to `]` or 80 characters) when it is an instruction. */
function bracketInstruction(text: string, index: number): string | undefined {
  let cursor = index + 1
  while (text.charCodeAt(cursor) === 32) cursor++
  let end = cursor
  while (
    end < text.length &&
    (isLetter(text.charCodeAt(end)) ||
      (text.charCodeAt(end) === 46 && isLetter(text.charCodeAt(end + 1))))
  )
    end++
  const word = text.slice(cursor, end).toLowerCase()
  if (word.length < 2 || !INSTRUCTION_WORDS.has(word)) return guidanceBracket(text, index)
  const close = boundedIndexOf(text, ']', end, 200)
  if (close === -1) {
    const stop = Math.min(text.length, index + 60)
    const newline = text.indexOf('\n', index)
    return `${text.slice(index, newline !== -1 && newline < stop ? newline : stop).trimEnd()}…`
  }
  return text.slice(index, close + 1)
}

/**
 * A bracket that reads as a template's guidance even without an instruction
 * word: one that gives an example (`[The situation, e.g., a monolith]`), or
 * one of two or more words standing alone on its line or after a label
 * (`- Pros: [what it gets right]`). Real links never reach here: the parser
 * has already made them links.
 */
function guidanceBracket(text: string, index: number): string | undefined {
  const close = boundedIndexOf(text, ']', index + 1, 200)
  if (close === -1) return undefined
  const inner = text.slice(index + 1, close)
  if (inner.includes('[') || !/[A-Za-z]{2}/.test(inner)) return undefined
  const bracket = text.slice(index, close + 1)
  if (/\b(?:e\.\s?g|i\.\s?e)\.|\bfor example\b/i.test(inner)) return bracket
  if (!/\S\s+\S/.test(inner.trim())) return undefined
  let before = index - 1
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--
  const opensLine = before < 0 || text.charCodeAt(before) === 10 || text.charCodeAt(before) === 58
  let after = close + 1
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9))
    after++
  const endsLine =
    after >= text.length || [10, 58, 46].includes(text.charCodeAt(after)) /* \n : . */
  return opensLine && endsLine ? bracket : undefined
}

const FIGURE_SUFFIXES = ['ms', 'min', '%', 'K', 'M', 'B', 'k', 'x', 'h', '+']

/** `XX%`, `$XM`, `$X`, `X.X`, `N engineers`: the placeholder text, if any. */
function figurePlaceholder(text: string, index: number): string | undefined {
  let cursor = index
  const dollar = text.charCodeAt(cursor) === 36
  if (dollar) cursor++
  const letter = text.charCodeAt(cursor)
  if (letter !== 88 && letter !== 78 && letter !== 89) return undefined
  let run = 0
  while (text.charCodeAt(cursor) === letter) {
    cursor++
    run++
  }
  if (letter !== 88 && run > 1) return undefined
  // X.X, XX,XXX
  while (
    (text.charCodeAt(cursor) === 46 || text.charCodeAt(cursor) === 44) &&
    text.charCodeAt(cursor + 1) === letter
  ) {
    cursor++
    while (text.charCodeAt(cursor) === letter) {
      cursor++
      run++
    }
  }
  let suffix = ''
  for (const candidate of FIGURE_SUFFIXES) {
    if (text.startsWith(candidate, cursor)) {
      if (letter !== 88 && candidate !== '%') continue
      const after = text.charCodeAt(cursor + candidate.length)
      if (isWordChar(after) || (candidate === '+' && isDigit(after))) continue
      suffix = candidate
      break
    }
  }
  cursor += suffix.length
  const after = text.charCodeAt(cursor)
  if (isWordChar(after)) return undefined
  if (!suffix && (after === 45 || after === 43 || after === 47 || after === 39 || after === 0x2019))
    return undefined
  if (dollar || suffix || (letter === 88 && run >= 2)) return text.slice(index, cursor)
  // A lone X/N/Y counting something: "N engineers", "X users".
  if (after === 32 && isLetter(text.charCodeAt(cursor + 1))) {
    let end = cursor + 1
    while (end < text.length && isLetter(text.charCodeAt(end))) end++
    const noun = text.slice(cursor + 1, end)
    if (noun.length >= 3 && noun.endsWith('s') && noun === noun.toLowerCase()) {
      return text.slice(index, end)
    }
  }
  return undefined
}

function message(placeholder: Placeholder): string {
  switch (placeholder.kind) {
    case 'instruction':
      return `Template instruction \`${placeholder.text}\` left in: replace it with your own content`
    case 'marker':
      return `\`${placeholder.text}\` left in: finish or remove it`
    case 'figure':
      return `Placeholder \`${placeholder.text}\` left in: put the real figure`
    default:
      return `Filler text \`${placeholder.text}\` left in: replace it with your own content`
  }
}

function check(tree: Root, file: VFile): void {
  if (!documentContext(tree).spec) return
  // Front matter: parsed values, each reported where its scalar starts.
  for (const value of frontMatter(tree).strings) {
    for (const placeholder of findPlaceholders(value.value)) {
      file.message(message(placeholder), { place: value.place })
    }
  }
  for (const block of textBlocks(tree, file, { inline: ['text', 'break'] })) {
    for (const placeholder of findPlaceholders(block.text)) {
      file.message(message(placeholder), {
        place: placeAt(file, block.offsetOf(placeholder.index)),
      })
    }
  }
}

const remarkLintPortfolioPlaceholders = portfolioRule('portfolio-placeholders', check)

export default remarkLintPortfolioPlaceholders
