import type { FileResult, MessageSeverity, PortfolioReport } from '@techfolio/engine'
import type { ChunkedRenderer, StreamRenderer } from '../contract.js'
import { jsonDocument } from './json-chunks.js'

/** One message of `techfolio lint --format json` (design.md's contract). */
export interface LintJsonMessage {
  ruleId: string
  severity: MessageSeverity
  message: string
  line: number
  column: number
  /** The rule's documentation; `null` when the rule has none. */
  url: string | null
}

/** `techfolio lint --format json`: exactly design.md's contract, no other keys. */
export interface LintJson {
  files: { path: string; messages: LintJsonMessage[] }[]
  errorCount: number
  warningCount: number
}

/** What the lint formats show: every file with its findings, and the totals. */
export type LintResult = Pick<PortfolioReport, 'errorCount' | 'warningCount'> & {
  files: readonly Pick<FileResult, 'path' | 'messages'>[]
}

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0

/**
 * The report's findings as the lint formats list them: file findings and the
 * portfolio-wide ones (on the portfolio folder's path), in path order.
 */
export function lintFiles(report: PortfolioReport): FileResult[] {
  if (report.portfolioFindings.length === 0) return report.files
  const portfolio: FileResult = {
    path: report.portfolioPath,
    kind: undefined,
    title: undefined,
    messages: report.portfolioFindings,
  }
  return [...report.files, portfolio].sort(byPath)
}

/** A report seen as the lint formats see it. */
export function lintView(report: PortfolioReport): LintResult {
  return {
    files: lintFiles(report),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
  }
}

export function toLintJson(result: LintResult): LintJson {
  return {
    files: result.files.map((file) => ({
      path: file.path,
      messages: file.messages.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        line: finding.line,
        column: finding.column,
        url: finding.url ?? null,
      })),
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
  }
}

export function formatLintJson(result: LintResult): string {
  return [...jsonDocument(toLintJson(result))].join('')
}

/** `lint --format json`. */
export const lintJson: StreamRenderer = (report) => formatLintJson(lintView(report))

/** `lint --format json`, in pieces. */
export const lintJsonChunks: ChunkedRenderer = (report, options) =>
  jsonDocument(toLintJson(lintView(report)), options.tail)
