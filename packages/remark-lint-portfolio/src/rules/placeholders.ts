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
 * - slots in angle brackets, whether Markdown reads them as text or as an
 *   HTML tag: `<insert peak hour>`, `<Company Name>`, `<your team>` (an
 *   instruction word first, or two or more words, and no HTML element);
 * - instructions in parentheses: `(add profiler screenshot here)`,
 *   `(insert …)`, `(include the numbers)`: a verb telling the writer to add
 *   something, with what (a screenshot, a diagram, the numbers) or where
 *   (`here`, `later`, `…`); and a few words ending `here` that name what goes
 *   there (`(screenshot here)`);
 * - `TODO`, `TBD`, `TBC`, `FIXME` and `XXX` (upper case, as whole words, so
 *   `(TBD)` too);
 * - blanks: `???` and longer, `___` and longer;
 * - figure placeholders: `XX%`, `X%`, `$XM`, `$XK`, `$X`, `X.X`, `Xms`,
 *   `XX,XXX`, `xx` and `xx%` in lower case, `??%`, `??ms`, `$??M`, and a lone
 *   `X`, `N` or `Y` counting something (`N engineers`, `X users`), or as a
 *   percentage (`Y%`);
 * - `Lorem ipsum`.
 *
 * Links, reference links, autolinks (`<https://…>`), footnotes, task-list
 * checkboxes (`[ ]`, `[x]`), HTML (`<br>`, `<details open>`, closing tags),
 * `List<T>`, `__bold__`, `N+1`, `X-ray`, `P99`, `3x`, `5xx`, `xxhash`,
 * `xx-large`, a question (`Why?`, `Really??`), a parenthesis that points at
 * something (`(see below)`, `(shown here)`) or is prose (`(add one node per
 * 10k users)`) and ordinary words are not placeholders. Code blocks, inline
 * code and HTML comments are not read. Front matter is read as data:
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
 *   Why? Hashing with xxhash was 3x faster and 5xx errors fell (see below).<br>
 *   <details open><summary>Raw numbers</summary> at <https://example.com/raw>, __bold__ ones.</details>
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
 *   Wait time fell from 95 s to ___ s at <insert peak hour> (add profiler screenshot here).
 *   Tick time fell by ??% and servers from 24 to xx; I paired with ??? on it.
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
 *   16:29: Blank `___` left in: fill in what belongs there
 *   16:38: Template instruction `<insert peak hour>` left in: replace it with your own content
 *   16:57: Template instruction `(add profiler screenshot here)` left in: replace it with your own content
 *   17:19: Placeholder `??%` left in: put the real figure
 *   17:46: Placeholder `xx` left in: put the real figure
 *   17:64: Blank `???` left in: fill in what belongs there
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { frontMatter } from '../knowledge/front-matter.js'
import { portfolioRule } from '../knowledge/rule.js'
import { placeAt, sourceOf, textBlocks, textRuns } from '../knowledge/text.js'

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

/**
 * HTML element names: `<details open>` or `<input disabled>` is markup, not
 * a `<Company Name>` left to fill in.
 */
const HTML_ELEMENTS = new Set(
  `a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas
  caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
  fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i
  iframe img input ins kbd label legend li link main map mark math menu meta meter nav nobr
  noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp
  script search section select slot small source span strike strong style sub summary sup svg
  table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr`
    .split(/\s+/)
    .filter(Boolean),
)

/** First words of a parenthesis that tell the writer to put something there: `(add … here)`. */
const PAREN_VERBS = new Set(
  `add insert include paste attach put link describe explain fill provide list specify mention
  quantify embed drop confirm`
    .split(/\s+/)
    .filter(Boolean),
)
/** What a parenthesised instruction asks for: `(add profiler screenshot here)`. */
const PAREN_NOUNS =
  /\b(?:screenshots?|diagrams?|images?|pictures?|graphs?|charts?|figures?|numbers?|metrics?|links?|stats?|details|examples?|names?|dates?|quotes?|your|e\.\s?g\.)(?![\w-])/i
/** Words that make a parenthesis point at what is there, not ask for it: `(see the diagram here)`. */
const PAREN_POINTERS = /\b(?:see|shown|pictured|above|below|cf)\b/i

