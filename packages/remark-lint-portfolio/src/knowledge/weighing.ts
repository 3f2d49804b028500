/**
 * How writers weigh a choice: the words for what it cost and what it bought,
 * as labels ("Cost:", "Downside:", "Bad, because") and inside sentences
 * ("Costs us cross-table joins; login p99 went from 1.8 s to 140 ms"), and
 * options enumerated inside a sentence ("(1) keep it; (2) rewrite it").
 * Shared by `portfolio-trade-offs` and `portfolio-options-considered`.
 */
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { CONTINUE, SKIP, visit } from 'unist-util-visit'

/** Label words (regular-expression sources) for what a decision cost. */
export const COST_LABEL_WORDS = [
  'trade[-‐‑ ]?offs?',
  'costs?',
  'the catch',
  'catch',
  'price',
  'penalty',
  'sacrifices?',
  'downsides?',
  'drawbacks?',
  'cons?',
  'negatives?',
  'negative consequences?',
  'side[-‐‑ ]?effects?',
  'risks?',
  'risks? accepted',
  'accepted risks?',
  'what (?:it|we|this|that|they) (?:cost|gave up|paid|traded|sacrificed)(?: us)?',
  'what we gave up',
  'we gave up',
  'bad,[ \\t]*because\\b.*',
]

/** Label words for what a decision achieved. */
export const GAIN_LABEL_WORDS = [
  'results?',
  'outcomes?',
  'impact',
  'payoffs?',
  'gains?',
  'benefits?',
  'upsides?',
  'pros?',
  'positive consequences?',
  'what (?:it|we|this|that|they) (?:bought|gained|got|achieved|won)(?: us)?',
  'good,[ \\t]*because\\b.*',
]

/**
 * The clauses of a sentence-level text: sentences, `;`-separated parts, and
 * parts a contrast opens ("…, but …", "… with the risk that …"), which keep
 * their connective so a reader can tell the downside from the upside.
 */
export function clauses(text: string): string[] {
  return text
    .split(
      /(?<![\s(](?:vs|e\.g|i\.e|etc|approx|cf|incl)\.)(?<=[.!?])\s+(?=\S)|;\s*|\n+|\s+[–—]\s+|,?\s+(?=(?:but|however|though|although|whereas|yet|except|with the risk|at the (?:cost|price|expense) of)\b)/i,
    )
    .map((part) => part.trim().replace(/[.;,:]+$/, ''))
    .filter((part) => /\w/.test(part))
}

/** A figure that changed or a comparison made: what a result is written as. */
const CHANGE =
  /\bfrom\b[^;]{0,80}?\bto\b|→|->|\b(?:in|within|takes?|took) (?:\w+ )?(?:seconds|minutes|hours|days|weeks|months),? (?:not|rather than) (?:an? |\d+ |several |many )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)\b|\b(?:fell|rose|dropped|grew|halved|doubled|tripled|went|climbed|shrank|improved|reduced|increased|decreased|cut)\b|\binstead of\b|\b(?:down|up) from\b|\b(?:kept|keeps|keeping|held|holds|stays?|stayed)\b[^;]{0,60}?\b(?:at|under|below|within)\s+(?:about\s+)?\d|\d\s*(?:%|x|×)\s*(?:faster|slower|lower|higher|fewer|less|more|cheaper|smaller)/i

/** "cost fell", "cut costs", "costs down 30%": a result about money, not a cost paid. */
const FALLING_COST =
  /\b(?:cut|cutting|reduc\w*|lower\w*|sav\w*|halv\w*|saving)\s+(?:\w+\s+)?costs?\b|\bcosts?\b[^;]{0,40}?(?:\b(?:fell|dropped|down|decreased|declined|halved|shrank|from)\b|→|->)/i

/** Words that undo a downside after them: "no message lost", "nothing to operate". */
const NEGATION = String.raw`\b(?:no|never|nothing|none|without|zero|less)\b[^;,]{0,40}?`

/**
 * Phrases that state a price paid, in a sentence rather than a label, each
 * with the phrasing that turns it into a gain ("cost fell", "no message
 * lost", "no idle cluster to pay for").
 */
