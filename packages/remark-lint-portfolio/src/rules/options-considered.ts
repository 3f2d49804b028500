/**
 * ## portfolio-options-considered
 *
 * A technical decision record shows judgement only if it weighs real
 * alternatives: the guide's template lists each option considered with its
 * pros and its cons. This rule checks the decision record's Options
 * Considered section (or its synonyms: Options, Alternatives, Alternatives
 * Considered) lists at least two options, and that each option states both
 * pros and cons.
 *
 * Options may be written as:
 *
 * * a list, ordered or not: each top-level item is an option, its pros and
 *   cons in nested items or on later lines of the item;
 * * `###` sub-headings, one per option;
 * * bold lead-ins (`**Status quo**: ...`) each followed by its list;
 * * a table, one row per option, with Pros and Cons columns;
 * * one sentence that numbers them: `(1) keep it; (2) rewrite it` (or
 *   `1)`, `(a)`, "option 1", paragraphs opening "Option A:");
 * * one sentence that names them after a colon: "We considered three
 *   options: keep Oracle (no migration, but $2M a year), Aurora (…) or
 *   DynamoDB (…)", each weighed in its parentheses, after a dash ("Kafka —
 *   replay, but a cluster to run; SQS — managed, but no replay") or in the
 *   sentences after the list that name it ("Aurora is cheaper but needs a
 *   6-month migration; DynamoDB would mean a rewrite");
 * * a list after a sentence ending in a colon, as a Nygard record's context
 *   writes them: "We looked at three options:", "The alternatives were:",
 *   "We considered:", or in the word "options", "alternatives" or
 *   "approaches" and a full stop ("We looked at three options."), wherever
 *   the sentence sits;
 * * a decision matrix, criteria down the side (`| Criterion | Kafka | SQS |`)
 *   and one column per option, or across the top (`| Option | Cost / month
 *   | Ops effort | Risk |`) and one row per option: an option rated on two
 *   criteria or more, one of them not a con alone (cost, risk), is
 *   weighed.
 *
 * Pros are labelled "Pros", "Advantages", "Benefits", "Upsides",
 * "Strengths", "Arguments for" or "For"; cons "Cons", "Disadvantages",
 * "Drawbacks", "Downsides", "Weaknesses", "Costs", "Risks" or "Against"
 * (singular too), as a list item (`- Pros: ...`), a bold label
 * (`**Cons**: ...`), a sub-heading (`#### Pros`) or a table column. MADR's
 * `* Good, because ...` and `* Bad, because ...` bullets are pros and cons
 * too; when a record weighs its options in a "Pros and Cons of the Options"
 * section, the options are read there rather than in the "Considered
 * Options" list. A "Pros and cons" paragraph may also weigh them by number
 * ("option 1 costs nothing but…; option 2 costs $90K a month and…") or by
 * name ("Snowflake is what the analysts know, but costs $14K a month").
 *
 * A list item with no bold lead-in is named by its words before a bracket,
 * a colon, a semicolon, a comma, a dash or a full stop, and weighed by the
 * words after them: "keep the direct publish and add retries (no migration,
 * but a crash still loses the event)" is weighed both ways.
 *
 * Without labels, points marked ✅ or (+) are pros and ❌ or (-) cons, and
 * an option's sentences weigh it when they state a downside (a price paid,
 * a risk, or a point a contrast opens: "cheap, but 30 s behind") beside
 * another point; an option's bare description ("Kafka: fast and durable")
 * is not read as its pros.
 *
 * Reported: too few options, once, at the section's heading or label; each
 * option missing pros or cons, at the option. Only decision records are
 * checked, and a missing section is left to `portfolio-required-sections`.
 *
 * Options: `{minimum}`, the number of options required (default `2`).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Monolith to microservices
 *   ---
 *
 *   **Options Considered**:
 *
 *   1. **Status Quo**: Continue with monolith, improve internal modularity
 *      - Pros: No migration risk, established operational knowledge
 *      - Cons: Scaling issues persist, team velocity continues declining
 *
 *   2. **Full Microservices**: Decompose into 15+ microservices
 *      - Advantages: Team autonomy, independent scaling
 *      - Disadvantages: High complexity, network latency
 *
 * @example
 *   {"name": "ok-headings.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Options Considered
 *
 *   ### Kafka
 *
 *   **Benefits**: ordering per partition, replay.
 *
 *   **Drawbacks**: a cluster to run.
 *
 *   ### SQS
 *
 *   #### Upsides
 *
 *   - Fully managed
 *
 *   #### Downsides
 *
 *   - No replay
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Options
 *
 *   | Option | Pros | Cons |
 *   | ------ | ---- | ---- |
 *   | Kafka  | Replay | A cluster to run |
 *   | SQS    | Managed | No replay |
 *
 * @example
 *   {"name": "ok-madr.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Route planning engine
 *   ---
 *
 *   ## Considered Options
 *
 *   * OR-Tools in-house
 *   * Routing SaaS
 *
 *   ## Pros and Cons of the Options
 *
 *   ### OR-Tools in-house
 *
 *   * Good, because we own the depot constraints
 *   * Bad, because we run the solver fleet
 *
 *   ### Routing SaaS
 *
 *   * Good, because no solver to operate
 *   * Bad, because per-stop pricing costs $1.2M a year at our volume
 *
 * @example
 *   {"name": "ok-sentence.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Reporting database
 *   ---
 *
 *   **Options**: (1) a read replica; (2) a cache in front of the database.
 *
 *   **Pros and cons**: option 1 is cheap but 30 s behind; option 2 answers
 *   in 5 ms, with the risk of stale totals.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   ---
 *   kind: decision-record
 *   title: Payment events outbox
 *   ---
 *
 *   ## Context
 *
 *   A broker failover between the commit and the publish loses the event.
 *   We looked at three options:
 *
 *   - direct publish with retries (no migration, but a crash still loses the event);
 *   - dual-write — simple to build, but the two writes can disagree;
 *   - a transactional outbox: no lost events, but one more component to run.
 *
 * @example
 *   {"name": "lead-in-names.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Payment events outbox
 *   ---
 *
 *   ## Context
 *
 *   The alternatives were:
 *
 *   - dual-write (simple to build, but the two writes can disagree)
 *   - a transactional outbox
 *
 * @example
 *   {"name": "lead-in-names.md", "label": "output"}
 *
 *   11:1: Option "a transactional outbox" lists neither pros nor cons: expected "Pros:" and "Cons:" items
 *
 * @example
 *   {"name": "one-option.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Options Considered
 *
 *   - **Kafka**: the obvious choice
 *     - Pros: replay
 *     - Cons: a cluster to run
 *
 * @example
 *   {"name": "one-option.md", "label": "output"}
 *
 *   6:1: "Options Considered" lists 1 option: expected at least 2, each with pros and cons
 *
 * @example
 *   {"name": "no-cons.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Options Considered
 *
 *   1. **Kafka**: ordering and replay
 *      - Pros: replay
 *   2. **SQS**: fully managed
 *   3. **Kinesis**: managed streams
 *      - Cons: shard limits
 *
 * @example
 *   {"name": "no-cons.md", "label": "output"}
 *
 *   8:1: Option "Kafka" lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)
 *   10:1: Option "SQS" lists neither pros nor cons: expected "Pros:" and "Cons:" items
 *   11:1: Option "Kinesis" lists cons but no pros: expected a "Pros:" item (or Advantages, Benefits, Upsides)
 *
 * @example
 *   {"name": "no-options.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Alternatives
 *
 *   We looked at a few queues and picked Kafka.
 *
 * @example
 *   {"name": "no-options.md", "label": "output"}
 *
 *   6:1: "Alternatives" lists no options: expected at least 2, each with pros and cons
 *
 * @example
 *   {"name": "minimum.md", "config": {"minimum": 3}, "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Queue technology
 *   ---
 *
 *   ## Options Considered
 *
 *   ### Kafka
 *
 *   - Pros: replay
 *   - Cons: a cluster to run
 *
 *   ### SQS
 *
 *   - Pros: managed
 *   - Cons: no replay
 *
 * @example
 *   {"name": "minimum.md", "label": "output"}
 *
 *   6:1: "Options Considered" lists 2 options: expected at least 3, each with pros and cons
 *
 * @example
 *   {"name": "other-kind.md"}
 *
 *   ---
 *   kind: system
 *   title: Queue platform
 *   ---
 *
 *   ## Options Considered
 *
 *   Only Kafka.
 */

