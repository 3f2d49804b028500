/** `techfolio check`: the lint findings, then the score table, in one output. */
import { type ChunkedRenderer, plainColors, type StreamRenderer } from '../contract.js'
import { formatGithub, neutraliseCommands } from './github.js'
import { jsonDocument } from './json-chunks.js'
import { lintView, toLintJson } from './lint-json.js'
import { formatLintText } from './lint-text.js'
import { toScoreJson } from './score-json.js'
import { formatScoreText } from './score-text.js'

/** `check` (text): findings by file, a blank line, the score table. */
export const checkText: StreamRenderer = (report, options) => {
  const colors = options.colors ?? plainColors
  return `${formatLintText(lintView(report), colors)}\n${formatScoreText(report, colors)}`
}

/** `check --format github`: annotations, then the score table, which can never read as a workflow command. */
export const checkGithub: StreamRenderer = (report, options) =>
  `${formatGithub(lintView(report))}\n${neutraliseCommands(formatScoreText(report, options.colors ?? plainColors))}`

/** `check --format json`, in pieces: `{"lint": …, "score": …}`, each its command's contract. */
export const checkJsonChunks: ChunkedRenderer = (report, options) =>
  jsonDocument({ lint: toLintJson(lintView(report)), score: toScoreJson(report) }, options.tail)

/** `check --format json`. */
export const checkJson: StreamRenderer = (report, options) =>
  [...checkJsonChunks(report, options)].join('')