const COST_PHRASES: { phrase: RegExp; unless?: RegExp }[] = [
  {
    phrase: /\bcost(?:s|ing)?\b(?!\s+(?:nothing|little|no\b|us nothing))/i,
    // "no licence cost", "without the cost of a cluster": a cost avoided.
    unless: new RegExp(`${FALLING_COST.source}|${NEGATION}\\bcost`, 'i'),
  },
  { phrase: /\bat the (?:cost|price|expense) of\b/i },
  { phrase: /\b(?:gave|give|gives|giving) up\b/i },
  { phrase: /\bsacrific\w*/i },
  { phrase: /\btrade[-‐‑ ]?offs?\b|\btraded\b/i },
  { phrase: /\bthe (?:catch|downside|drawback|price|penalty)\b/i },
  { phrase: /\b(?:downsides?|drawbacks?)\b/i },
  { phrase: /\b(?:we|I|they|you)\s+(?:accepted|accept|tolerated?|lived? with|live with)\b/i },
  // A burden the choice brought: "but we had to build a test harness for 6,000 rules".
  {
    phrase: /\b(?:we|I|they|the team) (?:had|have|has) to\b/i,
    unless: new RegExp(`${NEGATION}\\b(?:had|have|has) to\\b`, 'i'),
  },
  { phrase: /\blos(?:t|ing|es)\b/i, unless: new RegExp(`${NEGATION}\\blos(?:t|ing|es)\\b`, 'i') },
  {
    phrase: /\bpaid\b|\bpay(?:s|ing)? (?:for|with)\b/i,
    unless: new RegExp(`${NEGATION}\\bpa(?:y|id)\\b`, 'i'),
  },
  {
    phrase:
      /\b(?:with|carries|carry|accept\w*|added|adds?) (?:the |a |some )?risks?\b|\brisk (?:is|was) that\b/i,
  },
  {
    phrase:
      /\b(?:slower|harder|costlier|pricier|riskier|more expensive|more complex|less flexible)\b/i,
  },
  {
    phrase:
      /\b(?:operational|ops|extra|added|more|increased|higher) (?:complexity|overhead|toil|burden|latency|spend|bill)\b/i,
  },
  {
    phrase:
      /\b(?:higher|highest|more) (?:\w+ )?(?:price|prices|cost|costs|bill|latency|complexity|risk|effort|overhead|maintenance)\b/i,
  },
  { phrase: /\block-?in\b/i },
  // A price in money: "per-message pricing came to $610k/year", "licences at $40 a seat".
  {
    phrase:
      /\b(?:pric(?:e|es|ed|ing)|bill|spend|fees?|licen[cs](?:e|es|ing))\b[^;]{0,40}?[$€£]\s?\d/i,
    unless: new RegExp(
      `${NEGATION}\\b(?:pric|bill|spend|fee|licen)|\\b(?:fell|dropped|down|decreased|declined|halved|shrank|saved|from)\\b|→|->`,
      'i',
    ),
  },
  // A plain downside: "hard to forecast", "expensive at our volume", "brittle".
  {
    phrase:
      /\b(?:hard to|difficult|awkward|painful|unpredictable|expensive|fragile|brittle|immature|risky|complex|error-prone)\b/i,
    unless: new RegExp(
      `${NEGATION}\\b(?:hard|difficult|awkward|painful|unpredictable|expensive|fragile|brittle|immature|risky|complex|error-prone)\\b`,
      'i',
    ),
  },
  // Time it took: "added a data-sharing agreement that took 4 months"; not a
  // time it now takes ("rollout takes two weeks instead of a quarter": a result).
  {
    phrase:
      /\btook\s+(?:us\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|quarters?|sprints?)\b/i,
    unless: /\btook\b[^;]{0,40}?\b(?:instead of|rather than|down from|only)\b|\bonly took\b/i,
  },
  // Effort spent: "9 months of work", "5 months of 6 engineers".
  {
    phrase:
      /\b\d+(?:\.\d+)?\s*(?:person-|engineer-)?(?:days?|weeks?|months?|years?|quarters?|sprints?)\s+(?:of\s+(?:work|effort|engineering|rework|migration|\d+\s+engineers?)|more work)\b/i,
  },
  // Something more to have: "needs a proxy for browsers", "meant a second pipeline", "we maintain 40 adapters".
  {
    phrase:
      /\b(?:needs?|needed|requires?|required|means?|meant) (?:a|an|another|extra|more|its own|our own|two|a second|a separate|new)\b|\bwe (?:now )?(?:maintain|run|operate|own|patch|carry)\b/i,
    unless: new RegExp(
      `${NEGATION}\\b(?:needs?|needed|requires?|required|maintain|run|operate|patch)\\b`,
      'i',
    ),
  },
  // A burden taken on: "a cluster to run", "another cache to invalidate", "leaves us owning the code".
  {
    phrase:
      /\bto (?:run|operate|maintain|patch|own|support|upgrade|invalidate|monitor|size|babysit|keep in sync)\b|\b(?:leaves|leaving|left) (?:us|the team|them) (?:owning|maintaining|running|carrying)\b|\bon the hook\b/i,
    unless: new RegExp(
      `${NEGATION}\\bto (?:run|operate|maintain|patch|own|support|upgrade|invalidate|monitor|size|babysit)\\b`,
      'i',
    ),
  },
]

