/**
 * The stream renderers by command and `--format` name, on their own so that
 * `techfolio lint|score|check` loads them without the artifact renderers
 * (HTML, Markdown parsing, the rules package): `@techfolio/summary/formats`.
 * Add a stream renderer to `COMMAND_FORMATS` (the CLI offers it as
 * `--format <name>` of that command).
 */
import type { ChunkedRenderer, StreamRenderer } from './contract.js'
import { checkGithub, checkJson, checkJsonChunks, checkText } from './render/check.js'
import { githubAnnotations } from './render/github.js'
import { lintJson, lintJsonChunks } from './render/lint-json.js'
import { lintText } from './render/lint-text.js'
import { sarif } from './render/sarif.js'
import { scoreJson, scoreJsonChunks } from './render/score-json.js'
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

/** Formats also written in pieces: joined, each gives its StreamRenderer's string. */
const CHUNKED_FORMATS: Partial<Record<FormattedCommand, Record<string, ChunkedRenderer>>> = {
  lint: { json: lintJsonChunks },
  score: { json: scoreJsonChunks },
  check: { json: checkJsonChunks },
}

/** The renderer for a command's format, in pieces: the CLI writes each as it comes. */
export function chunkedRenderer<Command extends FormattedCommand>(
  command: Command,
  format: FormatName<Command>,
): ChunkedRenderer {
  const chunked = CHUNKED_FORMATS[command]?.[format]
  if (chunked) return chunked
  const render = streamRenderer(command, format)
  return (report, options) => [render(report, options)]
}
