import type { Heading, Nodes, Paragraph, Parent, Root, RootContent, Strong, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { CONTINUE, EXIT, visit } from 'unist-util-visit'
import { frontMatter } from './front-matter.js'
import type { KindSpec, SectionRole, SectionSpec, Structure } from './kinds.js'
import { plainText } from './tree-index.js'

/**
 * A part of a document: a heading with everything under it, or a bold
 * lead-in label (`**Scale**: 50M users`) with the text that follows it.
 */
export interface Section {
  /** The heading or label text as written. */
  title: string
  /** `title` normalised for matching (see `sectionKey`). */
  key: string
  /** Heading depth 1-6, or 0 for a bold lead-in label. */
  depth: number
  /**
   * The heading, or the paragraph the label opens. For a label opening a
   * later line of a paragraph, a paragraph (not in the tree) made of that
   * line onward, positioned at the label. For a fact found elsewhere (a
   * table with no heading, a sentence, front matter), that node.
   */
  node: Heading | Paragraph | Table
  /** Content nodes, in order. For a label, the paragraph's nodes after the label come first. */
  content: Nodes[]
}

/**
 * Normalises a heading for matching: case, `&`/"and", numbering, trailing
 * colons, parenthetical notes ("Results (12 months later)") and emoji go.
 */
export function sectionKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d+[.)]|[ivx]+\.)\s+/, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()
}

const cache = new WeakMap<Root, Section[]>()

/** Every section of a document, in document order; computed once per tree. */
export function outline(tree: Root): Section[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const sections: Section[] = []
  collectHeadings(tree, sections)
  collectLabels(tree, sections)
  sections.sort(
    (a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0),
  )
  cache.set(tree, sections)
  return sections
}

function collectHeadings(tree: Root, sections: Section[]): void {
  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    if (node?.type !== 'heading') continue
    const content: Nodes[] = []
    for (let next = index + 1; next < children.length; next++) {
      const sibling = children[next] as RootContent
      if (sibling.type === 'heading' && sibling.depth <= node.depth) break
      content.push(sibling)
    }
    const title = toString(node)
    sections.push({ title, key: sectionKey(title), depth: node.depth, node, content })
  }
}

/** The most words a run-in head (`**Situation.** Our app…`) has: more is a bold sentence. */
const RUN_IN_WORDS = 5

/** A phrase alone in its paragraph, ending in a colon: "What I have built:". */
const PLAIN_LABEL = /^([^\n.!?:;]{2,60}):$/
/** A sentence's subject opening it: "We looked at three options:" introduces, it does not head. */
const SENTENCE_OPENING = /^(?:we|i|they|he|she|it|you|our|my|their|this|these|there|here)\b/i

/**
 * The label of a paragraph that opens with `**Label**:` or `**Label:**`, or
 * with a run-in head followed by its text (`**Situation.** Our app…`, a
 * question `**What was the problem?** Our app…`,
 * `**Situation** — our app…`) or alone before the blocks it heads (`**What
 * we did.**`), or a short plain phrase alone ending in a colon (`What I have
 * built:`). A bold sentence of more than five words is prose, not a label.
 */
export function leadInLabel(paragraph: Paragraph): { label: string; rest: Nodes[] } | undefined {
  const [first, second, ...others] = paragraph.children
  if (first?.type === 'text' && !second) {
    // A short plain phrase alone, ending in a colon, heads the blocks after
    // it as a bold label does: "What I have built:" before a list.
    const label = PLAIN_LABEL.exec(first.value.trim())?.[1]
    return label && label.split(/\s+/).length <= RUN_IN_WORDS && !SENTENCE_OPENING.test(label)
      ? { label, rest: [] }
      : undefined
  }
  if (first?.type !== 'strong') return undefined
  const strongText = toString(first as Strong).trim()
  if (strongText.endsWith(':')) {
    const rest = second ? [second, ...others] : []
    return { label: strongText.slice(0, -1).trim(), rest }
  }
  if (second?.type === 'text' && /^\s*:/.test(second.value)) {
    const trimmed = { ...second, value: second.value.replace(/^\s*:\s*/, '') }
    return { label: strongText, rest: [trimmed, ...others] }
  }
  const short = (label: string) => label.split(/\s+/).length <= RUN_IN_WORDS
  // "**Situation.** Our app…", or a question: "**What was the problem?** Our app…".
  const runIn = /^(.*[^.?\s])\s*[.?]$/.exec(strongText)?.[1]
  if (runIn && short(runIn)) {
    // Alone in its paragraph, the head labels the blocks after it, as `**Label:**` does.
    if (!second) return { label: runIn, rest: [] }
    if (second.type === 'text' && /^\s+\S/.test(second.value)) {
      return { label: runIn, rest: [{ ...second, value: second.value.trimStart() }, ...others] }
    }
  }
  if (short(strongText) && second?.type === 'text' && /^\s*[—–]\s+\S/.test(second.value)) {
    const trimmed = { ...second, value: second.value.replace(/^\s*[—–]\s*/, '') }
    return { label: strongText, rest: [trimmed, ...others] }
  }
  return undefined
}