/** Whether a clause states a price paid. */
export function statesCost(clause: string): boolean {
  return COST_PHRASES.some(({ phrase, unless }) => phrase.test(clause) && !unless?.test(clause))
}

/** "X in exchange for Y": one clause that names both the price and the gain. */
const EXCHANGE = /\b(?:in exchange for|in return for|traded\b[^;]{0,80}?\bfor)\b/i

/**
 * What a decision's own sentences say it cost and bought, for writers who
 * use no labels: "DynamoDB. Costs us cross-table joins; login p99 went from
 * 1.8 s to 140 ms." The cost is a clause with a cost phrase; the gain is a
 * measured change in another clause, any clause after the cost (the
 * writer's "…; what it bought"), or the far side of "in exchange for".
 */
export function proseTradeOff(text: string): { cost: boolean; gain: boolean } {
  const parts = clauses(text)
  if (parts.some((part) => EXCHANGE.test(part))) return { cost: true, gain: true }
  const costAt = parts.findIndex(statesCost)
  const gain = parts.some(
    (part, index) =>
      !statesCost(part) &&
      (CHANGE.test(part) || (costAt !== -1 && index > costAt && part.split(/\s+/).length >= 2)),
  )
  return { cost: costAt !== -1, gain }
}

/** Points marked for or against: "✅ replay", "(+) managed", "❌ no replay", "(-) a cluster to run". */
const PRO_MARK = /^(?:\+|\(\+\)|✅|✔️?|✓|👍)\s*/u
const CON_MARK = /^(?:−|\(-\)|\(−\)|❌|✗|✘|👎|⚠️?)\s*/u

/** A contrast that opens a downside: "but", "however", "with the risk that"… */
const CONTRAST = /^(?:but|however|though|although|whereas|yet|except|with the risk)\b/i

/**
 * What an option's sentences say for and against it: a downside is a cost
 * phrase, or a point a contrast opens after an upside ("cheap, but 30 s
 * behind"); an upside is any other point. An option's own description ("Kafka: fast and durable") describes
 * it without weighing it, so its points count as upsides only beside a
 * downside; text the writer put under "Pros and cons" (`weighing: true`)
 * weighs every point.
 */
export function proseProsAndCons(
  text: string,
  { weighing = false }: { weighing?: boolean } = {},
): { pros: boolean; cons: boolean } {
  // A contrast turns the sign: "costs $90K, but protects everyone" opens an
  // upside, "cheap, but 30 s behind" a downside.
  const weighed: { point: string; con: boolean; marked: boolean }[] = []
  let previousCost = false
  for (const clause of clauses(text)) {
    const contrast = CONTRAST.test(clause)
    if (PRO_MARK.test(clause) || CON_MARK.test(clause)) {
      const con = CON_MARK.test(clause)
      weighed.push({ point: clause, con, marked: true })
      previousCost = con
      continue
    }
    const points = clause.split(/,\s+|\s+and\s+/).filter((point) => /\w/.test(point))
    const costs = points.map(statesCost)
    points.forEach((point, index) => {
      const opensDownside = contrast && index === 0 && !previousCost
      weighed.push({ point, con: costs[index] === true || opensDownside, marked: false })
    })
    previousCost = costs.some(Boolean)
  }
  const cons = weighed.some((entry) => entry.con)
  const pros = weighed.some((entry) => !entry.con && (entry.marked || cons || weighing))
  return { pros, cons }
}

/** One option written inside a sentence: "(2) dedicated servers for ranked play only". */
export interface InlineOption {
  /** 1 for "(1)", "1)", "option 1", "(a)", "Option A". */
  index: number
  text: string
}

