/**
 * ## portfolio-individual-growth
 *
 * A team-development story is about a person: the guide's “Results &
 * Impact” must show how *they* grew, not only what the project delivered.
 * In `team-development` documents this rule reads the results section (“Results
 * & Impact”, “Result”, “Outcome”…) and reports it, at its heading, when it
 * names no growth of the individual: a promotion, a new role or title, a
 * wider scope or ownership, or a skill they now show (“now leads the design
 * reviews”, “ran her first incident”, “can now…”, “learned…”).
 *
 * Says nothing when there is no results section (`portfolio-required-sections`
 * reports that).
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a gameplay engineer into a tech lead
 *   ---
 *
 *   ## Results
 *
 *   - Ana ran the netcode design review on her own in March.
 *   - She was promoted to senior engineer in the autumn cycle.
 *   - Rollback desyncs fell from 4.1% to 0.6% of matches.
 *
 * @example
 *   {"name": "project-only.md", "label": "input"}
 *
 *   ---
 *   kind: team-development
 *   title: Mentoring on the matchmaking rewrite
 *   ---
 *
 *   ## Results & Impact
 *
 *   - Matchmaking shipped two weeks before the season launch.
 *   - Median queue time fell from 94 s to 31 s.
 *
 * @example
 *   {"name": "project-only.md", "label": "output"}
 *
 *   6:1: “Results & Impact” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { sectionsWithRole, sectionText } from '../knowledge/sections.js'

/**
 * Words that say a person grew. Generous on purpose: missing one defect is
 * cheaper than a false error on a real story.
 */
const GROWTH =
  /\b(?:promot(?:ed|ion)|new role|role as|title|(?:was |got )?(?:named|appointed)|stepped (?:up|into)|took (?:over|on|ownership)|moved (?:in)?to|became|now (?:a|an|the|leads?|owns?|runs?|mentors?|manages?|drives?|reviews?|handles?|able|trusted|on)|can now|is now|are now|owns?|ownership|owner|scope|responsib\w*|independen\w*|on (?:her|his|their) own|without (?:my )?(?:help|support|guidance)|(?:her|his|their) (?:first|own)|first time|learn(?:ed|t)|master(?:ed)?|skills?|confiden\w*|grew|growth|grown|career|mentor(?:s|ed|ing)? (?:others|two|three|new|junior)|tech(?:nical)? lead|team lead|staff|senior|principal|calibrat\w*|exceed\w*|rating|feedback from)\b/i

function check(tree: Root, file: VFile): void {
  const { spec } = documentContext(tree)
  if (spec?.kind !== 'team-development') return
  const results = sectionsWithRole(tree, spec, 'results')
  if (results.length === 0) return
  if (results.some((section) => GROWTH.test(sectionText(section)))) return
  const first = results[0]
  if (!first) return
  file.message(
    `“${first.title}” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)`,
    { place: first.node.position?.start ?? { line: 1, column: 1 } },
  )
}

const remarkLintPortfolioIndividualGrowth = portfolioRule('portfolio-individual-growth', check)

export default remarkLintPortfolioIndividualGrowth
