/**
 * One file, start to finish: text → tree (parsed once) → the configured rules
 * → findings, plus the facts the cross-document checks need. The result is
 * plain data: it is what the cache stores and what a worker thread sends back.
 */
import {
  bestStructure,
  DIAGRAM_NODE_TYPES,
  documentContext,
  isDiagramNode,
  nodesOfType,
  outline,
  plainText,
  readPrinciples,
} from '@techfolio/remark-lint-portfolio'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import {
  type BaselineGap,
  claimedBlocks,
  extractChanges,
  extractFigures,
  type Figure,
  type FigureChange,
} from './figures.js'
import type { MarkdownProcessor } from './remarkrc.js'
import { extractSignals, type SignalEvidence } from './signals.js'
import type { Timings } from './timing.js'
import type { DocumentKind, Finding } from './types.js'
import { emptyFacts, oneLine, unreadableAnalysis } from './unreadable.js'

export interface LinkFact {
  url: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Everything the engine keeps about one analysed file. */
export interface FileAnalysis {
  messages: Finding[]
  kind: DocumentKind | undefined
  title: string | undefined
  /** Front matter `focus:` (case studies, team development), when a string. */
  focus: string | undefined
  /** Canonical names of the Leadership Principles its front matter lists. */
  principles: string[]
  /** The guide's names of the sections of the structure the document follows. */
  requiredSections: string[]
  /** For each portfolio-required-sections message (same order), the section it is about. */
  sectionOfMessage: Record<number, string>
  links: LinkFact[]
  /** GitHub slugs of its headings, for `#fragment` links. */
  anchors: string[]
  hasDiagram: boolean
  figures: Figure[]
  /** Before → after changes, with what they compute to and whether a stated figure agrees. */
  changes: FigureChange[]
  /** Relative figures stated with no before and after ("by 60%"). */
  baselineGaps: BaselineGap[]
  /** Writing and scope signals (first person, reflection, several teams...), first places each. */
  signals: SignalEvidence[]
}

/**
 * What the Markdown parser reads quickly. Its time grows much faster than the
 * text with nesting depth (measured: 100 nested list levels parse in 0.15 s,
 * 300 in 4 s, 1,000 in 89 s) and with the number of items in one long list
 * whose items hold sub-lists (5,000 such items: 8 s; 10,000: 32 s; 20,000:
 * 133 s). No portfolio document comes near either limit; 2,000 items of any
 * shape parse in under half a second.
 */
export const MAX_NESTING = 100
export const MAX_LIST_ITEMS = 2000

/**
 * Why a text would take the parser too long, estimated without parsing, in
 * one pass: the first line nesting deeper than `MAX_NESTING` containers (`>`
 * markers plus list indentation, 2 columns a level), or the line of the list
 * item past `MAX_LIST_ITEMS`.
 */
export function parseLimit(text: string): { line: number; reason: string } | undefined {
  let line = 1
  let index = 0
  let items = 0
  let delimiters = 0
  while (index < text.length) {
    let quotes = 0
    let columns = 0
    let cursor = index
    for (; cursor < text.length; cursor++) {
      const code = text.charCodeAt(cursor)
      if (code === 62 /* > */) {
        quotes++
        columns = 0
      } else if (code === 32) columns++
      else if (code === 9) columns += 4 - (columns % 4)
      else break
    }
    // Markers that open one list inside another on the same line (`- - - x`) nest too.
    let markers = 0
    while (isListMarker(text, cursor)) {
      markers++
      if (++items > MAX_LIST_ITEMS) break
      cursor = afterListMarker(text, cursor)
    }
    const depth = quotes + Math.floor(columns / 2) + Math.max(0, markers - 1)
    if (depth > MAX_NESTING) {
      return {
        line,
        reason: `Lists or block quotes nest about ${depth} levels deep here; Techfolio reads at most ${MAX_NESTING}: flatten the structure`,
      }
    }
    if (items > MAX_LIST_ITEMS) {
      return {
        line,
        reason: `List item ${items} of this document: Techfolio reads at most ${MAX_LIST_ITEMS} list items a document, as the parser slows sharply on long nested lists: split the document`,
      }
    }
    const end = text.indexOf('\n', cursor)
    // Emphasis and link openers in one paragraph nest in the parser's tree too.
    delimiters = blankLine(text, index, end) ? 0 : delimiters + countDelimiters(text, cursor, end)
    if (delimiters > MAX_DELIMITERS) {
      return {
        line,
        reason: `More than ${MAX_DELIMITERS} emphasis or link markers (\`*\`, \`_\`, \`[\`) in one paragraph: Techfolio reads at most ${MAX_DELIMITERS}, as deeply nested emphasis slows the parser sharply: split the paragraph`,
      }
    }
    if (end === -1) break
    index = end + 1
    line++
  }
  return undefined
}

/** Emphasis and link markers a paragraph may hold: far above any prose, far below a slow parse. */
export const MAX_DELIMITERS = 2000

function blankLine(text: string, from: number, end: number): boolean {
  return text.slice(from, end === -1 ? text.length : end).trim() === ''
}

function countDelimiters(text: string, from: number, end: number): number {
  let count = 0
  const stop = end === -1 ? text.length : end
  for (let cursor = from; cursor < stop; cursor++) {
    const code = text.charCodeAt(cursor)
    if (code === 42 /* * */ || code === 91 /* [ */) count++
    // `_` inside a word (snake_case in code) cannot open emphasis.
    else if (code === 95 /* _ */ && !/[\p{L}\p{N}_]/u.test(text[cursor - 1] ?? ' ')) count++
  }
  return count
}

/** Where the text after a list marker (and the spaces after it) begins. */
function afterListMarker(text: string, at: number): number {
  let cursor = at
  while (cursor < text.length && !/[\s]/.test(text[cursor] as string)) cursor++
  while (cursor < text.length && (text[cursor] === ' ' || text[cursor] === '\t')) cursor++
  return cursor
}

/** `-`, `*`, `+`, or up to 9 digits and `.`/`)`, then a space, tab or line end. */
function isListMarker(text: string, at: number): boolean {
  let cursor = at
  const first = text.charCodeAt(cursor)
  if (first === 45 || first === 42 || first === 43) cursor++
  else {
    while (cursor - at < 9 && text.charCodeAt(cursor) >= 48 && text.charCodeAt(cursor) <= 57)
      cursor++
    if (cursor === at) return false
    const delimiter = text.charCodeAt(cursor)
    if (delimiter !== 46 && delimiter !== 41) return false
    cursor++
  }
  const after = text.charCodeAt(cursor)
  return cursor >= text.length || after === 32 || after === 9 || after === 10 || after === 13
}

/**
 * Analyses one file's text (BOM already removed). Never throws for a file's
 * content: whatever fails on this one document (the parser, a rule, front
 * matter's YAML, the facts, a stack overflow on deep nesting) becomes one
 * finding on it, so one document never ends the run.
 */
export async function analyse(
  processor: MarkdownProcessor,
  filePath: string,
  text: string,
  timings?: Timings,
): Promise<FileAnalysis> {
  try {
    return await analyseUnguarded(processor, filePath, text, timings)
  } catch (error) {
    return unreadableAnalysis(
      'portfolio-internal',
      `Techfolio could not analyse this file (${errorText(error)}): expected a Markdown document it can read; please report this with the file`,
    )
  }
}

/** An error's first line, on one line, at most 200 characters. */
function errorText(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'it nests too deeply to read'
  }
  const text = error instanceof Error ? error.message : String(error)
  const first = oneLine(text.split(/\r?\n|\r/)[0] ?? '')
  return first.length > 200 ? `${first.slice(0, 199)}…` : first
}