const MARKER =
  /(?:^|(?<=[\s:;,]))(?:\((\d|[a-h])\)|(\d|[a-h])\)|(?:[Oo]ption|OPTION|[Aa]lternative|[Cc]hoice)s?\s+(\d+|[A-Ha-h])\b(?!\s*[-–]\s*\d))[ \t:,-]*/g

function markerIndex(value: string): number {
  return /\d/.test(value) ? Number(value) : value.toLowerCase().charCodeAt(0) - 96
}

/**
 * Options enumerated inside a sentence: "(1) keep peer-to-peer; (2) dedicated
 * servers for ranked play", "option 1 costs nothing…; option 2 costs…", or
 * paragraphs opening "Option A:", "Alternative 2:".
 * Markers must count up from 1 (or a); fewer than two give none.
 */
export function inlineOptions(text: string): InlineOption[] {
  const markers: { index: number; start: number; end: number }[] = []
  for (const match of text.matchAll(MARKER)) {
    const value = match[1] ?? match[2] ?? match[3]
    if (value === undefined) continue
    markers.push({
      index: markerIndex(value),
      start: match.index,
      end: match.index + match[0].length,
    })
  }
  // Keep the first run that counts 1, 2, 3… (a later "option 2" in the same
  // text refers back to an option already listed and continues its segment).
  const run: typeof markers = []
  for (const marker of markers) {
    if (marker.index === run.length + 1) run.push(marker)
  }
  if (run.length < 2) return []
  return run.map((marker, position) => ({
    index: marker.index,
    text: text
      .slice(marker.end, run[position + 1]?.start ?? text.length)
      .trim()
      .replace(/[\s;,.]*(?:\b(?:or|and))?[\s;,.]*$/i, ''),
  }))
}

/** A paragraph's text on one line: a line wrapped in the source is not a new clause. */
function unwrap(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ')
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'break',
  'html',
])

/**
 * The text of an item's nodes that no label claims: paragraphs and table
 * cells that `labelled` does not accept, in order. Nested lists are read
 * item by item, so a "Result: …" item is left out while its siblings stay.
 */
export function unlabelledText(
  nodes: readonly Nodes[],
  labelled: (text: string) => boolean,
): string {
  const parts: string[] = []
  // A label's own line ("**Options**: (1) …; (2) …") comes as inline nodes: read them as one paragraph.
  let line = ''
  const endLine = () => {
    if (line.trim() !== '' && !labelled(line)) parts.push(unwrap(line))
    line = ''
  }
  for (const node of nodes) {
    if (PHRASING.has(node.type)) {
      line += toString(node)
      continue
    }
    endLine()
    visit(node, (child) => {
      if (child.type === 'paragraph' || child.type === 'tableCell' || child.type === 'heading') {
        const text = toString(child)
        if (!labelled(text)) parts.push(unwrap(text))
        return SKIP
      }
      return CONTINUE
    })
  }
  endLine()
  return parts.join('\n')
}

/** One option named in a sentence's list, with what its parentheses say of it. */
export interface NamedOption {
  name: string
  /** Its parenthetical, if any: "Aurora (cheaper, 6 months to migrate)". */
  text: string
}

/** Words that introduce a list of options before a colon: "We considered three options:". */
const LIST_INTRO =
  /\b(?:considered|options?|alternatives?|choices|candidates|looked at|compared|evaluated)\b[^.:\n]{0,40}:\s*$/i
const NAME_WORDS = 8
/** A name weighed after a spaced dash: "Kafka — replay, but a cluster to run". */
const WEIGHED = /\s[-–—]\s+/
/** A name, not a clause: "which is fast", "we only looked at…" are sentences. */
const NAME = /^(?!(?:which|that|who|whose|where|we|I|it|this|they|he|she|you|but|so|because)\b)\S/i

/** Splits at `sep` outside parentheses. */
function splitOutsideParentheses(text: string, sep: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) {
      const match = sep.exec(text.slice(index, index + 8))
      if (match && match.index === 0) {
        parts.push(text.slice(start, index))
        index += match[0].length - 1
        start = index + 1
      }
    }
  }
  parts.push(text.slice(start))
  return parts
}