import type { List, Nodes, Paragraph, Root, Table, TableRow } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { CONTINUE, EXIT, visit } from 'unist-util-visit'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import {
  itemHasLabel,
  labelPattern,
  outline,
  type Section,
  type SectionItem,
  sectionItems,
  sectionsWithRole,
} from '../knowledge/sections.js'
import {
  inlineOptions,
  namedOptions,
  proseProsAndCons,
  unlabelledText,
  weighingByName,
} from '../knowledge/weighing.js'

export interface Options {
  /** Options the section must list; default 2. */
  minimum?: number
}

// MADR writes them "* Good, because ..." and "* Bad, because ...".
const PRO_WORDS = [
  'pros?',
  'advantages?',
  'benefits?',
  'upsides?',
  'strengths?',
  'positives?',
  'arguments? for',
  // As "Against" is a con: a table's "For | Against" columns.
  'for',
  'good,[ \\t]*because\\b.*',
]
const CON_WORDS = [
  'cons?',
  'disadvantages?',
  'drawbacks?',
  'downsides?',
  'weakness(?:es)?',
  'negatives?',
  'costs?',
  'risks?',
  'arguments? against',
  'against',
  'bad,[ \\t]*because\\b.*',
]
/** MADR's "## Pros and Cons of the Options", or a "**Pros and cons**:" paragraph. */
const PROS_AND_CONS = /\bpros (?:and |\/ ?)?cons\b/
const PROS = labelPattern(PRO_WORDS)
const CONS = labelPattern(CON_WORDS)
const DETAIL = labelPattern([...PRO_WORDS, ...CON_WORDS], { anywhere: false })

