/**
 * Annotations for findings on the lines a pull request changed. GitHub shows
 * at most 10 annotations of each level per step; the rest are counted in
 * the job summary rather than dropped silently.
 */
import type { PortfolioReport } from '@techfolio/engine'
import type { Log } from './runner.js'

/** GitHub's limit of annotations per step, per level. */
export const ANNOTATIONS_PER_LEVEL = 10

/** Added or changed line numbers per path (relative, `/`-separated), from `git diff -U0` output. */
export function changedLines(unifiedDiff: string): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  for (const line of unifiedDiff.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space (as GNU diff does).
      const target = unquote(line.slice(4).replace(/\t$/, ''))
      // `+++ /dev/null`: the file was deleted, nothing to annotate.
      current = target.startsWith('b/') ? new Set() : undefined
      if (current) lines.set(target.slice(2), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && current) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let number = start; number < start + count; number++) current.add(number)
    }
  }
  return lines
}

/** git quotes unusual paths as C strings: `"a\"b.md"`; with `core.quotePath=false` only those. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path
  try {
    return JSON.parse(path) as string
  } catch {
    return path
  }
}

export interface AnnotationCounts {
  shown: { error: number; warning: number }
  /** Findings on changed lines beyond GitHub's limit. */
  notShown: number
}

/** Writes annotations for head findings on changed lines, errors first, within the limit. */
export function annotateChangedLines(
  head: PortfolioReport,
  changed: Map<string, Set<number>>,
  log: Log,
  /** The working directory relative to the repository root (`''` or `docs/`): GitHub places annotations from the root. */
  pathPrefix = '',
): AnnotationCounts {
  const counts: AnnotationCounts = { shown: { error: 0, warning: 0 }, notShown: 0 }
  const findings = head.files.flatMap((file) =>
    file.messages
      .filter((finding) => changed.get(file.path)?.has(finding.line))
      .map((finding) => ({ path: file.path, finding })),
  )
  findings.sort((a, b) =>
    a.finding.severity === b.finding.severity ? 0 : a.finding.severity === 'error' ? -1 : 1,
  )
  for (const { path, finding } of findings) {
    const level = finding.severity
    if (counts.shown[level] >= ANNOTATIONS_PER_LEVEL) {
      counts.notShown++
      continue
    }
    counts.shown[level]++
    log.annotation(level, finding.url ? `${finding.message} (${finding.url})` : finding.message, {
      file: `${pathPrefix}${path}`,
      line: finding.line,
      column: finding.column,
      title: finding.ruleId,
    })
  }
  return counts
}