/**
 * Options named in one sentence: "We considered three options: keep Oracle
 * (no migration, but $2M a year), Aurora (cheaper, 6 months to migrate) or
 * DynamoDB." `opensList` says the text itself opens the list (it follows an
 * "Options:" label); otherwise the list must follow a colon after words such
 * as "considered" or "alternatives". Each name must be short: a list of
 * sentences is not a list of names.
 */
export function namedOptions(text: string, { opensList = false } = {}): NamedOption[] {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/)
  for (const [position, sentence] of sentences.entries()) {
    const line = sentence.replace(/[.!?\s]+$/, '')
    let list: string | undefined
    const colon = line.indexOf(':')
    if (colon !== -1 && LIST_INTRO.test(line.slice(0, colon + 1))) list = line.slice(colon + 1)
    else if (opensList && position === 0) list = line
    if (list === undefined) continue
    // "A, B and C", "A; B; or C", "A or B": commas first, then the last part's "and"/"or",
    // so a name such as "SNS and SQS, or Kafka" keeps its own "and". Options
    // separated by ";" keep their commas: "Kafka — replay, but a cluster to run; SQS — …".
    // A comma in a figure ("1,400 requests") separates nothing.
    const separator = splitOutsideParentheses(list, /^;/).length > 1 ? /^;\s*/ : /^(?:,(?=\s)|;)\s*/
    const parts: string[] = []
    for (const part of splitOutsideParentheses(list, separator)) {
      const trimmed = part.trim().replace(/^(?:and|or)\s+/i, '')
      if (!/\w/.test(trimmed)) continue
      // "Kafka — replay, but a cluster to run": the contrast goes on weighing Kafka.
      const previous = parts.length - 1
      if (previous >= 0 && CONTRAST.test(trimmed) && WEIGHED.test(parts[previous] as string)) {
        parts[previous] = `${parts[previous]}, ${trimmed}`
      } else parts.push(trimmed)
    }
    const last = parts.pop()
    if (last !== undefined) {
      // Only the name of the last option may hold "or B": not its weighing after a dash.
      const dash = WEIGHED.exec(last)
      const head = dash ? last.slice(0, dash.index) : last
      const names = splitOutsideParentheses(head, /^\s+(?:or|and)\s+/i)
      if (dash) names[names.length - 1] = `${names.at(-1)}${last.slice(dash.index)}`
      parts.push(...names)
    }
    if (parts.length < 2) continue
    const options = parts.map((part) => {
      const open = part.indexOf('(')
      const dash = WEIGHED.exec(part)
      if (dash && (open === -1 || dash.index < open)) {
        return {
          name: part.slice(0, dash.index).trim(),
          text: part.slice(dash.index + dash[0].length),
        }
      }
      const name = (open === -1 ? part : part.slice(0, open)).trim()
      const text = open === -1 ? '' : part.slice(open + 1).replace(/\)\s*$/, '')
      return { name, text }
    })
    if (
      options.every(
        (option) => NAME.test(option.name) && option.name.split(/\s+/).length <= NAME_WORDS,
      )
    ) {
      return options
    }
  }
  return []
}

const STOP_WORDS = new Set([
  'keep',
  'keeping',
  'with',
  'from',
  'into',
  'move',
  'moving',
  'build',
  'building',
  'our',
  'the',
  'own',
  'buy',
  'use',
  'using',
  'stay',
  'a',
  'an',
])

/**
 * Clauses of a "Pros and cons" paragraph, given to the named option each
 * mentions ("Aurora is cheaper…; DynamoDB would mean a rewrite…"); a clause
 * that names none continues the option before it.
 */
export function weighingByName(text: string, names: readonly string[]): string[] {
  const keys = names.map((name) =>
    name
      .toLowerCase()
      .split(/[^a-z0-9+#-]+/)
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
  )
  const weighed = names.map(() => '')
  let current = -1
  for (const clause of clauses(text)) {
    const lower = clause.toLowerCase()
    let best = -1
    let bestHits = 0
    keys.forEach((words, index) => {
      const hits = words.filter((word) =>
        new RegExp(`\\b${word.replace(/[+#-]/g, '\\$&')}\\b`).test(lower),
      ).length
      if (hits > bestHits) {
        best = index
        bestHits = hits
      }
    })
    if (best !== -1) current = best
    if (current !== -1) weighed[current] = `${weighed[current]}\n${clause}`
  }
  return weighed
}
