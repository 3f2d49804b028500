/**
 * `executive-summary.html`: the guide's one-page executive summary, as a
 * print-ready page. Its text is the portfolio's `executive-summary` document
 * (the CLI reads the file and passes it in `sources`: renderers never read
 * files); the report adds the portfolio score and principle coverage in the
 * footer. The page carries its word count and the one-page word budget of
 * `portfolio-summary-length`, which `renderPdf` reports when it overflows.
 */
import type { PortfolioReport, ReportDocument } from '@techfolio/engine'
import {
  countBlockWords,
  SUMMARY_MAX_WORDS,
  textBlocks,
  toString,
} from '@techfolio/remark-lint-portfolio'
import type { Heading, Root, RootContent } from 'mdast'
import type { Artifact, RenderOptions } from '../contract.js'
import { escapeHtml } from '../escape.js'
import { type HtmlOptions, page, paperOf, parseMarkdown, today, toHtml } from './html.js'

export const EXECUTIVE_SUMMARY_FILE = 'executive-summary.html'

/** `<meta>` names the PDF step reads the word count and budget from. */
export const WORDS_META = 'techfolio-words'
export const WORD_BUDGET_META = 'techfolio-word-budget'

export interface ExecutiveSummaryOptions extends RenderOptions, HtmlOptions {
  /**
   * Markdown of the portfolio's documents by their report path; only the
   * executive summary's is read. Without it the page is built from the
   * report's facts alone (titles and before → after figures).
   */
  sources?: Readonly<Record<string, string>>
  /** Words one page holds; default `portfolio-summary-length`'s `maxWords` default (450). */
  wordBudget?: number
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 10pt; line-height: 1.3; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; }
@media print { body { max-width: none; padding: 0; } }
header { border-bottom: 2px solid var(--accent); margin-bottom: 0.6rem; padding-bottom: 0.3rem; }
h1 { font-size: 1.5rem; margin: 0; line-height: 1.15; }
header p { margin: 0.2rem 0 0; color: var(--muted); }
h2, h3 { font-size: 1.08rem; color: var(--accent); margin: 0.6rem 0 0.2rem; break-after: avoid; }
h4, h5, h6 { font-size: 1rem; margin: 0.6rem 0 0.2rem; break-after: avoid; }
p { margin: 0.25rem 0; }
ul, ol { margin: 0.2rem 0; padding-left: 1.2rem; }
li { margin: 0.08rem 0; }
table { border-collapse: collapse; margin: 0.3rem 0; }
th, td { border: 1px solid var(--rule); padding: 0.1rem 0.4rem; text-align: left; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
pre { white-space: pre-wrap; }
a { color: inherit; }
.link { font-weight: 600; }
footer { border-top: 1px solid var(--rule); margin-top: 0.8rem; padding-top: 0.3rem; color: var(--muted); font-size: 0.85rem; }
footer p { margin: 0.1rem 0; }
`

/** The portfolio's executive summary document, if it has one. */
export function executiveSummaryDocument(report: PortfolioReport): ReportDocument | undefined {
  return report.documents.find((document) => document.kind === 'executive-summary')
}

/** Words of a Markdown document, counted as `portfolio-summary-length` counts them. */
export function countSummaryWords(markdown: string): number {
  return countBlockWords(textBlocks(parseMarkdown(markdown), { value: markdown })).words
}

/** The page's heading: the document's first `#` heading (taken out of the body), else its title. */
function splitHeading(tree: Root, fallback: string): { heading: string; body: RootContent[] } {
  const index = tree.children.findIndex((node) => node.type !== 'yaml')
  const first = tree.children[index]
  if (first?.type === 'heading' && (first as Heading).depth === 1) {
    return {
      heading: escapeHtml(toString(first)),
      body: tree.children.filter((_, at) => at !== index),
    }
  }
  return { heading: escapeHtml(fallback), body: tree.children }
}

/** The best before → after figure of a document: the largest comparable change. */
function headlineChange(document: ReportDocument): string | undefined {
  const comparable = document.changes.filter((change) => change.percent !== undefined)
  const best = comparable.sort(
    (a, b) => Math.abs(b.percent as number) - Math.abs(a.percent as number),
  )[0]
  return best === undefined ? undefined : `${best.text} (${best.computed})`
}

/** Without the document's text: one line per story, its title and its largest change. */
function bodyFromFacts(report: PortfolioReport): string {
  const stories = report.documents.filter((document) => document.story)
  const items = stories.map((document) => {
    const change = headlineChange(document)
    const title = escapeHtml(document.title ?? document.path)
    return `<li><strong>${title}</strong>${change ? `: ${escapeHtml(change)}` : ''}</li>`
  })
  return `<h2>Key results</h2>\n<ul>\n${items.join('\n')}\n</ul>\n`
}

function footer(report: PortfolioReport, options: ExecutiveSummaryOptions): string {
  const covered = report.principles.filter((principle) => principle.met).length
  const { completeness, quality } = report.scoreParts
  const version = options.version ?? report.tool.version
  return `<footer>
<p>Portfolio score <strong>${report.score}</strong>/100 (completeness ${completeness}% × quality ${quality}%) · ${covered} of ${report.principles.length} Leadership Principles with at least ${report.thresholds.minStoriesPerPrinciple} stories · target level ${escapeHtml(report.level)}</p>
<p>Generated by techfolio ${escapeHtml(version)} on ${escapeHtml(options.date ?? today())}</p>
</footer>`
}

/**
 * The executive summary page. `markdown` is the executive summary document's
 * text; undefined builds the page from the report's facts.
 */
export function renderExecutiveSummary(
  report: PortfolioReport,
  document: ReportDocument,
  markdown: string | undefined,
  options: ExecutiveSummaryOptions = {},
): string {
  const title = document.title ?? 'Executive summary'
  const budget = options.wordBudget ?? SUMMARY_MAX_WORDS
  let heading: string
  let body: string
  let words: number
  if (markdown === undefined) {
    heading = escapeHtml(title)
    body = bodyFromFacts(report)
    words = countSummaryWords(body.replace(/<[^>]*>/g, ' '))
  } else {
    const tree = parseMarkdown(markdown)
    const split = splitHeading(tree, title)
    heading = split.heading
    // The shallowest section heading left becomes an <h2>, under the page's <h1>.
    const depths = split.body.flatMap((node) => (node.type === 'heading' ? [node.depth] : []))
    const shift = depths.length === 0 ? 1 : 2 - Math.min(...depths)
    body = split.body.map((node) => toHtml(node, shift)).join('')
    words = countSummaryWords(markdown)
  }
  const subtitle =
    markdown !== undefined && heading !== escapeHtml(title) ? `<p>${escapeHtml(title)}</p>\n` : ''
  return page({
    title,
    paper: paperOf(options.paper),
    margin: '12mm 14mm',
    css: CSS,
    meta: { [WORDS_META]: String(words), [WORD_BUDGET_META]: String(budget) },
    body: `<header>\n<h1>${heading}</h1>\n${subtitle}</header>\n<main>\n${body}</main>\n${footer(report, options)}`,
  })
}

/** Artifact renderer: `executive-summary.html`, or nothing when the portfolio has no executive summary. */
export function executiveSummaryArtifact(
  report: PortfolioReport,
  options: ExecutiveSummaryOptions = {},
): Artifact[] {
  const document = executiveSummaryDocument(report)
  if (document === undefined) return []
  const markdown = options.sources?.[document.path]
  return [
    {
      path: EXECUTIVE_SUMMARY_FILE,
      content: renderExecutiveSummary(report, document, markdown, options),
    },
  ]
}