/** A `<!--lint disable…-->` or `<!--lint ignore…-->` comment (remark-message-control's markers). */
const LINT_MARKER = /<!--\s*lint\s+(?:disable|ignore)\b/g

/**
 * Findings about the whole document (a missing requirement, a story with no
 * "I"), placed at 1:1, that a `<!--lint disable-->` comment would hide: a
 * comment cannot make a document complete, only `.remarkrc.mjs` or the config
 * turns such a rule off. Runs the rules a second time with the markers made
 * inert, only for a document that holds one.
 */
async function undisabled(
  processor: MarkdownProcessor,
  filePath: string,
  text: string,
): Promise<VFile['messages']> {
  if (text.search(LINT_MARKER) === -1) return []
  // Same length, so every position stays where it was.
  const inert = text.replace(LINT_MARKER, (marker) => marker.replace(/lint/, 'tnil'))
  const file = new VFile({ path: filePath, value: inert })
  await processor.run(processor.parse(file) as Root, file)
  return file.messages.filter(
    (message) =>
      message.fatal &&
      message.line === 1 &&
      message.column === 1 &&
      message.source === 'remark-lint',
  )
}

async function analyseUnguarded(
  processor: MarkdownProcessor,
  filePath: string,
  text: string,
  timings: Timings | undefined,
): Promise<FileAnalysis> {
  const limit = parseLimit(text)
  if (limit) return unreadableAnalysis('portfolio-nesting', limit.reason, limit.line)
  const file = new VFile({ path: filePath, value: text })
  let tree: Root
  const messages: Finding[] = []
  const sectionOfMessage: Record<number, string> = {}
  try {
    if (timings) {
      tree = timings.time('parse', () => processor.parse(file) as Root)
      const started = performance.now()
      tree = (await processor.run(tree, file)) as Root
      timings.add('rules', performance.now() - started)
    } else {
      tree = processor.parse(file) as Root
      tree = (await processor.run(tree, file)) as Root
    }
  } catch (error) {
    // A crashing plugin is reported on the file rather than ending the run.
    messages.push({
      ruleId: 'portfolio-internal',
      severity: 'error',
      message: `A remark plugin failed on this file: ${errorText(error)}`,
      line: 1,
      column: 1,
    })
    return { ...emptyFacts(), messages, sectionOfMessage }
  }
  const kept = new Set(file.messages.map((message) => `${message.ruleId}\n${message.reason}`))
  const hidden = (await undisabled(processor, filePath, text)).filter(
    (message) => !kept.has(`${message.ruleId}\n${message.reason}`),
  )
  for (const message of [...file.messages, ...hidden]) {
    const finding: Finding = {
      ruleId: message.ruleId ?? message.source ?? 'remark',
      severity: message.fatal ? 'error' : 'warning',
      message: oneLine(message.reason),
      line: message.line ?? 1,
      column: message.column ?? 1,
    }
    const place = message.place
    if (place && 'end' in place && place.end) {
      finding.endLine = place.end.line
      finding.endColumn = place.end.column
    }
    if (message.url) finding.url = message.url
    if (message.ruleId === 'portfolio-required-sections' && message.expected?.[0]) {
      sectionOfMessage[messages.length] = message.expected[0]
    }
    messages.push(finding)
  }
  const parsed = tree
  const documentFacts = timings
    ? timings.time('facts', () => facts(parsed, file))
    : facts(tree, file)
  return { ...documentFacts, messages, sectionOfMessage }
}

