/**
 * `report.html`: the report on one self-contained page, made to show at a
 * glance where to work next: the portfolio score and its two factors, what to
 * fix first, a bar chart of document scores (worst first), a heat map of
 * Leadership Principle coverage, the checklist, and each document's missing
 * requirements, worst first. Charts are inline SVG drawn here; every mark
 * carries its value as text too (a score, a dot, "gap"), never colour alone.
 * It shows the engine's numbers and never recounts them.
 */
import type { PortfolioReport, ReportDocument, Requirement, ScoreCheck } from '@techfolio/engine'
import type { Artifact, RenderOptions } from '../contract.js'
import { escapeHtml } from '../escape.js'
import { type HtmlOptions, page, paperOf, today } from './html.js'

export const REPORT_HTML_FILE = 'report.html'

export interface ReportHtmlOptions extends RenderOptions, HtmlOptions {}

const REQUIRED_SECTIONS = 'portfolio-required-sections:'

/** Score bands: colour for the eye, the band's word and the number for everyone else. */
function band(score: number): { colour: string; word: string } {
  if (score >= 80) return { colour: '#1a7f37', word: 'strong' }
  if (score >= 50) return { colour: '#bf8700', word: 'partial' }
  return { colour: '#cf222e', word: 'weak' }
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; --bad: #cf222e; --good: #1a7f37; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
@media print { body { max-width: none; padding: 0; } section { break-inside: avoid; } }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.score { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
.score .big { font-size: 3.2rem; font-weight: 700; line-height: 1; }
.score .big small { font-size: 1.1rem; color: var(--muted); font-weight: 400; }
.score p { margin: 0.15rem 0; }
.verdict-passed { color: var(--good); font-weight: 600; }
.verdict-failed { color: var(--bad); font-weight: 600; }
ul, ol { padding-left: 1.3rem; margin: 0.3rem 0; }
li { margin: 0.15rem 0; }
.checklist { list-style: none; padding-left: 0; }
.mark { display: inline-block; min-width: 4.2rem; font-weight: 600; }
.done .mark { color: var(--good); }
.todo .mark { color: var(--bad); }
.severity-error { color: var(--bad); font-weight: 600; }
.severity-warning { color: #9a6700; font-weight: 600; }
.muted, .path { color: var(--muted); }
.path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em; }
svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: inherit; fill: var(--ink); }
.legend { columns: 2; font-size: 0.9rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: 0.4rem; color: var(--muted); font-size: 0.85rem; }
`

/** Worst first: lowest score, then most failed checks, then path order. */
function worstFirst(documents: readonly ReportDocument[]): ReportDocument[] {
  return [...documents].sort(
    (a, b) =>
      a.score - b.score ||
      b.failedChecks - a.failedChecks ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
}

function documentName(document: ReportDocument): string {
  return document.title ?? document.path
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

function scoreSection(report: PortfolioReport): string {
  const { completeness, quality } = report.scoreParts
  const { verdict } = report
  const reasons = verdict.reasons
    .map((reason) => `<li>${escapeHtml(reason.message)}</li>`)
    .join('\n')
  return `<section aria-labelledby="score-heading">
<h2 id="score-heading">Portfolio score</h2>
<div class="score">
<div class="big">${report.score}<small>/100</small></div>
<div>
<p>Completeness <strong>${completeness}%</strong> × quality <strong>${quality}%</strong> = ${report.score}</p>
<p>${report.checklistDone} of ${report.checklist.length} checklist items done · ${report.errorCount} errors · ${report.warningCount} warnings · target level ${escapeHtml(report.level)}</p>
<p class="${verdict.passed ? 'verdict-passed' : 'verdict-failed'}">${verdict.passed ? 'Passed' : 'Failed'}${report.thresholds.failUnder > 0 ? ` (fails under ${report.thresholds.failUnder})` : ''}</p>
${reasons ? `<ul>\n${reasons}\n</ul>` : ''}
</div>
</div>
</section>`
}

/** The few things to do first, from the report's own judgements. */
function nextSteps(report: PortfolioReport): string {
  const steps: string[] = []
  for (const document of worstFirst(report.documents)) {
    if (document.score >= 100 || steps.length >= 3) continue
    const missing = document.requirements.filter((requirement) => !requirement.met).length
    steps.push(
      `<li><strong>${escapeHtml(documentName(document))}</strong> scores ${document.score}: ${document.failedChecks} failed check${document.failedChecks === 1 ? '' : 's'}${missing > 0 ? `, ${missing} missing requirement${missing === 1 ? '' : 's'}` : ''}</li>`,
    )
  }
  for (const principle of report.principles) {
    if (!principle.targeted || principle.met) continue
    steps.push(
      `<li>Leadership Principle <strong>${escapeHtml(principle.name)}</strong>: ${principle.stories.length} of ${principle.required} stories</li>`,
    )
  }
  for (const item of report.checklist) {
    if (!item.done) steps.push(`<li>Checklist: ${escapeHtml(item.label)}</li>`)
  }
  const body =
    steps.length === 0
      ? '<p>Nothing outstanding: every document, principle and checklist item is met.</p>'
      : `<ol>\n${steps.join('\n')}\n</ol>`
  return `<section aria-labelledby="next-heading">
<h2 id="next-heading">Where to work next</h2>
${body}
</section>`
}

/** Horizontal bars, one per document, worst first, with the score written after each bar. */
export function documentScoreChart(report: PortfolioReport): string {
  const documents = worstFirst(report.documents)
  const labelWidth = 330
  const barWidth = 340
  const row = 24
  const top = 8
  const height = top + documents.length * row + 24
  const width = labelWidth + barWidth + 70
  const failUnder = report.thresholds.failUnder
  const rows = documents.map((document, index) => {
    const y = top + index * row
    const { colour, word } = band(document.score)
    const name = documentName(document)
    const length = Math.round((document.score / 100) * barWidth)
    return `<g>
<title>${escapeHtml(`${name} (${document.path}): ${document.score} of 100, ${word}`)}</title>
<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-size="13">${escapeHtml(truncate(name, 44))}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="16" fill="#eaeef2"/>
<rect x="${labelWidth}" y="${y + 4}" width="${length}" height="16" fill="${colour}"/>
<text x="${labelWidth + barWidth + 8}" y="${y + 16}" font-size="13" font-weight="600">${document.score}</text>
</g>`
  })
  const axisY = top + documents.length * row + 4
  const ticks = [0, 50, 100]
    .map(
      (tick) =>
        `<text x="${labelWidth + (tick / 100) * barWidth}" y="${axisY + 14}" font-size="11" text-anchor="middle" fill="#57606a">${tick}</text>`,
    )
    .join('\n')
  const threshold =
    failUnder > 0
      ? `<line x1="${labelWidth + (failUnder / 100) * barWidth}" x2="${labelWidth + (failUnder / 100) * barWidth}" y1="${top}" y2="${axisY}" stroke="#1b1f24" stroke-dasharray="4 3"><title>fail under ${failUnder}</title></line>`
      : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="scores-title scores-desc">
<title id="scores-title">Document scores, worst first</title>
<desc id="scores-desc">${escapeHtml(documents.map((document) => `${documentName(document)}: ${document.score}`).join('; '))}</desc>
${rows.join('\n')}
${threshold}
${ticks}
</svg>`
}

