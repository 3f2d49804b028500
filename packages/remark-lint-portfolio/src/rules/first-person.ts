/**
 * ## portfolio-first-person
 *
 * A story with no “I” in it cannot answer the interviewer's first question:
 * what did *you* do? In story kinds (`case-study`, `team-development`,
 * `cross-functional`) this rule reports, once at 1:1, a narrative
 * (paragraphs and lists; not headings, tables, block quotes, code or front
 * matter) of at least 30 words with no “I”, “my”, “me”, “mine” or “myself”.
 * A story that says “I” but mostly “we” is `portfolio-ownership-voice`'s
 * warning.
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: cross-functional
 *   title: Moving payouts to instant transfers
 *   ---
 *
 *   Finance, risk and three engineering teams each owned a piece of payouts.
 *   I set up a weekly decision meeting, wrote the risk model with our fraud
 *   lead, and we shipped instant payouts to 40% of sellers in one quarter.
 *
 * @example
 *   {"name": "all-we.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   ## What happened
 *
 *   Our checkout p99 was 2.1 s at peak. We profiled the service, we found N+1
 *   queries in the basket code and we rewrote them as one batched call. We
 *   rolled it out behind a flag and our p99 fell to 380 ms within two weeks.
 *
 * @example
 *   {"name": "all-we.md", "label": "output"}
 *
 *   1:1: Story never says “I” (“we/our/us” 6 times): interviewers ask what you did, so tell your part in the first person (“I profiled…”, “I proposed…”, “I led…”)
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { countPronouns, textBlocks } from '../knowledge/text.js'

/** Below this many narrative words there is no story yet to judge (required-sections speaks). */
const MIN_WORDS = 30

function check(tree: Root, file: VFile): void {
  if (!documentContext(tree).spec?.story) return
  let we = 0
  let i = 0
  let words = 0
  for (const block of textBlocks(tree, file, { skip: ['heading', 'table', 'blockquote'] })) {
    const counts = countPronouns(block.text)
    we += counts.we
    i += counts.i
    words += block.text.split(/\s+/).filter(Boolean).length
  }
  if (i > 0 || words < MIN_WORDS) return
  const plural = we === 0 ? '' : ` (“we/our/us” ${we === 1 ? 'once' : `${we} times`})`
  file.message(
    `Story never says “I”${plural}: interviewers ask what you did, so tell your part in the first person (“I profiled…”, “I proposed…”, “I led…”)`,
    { place: { line: 1, column: 1 } },
  )
}

const remarkLintPortfolioFirstPerson = portfolioRule('portfolio-first-person', check)

export default remarkLintPortfolioFirstPerson