function isLeadIn(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && leadInLabel(node) !== undefined
}

/**
 * A paragraph split where a later line opens with a label: the guide writes
 * `**Decision Date**: Q2 2023` and `**Decision Makers**: ...` on consecutive
 * lines, which Markdown joins into one paragraph. The first part is the
 * paragraph itself; each later part is a paragraph made of that line onward
 * (not in the tree), positioned at its label.
 */
function splitAtLineLabels(paragraph: Paragraph): Paragraph[] {
  const children = paragraph.children
  const starts: number[] = []
  for (let index = 1; index < children.length; index++) {
    const child = children[index]
    const previous = children[index - 1]
    if (child?.type !== 'strong') continue
    const afterBreak =
      previous?.type === 'break' || (previous?.type === 'text' && /\n[ \t]*$/.test(previous.value))
    if (!afterBreak) continue
    const candidate: Paragraph = { type: 'paragraph', children: children.slice(index) }
    if (leadInLabel(candidate)) starts.push(index)
  }
  if (starts.length === 0) return [paragraph]
  const parts: Paragraph[] = [{ ...paragraph, children: children.slice(0, starts[0]) } as Paragraph]
  for (let part = 0; part < starts.length; part++) {
    const segment = children.slice(starts[part], starts[part + 1] ?? children.length)
    const start = segment[0]?.position?.start
    const end = segment[segment.length - 1]?.position?.end
    parts.push({
      type: 'paragraph',
      children: segment,
      ...(start && end ? { position: { start, end } } : {}),
    })
  }
  return parts
}

/**
 * Labels anywhere in the tree, including labels opening later lines of a
 * paragraph. A label's content is the rest of its line (up to the next
 * label line) and, for the paragraph's last label, the following siblings in
 * the same parent (a nested list under a list item, or the list after a
 * top-level label) up to the next heading or label; for a label alone in a
 * list's last item, the blocks after the list.
 */
function collectLabels(tree: Root, sections: Section[]): void {
  /** A parent, and where it sits in its own parent (to reach what follows a list). */
  interface Place {
    parent: Parent
    within?: { siblings: RootContent[]; index: number; up?: Place }
  }
  const stack: Place[] = [{ parent: tree }]
  while (stack.length > 0) {
    const place = stack.pop() as Place
    const children = place.parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const node = children[index] as RootContent
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        stack.push({ parent: node as Parent, within: { siblings: children, index, up: place } })
      }
      if (node.type !== 'paragraph') continue
      const parts = splitAtLineLabels(node)
      for (let part = 0; part < parts.length; part++) {
        const line = parts[part] as Paragraph
        const lead = leadInLabel(line)
        if (!lead) continue
        const content: Nodes[] = [...lead.rest]
        if (part === parts.length - 1) {
          const following = (siblings: RootContent[], from: number) => {
            for (let next = from; next < siblings.length; next++) {
              const sibling = siblings[next]
              if (!sibling || sibling.type === 'heading' || isLeadIn(sibling)) break
              content.push(sibling)
            }
          }
          following(children, index + 1)
          // A label alone in the last item of a list ("- **Impact:**") heads what follows
          // the list: Markdown ends the list at a table that comes next.
          const item = place.within
          const list = item?.up?.within
          if (
            content.every((part) => toString(part).trim() === '') &&
            place.parent.type === 'listItem' &&
            item &&
            list &&
            item.index === item.siblings.length - 1
          ) {
            following(list.siblings, list.index + 1)
          }
        }
        const sectionNode = part === 0 ? node : line
        sections.push({
          title: lead.label,
          key: sectionKey(lead.label),
          depth: 0,
          node: sectionNode,
          content,
        })
      }
    }
  }
}

