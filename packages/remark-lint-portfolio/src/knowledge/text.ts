import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { BLOCK_TYPES, treeIndex } from './tree-index.js'

/** Pushes a node's children on a depth-first stack so they pop in document order. */
function pushChildren(stack: Nodes[], node: Nodes): void {
  if (!('children' in node)) return
  const children = node.children as Nodes[]
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes)
}

export { toString }

/** A 1-based place in a file, with its 0-based offset. */
export interface Place {
  line: number
  column: number
  offset: number
}

const lineStartsCache = new WeakMap<object, { source: string; starts: number[] }>()

function lineStarts(file: { value?: unknown } | object, source: string): number[] {
  const cached = lineStartsCache.get(file)
  if (cached && cached.source === source) return cached.starts
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    if (source.charCodeAt(index) === 10) starts.push(index + 1)
  }
  lineStartsCache.set(file, { source, starts })
  return starts
}

/** The source text of a file (a VFile or anything with a string `value`). */
export function sourceOf(file: { value?: unknown }): string {
  const value = file.value
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return ''
}

/** Line and column of an offset in a file's source; computed with one index per file. */
export function placeAt(file: { value?: unknown }, offset: number): Place {
  const source = sourceOf(file)
  const starts = lineStarts(file, source)
  const clamped = Math.max(0, Math.min(offset, source.length))
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= clamped) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: clamped - (starts[low] as number) + 1, offset: clamped }
}

/** A piece of text a node holds, mapped back to where each character sits in the source. */
export interface TextRun {
  /** The node's text as mdast has it (escapes and entities resolved). */
  value: string
  node: Nodes
  /** Source offset of `value[index]` (of the end when `index === value.length`). */
  offsetOf(index: number): number
}

/** Node types `textRuns` can collect the value of. */
/** `break` (a hard line break) is collected as a `\n`. */
export type TextRunType = 'text' | 'inlineCode' | 'code' | 'yaml' | 'html' | 'break'

export interface TextRunOptions {
  /** Which literal nodes to collect; default `['text']`. */
  types?: readonly TextRunType[]
  /** Node types whose whole subtree is left out (for example `table`, `heading`). */
  skip?: readonly string[]
}

/**
 * The literal text nodes under `root` in document order, each able to map a
 * character back to its source offset, so messages point at the exact spot
 * even after escapes, entities, block quote markers or list indentation.
 */
export function textRuns(
  root: Nodes,
  file: { value?: unknown },
  options: TextRunOptions = {},
): TextRun[] {
  // Arrays of a few names, not sets: this runs once per block, and a set per call was garbage.
  const types: readonly string[] = options.types ?? TEXT_ONLY
  const skip: readonly string[] = options.skip ?? []
  const source = sourceOf(file)
  const runs: TextRun[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (skip.length > 0 && skip.includes(node.type)) continue
    if (node.type === 'break' && types.includes('break')) {
      const offset = node.position?.start.offset ?? 0
      runs.push({ value: '\n', node, offsetOf: () => offset })
      continue
    }
    if ('value' in node && typeof node.value === 'string' && types.includes(node.type)) {
      runs.push(makeRun(node, node.value, source))
      continue
    }
    pushChildren(stack, node)
  }
  return runs
}

const TEXT_ONLY: readonly TextRunType[] = ['text']

