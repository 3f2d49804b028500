/**
 * Renderers by name: the CLI and the Action pick one by name and never
 * format on their own. Add a stream renderer to `COMMAND_FORMATS` (the CLI
 * offers it as `--format <name>` of that command); add an artifact renderer
 * to `ARTIFACT_RENDERERS` (`techfolio summary` then writes its files).
 */
import type { ArtifactRenderer, StreamRenderer } from './contract.js'
import { executiveSummaryArtifact } from './html/executive-summary.js'
import { reportHtmlArtifact } from './html/report-html.js'
import { checkGithub, checkJson, checkText } from './render/check.js'
import { githubAnnotations } from './render/github.js'
import { lintJson } from './render/lint-json.js'
import { lintText } from './render/lint-text.js'
import { sarif } from './render/sarif.js'
import { scoreJson } from './render/score-json.js'
import { scoreText } from './render/score-text.js'

/** The stream formats of each command, by `--format` name; the first is the default. */
export const COMMAND_FORMATS = {
  lint: { text: lintText, json: lintJson, sarif, github: githubAnnotations },
  score: { text: scoreText, json: scoreJson },
  check: { text: checkText, json: checkJson, github: checkGithub },
} as const satisfies Record<string, Record<string, StreamRenderer>>

export type FormattedCommand = keyof typeof COMMAND_FORMATS
export type FormatName<Command extends FormattedCommand> = keyof (typeof COMMAND_FORMATS)[Command] &
  string

/** The `--format` names a command accepts, default first. */
export function formatNames<Command extends FormattedCommand>(
  command: Command,
): FormatName<Command>[] {
  return Object.keys(COMMAND_FORMATS[command]) as FormatName<Command>[]
}

/** The renderer for a command's format. */
export function streamRenderer<Command extends FormattedCommand>(
  command: Command,
  format: FormatName<Command>,
): StreamRenderer {
  return (COMMAND_FORMATS[command] as Record<string, StreamRenderer>)[format] as StreamRenderer
}

/** The artifacts of `techfolio summary --out DIR`, by name. */
export const ARTIFACT_RENDERERS: Record<string, ArtifactRenderer> = {
  'executive-summary-html': executiveSummaryArtifact,
  'report-html': reportHtmlArtifact,
}