/** Plain text of a section's content. */
export function sectionText(section: Section): string {
  // Several rules and the template check read the same section's text.
  let text = sectionTexts.get(section)
  if (text === undefined) {
    text = section.content.map(plainText).join('\n')
    sectionTexts.set(section, text)
  }
  return text
}

const sectionTexts = new WeakMap<Section, string>()

/** Present but empty: no text, no image, no code block. */
export function isEmptySection(section: Section): boolean {
  for (const node of section.content) {
    let found = false
    visit(node, (child) => {
      if (
        child.type === 'image' ||
        child.type === 'imageReference' ||
        child.type === 'code' ||
        child.type === 'html' ||
        ('value' in child && typeof child.value === 'string' && child.value.trim() !== '')
      ) {
        found = true
        return EXIT
      }
      return CONTINUE
    })
    if (found) return false
  }
  return true
}

/**
 * A pattern for a label that introduces a fact inside an item: one of
 * `words` (regular-expression sources, e.g. `pros?`) opening a line, alone or
 * followed by `:`, `(` or a dash, or anywhere in the text followed by `:`
 * ("... chose Kafka. Trade-off: ordering costs throughput"). With
 * `{anywhere: false}`, only a label opening the text matches: use that to
 * tell a "Pros: ..." line from an item that mentions its pros inline.
 */
export function labelPattern(
  words: readonly string[],
  { anywhere = true }: { anywhere?: boolean } = {},
): RegExp {
  const alternatives = words.join('|')
  const opening = `^[ \\t]*(?:${alternatives})[ \\t]*(?::|\\(|[-–—][ \\t]|\\n|$)`
  if (!anywhere) return new RegExp(opening, 'i')
  return new RegExp(`${opening}|(?:^|[\\s(;,.|])(?:${alternatives})[ \\t]*:`, 'im')
}

/** One entry of a section that lists things: an option, a decision. */
export interface SectionItem {
  /** Its name: the sub-heading, the bold lead-in, or the start of its first line. */
  title: string
  /** Where it is: the sub-heading, list item, label paragraph or table row. */
  node: Nodes
  /** Everything that belongs to it, the node itself included for list items and rows. */
  content: Nodes[]
  /** For a table row: the column headers of its non-empty cells. */
  columns?: string[]
}

const TITLE_LENGTH = 60

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : line
}

function firstParagraph(node: Parent): Paragraph | undefined {
  return (node.children as Nodes[]).find((child): child is Paragraph => child.type === 'paragraph')
}

/** The name of a list item or paragraph: its bold lead-in, else its first words. */
function itemTitle(node: Parent): string {
  const paragraph = node.type === 'paragraph' ? (node as Paragraph) : firstParagraph(node)
  if (!paragraph) return shorten(toString(node as Nodes)) || 'item'
  const lead = leadInLabel(paragraph)
  if (lead) return shorten(lead.label)
  const first = paragraph.children[0]
  if (first?.type === 'strong') return shorten(toString(first).replace(/:\s*$/, ''))
  const text = toString(paragraph)
  return shorten(text.split(/[:\n]/)[0] ?? text) || 'item'
}

/**
 * The items a section lists, read the way the guide writes them:
 *
 * * sub-headings, when the section has any: each heading of the shallowest
 *   depth under it is an item, with everything up to the next such heading;
 * * otherwise top-level list items (ordered or not), bold lead-in paragraphs
 *   (`**Option A**: ...`, with the list right after them) and table rows.
 *
 * A list item or paragraph whose text `isDetail` accepts ("Pros: ...",
 * "Trade-off: ...") belongs to the item before it rather than starting one.
 * Text before the first item is the section's introduction and is skipped.
 */
