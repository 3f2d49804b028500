/**
 * What counts as a diagram: one definition for the `portfolio-diagram` rule,
 * for a system design's architecture found by what it holds, and for the
 * engine's checklist ("Architecture diagrams that can be drawn during
 * interviews"), so none of them disagree.
 */
import type { Code, Nodes } from 'mdast'
import { EXIT, visit } from 'unist-util-visit'

export const DIAGRAM_LANGUAGES = ['mermaid', 'plantuml', 'puml', 'dot', 'graphviz', 'gv', 'd2']
const ASCII_LANGUAGES = ['', 'text', 'txt', 'ascii', 'asciiart', 'ascii-art', 'plain', 'plaintext']
/** Box-drawing and block characters, arrows, or ASCII arrows. */
const DRAWING = /[\u2500-\u259f\u2190-\u21ff\u27f0-\u27ff]|-->|->|<-|\+-{2,}\+/
const HTML_IMAGE = /<(?:img|svg|picture|object)\b/i

function isDiagramCode(node: Code, languages: ReadonlySet<string>): boolean {
  const lang = (node.lang ?? '').toLowerCase()
  if (languages.has(lang)) return true
  return ASCII_LANGUAGES.includes(lang) && DRAWING.test(node.value)
}

/** Whether a node is a diagram, with `languages` the code-block languages that are. */
export function isDiagram(node: Nodes, languages: ReadonlySet<string>): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  if (node.type === 'code') return isDiagramCode(node, languages)
  if (node.type === 'html') return HTML_IMAGE.test(node.value)
  return false
}

const DEFAULT_LANGUAGES: ReadonlySet<string> = new Set(DIAGRAM_LANGUAGES)

/**
 * Whether this node is a diagram as `portfolio-diagram` sees it with its
 * default options: an image, a mermaid/plantuml/dot/d2 block, ASCII art in a
 * plain code block, or an HTML `<img>`/`<svg>`.
 */
export function isDiagramNode(node: Nodes): boolean {
  return isDiagram(node, DEFAULT_LANGUAGES)
}

/** Whether any of these nodes is or holds a diagram, `languages` the code-block languages that are. */
export function holdsDiagram(
  nodes: readonly Nodes[],
  languages: ReadonlySet<string> = DEFAULT_LANGUAGES,
): boolean {
  let found = false
  for (const node of nodes) {
    visit(node, (child) => {
      if (!isDiagram(child, languages)) return
      found = true
      return EXIT
    })
    if (found) return true
  }
  return false
}

/** The only node types `isDiagramNode` can accept: look among these alone. */
export const DIAGRAM_NODE_TYPES = ['image', 'imageReference', 'code', 'html'] as const
