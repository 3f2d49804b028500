import type { PortfolioReport } from '@techfolio/engine'
import { type Colors, plainColors, type StreamRenderer } from '../contract.js'
import type { ScoreResult } from './score-json.js'

/** What the table shows: the engine's numbers only, nothing recounted here. */
export type ScoreTextResult = ScoreResult &
  Pick<PortfolioReport, 'checklistDone'> & {
    documents: readonly { failedChecks: number }[]
    thresholds: Pick<PortfolioReport['thresholds'], 'failUnder'>
  }

function scoreColor(score: number, c: Colors): (text: string) => string {
  if (score >= 80) return c.green
  if (score >= 60) return c.yellow
  return c.red
}

function table(header: string[], rows: string[][], align: ('left' | 'right')[]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  )
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)]
}

/**
 * The score table: one row per document (path, kind, score, failing checks),
 * then the guide's checklist, Leadership Principle coverage and the portfolio
 * score.
 */
export function formatScoreText(result: ScoreTextResult, c: Colors): string {
  const out: string[] = []
  const rows = result.documents.map((document) => [
    document.path,
    document.kind ?? '(unknown)',
    String(document.score),
    String(document.failedChecks),
  ])
  const lines = table(['Document', 'Kind', 'Score', 'Failing checks'], rows, [
    'left',
    'left',
    'right',
    'right',
  ])
  out.push(c.bold(lines[0] ?? ''), c.dim(lines[1] ?? ''))
  result.documents.forEach((document, i) => {
    const line = lines[i + 2] ?? ''
    out.push(document.score < 100 ? scoreColor(document.score, c)(line) : line)
  })
  if (result.documents.length === 0) out.push(c.dim('(no documents)'))

  if (result.checklist.length > 0) {
    const done = result.checklistDone
    out.push('', c.bold(`Checklist (${done}/${result.checklist.length})`))
    for (const item of result.checklist) {
      out.push(item.done ? `  ${c.green('[x]')} ${item.label}` : `  ${c.red('[ ]')} ${item.label}`)
    }
  }

  if (result.principles.length > 0) {
    out.push('', c.bold('Leadership Principles'))
    const width = Math.max(...result.principles.map((principle) => principle.name.length))
    // The engine's story count: the executive summary and the story bank map
    // stories rather than tell one, so they are not counted.
    for (const principle of result.principles) {
      const count = principle.stories.length
      const text = `${count} ${count === 1 ? 'story' : 'stories'}`
      const shown = principle.met ? text : c.yellow(`${text} (expected ${principle.required})`)
      out.push(`  ${principle.name.padEnd(width)}  ${principle.targeted ? shown : c.dim(text)}`)
    }
  }

  const paint = scoreColor(result.score, c)
  const { failUnder } = result.thresholds
  const threshold = failUnder <= 0 ? '' : c.dim(` (fail under ${failUnder})`)
  out.push('', `${c.bold('Portfolio score:')} ${paint(c.bold(`${result.score}/100`))}${threshold}`)
  return `${out.join('\n')}\n`
}

/** `score` (text): the score table. */
export const scoreText: StreamRenderer = (report, options) =>
  formatScoreText(report, options.colors ?? plainColors)
