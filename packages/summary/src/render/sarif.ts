import type { StreamRenderer } from '../contract.js'
import { jsonDocument } from './json-chunks.js'
import { type LintResult, lintView } from './lint-json.js'

/** What SARIF's `tool.driver.rules` says about a rule. */
export interface RuleMeta {
  id: string
  /** One line: what the rule checks. */
  summary: string
  /** The rule's documentation page. */
  url?: string | undefined
  /** Default severity. */
  severity?: 'error' | 'warning' | undefined
}

export interface SarifOptions {
  /** Every rule techfolio knows; rules that only appear in findings are added too. */
  rules: readonly RuleMeta[]
  version: string
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/techfolio/techfolio'

/** A relative, `/`-separated path as a relative URI reference (each segment percent-encoded). */
export function toRelativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}

const atLeastOne = (value: number | undefined): number =>
  value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`):
 * one run, the rules with their `helpUri`, one result per finding located by a
 * path relative to the checkout root.
 */
export function toSarif(result: LintResult, options: SarifOptions) {
  const rules = [...options.rules]
  const known = new Set(rules.map((rule) => rule.id))
  for (const file of result.files) {
    for (const finding of file.messages) {
      if (known.has(finding.ruleId)) continue
      known.add(finding.ruleId)
      rules.push({ id: finding.ruleId, summary: finding.ruleId, url: finding.url })
    }
  }
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'techfolio',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.summary },
              ...(rule.url ? { helpUri: rule.url } : {}),
              help: { text: rule.url ? `${rule.summary}\n\nSee ${rule.url}` : rule.summary },
              defaultConfiguration: { level: rule.severity ?? 'error' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.files.flatMap((file) =>
          file.messages.map((finding) => {
            const startLine = atLeastOne(finding.line)
            const startColumn = atLeastOne(finding.column)
            const region: Record<string, number> = { startLine, startColumn }
            if (finding.endLine !== undefined && finding.endLine >= startLine) {
              region.endLine = finding.endLine
              if (
                finding.endColumn !== undefined &&
                finding.endColumn >= 1 &&
                (finding.endLine > startLine || finding.endColumn >= startColumn)
              ) {
                region.endColumn = finding.endColumn
              }
            }
            return {
              ruleId: finding.ruleId,
              ruleIndex: index.get(finding.ruleId) ?? 0,
              level: finding.severity === 'error' ? 'error' : 'warning',
              message: { text: finding.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: toRelativeUri(file.path), uriBaseId: '%SRCROOT%' },
                    region,
                  },
                },
              ],
            }
          }),
        ),
      },
    ],
  }
}

export function formatSarif(result: LintResult, options: SarifOptions): string {
  return [...jsonDocument(toSarif(result, options))].join('')
}

/** `lint --format sarif`: the report's rule catalog and every finding. */
export const sarif: StreamRenderer = (report, options) =>
  formatSarif(lintView(report), {
    rules: report.rules,
    version: options.version ?? report.tool.version,
  })
