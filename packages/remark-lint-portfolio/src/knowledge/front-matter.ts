import type { Root, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { type DocumentKind, isDocumentKind } from './kinds.js'
import { rejoinSplitPrinciple } from './principles.js'

/** A 1-based place in the Markdown file. */
export interface Point {
  line: number
  column: number
}

export interface FrontMatterError {
  reason: string
  place: Point
}

/** A front-matter value with where it was written. */
export interface PlacedValue {
  value: string
  place: Point
}

export interface FrontMatter {
  /** The `yaml` node, absent when the document has no front matter. */
  node: Yaml | undefined
  /** Parsed data, `{}` when absent or broken. */
  data: Record<string, unknown>
  /** The first YAML syntax error, if any. */
  error: FrontMatterError | undefined
  /** `kind:` when it is a known kind. */
  kind: DocumentKind | undefined
  /**
   * The document's title: `title:` when it is text, else its first `#`
   * heading (MADR, Nygard and most hand-written documents name themselves
   * there and nowhere else).
   */
  title: string | undefined
  /** Each `leadership-principles` entry as written, with its place. */
  principles: PlacedValue[]
  /**
   * `leadership-principles` list items that are not names (a mapping, a
   * nested list), each as a description of what was written ("a mapping")
   * with its place. Absent or empty when every item is a name.
   */
  invalidPrinciples?: PlacedValue[]
  /**
   * Every string the front matter holds (values, list items, nested values;
   * not keys), each with where its scalar starts: what prose rules read
   * instead of the YAML source, so `[Dive Deep, Ownership]` is two names, not
   * a bracket.
   */
  strings: PlacedValue[]
  /** Where a top-level key's value starts; the front matter's start when absent. */
  placeOf(key: string): Point
}

const cache = new WeakMap<Root, FrontMatter>()

/**
 * Parses a document's YAML front matter once per tree; every rule that needs
 * it shares the result.
 */
export function frontMatter(tree: Root, _file?: VFile): FrontMatter {
  const cached = cache.get(tree)
  if (cached) return cached
  const result = parseFrontMatter(tree)
  cache.set(tree, result)
  return result
}

function parseFrontMatter(tree: Root): FrontMatter {
  const first = tree.children[0]
  const node = first?.type === 'yaml' ? first : undefined
  const start: Point = { line: node?.position?.start.line ?? 1, column: 1 }
  const empty: FrontMatter = {
    node,
    data: {},
    error: undefined,
    kind: undefined,
    title: headingTitle(tree),
    principles: [],
    strings: [],
    placeOf: () => start,
  }
  if (!node) return empty

  const lineCounter = new LineCounter()
  // Content starts on the line after the opening `---`.
  const toPoint = (offset: number): Point => {
    const position = lineCounter.linePos(offset)
    return { line: start.line + position.line, column: position.col }
  }
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const firstError = document.errors[0]
  if (firstError) {
    const unquoted =
      firstError.code === 'BLOCK_AS_IMPLICIT_KEY'
        ? unquotedColon(node.value, firstError.pos[0])
        : undefined
    if (unquoted) {
      return {
        ...empty,
        error: { reason: unquoted.reason, place: toPoint(unquoted.offset) },
      }
    }
    const reason = oneLine(firstError.message.split('\n')[0] ?? 'invalid YAML', 200)
    return { ...empty, error: { reason, place: toPoint(firstError.pos[0]) } }
  }

  const contents = document.contents
  if (contents !== null && !isMap(contents)) {
    const place = toPoint(contents.range?.[0] ?? 0)
    return {
      ...empty,
      error: { reason: 'front matter must be a YAML mapping (`key: value` lines)', place },
    }
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>

  const placeOf = (key: string): Point => {
    const value = contents?.get(key, true) as YamlNode | undefined
    const pair = contents?.items.find((item) => isScalar(item.key) && item.key.value === key)
    const range = value?.range ?? (isScalar(pair?.key) ? pair.key.range : undefined)
    return range ? toPoint(range[0]) : start
  }

  const principles: PlacedValue[] = []
  const invalidPrinciples: PlacedValue[] = []
  const listed = contents?.get('leadership-principles', true) as YamlNode | undefined
  if (isSeq(listed)) {
    for (const item of listed.items) {
      if (isScalar(item)) {
        if (item.value !== null && item.value !== undefined) {
          principles.push({ value: String(item.value), place: toPoint(item.range?.[0] ?? 0) })
        }
      } else if (item && typeof item === 'object' && 'range' in item) {
        const range = (item as YamlNode).range
        const value = isSeq(item) ? 'a list' : isMap(item) ? 'a mapping' : 'an alias'
        invalidPrinciples.push({ value, place: toPoint(range?.[0] ?? 0) })
      }
    }
  } else if (isScalar(listed) && typeof listed.value === 'string') {
    // A plain string: "Ownership, Dive Deep". Split it at commas, keeping
    // "Are Right, A Lot" whole, and place each part where it is written.
    const from = listed.range?.[0] ?? 0
    const source = node.value.slice(from, listed.range?.[1] ?? from)
    const parts = listed.value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
    let cursor = 0
    for (let index = 0; index < parts.length; index++) {
      let part = parts[index] as string
      const next = parts[index + 1]
      const joined = next === undefined ? undefined : rejoinSplitPrinciple(part, next)
      if (joined) {
        part = `${part}, ${next}`
        index++
      }
      const at = source.indexOf(part.split(',')[0] as string, cursor)
      if (at >= 0) cursor = at + 1
      principles.push({ value: part, place: toPoint(at >= 0 ? from + at : from) })
    }
  }

  const strings: PlacedValue[] = []
  // Iterative walk: the nesting is bounded by the parser, but a stack costs nothing.
  const pending: unknown[] = contents ? [contents] : []
  while (pending.length > 0) {
    const item = pending.pop()
    if (isScalar(item)) {
      if (typeof item.value === 'string') {
        strings.push({ value: item.value, place: toPoint(item.range?.[0] ?? 0) })
      }
    } else if (isMap(item)) {
      for (const pair of [...item.items].reverse()) pending.push(pair.value)
    } else if (isSeq(item)) {
      for (const entry of [...item.items].reverse()) pending.push(entry)
    }
  }

  const kind = isDocumentKind(data.kind) ? data.kind : undefined
  const title = isText(data.title) ? data.title.trim() : headingTitle(tree)
  return {
    node,
    data,
    error: undefined,
    kind,
    title,
    principles,
    invalidPrinciples,
    strings,
    placeOf,
  }
}

/**
 * `title: Payments: the rewrite`: YAML reads the second `: ` as a nested
 * mapping. Finds the top-level line holding the error (or the key line above
 * it) and explains, with the value quoted, how to write it.
 */
function unquotedColon(
  source: string,
  offset: number,
): { reason: string; offset: number } | undefined {
  let lineStart = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1
  // The error may point past the key line; walk up to the nearest `key: value` line.
  for (let step = 0; step < 3 && lineStart >= 0; step++) {
    const lineEnd = source.indexOf('\n', lineStart)
    const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd)
    const match = /^([A-Za-z0-9_-]+):[ \t]+([^'"\s[{|>&*!#][^\n]*?:[ \t][^\n]*?)\s*$/.exec(line)
    if (match) {
      const key = match[1] as string
      const value = (match[2] as string).replace(/"/g, '\\"')
      return {
        reason: oneLine(
          `the value of \`${key}\` holds an unquoted \`: \`: quote the value (\`${key}: "${value}"\`)`,
          200,
        ),
        offset:
          lineStart +
          key.length +
          1 +
          (line.slice(key.length + 1).length - line.slice(key.length + 1).trimStart().length),
      }
    }
    if (lineStart === 0) break
    lineStart = source.lastIndexOf('\n', lineStart - 2) + 1
  }
  return undefined
}

/** The text of the document's first top-level `#` heading, when it has visible text. */
function headingTitle(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 1) continue
    const text = toString(node).replace(/\s+/g, ' ').trim()
    return isText(text) ? text : undefined
  }
  return undefined
}

/** Invisible characters that make a title look filled when it is not. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]|\u034F/g

/** A string with something visible in it: not empty, not only spaces or zero-width characters. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.replace(INVISIBLE, '').trim() !== ''
}

/**
 * A value as one line for a message: control characters (newlines, tabs,
 * escapes) become visible escapes (`\n`, `\u001b`), so a message never spans lines
 * and a terminal never receives a control sequence from a document.
 */
export function oneLine(value: string, max = 80): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  const visible = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (character) =>
    character === '\n' ? '\\n' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return visible.length > max ? `${visible.slice(0, max)}…` : visible
}