export interface Placeholder {
  index: number
  text: string
  kind: 'instruction' | 'marker' | 'figure' | 'filler' | 'blank'
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
    } else if (code === 60 /* < */ && !isWordChar(previous)) {
      const close = boundedIndexOf(text, '>', index + 1, 100)
      if (close !== -1 && angleInstruction(text.slice(index + 1, close))) {
        found.push({ index, text: text.slice(index, close + 1), kind: 'instruction' })
        index = close + 1
        continue
      }
    } else if (code === 40 /* ( */ && !isWordChar(previous)) {
      const instruction = parenInstruction(text, index)
      if (instruction) {
        found.push({ index, text: instruction, kind: 'instruction' })
        index += instruction.length
        continue
      }
    } else if (
      (code === 63 || (code === 36 && text.charCodeAt(index + 1) === 63)) &&
      !isWordChar(previous) &&
      previous !== 63 &&
      previous !== 33
    ) {
      const blank = questionPlaceholder(text, index)
      if (blank) {
        found.push(blank)
        index += blank.text.length
        continue
      }
    } else if (code === 95 /* _ */ && !isWordChar(previous)) {
      let end = index
      while (text.charCodeAt(end) === 95) end++
      if (end - index >= 3 && !isLetter(text.charCodeAt(end)) && !isDigit(text.charCodeAt(end))) {
        found.push({ index, text: text.slice(index, end), kind: 'blank' })
      }
      index = end
      continue
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
      (code === 88 || code === 78 || code === 89 || code === 120 || code === 36) &&
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

/**
 * `<insert peak hour>`, `<Company Name>`: what sits between angle brackets
 * (written as text, or parsed as an HTML tag) is a template's slot when its
 * first word is an instruction or it is two or more words, and it is no HTML
 * element (`<details open>`), attribute (`=`), closing tag or comment.
 */
function angleInstruction(inner: string): boolean {
  if (!isLetter(inner.charCodeAt(0)) || /[<>="/\n]/.test(inner)) return false
  const first = /^[A-Za-z]+/.exec(inner)?.[0].toLowerCase() ?? ''
  if (HTML_ELEMENTS.has(first)) return false
  if (INSTRUCTION_WORDS.has(first)) return true
  if (/\b(?:e\.\s?g|i\.\s?e)\./i.test(inner)) return true
  return /^[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+)+$/.test(inner.trim())
}

/**
 * `(add profiler screenshot here)`, `(insert …)`, `(screenshot here)`: a
 * parenthesis that asks for content. It opens with a verb telling the
 * writer to add something and names what (a screenshot, the numbers) or
 * where (`here`, `later`, `…`); or it is a few words ending `here` that name
 * what goes there. `(see below)`, `(add one node per 10k users)` are prose.
 */
function parenInstruction(text: string, index: number): string | undefined {
  const close = boundedIndexOf(text, ')', index + 1, 120)
  if (close === -1) return undefined
  const inner = text.slice(index + 1, close).trim()
  if (inner.includes('(') || inner.includes('\n') || !isLetter(inner.charCodeAt(0)))
    return undefined
  const words = inner.split(/\s+/)
  const first = (words[0] as string).toLowerCase()
  const last = (words[words.length - 1] as string).toLowerCase().replace(/[.!:]+$/, '')
  const pointsAt = PAREN_POINTERS.test(inner)
  const where = last === 'here' || last === 'later' || /…|\.\.\./.test(inner)
  if (PAREN_VERBS.has(first) && !pointsAt && (where || PAREN_NOUNS.test(inner))) {
    return text.slice(index, close + 1)
  }
  if (words.length <= 5 && last === 'here' && !pointsAt && PAREN_NOUNS.test(inner)) {
    return text.slice(index, close + 1)
  }
  return undefined
}

/** `???`, `??%`, `$??M`: question marks standing for what is not known yet. */
function questionPlaceholder(text: string, index: number): Placeholder | undefined {
  let cursor = index
  const dollar = text.charCodeAt(cursor) === 36
  if (dollar) cursor++
  let run = 0
  while (text.charCodeAt(cursor) === 63) {
    cursor++
    run++
  }
  if (run < 2) return undefined
  let suffix = ''
  for (const candidate of FIGURE_SUFFIXES) {
    if (
      text.startsWith(candidate, cursor) &&
      !isWordChar(text.charCodeAt(cursor + candidate.length))
    ) {
      suffix = candidate
      break
    }
  }
  cursor += suffix.length
  if (isWordChar(text.charCodeAt(cursor))) return undefined
  const value = text.slice(index, cursor)
  if (dollar || suffix) return { index, text: value, kind: 'figure' }
  return run >= 3 ? { index, text: value, kind: 'blank' } : undefined
}

const FIGURE_SUFFIXES = ['ms', 'min', '%', 'K', 'M', 'B', 'k', 'x', 'h', '+']

/** `XX%`, `xx%`, `$XM`, `$X`, `X.X`, `N engineers`: the placeholder text, if any. */
function figurePlaceholder(text: string, index: number): string | undefined {
  let cursor = index
  const dollar = text.charCodeAt(cursor) === 36
  if (dollar) cursor++
  const letter = text.charCodeAt(cursor)
  if (letter !== 88 && letter !== 78 && letter !== 89 && letter !== 120) return undefined
  const isX = letter === 88 || letter === 120
  let run = 0
  while (text.charCodeAt(cursor) === letter) {
    cursor++
    run++
  }
  if (!isX && run > 1) return undefined
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
      if (!isX && candidate !== '%') continue
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
  // Lower case: only `xx` and longer (`xx%`, `to xx`); a lone `x` is a multiplication sign.
  if (letter === 120) return run >= 2 ? text.slice(index, cursor) : undefined
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
    case 'blank':
      return `Blank \`${placeholder.text}\` left in: fill in what belongs there`
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
  // `<insert peak hour>`, `<Company Name>` parse as HTML tags: read each lone tag.
  const source = sourceOf(file)
  for (const run of textRuns(tree, file, { types: ['html'] })) {
    const value = run.value.trim()
    const start = run.node.position?.start.offset ?? 0
    if (!/^<[^<>\n]*>$/.test(value) || isWordChar(source.charCodeAt(start - 1))) continue
    if (!angleInstruction(value.slice(1, -1))) continue
    file.message(message({ index: 0, text: value, kind: 'instruction' }), {
      place: placeAt(file, start),
    })
  }
}

const remarkLintPortfolioPlaceholders = portfolioRule('portfolio-placeholders', check)

export default remarkLintPortfolioPlaceholders
