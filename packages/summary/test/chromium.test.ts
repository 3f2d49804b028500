/**
 * The HTML artifacts in a real browser: the system's Chromium (Debian's
 * `chromium`; `.ci/run` installs it when absent), driven by playwright-core.
 * Skipped, saying why, when no Chromium is found. Tests run in order in one
 * file: report.html in one browser launch, then `renderPdf`, which launches
 * its own browser per call as the CLI does.
 *
 * The screenshot of report.html is saved as a test artifact under
 * `.vitest/` (not committed; the package's `screenshot` script makes the README's).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { check, type PortfolioReport, type ReportDocument } from '@techfolio/engine'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countSummaryWords, renderExecutiveSummary } from '../src/html/executive-summary.js'
import { renderReportHtml } from '../src/html/report-html.js'
import { CHROMIUM_ARGS, countPdfPages, findChromium, renderPdf } from '../src/pdf.js'
import { reportFixture } from './fixtures.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const artifacts = fileURLToPath(new URL('../.vitest/', import.meta.url))
const executable = process.env.TECHFOLIO_CHROMIUM ?? findChromium()
const where = executable
  ? `in headless Chromium (${executable})`
  : 'in headless Chromium: SKIPPED, no chromium, chromium-browser or google-chrome on PATH (apt-get install chromium, or set TECHFOLIO_CHROMIUM)'

/** A stranger's summary of twice the one-page budget: a games studio's engineering director. */
function longSummary(): string {
  const projects = [
    'Rebuilt the matchmaking service in Go; queue time for ranked players 94s → 21s',
    'Moved build farm to spot instances; nightly console builds 6.5 hours → 2 hours at a third of the cost',
    'Led the crash-reporting overhaul with the QA and platform teams; crash-free sessions 97.1% → 99.6%',
    'Designed the live-ops event pipeline that ships seasonal content without a client patch',
    'Introduced load tests before every launch; the last two launches had no login outage',
    'Grew two senior engineers into leads of the rendering and online teams',
  ]
  const paragraphs = Array.from({ length: 9 }, (_, round) =>
    [
      `### Season ${round + 1}`,
      '',
      ...projects.map(
        (project) =>
          `- ${project}, working with producers, art and community managers across three studios in two time zones`,
      ),
    ].join('\n'),
  )
  return `---
kind: executive-summary
title: Tomás Okafor, Director of Engineering
---

Director of engineering at a multiplayer games studio: four teams, 38 engineers, one live game with 3M monthly players.

## Highlights by season

${paragraphs.join('\n\n')}
`
}

function sampleReportDocument(report: PortfolioReport): ReportDocument {
  return report.documents.find(
    (document) => document.kind === 'executive-summary',
  ) as ReportDocument
}

describe.skipIf(executable === undefined)(where, () => {
  let browser: Browser
  let report: PortfolioReport
  let folder: string

  beforeAll(async () => {
    report = await check({ cwd: root, paths: ['portfolio'], cache: false, workers: 0 })
    folder = mkdtempSync(path.join(tmpdir(), 'techfolio-html-'))
    browser = await chromium.launch({
      executablePath: executable,
      args: [...CHROMIUM_ARGS],
      chromiumSandbox: false,
    })
  })

  afterAll(async () => {
    await browser?.close()
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  it('opens report.html with no console error and no request but the page itself; saves a screenshot', async () => {
    const file = path.join(folder, 'report.html')
    writeFileSync(file, renderReportHtml(report))
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => requests.push(request.url()))
    const url = pathToFileURL(file).href
    await page.goto(url, { waitUntil: 'load' })
    expect(errors).toEqual([])
    expect(requests).toEqual([url])
    // Both charts are images with a name, and the heat map has a row per principle.
    await expect(
      page.getByRole('img', { name: 'Document scores, worst first' }).count(),
    ).resolves.toBe(1)
    await expect(
      page.getByRole('img', { name: /^Leadership Principle coverage: 16 principles/ }).count(),
    ).resolves.toBe(1)
    const bars = await page.locator('svg[aria-labelledby="scores-title scores-desc"] > g').count()
    expect(bars).toBe(report.documents.length)
    mkdirSync(artifacts, { recursive: true })
    const screenshot = path.join(artifacts, 'report.png')
    await page.screenshot({ path: screenshot, fullPage: true })
    await page.close()
  })

  it('shows a hostile title as text: no script element runs, no dialog opens', async () => {
    const hostile =
      'Ledger <script>alert(1)</script> <img src=x onerror=alert(2)> | <!-- x --> @team'
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const hostileReport = reportFixture({
      documents: [{ path: 'ledger.md', kind: 'system', title: hostile, score: 20 }],
      checklist: [{ id: 'x', label: hostile, done: false }],
    })
    await page.setContent(renderReportHtml(hostileReport), { waitUntil: 'load' })
    expect(await page.locator('script, img').count()).toBe(0)
    expect(dialogs).toEqual([])
    const text = await page.locator('body').innerText()
    expect(text).toContain(hostile)
    await page.close()
  })

  it('prints the sample executive summary on exactly one page, A4 and Letter', async () => {
    const markdown = (await import('node:fs')).readFileSync(
      path.join(root, 'portfolio/executive-summary.md'),
      'utf8',
    )
    const document = sampleReportDocument(report)
    for (const paper of ['a4', 'letter'] as const) {
      const html = renderExecutiveSummary(report, document, markdown, { paper })
      const result = await renderPdf(html, { chromium: executable, paper })
      expect(result.notice).toBeUndefined()
      expect(result.overflow).toBeUndefined()
      const pdf = result.pdf as Uint8Array
      expect(countPdfPages(pdf)).toBe(1)
      const text = Buffer.from(pdf).toString('latin1')
      // A4 is 595 × 842 points, Letter 612 × 792.
      expect(text).toMatch(
        paper === 'a4'
          ? /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/
          : /\/MediaBox \[0 0 612 792\]/,
      )
    }
  })

  it("prints a stranger's bulleted summary just under the budget on one page", async () => {
    const markdown = longSummary().split('### Season 3')[0] as string
    const words = countSummaryWords(markdown)
    expect(words).toBeGreaterThan(350)
    expect(words).toBeLessThanOrEqual(450)
    const stranger = reportFixture({
      documents: [
        { path: 'summary.md', kind: 'executive-summary', title: 'Tomás Okafor', score: 60 },
      ],
    })
    const html = renderExecutiveSummary(stranger, stranger.documents[0] as ReportDocument, markdown)
    const result = await renderPdf(html, { chromium: executable })
    expect(result.notice).toBeUndefined()
    expect(countPdfPages(result.pdf as Uint8Array)).toBe(1)
  })

  it('reports a summary of twice the word budget as overflowing, with its words, and keeps one page', async () => {
    const markdown = longSummary()
    const words = countSummaryWords(markdown)
    expect(words).toBeGreaterThanOrEqual(900)
    const stranger = reportFixture({
      documents: [
        { path: 'summary.md', kind: 'executive-summary', title: 'Tomás Okafor', score: 60 },
      ],
    })
    const html = renderExecutiveSummary(stranger, stranger.documents[0] as ReportDocument, markdown)
    const result = await renderPdf(html, { chromium: executable })
    expect(result.overflow).toMatchObject({ words, budget: 450 })
    expect(result.overflow?.pages).toBeGreaterThanOrEqual(2)
    expect(result.notice).toContain(`${words} words against a budget of 450`)
    expect(result.notice).toContain('portfolio-summary-length')
    expect(result.notice?.split('\n')).toHaveLength(1)
    expect(countPdfPages(result.pdf as Uint8Array)).toBe(1)
  })
})
