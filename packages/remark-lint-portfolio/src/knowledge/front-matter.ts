import type { Root, Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { type DocumentKind, isDocumentKind } from './kinds.js'

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
  title: string | undefined
  /** Each `leadership-principles` entry as written, with its place. */
  principles: PlacedValue[]
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
    title: undefined,
    principles: [],
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
    const reason = firstError.message.split('\n')[0] ?? 'invalid YAML'
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
  const listed = contents?.get('leadership-principles', true) as YamlNode | undefined
  if (isSeq(listed)) {
    for (const item of listed.items) {
      if (isScalar(item) && item.value !== null && item.value !== undefined) {
        principles.push({ value: String(item.value), place: toPoint(item.range?.[0] ?? 0) })
      }
    }
  } else if (isScalar(listed) && typeof listed.value === 'string') {
    // A plain string: "Ownership, Dive Deep". Split it the way YAML would split a list.
    const base = toPoint(listed.range?.[0] ?? 0)
    for (const part of listed.value.split(',')) {
      if (part.trim()) principles.push({ value: part.trim(), place: base })
    }
  }

  const kind = isDocumentKind(data.kind) ? data.kind : undefined
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : undefined
  return { node, data, error: undefined, kind, title, principles, placeOf }
}