export function sectionItems(
  section: Section,
  isDetail: (text: string) => boolean = () => false,
): SectionItem[] {
  const items: SectionItem[] = []
  const content = section.content
  let minDepth = 7
  for (const node of content) if (node.type === 'heading') minDepth = Math.min(minDepth, node.depth)
  if (minDepth < 7) {
    let current: SectionItem | undefined
    for (const node of content) {
      if (node.type === 'heading' && node.depth === minDepth) {
        current = { title: shorten(toString(node)), node, content: [] }
        items.push(current)
      } else current?.content.push(node)
    }
    return items
  }

  let current: SectionItem | undefined
  let afterOpener = false
  for (const node of content) {
    const wasAfterOpener = afterOpener
    afterOpener = false
    if (node.type === 'list') {
      if (current && wasAfterOpener) {
        current.content.push(node)
        continue
      }
      for (const item of node.children) {
        const paragraph = firstParagraph(item)
        if (current && paragraph && isDetail(toString(paragraph))) {
          current.content.push(item)
          continue
        }
        current = { title: itemTitle(item), node: item, content: [item] }
        items.push(current)
      }
    } else if (node.type === 'paragraph') {
      if (leadInLabel(node) && !isDetail(toString(node))) {
        current = { title: itemTitle(node), node, content: [node] }
        items.push(current)
        afterOpener = true
      } else current?.content.push(node)
    } else if (node.type === 'table') {
      const [header, ...rows] = node.children
      const headers = (header?.children ?? []).map((cell) => toString(cell).trim())
      for (const row of rows) {
        const columns: string[] = []
        row.children.forEach((cell, index) => {
          if (toString(cell).trim() !== '') columns.push(headers[index] ?? '')
        })
        const title = shorten(toString(row.children[0] ?? row)) || 'row'
        current = { title, node: row, content: [row], columns }
        items.push(current)
      }
    } else current?.content.push(node)
  }
  return items
}

/**
 * Whether an item states a fact `pattern` labels: in a table row, a filled
 * column with that header; elsewhere a paragraph, heading or table header
 * cell the pattern matches.
 */
export function itemHasLabel(item: SectionItem, pattern: RegExp): boolean {
  if (item.columns?.some((column) => pattern.test(column))) return true
  const stack: Nodes[] = []
  for (let index = item.content.length - 1; index >= 0; index--)
    stack.push(item.content[index] as Nodes)
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (pattern.test(plainText(node))) return true
      continue
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index] as Nodes)
    }
  }
  return false
}

export function specKeys(spec: SectionSpec): string[] {
  return [spec.name, ...spec.synonyms].map(sectionKey)
}

/** The first section matching a spec (by name or synonym). */
export function findSection(sections: readonly Section[], spec: SectionSpec): Section | undefined {
  const keys = specKeys(spec)
  return sections.find((section) => keys.includes(section.key))
}

export interface StructureMatch {
  structure: Structure
  /** Required sections not present at all. */
  missing: SectionSpec[]
  /**
   * Required sections present but empty, with the section found; `template`
   * when it holds only the template's bracketed guidance.
   */
  empty: { spec: SectionSpec; section: Section; template?: boolean }[]
  /** The section found for each required section that is present. */
  found: ReadonlyMap<SectionSpec, Section>
}

/**
 * The clauses of a normalised title joined by "and" (or "&", or a comma
 * before "and"): "who and why", "what was hard and what i did". Each clause
 * may name a different requirement.
 */
function clauses(key: string): string[] {
  return key.split(/ and /).filter((clause) => clause !== '')
}

/** The document's title: its one level-1 heading, when it has exactly one. */
function documentTitle(sections: readonly Section[]): Section | undefined {
  const titles = sections.filter((section) => section.depth === 1)
  return titles.length === 1 ? titles[0] : undefined
}

/** A heading that is an interview question: "Tell me about a time…", or any ending in "?". */
const INTERVIEW_QUESTION =
  /^\W*(?:tell me about|describe a time|give (?:me )?an example|walk me through)\b|\?\W*$/i

/** Whether a title (or one clause of it) says a requirement in its words and stems. */
function saysWords(required: SectionSpec, text: string): boolean {
  return (required.words ?? []).some((word) => word.test(text))
}

/**
 * Which section satisfies each required section of a structure. A section
 * satisfies one requirement only (a post-mortem's lone "Impact" heading is
 * not both its Customer Impact and its Outcome), and a section named exactly
 * as a requirement goes to that requirement before synonyms are tried. A
 * title of clauses joined by "and" ("Who and why") may satisfy one
 * requirement per clause. Last, a section may meet a requirement by its
 * content (figures of scale, a diff), one that no requirement took first.
 */
