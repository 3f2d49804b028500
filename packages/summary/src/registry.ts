/**
 * Renderers by name: the CLI and the Action pick one by name and never
 * format on their own. Stream renderers (`COMMAND_FORMATS`) live in
 * `formats.ts`; add an artifact renderer to `ARTIFACT_RENDERERS`
 * (`techfolio summary` then writes its files).
 */
import { badgeArtifact } from './artifacts/badge.js'
import { deepDiveArtifact } from './artifacts/deep-dive.js'
import { levelArtifact } from './artifacts/level.js'
import { metricsArtifact } from './artifacts/metrics.js'
import { reportJsonArtifact } from './artifacts/report-json.js'
import { storyBankArtifact } from './artifacts/story-bank.js'
import type { Artifact, ArtifactRenderer } from './contract.js'
import { type ExecutiveSummaryOptions, executiveSummaryArtifact } from './html/executive-summary.js'
import { reportHtmlArtifact } from './html/report-html.js'

export {
  COMMAND_FORMATS,
  chunkedRenderer,
  type FormatName,
  type FormattedCommand,
  formatNames,
  streamRenderer,
} from './formats.js'

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
