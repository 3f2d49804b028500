/** `report.json`: the report object itself, for any tool that reads it. */
import type { ArtifactRenderer } from '../contract.js'

export const REPORT_JSON_FILE = 'report.json'

export const reportJsonArtifact: ArtifactRenderer = (report) => [
  { path: REPORT_JSON_FILE, content: `${JSON.stringify(report, null, 2)}\n` },
]
