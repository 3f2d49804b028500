/**
 * Figures a document states ("60%", "$40K", "10x", "50M users"), compared by
 * value and unit so the executive summary's claims can be matched against the
 * documents that tell the story behind them.
 */
import type { Nodes, Root } from 'mdast'

export interface Figure {
  /** As written, e.g. "60%". */
  text: string
  /** Normalised value and unit, e.g. "60%", "$40000", "10x", "50000000 users". */
  key: string
  line: number
  column: number
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
}

const PATTERN =
  /(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(%|percent\b|x\b|×)|\s?(k|mm|m|bn|b|thousand|million|billion)\b\+?(?:\s+([a-z][a-z-]*))?)?/gi

function number(text: string): number {
  return Number(text.replace(/,/g, ''))
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}

/** The figures of one piece of text; positions relative to `start`. */
export function figuresInText(
  text: string,
  start: { line: number; column: number } = { line: 1, column: 1 },
): Figure[] {
  const found: Figure[] = []
  for (const match of text.matchAll(PATTERN)) {
    const [whole, dollar, digits, unit, scaleWord, noun] = match
    const index = match.index ?? 0
    // Part of a larger token (a version "v2.1", an id "A123"): skip.
    const before = text[index - 1]
    if (before && /[\w.]/.test(before) && !dollar) continue
    const value = number(digits as string)
    let key: string | undefined
    if (dollar) {
      const scale = scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1
      key = `$${round(value * scale)}`
    } else if (unit) {
      const u = unit.toLowerCase()
      key = u === '%' || u === 'percent' ? `${round(value)}%` : `${round(value)}x`
    } else if (scaleWord) {
      const scale = SCALE[scaleWord.toLowerCase()] ?? 1
      key = `${round(value * scale)}${noun ? ` ${noun.toLowerCase()}` : ''}`
    }
    if (!key) continue
    const prefix = text.slice(0, index)
    const newlines = prefix.split('\n').length - 1
    const line = start.line + newlines
    const column = newlines === 0 ? start.column + index : index - prefix.lastIndexOf('\n')
    found.push({ text: whole.trim(), key, line, column })
  }
  return found
}

/** Figures in a document's prose (code blocks, HTML and front matter left out). */
export function extractFigures(tree: Root): Figure[] {
  const figures: Figure[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') continue
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      figures.push(...figuresInText(node.value, node.position.start))
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index] as Nodes)
      }
    }
  }
  return figures
}

/** Whether a figure key is backed by a set of keys (a "50M users" claim is backed by "50M"). */
export function isBacked(key: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(key)) return true
  const value = key.split(' ')[0] as string
  if (value !== key && keys.has(value)) return true
  for (const other of keys) if (other.split(' ')[0] === value) return true
  return false
}
