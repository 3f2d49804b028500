/**
 * `metrics.md`: every before → after figure in the portfolio, for a quick
 * look before an interview. Each row shows what the figures compute to; a row
 * whose stated change disagrees with that arithmetic is marked, as
 * `portfolio-metric-arithmetic` reports it. The engine did the arithmetic;
 * this only lays it out.
 */
import type { FigureChange, PortfolioReport, ReportDocument } from '@techfolio/engine'
import type { ArtifactRenderer } from '../contract.js'
import { documentName, mdCell, mdCode, mdTable, mdText, plural } from '../markdown.js'

export const METRICS_FILE = 'metrics.md'

/** The mark on a figure whose stated change its own ends do not compute to. */
export const MISMATCH_MARK = '⚠ does not match'

function computedCell(change: FigureChange): string {
  if (!change.comparable) return 'not comparable (the ends measure different things)'
  return change.computed === '' ? 'no change' : mdCell(change.computed)
}

function statedCell(change: FigureChange): string {
  if (change.stated === undefined) return '—'
  const stated = mdCell(change.stated)
  if (change.statedAgrees === false) return `**${MISMATCH_MARK}:** ${stated}`
  return change.statedAgrees === true ? `${stated} ✓` : stated
}

function documentSection(document: ReportDocument): string[] {
  const lines = [`## ${mdText(documentName(document))}`, '', mdCode(document.path), '']
  if (document.changes.length > 0) {
    lines.push(
      mdTable(
        ['Line', 'Before', 'After', 'Computed change', 'Stated'],
        document.changes.map((change) => [
          String(change.line),
          mdCell(change.before),
          mdCell(change.after),
          computedCell(change),
          statedCell(change),
        ]),
        ['right', 'left', 'left', 'left', 'left'],
      ),
      '',
    )
  }
  if (document.baselineGaps.length > 0) {
    lines.push('Stated with no before and after to check them against:', '')
    for (const gap of document.baselineGaps) {
      lines.push(`- line ${gap.line}: ${mdText(gap.text)}`)
    }
    lines.push('')
  }
  return lines
}

export function renderMetrics(report: PortfolioReport): string {
  const documents = report.documents.filter(
    (document) => document.changes.length > 0 || document.baselineGaps.length > 0,
  )
  let changes = 0
  let mismatched = 0
  let gaps = 0
  for (const document of documents) {
    changes += document.changes.length
    gaps += document.baselineGaps.length
    for (const change of document.changes) if (change.statedAgrees === false) mismatched++
  }
  const lines = ['# Metrics quick reference', '']
  if (documents.length === 0) {
    lines.push('No before → after figures found in the portfolio.', '')
    return lines.join('\n')
  }
  lines.push(
    `${plural(changes, 'before → after figure')} in ${plural(documents.length, 'document')}.` +
      (mismatched > 0
        ? ` ${plural(mismatched, 'figure states', 'figures state')} a change its own ends do not compute to (marked ${MISMATCH_MARK}).`
        : ' Every stated change agrees with its figures.') +
      (gaps > 0 ? ` ${plural(gaps, 'relative figure')} with no baseline.` : ''),
    '',
  )
  for (const document of documents) lines.push(...documentSection(document))
  return lines.join('\n')
}

// `mismatched` and the other totals above are sums for the page's first line,
// not a judgement: the engine marked each figure (`statedAgrees`).
export const metricsArtifact: ArtifactRenderer = (report) => [
  { path: METRICS_FILE, content: renderMetrics(report) },
]
