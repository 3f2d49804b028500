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
 * Words of change (grew, rose, improved, developed, progressed…) are growth
 * only when the person is what changed: their subject is “he”, “she”,
 * “they” or the person's name (“Ravi has grown into the role”), or the
 * change is theirs (“her rating rose”, “Ravi's confidence”). “The team grew
 * from 7 to 9 engineers” and “app-store rating rose from 3.9 to 4.4 stars”
 * are project outcomes. Words of a new state (became, is now, owns) likewise
 * need the person as subject: “Ravi is now the on-call lead” and “she became
 * the tech lead” are growth, “deploys are now daily” and “each squad owns its
 * alerts” are not. A name is a capitalised word the document also writes
 * mid-sentence (“I gave Ravi a trial”).
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
 *
 * @example
 *   {"name": "ok-grew.md"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing Ravi into a manager
 *   ---
 *
 *   I gave Ravi the one-to-ones for three engineers.
 *
 *   ## Result
 *
 *   Ravi grew into the role, and the team's engagement score rose from 61% to 78%.
 *
 * @example
 *   {"name": "metrics-grew.md", "label": "input"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing Ravi into a manager
 *   ---
 *
 *   I gave Ravi the one-to-ones for three engineers.
 *
 *   ## Result
 *
 *   The app-store rating rose from 3.9 to 4.4 stars, and the team grew from 7 to 9 engineers.
 *
 * @example
 *   {"name": "metrics-grew.md", "label": "output"}
 *
 *   8:1: “Result” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { sectionsWithRole, sectionText } from '../knowledge/sections.js'
import { plainText } from '../knowledge/tree-index.js'

/**
 * Words that say a person grew, whoever the sentence is about. Generous on
 * purpose: missing one defect is cheaper than a false error on a real story.
 */
const GROWTH =
  /\b(?:promot(?:ed|ion)|new role|role as|title|(?:was |got )?(?:named|appointed)|stepped (?:up|into)|took (?:over|on|ownership)|moved (?:in)?to|now (?:leads?|owns?|runs?|mentors?|manages?|drives?|reviews?|handles?|able|trusted|on)|can now|scope|responsib\w*|independen\w*|on (?:her|his|their) own|without (?:my )?(?:help|support|guidance)|(?:her|his|their) (?:first|own)|first time|learn(?:ed|t)|master(?:ed)?|skills?|confiden\w*|career|mentor(?:s|ed|ing)? (?:others|two|three|new|junior)|tech(?:nical)? lead|team lead|staff|senior|principal|calibrat\w*|exceed\w*|feedback from)\b/i

/**
 * Words of change that say a person grew only when the person is what
 * changed: "he grew into the role", "Ravi has grown", "her rating rose", not
 * "the team grew from 7 to 9" or "app-store rating rose from 3.9 to 4.4".
 */
const SUBJECT_GROWTH =
  /(?<![\p{L}\p{M}'’])([\p{L}\p{M}]+)(?:['’](?:s|ve))?(?:\s+(?:has|have|had|really|quickly|steadily|visibly|clearly|also|then|since|noticeably))*\s+(?:grew|grown|grows|rose|risen|improved|developed|progressed|flourished|thrived|blossomed|matured)(?![\p{L}\p{M}])/giu
/**
 * Words of a new state that say a person grew only when the person is in it:
 * "Ravi is now the on-call lead", "she became the tech lead", "Ana owns the
 * roadmap", not "deploys are now daily", "the pipeline became stable" or
 * "each team owns its alerts".
 */
const SUBJECT_STATE =
  /(?<![\p{L}\p{M}'’])([\p{L}\p{M}]+)(?:\s+(?:has|have|had|now|also|then|since|soon|quickly|eventually|later|finally))*\s+(?:became|becomes|become|is now|are now|was now|now (?:a|an|the)|owns?|is (?:the )?owner)(?![\p{L}\p{M}])/giu
/** A growth of the person's own: "her rating", "his confidence", "Ravi's growth" (a name takes its 's). */
const OWN_GROWTH =
  /(?<![\p{L}\p{M}'’])([\p{L}\p{M}]+)(['’]s)?\s+(?:own\s+)?(?:growth|development|progress|(?:performance\s+)?rating|confidence|influence)(?![\p{L}\p{M}])/giu

const PRONOUNS = new Set(['he', 'she', 'they'])
const POSSESSIVES = new Set(['his', 'her', 'their'])

/**
 * Names of people in a document: capitalised words it writes mid-sentence
 * ("I gave Ravi a trial", "Mentoring Amara"), so that a name opening a
 * sentence ("Ravi grew into the role") is told from a metric opening one
 * ("Churn grew by 12%").
 */
function names(tree: Root): Set<string> {
  const found = new Set<string>()
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'html') continue
    for (const match of plainText(node).matchAll(/(?<=[\p{Ll},] )\p{Lu}[\p{Ll}\p{M}]+/gu)) {
      found.add(match[0])
    }
  }
  return found
}

/** Whether a text says the person grew with a word of change or of a new state: the person by pronoun or name is its subject. */
function personGrew(text: string, people: () => Set<string>): boolean {
  for (const pattern of [SUBJECT_GROWTH, SUBJECT_STATE]) {
    for (const match of text.matchAll(pattern)) {
      const subject = match[1] as string
      if (PRONOUNS.has(subject.toLowerCase()) || people().has(subject)) return true
    }
  }
  for (const match of text.matchAll(OWN_GROWTH)) {
    const owner = match[1] as string
    // "her rating", "Ravi's rating"; not "our Trustpilot rating".
    if (match[2] ? people().has(owner) : POSSESSIVES.has(owner.toLowerCase())) return true
  }
  return false
}

function check(tree: Root, file: VFile): void {
  const { spec } = documentContext(tree)
  if (spec?.kind !== 'team-development') return
  const results = sectionsWithRole(tree, spec, 'results')
  if (results.length === 0) return
  if (results.some((section) => GROWTH.test(sectionText(section)))) return
  let people: Set<string> | undefined
  const named = () => {
    people ??= names(tree)
    return people
  }
  if (results.some((section) => personGrew(sectionText(section), named))) return
  const first = results[0]
  if (!first) return
  file.message(
    `“${first.title}” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)`,
    { place: first.node.position?.start ?? { line: 1, column: 1 } },
  )
}

const remarkLintPortfolioIndividualGrowth = portfolioRule('portfolio-individual-growth', check)

export default remarkLintPortfolioIndividualGrowth