function makeRun(node: Nodes, value: string, source: string): TextRun {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end < start || end > source.length) {
    const base = start ?? 0
    return { value, node, offsetOf: () => base }
  }
  // Most text is written as it reads: compare in place rather than cut a copy out.
  if (end - start === value.length && source.startsWith(value, start)) {
    return { value, node, offsetOf: (index) => start + index }
  }
  let map: Int32Array | undefined
  const build = (): Int32Array => {
    const slice = source.slice(start, end)
    const result = new Int32Array(value.length + 1)
    let from = 0
    // Fenced code: the value starts on the line after the fence.
    if (node.type === 'code' && /^\s{0,3}(?:```|~~~)/.test(slice)) {
      const newline = slice.indexOf('\n')
      from = newline === -1 ? slice.length : newline + 1
    } else if (node.type === 'yaml') {
      const newline = slice.indexOf('\n')
      from = newline === -1 ? slice.length : newline + 1
    }
    let cursor = from
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      let found = cursor
      // Skip source characters the value does not have (escapes, markers, indentation),
      // but only a few, so one missing character cannot derail the rest.
      const limit = Math.min(slice.length, cursor + 16)
      while (found < limit && slice.charCodeAt(found) !== code) found++
      if (found < limit) {
        result[index] = start + found
        cursor = found + 1
      } else {
        result[index] = start + Math.min(cursor, slice.length)
      }
    }
    result[value.length] = start + Math.min(cursor, slice.length)
    return result
  }
  return {
    value,
    node,
    offsetOf(index) {
      map ??= build()
      return map[Math.max(0, Math.min(index, value.length))] as number
    },
  }
}

/**
 * The text of one block (paragraph, heading or table cell): its inline text,
 * inline code and line breaks joined the way a reader sees them, with every
 * character mapped back to the source.
 */
export interface TextBlock {
  text: string
  node: Nodes
  /** Source offset of `text[index]`. */
  offsetOf(index: number): number
}

/**
 * Every paragraph, heading and table cell under `root`, in document order,
 * leaving out the subtrees of `skip` node types (code blocks, HTML and front
 * matter hold no inline text anyway). For a whole tree the blocks come from
 * its shared index, and each block's text is joined once per node and
 * inline choice, whichever rule asks first: the returned array is the
 * caller's, the blocks in it are shared (do not change them).
 */
export function textBlocks(
  root: Nodes,
  file: { value?: unknown },
  options: { skip?: readonly string[]; inline?: readonly TextRunType[] } = {},
): TextBlock[] {
  const skip = options.skip ?? NO_TYPES
  const inline = options.inline ?? DEFAULT_INLINE
  const source = sourceOf(file)
  const blocks: TextBlock[] = []
  if (root.type === 'root') {
    for (const { node, ancestors } of treeIndex(root).blocks) {
      if (skip.includes(node.type) || skip.some((type) => ancestors.includes(type))) continue
      blocks.push(blockOf(node, file, source, inline))
    }
    return blocks
  }
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (skip.includes(node.type)) continue
    if (BLOCK_TYPES.has(node.type)) {
      blocks.push(blockOf(node, file, source, inline))
      continue
    }
    pushChildren(stack, node)
  }
  return blocks
}

const NO_TYPES: readonly string[] = []
const DEFAULT_INLINE: readonly TextRunType[] = ['text', 'inlineCode', 'break']

/**
 * Joined blocks by the inline types joined (`''` for the default), then by
 * node. A block remembers the source it was read against: the same nodes
 * read against another source would map to other offsets. Kept light (no
 * map per node): these live as long as the tree, through every rule.
 */
const joinedBlocks = new Map<string, WeakMap<Nodes, JoinedBlock>>()

interface JoinedBlock extends TextBlock {
  source?: string
}

/** One block node's text, joined once per source and inline choice. */
function blockOf(
  node: Nodes,
  file: { value?: unknown },
  source: string,
  inline: readonly TextRunType[],
): TextBlock {
  const key = inline === DEFAULT_INLINE ? '' : inline.join()
  let byNode = joinedBlocks.get(key)
  if (!byNode) {
    byNode = new WeakMap()
    joinedBlocks.set(key, byNode)
  }
  const cached = byNode.get(node)
  if (cached && cached.source === source) return cached
  const block: JoinedBlock = joinRuns(node, textRuns(node, file, { types: inline }))
  block.source = source
  byNode.set(node, block)
  return block
}

/** One block from several runs (for example the inline nodes after a bold label). */
export function joinRuns(node: Nodes, runs: TextRun[]): TextBlock {
  if (runs.length === 1) {
    const run = runs[0] as TextRun
    return { text: run.value, node, offsetOf: run.offsetOf }
  }
  const starts: number[] = []
  let text = ''
  for (const run of runs) {
    starts.push(text.length)
    text += run.value
  }
  const fallback = node.position?.start.offset ?? 0
  return {
    text,
    node,
    offsetOf(index) {
      if (runs.length === 0) return fallback
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] as number) <= index) low = middle
        else high = middle - 1
      }
      return (runs[low] as TextRun).offsetOf(index - (starts[low] as number))
    },
  }
}

/**
 * Words in blocks (runs of anything but spaces, tabs and line breaks), and the source offset of the
 * first word past `limit`, if there is one.
 */
export function countBlockWords(
  blocks: readonly TextBlock[],
  limit = Number.POSITIVE_INFINITY,
): { words: number; pastLimit: number | undefined } {
  let words = 0
  let pastLimit: number | undefined
  for (const block of blocks) {
    const text = block.text
    let inWord = false
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const isSpace = code === 32 || code === 9 || code === 10 || code === 13 || code === 160
      if (isSpace) inWord = false
      else if (!inWord) {
        inWord = true
        words++
        if (words === limit + 1) pastLimit = block.offsetOf(index)
      }
    }
  }
  return { words, pastLimit }
}

/** First-person plural and singular pronouns, lower case. */
const WE = new Set(['we', 'our', 'ours', 'us', 'ourselves'])
const I = new Set(['i', 'my', 'me', 'mine', 'myself'])

const isPronounLetter = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)

/** First-person pronoun counts in `text`: one pass, contractions folded to their pronoun. */
export function countPronouns(text: string): { we: number; i: number } {
  let we = 0
  let i = 0
  let index = 0
  const length = text.length
  while (index < length) {
    if (!isPronounLetter(text.charCodeAt(index))) {
      index++
      continue
    }
    let end = index
    while (end < length && isPronounLetter(text.charCodeAt(end))) end++
    const written = text.slice(index, end)
    const word = written.toLowerCase()
    const next = text.charCodeAt(end)
    if (WE.has(word)) {
      if (!(word === 'us' && written === 'US')) we++
    } else if (I.has(word)) {
      if (word === 'i') {
        const abbreviation =
          next === 47 /* / */ ||
          next === 45 /* - */ ||
          (next === 46 && isPronounLetter(text.charCodeAt(end + 1)))
        if (written === 'I' && !abbreviation) i++
      } else i++
    }
    // Skip a contraction's tail ("we're", "I’ve") and any word characters glued on.
    index = end
    if ((next === 39 || next === 0x2019) && isPronounLetter(text.charCodeAt(end + 1))) {
      index = end + 1
      while (index < length && isPronounLetter(text.charCodeAt(index))) index++
    }
  }
  return { we, i }
}

/**
 * Matches found in one text, in order, one per spot: a match starting inside
 * the one before it ("Dave's mistake" inside "due to Dave's mistake") is
 * dropped. Sorts `found` in place.
 */
export function firstPerSpot<Match extends { index: number; text: string }>(
  found: Match[],
): Match[] {
  found.sort((a, b) => a.index - b.index)
  return found.filter(
    (match, index) =>
      index === 0 ||
      match.index >= (found[index - 1] as Match).index + (found[index - 1] as Match).text.length,
  )
}
