/**
 * GitHub's runner contract, read and written directly: inputs from
 * `INPUT_<NAME>` (hyphens kept, upper case), outputs and the job summary
 * appended to the files named by `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`,
 * workflow commands on stdout with their escaping.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { escapeData, escapeProperty } from '@techfolio/summary'

export type Env = Readonly<Record<string, string | undefined>>

/** The value of input `name`, trimmed; '' when unset. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export interface Log {
  info(text: string): void
  warning(text: string): void
  error(text: string): void
  annotation(
    level: 'error' | 'warning' | 'notice',
    text: string,
    place: { file: string; line: number; column?: number; title?: string },
  ): void
}

/** Workflow commands on `write` (stdout in the runner). */
export function workflowLog(write: (text: string) => void): Log {
  // A line of ours that starts with `::` would be read as a command: every plain line is indented.
  const plain = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => (line.startsWith('::') ? ` ${line}` : line))
      .join('\n')
  return {
    info: (text) => write(`${plain(text)}\n`),
    warning: (text) => write(`::warning::${escapeData(text)}\n`),
    error: (text) => write(`::error::${escapeData(text)}\n`),
    annotation: (level, text, place) => {
      const properties = [
        `file=${escapeProperty(place.file)}`,
        `line=${place.line}`,
        ...(place.column !== undefined ? [`col=${place.column}`] : []),
        ...(place.title !== undefined ? [`title=${escapeProperty(place.title)}`] : []),
      ].join(',')
      write(`::${level} ${properties}::${escapeData(text)}\n`)
    },
  }
}

/** Appends `name` to `GITHUB_OUTPUT` in the multi-line form, with a random delimiter. */
export function setOutput(env: Env, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT
  if (!file) return
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
}

/** Appends Markdown to the job summary, when the runner gives one. */
export function appendSummary(env: Env, markdown: string): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`)
}
