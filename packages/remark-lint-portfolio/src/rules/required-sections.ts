/**
 * ## portfolio-required-sections
 *
 * Each document kind has the sections the technical portfolio guide gives
 * it: a system design needs Scale, Your Role, Business Context, Architecture
 * Overview, Technical Decisions & Trade-offs and Engineering Leadership
 * Aspects; a decision record needs Decision Date, Decision Makers,
 * Stakeholders, Context, Options Considered, Decision, Rationale and Results;
 * and so on (the table is `KINDS` in `knowledge/kinds.ts`). An interviewer
 * reads for exactly these facts, so a missing one is a gap in the story.
 *
 * A section is a heading (`## Scale`) or a bold lead-in label
 * (`**Scale**: 50M users`, as the guide writes them). Each section accepts
 * synonyms ("Results", "Outcome", "Measurable Outcomes"...); matching ignores
 * case, numbering, `&` versus "and", trailing colons and notes in
 * parentheses ("Results (12 months later)"). One section satisfies one
 * requirement only, and a section named exactly as a requirement goes to it
 * before synonyms are tried: a lone "Impact" heading in a post-mortem is its
 * Customer Impact, not also its Outcome.
 *
 * Story kinds (case study, team development, cross-functional) may follow the
 * guide's headings or STAR (Situation, Task, Action, Result): a document that
 * fully satisfies any accepted structure passes. Otherwise it is checked
 * against the structure it comes closest to, named in each message.
 *
 * Reported, one message per section:
 *
 * * a missing section, at line 1, column 1 (the top of the file, where the
 *   front matter that sets the kind starts);
 * * a section that is present but empty (no text, list, table, code block
 *   or image), at its heading or label.
 *
 * Each message carries `expected: [name]` with the guide's name for the
 * section, so the engine can score every required section as its own check.
 * Documents without a known `kind` are skipped (`portfolio-front-matter`
 * reports that).
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   # Recommendation platform
 *
 *   **Scale**: 50M users, 1B+ events/day, 99.9% uptime SLA
 *
 *   **Your Role**: Technical lead and manager for a 12-person team
 *
 *   **Business Context**: Engagement up 25%, $50M annual revenue impact
 *
 *   ## Architecture Overview
 *
 *   API gateway, microservices, event streaming, ML pipeline.
 *
 *   ## Technical Decisions & Trade-offs
 *
 *   1. **Microservices vs monolith**: chose microservices.
 *
 *   ## Engineering Leadership Aspects
 *
 *   Developed 3 senior engineers through architecture reviews.
 *
 * @example
 *   {"name": "ok-star.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a tech lead
 *   ---
 *
 *   ## Situation
 *
 *   A new product needed a tech lead.
 *
 *   ## Task
 *
 *   I had to grow one from the team within a quarter.
 *
 *   ## Action
 *
 *   Weekly 1:1s, design reviews led by Sarah, shadowing.
 *
 *   ## Result
 *
 *   Sarah was promoted to Staff Engineer after 9 months.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Recommendation platform
 *   ---
 *
 *   ## Scale
 *
 *   50M users.
 *
 *   ## My Role
 *
 *   Tech lead.
 *
 *   ## Business Context
 *
 *   $50M revenue.
 *
 *   ## Architecture
 *
 *   Event-driven.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   1:1: Missing "Technical Decisions & Trade-offs" in a system design: add a `## Technical Decisions & Trade-offs` section or a `**Technical Decisions & Trade-offs**:` lead-in
 *   1:1: Missing "Engineering Leadership Aspects" in a system design: add a `## Engineering Leadership Aspects` section or a `**Engineering Leadership Aspects**:` lead-in
 *
 * @example
 *   {"name": "empty.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Extract payments
 *   ---
 *
 *   **Decision Date**: Q2 2023
 *   **Decision Makers**: Engineering leadership (5 people)
 *
 *   **Stakeholders**: 3 product teams
 *
 *   ## Context
 *
 *   A monolith serving 20M users.
 *
 *   ## Options Considered
 *
 *   1. Status quo
 *   2. Microservices
 *
 *   ## Decision
 *
 *   Gradual extraction.
 *
 *   ## Rationale
 *
 *   ## Results (12 months later)
 *
 *   Delivery time down 35%.
 *
 * @example
 *   {"name": "empty.md", "label": "output"}
 *
 *   24:1: Section "Rationale" is empty: expected text, a list, a table or a diagram under it
 *
 * @example
 *   {"name": "closest.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   **Challenge**: p90 latency grew from 200ms to 2s.
 *
 *   **Analysis**: profiling found N+1 queries.
 *
 *   **Solution**:
 *
 *   **Result**: p90 latency 2s → 150ms.
 *
 * @example
 *   {"name": "closest.md", "label": "output"}
 *
 *   1:1: Missing "Team Leadership" in a case study (closest structure: performance case study): add a `## Team Leadership` section or a `**Team Leadership**:` lead-in
 *   10:1: Section "Solution" is empty: expected text, a list, a table or a diagram under it
 *
 * @example
 *   {"name": "no-kind.md"}
 *
 *   # Notes
 */

import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import type { KindSpec, SectionSpec } from '../knowledge/kinds.js'
import { portfolioRule } from '../knowledge/rule.js'
import { bestStructure, outline } from '../knowledge/sections.js'

function missingReason(spec: KindSpec, structureName: string, required: SectionSpec): string {
  const which = spec.structures.length > 1 ? ` (closest structure: ${structureName})` : ''
  const article = /^[aeiou]/i.test(spec.label) ? 'an' : 'a'
  const how =
    required.how ?? `add a \`## ${required.name}\` section or a \`**${required.name}**:\` lead-in`
  return `Missing "${required.name}" in ${article} ${spec.label}${which}: ${how}`
}

function report(
  file: VFile,
  reason: string,
  place: { line: number; column: number },
  name: string,
) {
  const message = file.message(reason, { place })
  message.expected = [name]
}

const remarkLintPortfolioRequiredSections = portfolioRule(
  'portfolio-required-sections',
  (tree, file) => {
    const { spec } = documentContext(tree)
    if (!spec) return
    const match = bestStructure(outline(tree), spec, tree)
    for (const required of match.missing) {
      report(
        file,
        missingReason(spec, match.structure.name, required),
        { line: 1, column: 1 },
        required.name,
      )
    }
    for (const { spec: required, section, template } of match.empty) {
      const start = section.node.position?.start
      report(
        file,
        template
          ? `Section "${section.title.trim()}" still holds the template's [bracketed] guidance: replace it with your own "${required.name}"`
          : `Section "${section.title.trim()}" is empty: expected text, a list, a table or a diagram under it`,
        { line: start?.line ?? 1, column: start?.column ?? 1 },
        required.name,
      )
    }
  },
)

export default remarkLintPortfolioRequiredSections
