/**
 * The pull-request comment: one Markdown body from a base and a head report,
 * the same for the Action, the job summary and `techfolio diff`. Everything
 * that comes from the pull request (titles, paths, headings, messages) is
 * data: escaped so it can neither ping anyone, inject HTML, break a table,
 * nor forge the hidden marker the Action finds its comment by.
 */
import type { Finding, PortfolioReport, ReportDocument } from '@techfolio/engine'
import type { RenderOptions } from './contract.js'
import { escapeHtml } from './escape.js'

/** Bumped when the comment's layout changes so that an older Action must not edit it. */
export const COMMENT_MARKER_VERSION = 1

/** GitHub refuses comment bodies longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536

/** Default budget, kept under GitHub's limit with room for the marker and footer. */
const DEFAULT_MAX_LENGTH = 65_000

/** Longest text taken from the pull request into one place of the comment. */
const MAX_TEXT = 300
const MAX_ROWS = 100
const MAX_FINDINGS_PER_DOCUMENT = 30

export interface CommentOptions extends RenderOptions {
  /** The commit analysed; recorded in the hidden marker (hex, else `unknown`). */
  headSha?: string
  /** What the base is, for the headline, e.g. `main` or `origin/main`; escaped. */
  baseLabel?: string
  /**
   * Paths the pull request changed, relative like the reports' paths. A
   * document counts as changed when listed here (or new, or removed); when
   * undefined, when its score, findings or title differ between the reports.
   */
  changedPaths?: readonly string[]
  /** The body's length limit in characters; default 65,000 (GitHub's limit is 65,536). */
  maxLength?: number
}

export interface CommentMarker {
  version: number
  /** The head commit the comment was rendered for, or `unknown`. */
  head: string
}

/** Control characters and line breaks: they would end a table row or a list item. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

const SHA = /^[0-9a-f]{7,64}$/
const MARKER = /^<!-- techfolio-comment:v(\d{1,4}) head=([0-9a-f]{7,64}|unknown) -->/

/** `<!-- techfolio-comment:v1 head=<sha> -->`, the first line of every comment body. */
export function commentMarker(headSha: string | undefined): string {
  const head =
    headSha !== undefined && SHA.test(headSha.toLowerCase()) ? headSha.toLowerCase() : 'unknown'
  return `<!-- techfolio-comment:v${COMMENT_MARKER_VERSION} head=${head} -->`
}

/**
 * The marker at the start of a comment body, or undefined. Only the start
 * counts: escaped pull-request text can never produce `<!--`, so a marker
 * quoted further down someone's comment is not one.
 */
export function parseCommentMarker(body: string): CommentMarker | undefined {
  const match = MARKER.exec(body.replace(/^\uFEFF/, ''))
  if (!match) return undefined
  return { version: Number(match[1]), head: match[2] as string }
}

/**
 * Text from the pull request, safe inline in Markdown and in a table cell:
 * one line, at most `max` characters, HTML as entities (no `<script>`, no
 * `<!--`, no `<details>`), Markdown punctuation backslash-escaped (so `|`
 * cannot end a cell and backticks cannot open code), and `@name` or `#12`
 * broken with a zero-width space so nobody is pinged and nothing is linked.
 */