function facts(tree: Root, file: VFile): Omit<FileAnalysis, 'messages' | 'sectionOfMessage'> {
  const { frontMatter, spec } = documentContext(tree)
  const principles: string[] = []
  for (const { principle } of readPrinciples(frontMatter.principles.map((entry) => entry.value))) {
    if (principle && !principles.includes(principle)) principles.push(principle)
  }
  const sections = spec ? bestStructure(outline(tree), spec, tree).structure.sections : []
  // From the tree's shared index (the rules built it): no walk of our own.
  const links: LinkFact[] = []
  for (const node of [...nodesOfType(tree, 'link'), ...nodesOfType(tree, 'definition')]) {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.position) continue
    const { start, end } = node.position
    links.push({
      url: node.url,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    })
  }
  // The rule's own test of a diagram, so the checklist agrees with portfolio-diagram.
  const hasDiagram = DIAGRAM_NODE_TYPES.some((type) => nodesOfType(tree, type).some(isDiagramNode))
  const anchors: string[] = []
  const slugCounts = new Map<string, number>()
  for (const node of nodesOfType(tree, 'heading')) {
    const base = slug(plainText(node))
    const seen = slugCounts.get(base) ?? 0
    slugCounts.set(base, seen + 1)
    anchors.push(seen === 0 ? base : `${base}-${seen}`)
  }
  links.sort((a, b) => a.line - b.line || a.column - b.column)
  // Figures, changes and signals read the same blocks: parse each block's figures once.
  const blocks = claimedBlocks(tree, file)
  const focus = frontMatter.data.focus
  return {
    kind: frontMatter.kind,
    title: frontMatter.title,
    focus: typeof focus === 'string' ? focus : undefined,
    principles,
    requiredSections: sections.map((section) => section.name),
    links,
    anchors,
    hasDiagram,
    figures: extractFigures(tree, file, blocks),
    ...extractChanges(tree, file, blocks),
    signals: extractSignals(tree, file, blocks),
  }
}

/** GitHub's heading slug (github-slugger): lower case, punctuation removed, spaces to `-`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}
