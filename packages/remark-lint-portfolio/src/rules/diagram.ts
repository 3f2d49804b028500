/**
 * ## portfolio-diagram
 *
 * The guide asks for architecture diagrams "that you can draw and explain":
 * a system design's Architecture Overview section (or its synonyms:
 * Architecture, System Architecture) must contain one. Accepted:
 *
 * * a fenced code block in a diagram language: `mermaid`, `plantuml`
 *   (`puml`), `dot`, `graphviz`, `d2`, or any language in the `languages`
 *   option;
 * * ASCII art: a code block marked `text`, `txt`, `ascii` or `asciiart`, or
 *   with no language, that draws with box-drawing characters (`┌─┐`) or
 *   arrows (`-->`, `->`, `→`);
 * * an image (`![...](...)`, a reference image, or HTML `<img>`, `<svg>`,
 *   `<picture>`), e.g. an exported draw.io or Excalidraw file.
 *
 * For a bold lead-in inside a list item (`- **Architecture Overview**: ...`),
 * a diagram in the blocks right after that list counts too. A document with
 * more than one heading naming its architecture (an "Overview", then a
 * "High-level design" or "Components") may draw it under any of them.
 *
 * A bullet list like "API Gateway → Microservices → ML Pipeline" is a
 * description, not a diagram. A missing diagram is reported once, at the
 * section's heading (or bold label). A missing section is left to
 * `portfolio-required-sections`; only system designs are checked.
 *
 * Options: `{languages}`, extra code-block languages to accept as diagrams
 * (e.g. `["excalidraw", "structurizr"]`).
 *
 * @example
 *   {"name": "ok-after-list.md"}
 *
 *   ---
 *   kind: system
 *   title: Yard management
 *   ---
 *
 *   - **Scale**: 140 yards, 9,000 trailer moves a day
 *   - **Architecture Overview**: gate events feed a yard state service
 *
 *   ```mermaid
 *   flowchart LR
 *     Gate --> Events --> YardState
 *   ```
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Architecture Overview
 *
 *   ```mermaid
 *   flowchart LR
 *     gateway[API Gateway] --> services[Microservices] --> stream[Event Streaming]
 *   ```
 *
 * @example
 *   {"name": "ok-image.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Architecture
 *
 *   ### Components
 *
 *   ![Request path from API gateway to ML pipeline](./recommendations.svg)
 *
 * @example
 *   {"name": "ok-ascii.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Architecture Overview
 *
 *   ```text
 *   ┌─────────┐    ┌──────────┐
 *   │ Gateway │───▶│ Services │
 *   └─────────┘    └──────────┘
 *   ```
 *
 * @example
 *   {"name": "ok-language.md", "config": {"languages": ["structurizr"]}}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Architecture Overview
 *
 *   ```structurizr
 *   workspace { model { user = person "User" } }
 *   ```
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Architecture Overview
 *
 *   - API Gateway → Microservices → Event Streaming → ML Pipeline
 *   - Data stores: PostgreSQL, Redis, Elasticsearch, S3
 *
 *   ```json
 *   { "replicas": 3 }
 *   ```
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: "Architecture Overview" has no diagram: expected a ```mermaid (or plantuml, dot) code block, ASCII art or an image in the section
 *
 * @example
 *   {"name": "missing-label.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   - **Scale**: 50M users
 *   - **Architecture Overview**: [Include high-level diagram]
 *     - Data stores: PostgreSQL, Redis
 *
 * @example
 *   {"name": "missing-label.md", "label": "output"}
 *
 *   7:3: "Architecture Overview" has no diagram: expected a ```mermaid (or plantuml, dot) code block, ASCII art or an image in the section
 *
 * @example
 *   {"name": "no-section.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Scale
 *
 *   50M users.
 */

import type { Root, RootContent } from 'mdast'
import { documentContext } from '../knowledge/context.js'
import { DIAGRAM_LANGUAGES, holdsDiagram } from '../knowledge/diagrams.js'
import { portfolioRule } from '../knowledge/rule.js'
import {
  leadInLabel,
  type Section,
  sectionsNaming,
  sectionsWithRole,
} from '../knowledge/sections.js'

export interface Options {
  /** Extra code-block languages that are diagrams. */
  languages?: readonly string[]
}

/**
 * For a bold lead-in inside a list item (`- **Architecture Overview**: ...`),
 * the blocks right after the list, up to the next heading or lead-in: people
 * put the diagram there, since a fenced block inside a list item is awkward.
 */
function afterEnclosingList(tree: Root, section: Section): RootContent[] {
  if (section.depth !== 0) return []
  const offset = section.node.position?.start.offset
  if (offset === undefined) return []
  const children = tree.children
  const index = children.findIndex(
    (node) =>
      node.type === 'list' &&
      (node.position?.start.offset ?? Infinity) <= offset &&
      offset < (node.position?.end.offset ?? -Infinity),
  )
  if (index < 0) return []
  const after: RootContent[] = []
  for (const node of children.slice(index + 1)) {
    if (node.type === 'heading' || (node.type === 'paragraph' && leadInLabel(node))) break
    after.push(node)
  }
  return after
}

const remarkLintPortfolioDiagram = portfolioRule<Options | undefined>(
  'portfolio-diagram',
  (tree, file, options) => {
    const { spec } = documentContext(tree)
    if (spec?.kind !== 'system') return
    const [section] = sectionsWithRole(tree, spec, 'architecture')
    if (!section) return
    // The diagram may sit under another heading that names the architecture.
    const others = sectionsNaming(tree, spec, 'architecture').filter((other) => other !== section)
    const extra = Array.isArray(options?.languages)
      ? options.languages.filter((lang): lang is string => typeof lang === 'string')
      : []
    const languages = new Set([...DIAGRAM_LANGUAGES, ...extra.map((lang) => lang.toLowerCase())])

    const read = [section, ...others].flatMap((entry) => [
      ...entry.content,
      ...afterEnclosingList(tree, entry),
    ])
    if (holdsDiagram(read, languages)) return
    file.message(
      `"${section.title.trim()}" has no diagram: expected a \`\`\`mermaid (or plantuml, dot) code block, ASCII art or an image in the section`,
      { place: section.node.position },
    )
  },
)

export default remarkLintPortfolioDiagram