function assignSections(
  sections: readonly Section[],
  structure: Structure,
  tree: Root | undefined,
): Map<SectionSpec, Section> {
  const found = new Map<SectionSpec, Section>()
  const claimed = new Set<Section>()
  /** Clauses of a title already taken by a requirement, by section. */
  const takenClauses = new Map<Section, Set<number>>()
  const claim = (required: SectionSpec, matches: (section: Section) => boolean) => {
    if (found.has(required)) return
    const section = sections.find(
      (entry) => !claimed.has(entry) && !takenClauses.has(entry) && matches(entry),
    )
    if (!section) return
    found.set(required, section)
    claimed.add(section)
  }
  for (const required of structure.sections) {
    const key = sectionKey(required.name)
    claim(required, (section) => section.key === key)
  }
  for (const required of structure.sections) {
    const keys = specKeys(required)
    claim(required, (section) => keys.includes(section.key))
  }
  // Words and stems only for headings and labels that say little else: a
  // long bold sentence is prose, not a section name; nor is the document's
  // title ("# Stories for the loop" is not the stories section).
  const title = documentTitle(sections)
  const candidates = sections.filter(
    (section) =>
      section !== title &&
      // A question is a long heading that is still a name: a story bank's "Tell me about…".
      (section.key.split(' ').length <= 8 || INTERVIEW_QUESTION.test(section.title)),
  )
  /** How many requirements still missing a title's words could mean. */
  const readings = (section: Section) =>
    structure.sections.filter(
      (required) => !found.has(required) && saysWords(required, section.key),
    ).length
  // Titles that can mean one requirement only go first, so "Project results"
  // is not taken as the scope just because the scope is listed first.
  for (const unambiguous of [true, false]) {
    for (const required of structure.sections) {
      if (!required.words?.length || found.has(required)) continue
      for (const section of candidates) {
        if (claimed.has(section) || (unambiguous && readings(section) !== 1)) continue
        const parts = clauses(section.key)
        const taken = takenClauses.get(section) ?? new Set<number>()
        const clause = parts.findIndex(
          (part, index) => !taken.has(index) && saysWords(required, part),
        )
        if (clause >= 0) {
          found.set(required, section)
          taken.add(clause)
          takenClauses.set(section, taken)
          if (taken.size === parts.length) claimed.add(section)
          break
        }
        // Words that span the clauses ("pros and cons") take the whole title.
        if (taken.size === 0 && saysWords(required, section.key)) {
          found.set(required, section)
          claimed.add(section)
          break
        }
      }
    }
  }
  // Content is read up to a section's first sub-heading: a title's content is
  // the whole document, its own the summary before the first section (an "At
  // a glance" table under the title). A section no requirement took goes
  // first; else one already taken may state the fact as well, since figures
  // are not a heading (a design doc's "Goals" is its business context and
  // states its scale).
  // Built only when a content fact is still missing: most structures have none.
  let owned: OwnContent[] | undefined
  for (const required of structure.sections) {
    const states = required.content
    if (!states || found.has(required)) continue
    owned ??= ownContents(sections)
    const stating = owned.filter(({ own }) => states(own.content))
    const free = stating.find(({ section }) => !claimed.has(section) && !takenClauses.has(section))
    if (free) claimed.add(free.section)
    const entry = free ?? stating[0]
    if (entry) found.set(required, entry.own)
  }
  if (!tree) return found
  handOver(found, structure, tree)
  for (const required of structure.sections) {
    if (found.has(required)) continue
    const elsewhere = factElsewhere(tree, required)
    if (elsewhere) found.set(required, elsewhere)
  }
  return found
}

/**
 * A title that could name two requirements went to the first, and the
 * second is missing: when a sentence states the first anywhere in the
 * document, the title goes to the second. An initiative's "What I did" is
 * then its implementation, since "I owned the programme for 9 months" states
 * the role; without such a sentence the title stays the role.
 */
function handOver(found: Map<SectionSpec, Section>, structure: Structure, tree: Root): void {
  for (const missing of structure.sections) {
    if (found.has(missing) || missing.sentence || !missing.words?.length) continue
    for (const [holder, section] of found) {
      // Only a title taken by its words: "## Your Role" stays the role.
      if (!holder.sentence || specKeys(holder).includes(section.key)) continue
      if (!saysWords(missing, section.key) || !saysWords(holder, section.key)) continue
      const stated = factElsewhere(tree, holder)
      if (!stated) continue
      found.set(missing, section)
      found.set(holder, stated)
      break
    }
  }
}

