/**
 * ## portfolio-story-length
 *
 * A behavioural answer should take about three minutes to tell. For story
 * kinds (`case-study`, `team-development`, `cross-functional`), this rule
 * counts the words you would say: paragraphs and lists, including bold
 * labels; not headings (they are structure, not speech), tables (reference
 * figures you would not read out), code blocks, HTML or front matter. At
 * `wordsPerMinute` it estimates the spoken length, rounded up to a tenth of a
 * minute, and reports a story longer than `maxMinutes`.
 *
 * The message sits on the first word past the limit, where the time runs out.
 *
 * Options:
 *
 * - `wordsPerMinute` (`number`, default `150`): speaking pace;
 * - `maxMinutes` (`number`, default `3`): the longest a story should take.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   ## Situation
 *
 *   Checkout latency degraded from 200ms to 2s during traffic growth.
 *
 * @example
 *   {"name": "long.md", "label": "input", "config": {"wordsPerMinute": 10, "maxMinutes": 1}}
 *
 *   ---
 *   kind: team-development
 *   title: Growing a tech lead
 *   ---
 *
 *   ## Situation
 *
 *   Our team needed a tech lead for a new product initiative.
 *
 *   - I started Sarah on leading design reviews.
 *
 *   | Metric | Value |
 *   | ------ | ----- |
 *   | Uptime | 99.5% |
 *
 * @example
 *   {"name": "long.md", "label": "output"}
 *
 *   8:47: Story takes about 1.8 minutes to tell (18 words at 10 words a minute); keep it under 1 minute
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { countBlockWords, placeAt, textBlocks } from '../knowledge/text.js'

export interface StoryLengthOptions {
  wordsPerMinute?: number
  maxMinutes?: number
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback
}

function minutes(value: number): string {
  return `${value} minute${value === 1 ? '' : 's'}`
}

function check(tree: Root, file: VFile, options: StoryLengthOptions | undefined): void {
  if (!documentContext(tree).spec?.story) return
  const wordsPerMinute = positive(options?.wordsPerMinute, 150)
  const maxMinutes = positive(options?.maxMinutes, 3)
  const limit = Math.floor(maxMinutes * wordsPerMinute)
  const blocks = textBlocks(tree, file, { skip: ['heading', 'table'] })
  const { words, pastLimit } = countBlockWords(blocks, limit)
  if (words <= limit) return
  const spoken = Math.ceil((words / wordsPerMinute) * 10) / 10
  file.message(
    `Story takes about ${minutes(spoken)} to tell (${words} words at ${wordsPerMinute} words a minute); keep it under ${minutes(maxMinutes)}`,
    { place: placeAt(file, pastLimit ?? 0) },
  )
}

const remarkLintPortfolioStoryLength = portfolioRule<StoryLengthOptions | undefined>(
  'portfolio-story-length',
  check,
)

export default remarkLintPortfolioStoryLength