/** Principles (rows) × stories (numbered columns): a filled dot where a story claims a principle. */
export function principleHeatMap(report: PortfolioReport): string {
  const stories = report.documents.filter((document) => document.story)
  const column = new Map(stories.map((story, index) => [story.path, index]))
  const labelWidth = 300
  const cell = 24
  const top = 26
  const countWidth = 110
  const width = labelWidth + stories.length * cell + countWidth
  const height = top + report.principles.length * cell + 6
  const headers = stories
    .map(
      (story, index) =>
        `<text x="${labelWidth + index * cell + cell / 2}" y="${top - 8}" font-size="12" text-anchor="middle"><title>${escapeHtml(`${index + 1}: ${documentName(story)}`)}</title>${index + 1}</text>`,
    )
    .join('\n')
  const rows = report.principles.map((principle, row) => {
    const y = top + row * cell
    const claimed = new Set(principle.stories.map((path) => column.get(path)))
    const cells = stories
      .map((story, index) => {
        const has = claimed.has(index)
        const x = labelWidth + index * cell
        return `<g><title>${escapeHtml(`${principle.name}: ${documentName(story)} ${has ? 'claims it' : 'does not claim it'}`)}</title><rect x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" fill="${has ? '#0b5cad' : '#f0f3f6'}" stroke="#d0d7de"/>${has ? `<circle cx="${x + cell / 2}" cy="${y + cell / 2}" r="4" fill="#ffffff"/>` : ''}</g>`
      })
      .join('')
    const gap = principle.targeted && !principle.met
    const status = !principle.targeted ? 'not targeted' : gap ? 'gap' : 'met'
    return `<g>
<text x="${labelWidth - 8}" y="${y + 16}" font-size="12.5" text-anchor="end">${escapeHtml(principle.name)}</text>
${cells}
<text x="${labelWidth + stories.length * cell + 8}" y="${y + 16}" font-size="12.5" font-weight="${gap ? 700 : 400}" fill="${gap ? '#cf222e' : '#1b1f24'}">${principle.stories.length}/${principle.required} ${status}</text>
</g>`
  })
  const gaps = report.principles.filter((principle) => principle.targeted && !principle.met)
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="coverage-title coverage-desc">
<title id="coverage-title">Leadership Principle coverage: ${report.principles.length} principles by ${stories.length} stories</title>
<desc id="coverage-desc">${escapeHtml(
    gaps.length === 0
      ? `Every targeted principle has at least ${report.thresholds.minStoriesPerPrinciple} stories.`
      : `Gaps: ${gaps.map((principle) => `${principle.name} (${principle.stories.length} of ${principle.required})`).join('; ')}.`,
  )}</desc>
${headers}
${rows.join('\n')}
</svg>`
}

function coverageSection(report: PortfolioReport): string {
  const stories = report.documents.filter((document) => document.story)
  const legend = stories
    .map(
      (story) =>
        `<li>${escapeHtml(documentName(story))}${story.tooManyPrinciples ? ` <span class="severity-warning">(${story.principles.length} principles: more than ${report.thresholds.maxPrinciplesPerStory})</span>` : ''}</li>`,
    )
    .join('\n')
  return `<section aria-labelledby="coverage-heading">
<h2 id="coverage-heading">Leadership Principle coverage</h2>
<p class="muted">A filled square with a dot: the story claims the principle. Each row ends with stories found / stories required.</p>
${principleHeatMap(report)}
<h3>Stories</h3>
<ol class="legend">
${legend}
</ol>
</section>`
}

function checklistSection(report: PortfolioReport): string {
  const items = report.checklist
    .map(
      (item) =>
        `<li class="${item.done ? 'done' : 'todo'}"><span class="mark">${item.done ? '✓ done' : '✗ to do'}</span> ${escapeHtml(item.label)}</li>`,
    )
    .join('\n')
  return `<section aria-labelledby="checklist-heading">
<h2 id="checklist-heading">Checklist: ${report.checklistDone} of ${report.checklist.length} done</h2>
<ul class="checklist">
${items}
</ul>
</section>`
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const

function severityOrder(item: { severity?: 'error' | 'warning' }): number {
  return item.severity === undefined ? 2 : SEVERITY_ORDER[item.severity]
}

function requirementItem(requirement: Requirement): string {
  const severity = requirement.severity ?? 'error'
  return `<li><span class="severity-${severity}">${severity}</span> ${escapeHtml(requirement.name)}${requirement.line !== undefined ? ` <span class="muted">(line ${requirement.line})</span>` : ''}${requirement.detail ? `: ${escapeHtml(requirement.detail)}` : ''}</li>`
}

function checkItem(check: ScoreCheck): string {
  const severity = check.severity ?? 'error'
  const more =
    check.findings !== undefined && check.findings > 1 ? ` (and ${check.findings - 1} more)` : ''
  return `<li><span class="severity-${severity}">${severity}</span> ${escapeHtml(check.id)}${check.line !== undefined ? ` <span class="muted">(line ${check.line})</span>` : ''}: ${escapeHtml(check.detail ?? check.message)}${escapeHtml(more)}</li>`
}

function missingSection(report: PortfolioReport): string {
  const blocks = worstFirst(report.documents)
    .map((document) => {
      const missing = document.requirements
        .filter((requirement) => !requirement.met)
        .sort((a, b) => severityOrder(a) - severityOrder(b))
      const otherChecks = document.checks
        .filter((check) => !check.passed && !check.id.startsWith(REQUIRED_SECTIONS))
        .sort((a, b) => severityOrder(a) - severityOrder(b) || b.weight - a.weight)
      if (missing.length === 0 && otherChecks.length === 0) return ''
      return `<h3>${escapeHtml(documentName(document))} <span class="muted">· ${document.score}/100</span></h3>
<p class="path">${escapeHtml(document.path)}</p>
<ul>
${[...missing.map(requirementItem), ...otherChecks.map(checkItem)].join('\n')}
</ul>`
    })
    .filter((block) => block !== '')
  return `<section aria-labelledby="missing-heading">
<h2 id="missing-heading">Missing requirements, worst document first</h2>
${blocks.length === 0 ? '<p>Every document meets every requirement of its kind.</p>' : blocks.join('\n')}
</section>`
}

/** The whole `report.html` page. */
export function renderReportHtml(report: PortfolioReport, options: ReportHtmlOptions = {}): string {
  const version = options.version ?? report.tool.version
  return page({
    title: `Techfolio report: ${report.score}/100`,
    paper: paperOf(options.paper),
    margin: '12mm',
    css: CSS,
    body: `<header>
<h1>Techfolio report</h1>
<p class="path">${escapeHtml(report.portfolioPath)}</p>
</header>
<main>
${scoreSection(report)}
${nextSteps(report)}
<section aria-labelledby="documents-heading">
<h2 id="documents-heading">Document scores</h2>
${documentScoreChart(report)}
</section>
${coverageSection(report)}
${checklistSection(report)}
${missingSection(report)}
</main>
<footer>Generated by techfolio ${escapeHtml(version)} on ${escapeHtml(options.date ?? today())}</footer>`,
  })
}

/** Artifact renderer: `report.html`. */
export function reportHtmlArtifact(
  report: PortfolioReport,
  options: ReportHtmlOptions = {},
): Artifact[] {
  return [{ path: REPORT_HTML_FILE, content: renderReportHtml(report, options) }]
}