export function escapeMarkdown(text: string, max = MAX_TEXT): string {
  return oneLineText(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~=:"'$]/g, (char) => `\\${char}`)
}

/** Text from the pull request on one line, at most `max` characters, mentions broken. */
function oneLineText(text: string, max: number): string {
  const characters = [...text.replace(CONTROL, ' ')]
  const clean =
    characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('')
  return breakMentions(clean)
}

/** `@name` and `#12` with a zero-width space after the sign: no ping, no cross-reference. */
function breakMentions(text: string): string {
  return text.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200b')
}

/**
 * Text from the pull request inside an HTML block (a `<summary>`), where
 * Markdown is not parsed: entities only, mentions broken the same way.
 */
export function escapeHtmlText(text: string, max = MAX_TEXT): string {
  return escapeHtml(oneLineText(text, max))
}

type Change = 'new' | 'removed' | 'changed'

interface ChangedDocument {
  path: string
  change: Change
  head: ReportDocument | undefined
  base: ReportDocument | undefined
}

function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`
}

function signed(delta: number): string {
  if (delta > 0) return `▲ +${delta}`
  if (delta < 0) return `▼ −${-delta}`
  return '±0'
}

function findingsOf(report: PortfolioReport, path: string): Finding[] {
  return report.files.find((file) => file.path === path)?.messages ?? []
}

/** Documents new, removed or changed between the reports, worst first. */
export function changedDocuments(
  base: PortfolioReport | undefined,
  head: PortfolioReport,
  changedPaths?: readonly string[],
): ChangedDocument[] {
  const baseByPath = new Map((base?.documents ?? []).map((document) => [document.path, document]))
  const headByPath = new Map(head.documents.map((document) => [document.path, document]))
  const listed = changedPaths ? new Set(changedPaths) : undefined
  const changed: ChangedDocument[] = []
  for (const document of head.documents) {
    const before = baseByPath.get(document.path)
    if (!before) {
      // Without a base every document is new only when one was given; else nothing compares.
      if (base)
        changed.push({ path: document.path, change: 'new', head: document, base: undefined })
      continue
    }
    const differs = listed
      ? listed.has(document.path)
      : before.score !== document.score ||
        before.title !== document.title ||
        before.errorCount !== document.errorCount ||
        before.warningCount !== document.warningCount ||
        JSON.stringify(findingsOf(base as PortfolioReport, document.path)) !==
          JSON.stringify(findingsOf(head, document.path))
    if (differs)
      changed.push({ path: document.path, change: 'changed', head: document, base: before })
  }
  for (const document of base?.documents ?? []) {
    if (!headByPath.has(document.path)) {
      changed.push({ path: document.path, change: 'removed', head: undefined, base: document })
    }
  }
  const scoreOf = (entry: ChangedDocument) => entry.head?.score ?? 0
  const errorsOf = (entry: ChangedDocument) => entry.head?.errorCount ?? 0
  return changed.sort(
    (a, b) =>
      scoreOf(a) - scoreOf(b) ||
      errorsOf(b) - errorsOf(a) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
}

function documentName(entry: ChangedDocument): string {
  const title = entry.head?.title ?? entry.base?.title
  const path = escapeMarkdown(entry.path)
  return title ? `${escapeMarkdown(title, 120)}<br><sub>${path}</sub>` : path
}

function changeCell(entry: ChangedDocument): string {
  if (entry.change === 'new') return '🆕 new'
  if (entry.change === 'removed') return `🗑️ removed (was ${entry.base?.score ?? 0})`
  return signed((entry.head?.score ?? 0) - (entry.base?.score ?? 0))
}

/** Appends items while they fit the budget; returns how many did not fit. */
function fit(items: readonly string[], budget: number, out: string[]): number {
  let used = 0
  for (const [index, item] of items.entries()) {
    if (used + item.length + 1 > budget) return items.length - index
    out.push(item)
    used += item.length + 1
  }
  return 0
}

function more(count: number, what: string): string {
  return `\n_…and ${count} more ${what}._\n`
}

function documentDetails(head: PortfolioReport, entry: ChangedDocument): string {
  const document = entry.head as ReportDocument
  const findings = [...findingsOf(head, entry.path)].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.line - b.line,
  )
  const missing = document.requirements.filter((requirement) => !requirement.met)
  const lines: string[] = [
    `<details><summary>${escapeHtmlText(entry.path)}: ${count(document.errorCount, 'error')}, ${count(document.warningCount, 'warning')}, score ${document.score}</summary>`,
    '',
  ]
  if (missing.length > 0) {
    lines.push(
      `Missing: ${missing.map((requirement) => escapeMarkdown(requirement.name, 80)).join(', ')}`,
      '',
    )
  }
  for (const finding of findings.slice(0, MAX_FINDINGS_PER_DOCUMENT)) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️'
    const rule = escapeMarkdown(finding.ruleId, 80)
    const link =
      finding.url && /^https:\/\/[^\s()<>]+$/.test(finding.url) ? `[${rule}](${finding.url})` : rule
    lines.push(`- ${icon} line ${finding.line}: ${escapeMarkdown(finding.message, 500)} (${link})`)
  }
  if (findings.length > MAX_FINDINGS_PER_DOCUMENT) {
    lines.push(`- _…and ${findings.length - MAX_FINDINGS_PER_DOCUMENT} more findings._`)
  }
  lines.push('', '</details>', '')
  return lines.join('\n')
}

function principlesSection(base: PortfolioReport | undefined, head: PortfolioReport): string {
  const baseByName = new Map(
    (base?.principles ?? []).map((principle) => [principle.name, principle]),
  )
  const targeted = head.principles.filter((principle) => principle.targeted)
  if (targeted.length === 0) return ''
  const metCount = targeted.filter((principle) => principle.met).length
  const rows = [...targeted]
    .sort((a, b) => Number(a.met) - Number(b.met) || a.stories.length - b.stories.length)
    .map((principle) => {
      const before = baseByName.get(principle.name)
      const delta = before ? principle.stories.length - before.stories.length : 0
      return `| ${escapeMarkdown(principle.name, 80)} | ${principle.stories.length} / ${principle.required}${delta !== 0 ? ` (${delta > 0 ? '+' : '−'}${Math.abs(delta)})` : ''} | ${principle.met ? '✅' : '❌ gap'} |`
    })
  return [
    `<details><summary>Leadership Principle coverage: ${metCount} of ${targeted.length} covered</summary>`,
    '',
    '| Principle | Stories / required | |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n')
}

function checklistSection(base: PortfolioReport | undefined, head: PortfolioReport): string {
  if (head.checklist.length === 0) return ''
  const wasDone = new Set(
    (base?.checklist ?? []).filter((item) => item.done).map((item) => item.id),
  )
  const items = [...head.checklist]
    .sort((a, b) => Number(a.done) - Number(b.done))
    .map((item) => {
      const now = item.done && base && !wasDone.has(item.id) ? ' _(new)_' : ''
      const lost = !item.done && wasDone.has(item.id) ? ' _(was done)_' : ''
      return `- [${item.done ? 'x' : ' '}] ${escapeMarkdown(item.label, 200)}${now}${lost}`
    })
  const before = base ? ` (base: ${base.checklistDone})` : ''
  return [
    `<details><summary>Checklist: ${head.checklistDone} of ${head.checklist.length} done${before}</summary>`,
    '',
    ...items,
    '',
    '</details>',
    '',
  ].join('\n')
}

function portfolioFindingsSection(head: PortfolioReport): string {
  if (head.portfolioFindings.length === 0) return ''
  const shown = head.portfolioFindings.slice(0, MAX_FINDINGS_PER_DOCUMENT)
  return [
    `<details><summary>Portfolio-wide findings: ${head.portfolioFindings.length}</summary>`,
    '',
    ...shown.map(
      (finding) =>
        `- ${finding.severity === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(finding.message, 500)} (${escapeMarkdown(finding.ruleId, 80)})`,
    ),
    ...(head.portfolioFindings.length > shown.length
      ? [`- _…and ${head.portfolioFindings.length - shown.length} more._`]
      : []),
    '',
    '</details>',
    '',
  ].join('\n')
}

/**
 * The comment body: score and change, changed documents worst first, their
 * findings, principle coverage and the checklist; long parts folded in
 * `<details>`, everything within `maxLength`, the rest counted.
 */
export function renderComment(
  base: PortfolioReport | undefined,
  head: PortfolioReport,
  options: CommentOptions = {},
): string {
  const maxLength = Math.min(options.maxLength ?? DEFAULT_MAX_LENGTH, GITHUB_COMMENT_LIMIT)
  const marker = commentMarker(options.headSha)
  const baseLabel = options.baseLabel ? ` ${escapeMarkdown(options.baseLabel, 100)}` : ''
  const headline = base
    ? `### Techfolio: portfolio score **${head.score}** (${signed(head.score - base.score)} from ${base.score} on the base${baseLabel})`
    : `### Techfolio: portfolio score **${head.score}**`
  const verdict = head.verdict.passed
    ? ''
    : head.verdict.reasons.map((reason) => `> ${escapeMarkdown(reason.message, 300)}`).join('\n')
  const summaryLine = `${count(head.documents.length, 'document')}, ${count(head.errorCount, 'error')}, ${count(head.warningCount, 'warning')}; completeness ${head.scoreParts.completeness}, quality ${head.scoreParts.quality}.`
  const sha =
    options.headSha && SHA.test(options.headSha.toLowerCase())
      ? options.headSha.slice(0, 7)
      : undefined
  const footer = `<sub>techfolio ${escapeMarkdown(options.version ?? head.tool.version, 40)}${sha ? ` · head ${sha}` : ''} · preview locally with \`techfolio diff --base <ref>\`</sub>`

  const changed = changedDocuments(base, head, options.changedPaths)
  const principles = principlesSection(base, head)
  const checklist = checklistSection(base, head)
  const portfolioWide = portfolioFindingsSection(head)

  const fixed = [
    marker,
    headline,
    verdict,
    summaryLine,
    principles,
    checklist,
    portfolioWide,
    footer,
  ]
  let budget = maxLength - fixed.reduce((sum, part) => sum + part.length + 2, 0) - 400

  const table: string[] = []
  if (changed.length > 0) {
    const header = [
      '',
      '| Document | Kind | Score | Change | Errors | Warnings |',
      '| --- | --- | --: | --- | --: | --: |',
    ]
    const rows = changed.slice(0, MAX_ROWS).map((entry) => {
      const document = entry.head ?? (entry.base as ReportDocument)
      const score = entry.head ? String(entry.head.score) : '—'
      return `| ${documentName(entry)} | ${escapeMarkdown(document.kind ?? 'no kind', 40)} | ${score} | ${changeCell(entry)} | ${entry.head?.errorCount ?? '—'} | ${entry.head?.warningCount ?? '—'} |`
    })
    table.push(`**Changed documents: ${changed.length}**`, ...header)
    const rowsBudget = Math.max(0, Math.floor(budget * 0.4))
    const left = fit(rows, rowsBudget, table) + Math.max(0, changed.length - MAX_ROWS)
    if (left > 0) table.push(more(left, 'changed documents'))
    table.push('')
  } else {
    table.push(base ? '_No portfolio document changed._\n' : '')
  }
  budget -= table.join('\n').length

  const findingsParts: string[] = []
  const withFindings = changed
    .filter(
      (entry) =>
        entry.head &&
        (entry.head.errorCount > 0 ||
          entry.head.warningCount > 0 ||
          entry.head.requirements.some((r) => !r.met)),
    )
    .sort(
      (a, b) =>
        (b.head?.errorCount ?? 0) - (a.head?.errorCount ?? 0) ||
        (b.head?.warningCount ?? 0) - (a.head?.warningCount ?? 0) ||
        (a.head?.score ?? 0) - (b.head?.score ?? 0),
    )
  if (withFindings.length > 0) {
    findingsParts.push('**Findings on changed documents**', '')
    const left = fit(
      withFindings.map((entry) => documentDetails(head, entry)),
      Math.max(0, budget),
      findingsParts,
    )
    if (left > 0)
      findingsParts.push(
        more(left, 'documents with findings (run `techfolio diff` to see them all)'),
      )
  }

  const body = [
    marker,
    headline,
    '',
    ...(verdict ? [verdict, ''] : []),
    summaryLine,
    '',
    ...table,
    ...findingsParts,
    principles,
    checklist,
    portfolioWide,
    footer,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
  // The budget above keeps far under the limit; this only guards a miscount.
  return body.length <= maxLength
    ? body
    : `${body.slice(0, maxLength - 80)}\n\n_…comment cut at ${maxLength} characters._\n`
}
