/**
 * What counts as a diagram: one fact for the `portfolio-diagram` rule and for
 * the engine's checklist ("Architecture diagrams that can be drawn during
 * interviews"), so the two never disagree. The definitions live with the
 * rule, in `rules/diagram.ts`; this is where everything else asks for them.
 */
import type { Nodes } from 'mdast'
import { DIAGRAM_LANGUAGES, isDiagram } from '../rules/diagram.js'

export { DIAGRAM_LANGUAGES }

const DEFAULT_LANGUAGES: ReadonlySet<string> = new Set(DIAGRAM_LANGUAGES)

/**
 * Whether this node is a diagram as `portfolio-diagram` sees it with its
 * default options: an image, a mermaid/plantuml/dot/d2 block, ASCII art in a
 * plain code block, or an HTML `<img>`/`<svg>`.
 */
export function isDiagramNode(node: Nodes): boolean {
  return isDiagram(node, DEFAULT_LANGUAGES)
}

/** The only node types `isDiagramNode` can accept: look among these alone. */
export const DIAGRAM_NODE_TYPES = ['image', 'imageReference', 'code', 'html'] as const