/** A "Pros: ..." or "Cons: ..." line belongs to the option before it. */
function isDetail(text: string): boolean {
  return DETAIL.test(text)
}

function isLabelled(text: string): boolean {
  return PROS.test(text) || CONS.test(text)
}

/** An option as read: its name, where to report it, and what it says for and against itself. */
interface Option {
  title: string
  node: Nodes
  pros: boolean
  cons: boolean
  /** Its own sentences, without labels, weighed for a downside and an upside. */
  prose: string
  /** What a "Pros and cons" paragraph says of it, by its number. */
  weighing: string
}

/**
 * Where a list item's name ends and what it says of itself begins: "Kafka
 * (replay, but a cluster to run)", "SQS — managed, but no replay", "Aurora:
 * cheaper", "keep it; no migration", "Keep Oracle. No migration, but…".
 */
const NAME_END = /\s*(?:\(|[:;,](?=\s|$)|\s[-–—]\s|(?<!\b(?:e\.g|i\.e|vs|etc|approx))\.(?=\s))/

/**
 * The name of a list item written without a bold lead-in, when something
 * follows it: its weighing, not its name, says what it is for and against.
 */
function itemName(item: SectionItem): string | undefined {
  if (item.node.type !== 'listItem') return undefined
  const paragraph = item.node.children.find(
    (child): child is Paragraph => child.type === 'paragraph',
  )
  const first = paragraph?.children[0]
  if (!paragraph || first === undefined || first.type === 'strong') return undefined
  // Lines joined as unlabelledText joins them, so the name is a prefix of the item's prose.
  const text = toString(paragraph).replace(/[ \t]*\n[ \t]*/g, ' ')
  const end = NAME_END.exec(text)
  if (!end || end.index === 0 || text.slice(end.index + end[0].length).trim() === '')
    return undefined
  return text.slice(0, end.index)
}

function fromItem(item: SectionItem): Option {
  const name = itemName(item)
  const title = name === undefined ? item.title : shorten(name)
  let prose = unlabelledText(item.content, isLabelled)
  const prefix = name ?? item.title
  if (prose.startsWith(prefix)) prose = prose.slice(prefix.length)
  return {
    title,
    node: item.node,
    pros: itemHasLabel(item, PROS),
    cons: itemHasLabel(item, CONS),
    prose,
    weighing: '',
  }
}

const TITLE_LENGTH = 60

function shorten(name: string): string {
  const line = name.replace(/\s+/g, ' ').trim()
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : line
}

/** Options enumerated in the section's sentences: "(1) keep it; (2) rewrite it", else named in a list. */
function fromSentences(section: Section): Option[] {
  const text = unlabelledText(section.content, () => false)
  const numbered = inlineOptions(text)
  if (numbered.length === 0) return fromNames(section)
  return numbered.map((option) => {
    const name = (option.text.split(/[:;,(]|\s[–—]\s/)[0] ?? option.text).trim()
    return {
      title: shorten(name),
      node: section.node,
      pros: false,
      cons: false,
      prose: option.text,
      weighing: '',
    }
  })
}

/**
 * Options named in a sentence's list: "We considered: keep Oracle (…), Aurora (…) or
 * DynamoDB". The sentences after the list weigh the options they name, as a Nygard
 * record's context often does: "Solr 9 keeps the schema but still needs ZooKeeper;
 * OpenSearch Service removes cluster operations but costs 20% more."
 */
function fromNames(section: Section): Option[] {
  const text = unlabelledText(section.content, () => false)
  const named = namedOptions(text, { opensList: section.depth === 0 })
  const last = named.at(-1)
  const listEnd = last ? text.indexOf(last.name) + last.name.length : -1
  const after = listEnd < 0 ? '' : text.slice(listEnd).replace(/^[^.!?\n]*[.!?]?\s*/, '')
  const weighed = after
    ? weighingByName(
        after,
        named.map((option) => option.name),
      )
    : []
  return named.map((option, index) => ({
    title: shorten(option.name),
    node: section.node,
    pros: false,
    cons: false,
    prose: option.text,
    weighing: weighed[index] ?? '',
  }))
}

/** Each table of a section: the table, its header row and its cells' text, and its other rows. */
function* tablesOf(
  section: Section,
): Generator<{ table: Table; header: TableRow | undefined; names: string[]; rows: TableRow[] }> {
  for (const node of section.content) {
    if (node.type !== 'table') continue
    const [header, ...rows] = node.children
    const names = (header?.children ?? []).map((cell) => toString(cell).trim())
    yield { table: node, header, names, rows }
  }
}

/** The corner of a decision matrix: criteria down the side, one option per column. */
const CRITERIA =
  /^(?:criteri(?:on|a)|factors?|dimensions?|attributes?|aspects?|considerations?|concerns?|requirements?|)$/i

/**
 * Options compared in a decision matrix (`| Criterion | Kafka | SQS |`, one
 * row per criterion): each column is an option, weighed both ways when it is
 * rated on at least two criteria.
 */
function fromMatrix(section: Section): Option[] {
  for (const { table, header, names, rows } of tablesOf(section)) {
    if (names.length < 2 || !CRITERIA.test(names[0] ?? '-')) continue
    if (names.slice(1).some((name) => isLabelled(`${name}:`))) continue
    return names.slice(1).map((name, index) => {
      const rated = rows.filter((row) => toString(row.children[index + 1] ?? row).trim() !== '')
      const weighed = rows.length >= 2 && rated.length >= 2
      return {
        title: name,
        node: header ?? table,
        pros: weighed,
        cons: weighed,
        prose: '',
        weighing: '',
      }
    })
  }
  return []
}

/** The corner of a table of options: one option a row, criteria across the top. */
const OPTION_COLUMN = /^(?:options?|alternatives?|approach(?:es)?|choices?|candidates?)$/i

/** Columns that describe an option rather than rate it. */
const DESCRIPTION_COLUMN = /^(?:descriptions?|summary|notes?|details?|what(?: it is)?)$/i

/**
 * Options as the rows of a table rated on criteria across the top (`| Option
 * | Cost / month | Ops effort | Risk |`): a row is weighed both ways when it
 * is rated on two criteria or more, one of them not a con ("Cost", "Risk"):
 * a table of cons alone still lacks the pros. A table with a Pros column is
 * read as pros and cons instead.
 */
function fromRowMatrix(section: Section): Option[] {
  for (const { names, rows } of tablesOf(section)) {
    if (names.length < 3 || !OPTION_COLUMN.test(names[0] ?? '')) continue
    // A header is a pro or a con by its first word too: "Cost / month" is a cost.
    const labelled = (pattern: RegExp, name: string) =>
      pattern.test(`${name}:`) || pattern.test(`${name.split(/[^\p{L}-]/u)[0]}:`)
    const criteria = names
      .map((name, index) => ({ name, index, con: labelled(CONS, name) }))
      .filter(({ name, index }) => index > 0 && !DESCRIPTION_COLUMN.test(name))
    if (criteria.some(({ name }) => labelled(PROS, name))) continue
    if (criteria.every(({ con }) => con)) continue
    return rows.map((row) => {
      const rated = criteria.filter(({ index }) => toString(row.children[index] ?? '').trim())
      const weighed = rated.length >= 2 && rated.some(({ con }) => !con)
      return {
        title: shorten(toString(row.children[0] ?? row).trim()),
        node: row,
        pros: weighed,
        cons: weighed,
        prose: '',
        weighing: '',
      }
    })
  }
  return []
}

/**
 * A sentence that opens a list: "We looked at three options:", "The
 * alternatives were:", or one that ends naming them, as people also write
 * it: "We looked at three options."
 */
const LEAD_IN = /:\s*$|\b(?:options|alternatives|approaches)\.\s*$/i

/**
 * The options a lead-in sentence opens, wherever it sits: the paragraph
 * ending in "We looked at three options:" and the list right after it. The
 * section is the list, named by that sentence.
 */
function leadInList(tree: Root, section: Section): Section | undefined {
  const paragraph = section.node
  if (paragraph.type !== 'paragraph') return undefined
  const text = toString(paragraph).replace(/\s+/g, ' ').trim()
  if (!LEAD_IN.test(text)) return undefined
  let list: List | undefined
  visit(tree, 'paragraph', (node, index, parent) => {
    if (node !== paragraph) return CONTINUE
    const next = index === undefined ? undefined : parent?.children[index + 1]
    if (next?.type === 'list') list = next
    return EXIT
  })
  if (!list) return undefined
  const title = text.split(/(?<=[.!?])\s+/).at(-1) ?? section.title
  return { ...section, title, content: [list] }
}

/** A label paragraph at the top level of the document, not one inside an option. */
function isTopLevel(tree: Root, section: Section): boolean {
  if (section.depth > 0) return true
  const offset = section.node.position?.start.offset
  return tree.children.some(
    (child) =>
      child.type === 'paragraph' &&
      offset !== undefined &&
      (child.position?.start.offset ?? Number.NaN) <= offset &&
      offset < (child.position?.end.offset ?? Number.NaN),
  )
}

const remarkLintPortfolioOptionsConsidered = portfolioRule<Options | undefined>(
  'portfolio-options-considered',
  (tree, file, options) => {
    const { spec } = documentContext(tree)
    if (spec?.kind !== 'decision-record') return
    const [role] = sectionsWithRole(tree, spec, 'options')
    if (!role) return
    // A Nygard record's context: "We looked at three options:" and a list.
    const listed =
      role.content.length === 1 && role.content[0] === role.node
        ? (leadInList(tree, role) ?? role)
        : role
    // MADR lists the options by name under "Considered Options" and weighs
    // them in a later section; terse records weigh them in a "Pros and cons"
    // paragraph that refers to them by number. Read the options where the
    // pros and cons are.
    const weighed = outline(tree).find(
      (entry) => entry !== listed && PROS_AND_CONS.test(entry.key) && isTopLevel(tree, entry),
    )
    const weighedItems = weighed ? sectionItems(weighed, isDetail) : []
    const section = weighed && weighedItems.length > 0 ? weighed : listed
    // A "**Pros and cons**:" paragraph under the options weighs them; it is not one of them.
    const listedItems =
      section === listed
        ? sectionItems(listed, isDetail).filter((item) => item.node !== weighed?.node)
        : weighedItems
    const columns = fromMatrix(section)
    const matrix = columns.length > 0 ? columns : fromRowMatrix(section)
    const found =
      matrix.length > 0
        ? matrix
        : listedItems.length > 0
          ? listedItems.map(fromItem)
          : fromSentences(listed)
    if (weighed && weighedItems.length === 0) {
      // "option 1 costs nothing but …; option 2 costs $90K a month and …"
      const text = unlabelledText(weighed.content, () => false)
      const numbered = inlineOptions(text)
      for (const weighing of numbered) {
        const option = found[weighing.index - 1]
        if (option) option.weighing = `${option.weighing}\n${weighing.text}`
      }
      // "Aurora is cheaper, but…; DynamoDB would mean a rewrite…"
      if (numbered.length === 0) {
        weighingByName(
          text,
          found.map((option) => option.title),
        ).forEach((weighing, index) => {
          const option = found[index]
          if (option) option.weighing = `${option.weighing}\n${weighing}`
        })
      }
    }

    const minimum =
      typeof options?.minimum === 'number' && options.minimum >= 0 ? Math.floor(options.minimum) : 2
    if (found.length < minimum) {
      const count =
        found.length === 0 ? 'no options' : `${found.length} option${found.length === 1 ? '' : 's'}`
      file.message(
        `"${section.title.trim()}" lists ${count}: expected at least ${minimum}, each with pros and cons`,
        { place: section.node.position },
      )
    }

    for (const option of found) {
      const prose = proseProsAndCons(option.prose)
      const weighing = proseProsAndCons(option.weighing, { weighing: true })
      const pros = option.pros || prose.pros || weighing.pros
      const cons = option.cons || prose.cons || weighing.cons
      if (pros && cons) continue
      const reason = pros
        ? 'lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)'
        : cons
          ? 'lists cons but no pros: expected a "Pros:" item (or Advantages, Benefits, Upsides)'
          : 'lists neither pros nor cons: expected "Pros:" and "Cons:" items'
      file.message(`Option "${option.title}" ${reason}`, { place: option.node.position })
    }
  },
)

export default remarkLintPortfolioOptionsConsidered
