import type { FileResult, MessageSeverity, PortfolioResult } from '@techfolio/engine'

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

export type LintResult = Pick<PortfolioResult, 'errorCount' | 'warningCount'> & {
  files: readonly Pick<FileResult, 'path' | 'messages'>[]
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
  return `${JSON.stringify(toLintJson(result), null, 2)}\n`
}
