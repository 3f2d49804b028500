/**
 * ## portfolio-summary-length
 *
 * The guide limits the executive summary to one page. A page of prose holds
 * about 450 words, so this rule counts the words of an `executive-summary`
 * document (headings, paragraphs, lists and tables; not front matter, code
 * blocks or HTML) and reports when there are more than `maxWords`.
 *
 * The message sits on the first word past the budget, where the page runs
 * out.
 *
 * Options:
 *
 * - `maxWords` (`number`, default `450`): the word budget of one page.
 *
 * Only checks `kind: executive-summary`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: executive-summary
 *   title: Engineering leadership summary
 *   ---
 *
 *   Engineering manager with 8+ years building consumer-scale systems serving 50M+ users.
 *
 * @example
 *   {"name": "long.md", "label": "input", "config": {"maxWords": 12}}
 *
 *   ---
 *   kind: executive-summary
 *   title: Engineering leadership summary
 *   ---
 *
 *   # Summary
 *
 *   Engineering manager with 8+ years building consumer-scale systems
 *   serving 50M+ users across three product teams.
 *
 *   ```text
 *   code is not counted
 *   ```
 *
 * @example
 *   {"name": "long.md", "label": "output"}
 *
 *   9:20: Executive summary is 16 words; one page is at most 12
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { countBlockWords, placeAt, textBlocks } from '../knowledge/text.js'

export interface SummaryLengthOptions {
  maxWords?: number
}

export const DEFAULT_MAX_WORDS = 450

function check(tree: Root, file: VFile, options: SummaryLengthOptions | undefined): void {
  if (documentContext(tree).spec?.kind !== 'executive-summary') return
  const configured = options?.maxWords
  const maxWords =
    typeof configured === 'number' && Number.isFinite(configured) && configured >= 0
      ? Math.floor(configured)
      : DEFAULT_MAX_WORDS
  const { words, pastLimit } = countBlockWords(textBlocks(tree, file), maxWords)
  if (words <= maxWords) return
  file.message(`Executive summary is ${words} words; one page is at most ${maxWords}`, {
    place: placeAt(file, pastLimit ?? 0),
  })
}

const remarkLintPortfolioSummaryLength = portfolioRule<SummaryLengthOptions | undefined>(
  'portfolio-summary-length',
  check,
)

export default remarkLintPortfolioSummaryLength
