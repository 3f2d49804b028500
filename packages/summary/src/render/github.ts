import type { StreamRenderer } from '../contract.js'
import { type LintResult, lintView } from './lint-json.js'

/** Escapes a workflow command's message (as @actions/core does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Plain output shown in a GitHub Actions log (the score table): a line that
 * starts with `::` would be read as a workflow command, so it gets a leading
 * space; control characters are already replaced.
 */
export function neutraliseCommands(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes may precede the `::`
  return text.replace(/^((?:\u001b\[[0-9;]*m)*)::/gm, '$1 ::')
}

/** Escapes a workflow command's property value: also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,title=<ruleId>::message`; GitHub shows them as
 * annotations on the pull request's diff.
 */
export function formatGithub(result: LintResult): string {
  const out: string[] = []
  for (const file of result.files) {
    for (const finding of file.messages) {
      const properties: [string, string | number | undefined][] = [
        ['file', file.path],
        ['line', finding.line],
        ['col', finding.column],
        ['endLine', finding.endLine],
        ['endColumn', finding.endColumn],
        ['title', finding.ruleId],
      ]
      const props = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      const command = finding.severity === 'error' ? 'error' : 'warning'
      out.push(`::${command} ${props}::${escapeData(finding.message)}`)
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`
}

/** `lint --format github`: one workflow command per finding. */
export const githubAnnotations: StreamRenderer = (report) => formatGithub(lintView(report))
