import { type Colors, plainColors, type StreamRenderer } from '../contract.js'
import { type LintResult, lintView } from './lint-json.js'

/** Messages are padded to align rule ids up to this width; longer ones just push theirs right. */
const MAX_MESSAGE_PAD = 72

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * Findings grouped by file, one per line:
 * `  line:column  severity  message  rule-id`, then a one-line total.
 */
export function formatLintText(result: LintResult, c: Colors): string {
  const out: string[] = []
  for (const file of result.files) {
    if (file.messages.length === 0) continue
    const rows = file.messages.map((finding) => ({
      place: `${finding.line}:${finding.column}`,
      severity: finding.severity,
      message: finding.message.replace(/\s*\r?\n\s*/g, ' '),
      ruleId: finding.ruleId,
    }))
    const placeWidth = Math.max(...rows.map((row) => row.place.length))
    const severityWidth = Math.max(...rows.map((row) => row.severity.length))
    // Align rule ids, but do not pad short messages out to a very long one.
    const messageWidth = Math.min(
      MAX_MESSAGE_PAD,
      Math.max(...rows.map((row) => row.message.length)),
    )
    out.push(c.underline(file.path))
    for (const row of rows) {
      const severity = row.severity.padEnd(severityWidth)
      out.push(
        [
          `  ${c.dim(row.place.padEnd(placeWidth))}`,
          row.severity === 'error' ? c.red(severity) : c.yellow(severity),
          row.message.padEnd(messageWidth),
          c.dim(row.ruleId),
        ].join('  '),
      )
    }
    out.push('')
  }
  const problems = result.errorCount + result.warningCount
  const checked = plural(result.files.length, 'file')
  if (problems === 0) {
    out.push(c.green(`✔ ${checked} checked, no problems`))
  } else {
    const line = `✖ ${plural(problems, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}) in ${checked}`
    out.push(result.errorCount > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)))
  }
  return `${out.join('\n')}\n`
}

/** `lint` (text): findings by file, then the total. */
export const lintText: StreamRenderer = (report, options) =>
  formatLintText(lintView(report), options.colors ?? plainColors)
