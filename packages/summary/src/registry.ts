/**
 * Renderers by name: the CLI and the Action pick one by name and never
 * format on their own. Add a stream renderer to `COMMAND_FORMATS` (the CLI
 * offers it as `--format <name>` of that command); add an artifact renderer
 * to `ARTIFACT_RENDERERS` (`techfolio summary` then writes its files).
 */
import { badgeArtifact } from './artifacts/badge.js'
import { deepDiveArtifact } from './artifacts/deep-dive.js'
import { levelArtifact } from './artifacts/level.js'
import { metricsArtifact } from './artifacts/metrics.js'
import { reportJsonArtifact } from './artifacts/report-json.js'
import { storyBankArtifact } from './artifacts/story-bank.js'
import type {
  Artifact,
  ArtifactRenderer,
  ChunkedRenderer,
  RenderOptions,
  StreamRenderer,
} from './contract.js'
import { type ExecutiveSummaryOptions, executiveSummaryArtifact } from './html/executive-summary.js'
import { reportHtmlArtifact } from './html/report-html.js'
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

/** The artifacts of `techfolio summary --out DIR`, by name, in the order they are written. */
export const ARTIFACT_RENDERERS: Record<string, ArtifactRenderer> = {
  metrics: metricsArtifact,
  'story-bank': storyBankArtifact,
  'deep-dive': deepDiveArtifact,
  level: levelArtifact,
  'report-json': reportJsonArtifact,
  badge: badgeArtifact,
  'executive-summary-html': executiveSummaryArtifact,
  'report-html': reportHtmlArtifact,
}

/**
 * Every artifact of every registered renderer. Throws when two renderers
 * claim one path or a path is not a plain relative one, so no artifact can
 * overwrite another or land outside the output folder.
 */
export function renderArtifacts(
  report: Parameters<ArtifactRenderer>[0],
  options: ExecutiveSummaryOptions = {},
  renderers: Record<string, ArtifactRenderer> = ARTIFACT_RENDERERS,
): Artifact[] {
  const artifacts: Artifact[] = []
  const claimed = new Map<string, string>()
  for (const [name, render] of Object.entries(renderers)) {
    for (const artifact of render(report, options)) {
      const segments = artifact.path.split('/')
      if (
        artifact.path === '' ||
        artifact.path.includes('\\') ||
        segments.some((segment) => segment === '' || segment === '.' || segment === '..')
      ) {
        throw new Error(
          `artifact renderer ${name} returned the path "${artifact.path}": expected a relative path inside the output folder`,
        )
      }
      const other = claimed.get(artifact.path)
      if (other !== undefined) {
        throw new Error(
          `artifact renderers ${other} and ${name} both write ${artifact.path}: expected one file each`,
        )
      }
      claimed.set(artifact.path, name)
      artifacts.push(artifact)
    }
  }
  return artifacts
}