/** A section and what it holds itself: its content up to its first sub-heading. */
interface OwnContent {
  section: Section
  own: Section
}

/** Each section with its own content; one whose first block is a sub-heading holds none. */
function ownContents(sections: readonly Section[]): OwnContent[] {
  return sections.flatMap((section) => {
    const sub = section.content.findIndex((node) => node.type === 'heading')
    if (sub < 0) return [{ section, own: section }]
    if (sub === 0) return []
    return [{ section, own: { ...section, content: section.content.slice(0, sub) } }]
  })
}

/** A fact stated outside any section: front matter, a bare table, a sentence. */
function factElsewhere(tree: Root, required: SectionSpec): Section | undefined {
  if (required.frontMatter) {
    const matter = frontMatter(tree)
    for (const key of required.frontMatter) {
      const value = matter.data[key]
      const text = Array.isArray(value) ? value.join(', ') : value
      if (text === undefined || text === null || String(text).trim() === '') continue
      const place = matter.placeOf(key)
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: String(text) }],
        position: { start: { ...place }, end: { ...place } },
      }
      return { title: key, key: sectionKey(key), depth: 0, node: paragraph, content: [paragraph] }
    }
  }
  const table = required.table
  if (table) {
    // Cells joined with a separator, so "Principle" and "Story" stay two words.
    const header = (node: Table) =>
      (node.children[0]?.children ?? []).map((cell) => toString(cell).trim()).join(' | ')
    // A table may be written the other way round: its rows named "Before" and "After".
    const firstColumn = (node: Table) =>
      node.children.map((row) => toString(row.children[0] ?? row).trim()).join(' | ')
    const match = tree.children.find(
      (node): node is Table =>
        node.type === 'table' && (table.test(header(node)) || table.test(firstColumn(node))),
    )
    if (match) {
      const title = header(match)
      return { title, key: sectionKey(title), depth: 0, node: match, content: [match] }
    }
  }
  const sentence = required.sentence
  if (sentence) {
    let paragraph: Paragraph | undefined
    visit(tree, 'paragraph', (node) => {
      // A sentence may wrap across lines of its paragraph.
      if (!sentence.test(toString(node).replace(/\s+/g, ' '))) return CONTINUE
      paragraph = node
      return EXIT
    })
    if (paragraph) {
      const title = toString(paragraph).slice(0, 40)
      return { title, key: sectionKey(title), depth: 0, node: paragraph, content: [paragraph] }
    }
  }
  return undefined
}

/**
 * Text still as the template left it: the template's guidance is in square
 * brackets ("[The situation, e.g., monolith serving 20M users]"), so a
 * section whose words are nearly all bracketed has not been written yet.
 * Links and footnotes are not bracketed in the plain text and do not count,
 * nor do code blocks. A label before guidance ("Pros: [...]") counts as
 * guidance.
 */
export function isTemplateText(section: Section): boolean {
  // Code is not guidance: a diagram's node labels are bracketed too ("C[Client]").
  const raw = section.content.some((node) => node.type === 'code')
    ? section.content
        .filter((node) => node.type !== 'code')
        .map(plainText)
        .join('\n')
    : sectionText(section)
  // Most sections hold no guidance at all: the label pass below is the
  // costliest regex of a run, and removing labels never adds or removes a
  // bracket, so a text without one is not template text either way.
  if (!GUIDANCE.test(raw)) return false
  // A short label whose value is guidance ("Challenge: [what stood in the
  // way]") is part of the template's scaffolding, not the author's words.
  const text = raw.replace(GUIDANCE_LABEL, '')
  const bracketed = (text.match(GUIDANCE_ALL) ?? []).join('')
  if (bracketed.length === 0) return false
  return letterCount(bracketed) >= 0.8 * letterCount(text)
}

/** Bracketed guidance or a `{{placeholder}}`. */
const GUIDANCE = /\[[^\]\n]*\]|\{\{[^}]*\}\}/
const GUIDANCE_ALL = new RegExp(GUIDANCE.source, 'g')
/**
 * A label of up to three words right before guidance. Starts only at a word's
 * start (the lookbehind): a match from inside a word would be a shorter copy
 * of the one from its start, and retrying every position made the pass quadratic.
 */
