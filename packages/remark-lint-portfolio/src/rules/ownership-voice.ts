/**
 * ## portfolio-ownership-voice
 *
 * Interviewers ask what *you* did. In story kinds (`case-study`,
 * `team-development`, `cross-functional`) this rule checks two things in the
 * narrative (paragraphs and lists; not headings, tables, block quotes, which
 * are other people's words, code or front matter):
 *
 * - **“we” outweighs “I”**: when “we”, “our”, “ours”, “us” and “ourselves”
 *   (with “we're”, “we've”…) occur at least `minWe` times and “I”, “my”,
 *   “me”, “mine” and “myself” (with “I'm”, “I've”…) are less than
 *   `minIRatio` of all first-person pronouns, one message at 1:1 gives the
 *   counts. Capitalised “US” and “I/O” do not count. A story with no “I”
 *   at all is `portfolio-first-person`'s error, not reported here.
 * - **passive ownership**: each “was assigned”, “was asked to”, “was given”,
 *   “was tasked with”, “was told to”, “was instructed to” (and the “were”
 *   forms) is reported where it stands, with a suggestion to say what you did.
 *
 * Options:
 *
 * - `minWe` (`number`, default `5`): fewer “we”s than this are never a finding;
 * - `minIRatio` (`number`, default `0.5`): the least share of “I” among
 *   first-person pronouns.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   ## Action
 *
 *   We had a latency problem. I profiled the service and found the N+1
 *   queries; I proposed a caching plan and my team built it with me. We
 *   shipped it in two weeks and our p99 fell. I/O waits dropped in the US too.
 *
 * @example
 *   {"name": "we.md", "label": "input"}
 *
 *   ---
 *   kind: cross-functional
 *   title: Payment platform integration
 *   ---
 *
 *   We planned the rollout with our product teams. We found the PCI gap and
 *   we redesigned the data handling; I wrote the design. Security helped us,
 *   and our launch went on time.
 *
 * @example
 *   {"name": "we.md", "label": "output"}
 *
 *   1:1: Story says “we/our/us” 6 times and “I/my/me” once (14% “I”); interviewers ask what you did: make at least 50% of these “I”
 *
 * @example
 *   {"name": "passive.md", "label": "input"}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a tech lead
 *   ---
 *
 *   I was assigned the mentoring by my director. Later I was
 *   asked to present it, and we were told to hurry.
 *
 * @example
 *   {"name": "passive.md", "label": "output"}
 *
 *   6:3: “was assigned” says someone else acted: say what you did (“I took on…”, “I proposed…”, “I led…”)
 *   6:54: “was asked to” says someone else acted: say what you did (“I took on…”, “I proposed…”, “I led…”)
 *   7:29: “were told to” says someone else acted: say what you did (“I took on…”, “I proposed…”, “I led…”)
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { countPronouns, placeAt, textBlocks } from '../knowledge/text.js'

export interface OwnershipVoiceOptions {
  minWe?: number
  minIRatio?: number
}

const PASSIVE =
  /\b(?:was|were)\s+(?:assigned|given|asked\s+to|tasked\s+with|told\s+to|instructed\s+to)\b/gi

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`
}

function check(tree: Root, file: VFile, options: OwnershipVoiceOptions | undefined): void {
  if (!documentContext(tree).spec?.story) return
  const minWe =
    typeof options?.minWe === 'number' && Number.isFinite(options.minWe) ? options.minWe : 5
  const minIRatio =
    typeof options?.minIRatio === 'number' && Number.isFinite(options.minIRatio)
      ? options.minIRatio
      : 0.5
  const blocks = textBlocks(tree, file, { skip: ['heading', 'table', 'blockquote'] })
  let we = 0
  let i = 0
  for (const block of blocks) {
    const counts = countPronouns(block.text)
    we += counts.we
    i += counts.i
    PASSIVE.lastIndex = 0
    for (const match of block.text.matchAll(PASSIVE)) {
      const phrase = match[0].replace(/\s+/g, ' ').toLowerCase()
      file.message(
        `“${phrase}” says someone else acted: say what you did (“I took on…”, “I proposed…”, “I led…”)`,
        { place: placeAt(file, block.offsetOf(match.index)) },
      )
    }
  }
  const ratio = we + i === 0 ? 1 : i / (we + i)
  // No "I" at all is portfolio-first-person's error; this rule warns about a low share.
  if (i > 0 && we >= minWe && ratio < minIRatio) {
    file.message(
      `Story says “we/our/us” ${times(we)} and “I/my/me” ${times(i)} (${Math.round(ratio * 100)}% “I”); interviewers ask what you did: make at least ${Math.round(minIRatio * 100)}% of these “I”`,
      { place: { line: 1, column: 1 } },
    )
  }
}

const remarkLintPortfolioOwnershipVoice = portfolioRule<OwnershipVoiceOptions | undefined>(
  'portfolio-ownership-voice',
  check,
)

export default remarkLintPortfolioOwnershipVoice