const GUIDANCE_LABEL = /(?<![\p{L}-])[\p{L}-]+(?: [\p{L}-]+){0,2}:[ \t]*(?=\[)/gu

function letterCount(value: string): number {
  return value.replace(/[^\p{L}\p{N}]/gu, '').length
}

/**
 * Whether `match` is closer than `best`: the larger share of its sections
 * written (a guide-style record missing two labels is closer to the guide
 * than to the shorter MADR), then the fewest missing (a template whose every
 * section still holds guidance is closest to its own structure), then the
 * fewest gaps.
 */
function closer(match: StructureMatch, best: StructureMatch): boolean {
  const share = (entry: StructureMatch) => {
    const total = entry.structure.sections.length
    return (total - entry.missing.length - entry.empty.length) / Math.max(total, 1)
  }
  if (share(match) !== share(best)) return share(match) > share(best)
  if (match.missing.length !== best.missing.length)
    return match.missing.length < best.missing.length
  return match.missing.length + match.empty.length < best.missing.length + best.empty.length
}

/**
 * The structure a document follows best: the first one it satisfies fully,
 * else the one with the fewest missing or empty sections. A section holding
 * only the template's guidance counts as missing. Pass the tree so facts
 * stated in front matter, bare tables or sentences count.
 */
export function bestStructure(
  sections: readonly Section[],
  spec: KindSpec,
  tree?: Root,
): StructureMatch {
  // Five rules and the engine ask for the same tree's match: computed once
  // per tree and kind, for the tree's own outline.
  const memo = tree && sections === outline(tree) ? matchesOf(tree) : undefined
  const cached = memo?.get(spec)
  if (cached) return cached
  const match = findBestStructure(sections, spec, tree)
  memo?.set(spec, match)
  return match
}

const structureMatches = new WeakMap<Root, Map<KindSpec, StructureMatch>>()

function matchesOf(tree: Root): Map<KindSpec, StructureMatch> {
  let matches = structureMatches.get(tree)
  if (!matches) {
    matches = new Map()
    structureMatches.set(tree, matches)
  }
  return matches
}

function findBestStructure(
  sections: readonly Section[],
  spec: KindSpec,
  tree?: Root,
): StructureMatch {
  let best: StructureMatch | undefined
  for (const structure of spec.structures) {
    const found = assignSections(sections, structure, tree)
    const match: StructureMatch = { structure, missing: [], empty: [], found }
    for (const required of structure.sections) {
      const section = found.get(required)
      if (!section) match.missing.push(required)
      else if (isEmptySection(section)) match.empty.push({ spec: required, section })
      else if (isTemplateText(section)) {
        // Not written yet: no rule should read the guidance as the fact.
        found.delete(required)
        match.empty.push({ spec: required, section, template: true })
      }
    }
    const gaps = match.missing.length + match.empty.length
    if (!best || closer(match, best)) best = match
    if (gaps === 0) break
  }
  return best as StructureMatch
}

/**
 * Sections playing a role (results, architecture...) in the structure the
 * document follows, present in the document.
 */
export function sectionsWithRole(tree: Root, spec: KindSpec, role: SectionRole): Section[] {
  const { structure, found } = bestStructure(outline(tree), spec, tree)
  const sections: Section[] = []
  for (const required of structure.sections) {
    if (required.role !== role) continue
    const section = found.get(required)
    // One section may meet two requirements of a role ("Who and why").
    if (section && !sections.includes(section)) sections.push(section)
  }
  return sections
}

/**
 * Every section whose heading could name a role's requirement (its name, a
 * synonym or its words), in document order, the document's title left out.
 * A design doc may open with an "Overview" and draw its architecture under
 * "High-level design": both name the architecture, and only one is assigned.
 */
export function sectionsNaming(tree: Root, spec: KindSpec, role: SectionRole): Section[] {
  const sections = outline(tree)
  const { structure } = bestStructure(sections, spec, tree)
  const required = structure.sections.filter((entry) => entry.role === role)
  const title = documentTitle(sections)
  return sections.filter(
    (section) =>
      section !== title &&
      required.some(
        (entry) => specKeys(entry).includes(section.key) || saysWords(entry, section.key),
      ),
  )
}
