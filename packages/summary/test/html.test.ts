/**
 * executive-summary.html and report.html without a browser: golden files of
 * the sample portfolio, hostile text rendered as text, no way to fetch
 * anything, and the facts (word count, paper, worst first) the page carries.
 * test/chromium.test.ts opens them in a real browser.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { check, type PortfolioReport, type ReportDocument } from '@techfolio/engine'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../src/escape.js'
import {
  countSummaryWords,
  EXECUTIVE_SUMMARY_FILE,
  executiveSummaryArtifact,
  renderExecutiveSummary,
  WORD_BUDGET_META,
  WORDS_META,
} from '../src/html/executive-summary.js'
import { REPORT_HTML_FILE, renderReportHtml, reportHtmlArtifact } from '../src/html/report-html.js'
import { countPdfPages, findChromium, renderPdf } from '../src/pdf.js'
import { ARTIFACT_RENDERERS } from '../src/registry.js'
import { reportFixture } from './fixtures.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const SUMMARY_PATH = 'portfolio/executive-summary.md'
const GOLDEN = { date: '2026-01-01', version: '0.0.0-golden' }

/** Any way a page could reach the network: external URLs in attributes or CSS, scripts, frames. */
const FETCHING =
  /<script|<iframe|<object|<embed|<link\b|@import|url\(|\bsrc\s*=|(?:href|xlink:href)\s*=\s*"(?!https?:|mailto:)[a-z]+:/i

let sample: PortfolioReport
let sampleMarkdown: string

beforeAll(async () => {
  sample = await check({ cwd: root, paths: ['portfolio'], cache: false, workers: 0 })
  sampleMarkdown = readFileSync(new URL(`../../../${SUMMARY_PATH}`, import.meta.url), 'utf8')
})

describe('the sample portfolio', () => {
  it('renders executive-summary.html as its golden file', async () => {
    const [artifact] = executiveSummaryArtifact(sample, {
      ...GOLDEN,
      sources: { [SUMMARY_PATH]: sampleMarkdown },
    })
    expect(artifact?.path).toBe(EXECUTIVE_SUMMARY_FILE)
    const html = String(artifact?.content)
    expect(html).toContain('<h1>Maya Lindqvist: Engineering Leadership Summary</h1>')
    expect(html).toContain('ping-to-map latency 95s → 6s')
    await expect(html).toMatchFileSnapshot('golden/executive-summary.html')
  })

  it('renders report.html as its golden file', async () => {
    const [artifact] = reportHtmlArtifact(sample, GOLDEN)
    expect(artifact?.path).toBe(REPORT_HTML_FILE)
    const html = String(artifact?.content)
    expect(html).toContain('<div class="big">100<small>/100</small></div>')
    await expect(html).toMatchFileSnapshot('golden/report.html')
  })

  it('fetches nothing: inline CSS and SVG only, and a policy that forbids any request', () => {
    const pages = [
      renderExecutiveSummary(
        sample,
        sample.documents.find((d) => d.kind === 'executive-summary') as ReportDocument,
        sampleMarkdown,
      ),
      renderReportHtml(sample),
    ]
    for (const html of pages) {
      expect(html).not.toMatch(FETCHING)
      expect(html).toContain(`content="default-src 'none';`)
      // The only URL in an SVG is its namespace, which is a name, not a request.
      expect(html.match(/https?:\/\/[^\s"<]+/g) ?? []).toEqual(
        (html.match(/https?:\/\/[^\s"<]+/g) ?? []).filter(
          (url) => url === 'http://www.w3.org/2000/svg',
        ),
      )
    }
  })

  it('counts the summary as portfolio-summary-length does, and writes count and budget in the page', () => {
    const words = countSummaryWords(sampleMarkdown)
    expect(words).toBeGreaterThan(250)
    expect(words).toBeLessThan(450)
    const html = String(
      executiveSummaryArtifact(sample, { sources: { [SUMMARY_PATH]: sampleMarkdown } })[0]?.content,
    )
    expect(html).toContain(`<meta name="${WORDS_META}" content="${words}">`)
    expect(html).toContain(`<meta name="${WORD_BUDGET_META}" content="450">`)
  })

  it('registers both renderers as artifacts of techfolio summary', () => {
    expect(ARTIFACT_RENDERERS['executive-summary-html']).toBe(executiveSummaryArtifact)
    expect(ARTIFACT_RENDERERS['report-html']).toBe(reportHtmlArtifact)
  })
})

describe('executive-summary.html', () => {
  const markdown = `---
kind: executive-summary
title: Priya Raman, Principal Engineer
---

Principal engineer at a regional hospital network; I run the clinical data platform.

## What I have built

1. Lab results pipeline: turnaround 40 min → 4 min
2. Bed-capacity forecasting used by 12 hospitals
`
  const document = {
    path: 'docs/summary.md',
    kind: 'executive-summary' as const,
    title: 'Priya Raman, Principal Engineer',
    score: 90,
  }

  it('takes a document without a top heading: the title heads the page', () => {
    const report = reportFixture({ documents: [document] })
    const html = renderExecutiveSummary(
      report,
      report.documents[0] as ReportDocument,
      markdown,
      GOLDEN,
    )
    expect(html).toContain('<h1>Priya Raman, Principal Engineer</h1>')
    expect(html).toContain('<h2>What I have built</h2>')
    expect(html).toContain('<ol>\n<li>Lab results pipeline: turnaround 40 min → 4 min</li>')
    expect(html).not.toContain('kind: executive-summary')
  })

  it('prints on A4 by default and on Letter when asked', () => {
    const report = reportFixture({ documents: [document] })
    const doc = report.documents[0] as ReportDocument
    expect(renderExecutiveSummary(report, doc, markdown)).toContain('@page { size: A4;')
    expect(renderExecutiveSummary(report, doc, markdown, { paper: 'letter' })).toContain(
      '@page { size: letter;',
    )
    expect(renderReportHtml(report, { paper: 'letter' })).toContain('@page { size: letter;')
  })

  it('without the document text, lists each story with its largest before → after change', () => {
    const report = reportFixture({
      documents: [
        document,
        {
          path: 'docs/lab.md',
          kind: 'case-study',
          title: 'Lab results pipeline',
          score: 80,
          changes: [
            { text: '40 min → 30 min', percent: -25, computed: '25% reduction' },
            { text: '40 min → 4 min', percent: -90, computed: '90% reduction (10x)' },
          ].map((change) => ({
            ...change,
            before: '',
            after: '',
            comparable: true,
            direction: 'decrease' as const,
            ratio: undefined,
            stated: undefined,
            statedAgrees: undefined,
            form: 'arrow' as const,
            line: 1,
            column: 1,
          })),
        },
      ],
    })
    const [artifact] = executiveSummaryArtifact(report, {})
    expect(String(artifact?.content)).toContain(
      '<li><strong>Lab results pipeline</strong>: 40 min → 4 min (90% reduction (10x))</li>',
    )
  })

  it('is not written when the portfolio has no executive summary', () => {
    const report = reportFixture({
      documents: [{ path: 'a.md', kind: 'system', title: 'A', score: 50 }],
    })
    expect(executiveSummaryArtifact(report, {})).toEqual([])
  })
})

describe('report.html', () => {
  const report = reportFixture({
    score: 42,
    scoreParts: { completeness: 60, quality: 70, score: 42 },
    verdict: {
      passed: false,
      reasons: [
        { id: 'fail-under', score: 42, failUnder: 70, message: 'portfolio score 42 is under 70' },
      ],
    },
    failUnder: 70,
    documents: [
      { path: 'work/strong.md', kind: 'system', title: 'Telemetry ingestion', score: 95 },
      {
        path: 'work/weak.md',
        kind: 'decision-record',
        title: 'Moving billing to Postgres',
        score: 30,
        principles: ['Frugality'],
        requirements: [
          { name: 'Decision Makers', met: false, severity: 'warning', detail: 'weakly stated' },
          { name: 'Context', met: true },
          {
            name: 'Options Considered',
            met: false,
            severity: 'error',
            detail: 'one option; expected two',
            line: 9,
          },
        ],
      },
      { path: 'work/middle.md', kind: 'case-study', title: 'Checkout latency', score: 60 },
    ],
    principles: [
      {
        name: 'Frugality',
        documents: ['work/weak.md'],
        stories: ['work/weak.md'],
        required: 2,
        met: false,
        targeted: true,
      },
      { name: 'Dive Deep', documents: [], stories: [], required: 2, met: false, targeted: false },
    ],
    checklist: [
      { id: 'a', label: 'Decision records with rationale', done: true },
      { id: 'b', label: 'Post-mortem reports', done: false },
    ],
  })
  const html = renderReportHtml(report, GOLDEN)

  it('shows the score with its factors and why the verdict failed', () => {
    expect(html).toContain('Completeness <strong>60%</strong> × quality <strong>70%</strong> = 42')
    expect(html).toContain('<p class="verdict-failed">Failed (fails under 70)</p>')
    expect(html).toContain('<li>portfolio score 42 is under 70</li>')
  })

  it('puts the worst document first in the chart, the next steps and the missing requirements', () => {
    const chart = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
    const order = ['Moving billing to Postgres', 'Checkout latency', 'Telemetry ingestion'].map(
      (title) => chart.indexOf(`>${title}</text>`),
    )
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const next = html.slice(
      html.indexOf('id="next-heading"'),
      html.indexOf('id="documents-heading"'),
    )
    expect(next.indexOf('Moving billing to Postgres')).toBeLessThan(
      next.indexOf('Checkout latency'),
    )
    expect(next).toContain('Leadership Principle <strong>Frugality</strong>: 1 of 2 stories')
    expect(next).toContain('Checklist: Post-mortem reports')
    expect(next).not.toContain('Dive Deep')
    const missing = html.slice(html.indexOf('id="missing-heading"'))
    // Errors before warnings; a met requirement is not listed.
    expect(missing.indexOf('Options Considered')).toBeLessThan(missing.indexOf('Decision Makers'))
    expect(missing).toContain('(line 9)</span>: one option; expected two')
    expect(missing).not.toContain('Context')
  })

  it('says what each mark means in text, not only in colour', () => {
    expect(html).toContain(
      '<title>Moving billing to Postgres (work/weak.md): 30 of 100, weak</title>',
    )
    expect(html).toContain('>30</text>')
    expect(html).toContain('1/2 gap</text>')
    expect(html).toContain('0/2 not targeted</text>')
    expect(html).toContain('<title>Frugality: Moving billing to Postgres claims it</title>')
    expect(html).toContain('<span class="mark">✗ to do</span> Post-mortem reports')
    expect(html).toContain('<span class="mark">✓ done</span> Decision records with rationale')
    expect(html.match(/<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+"/g)).toHaveLength(2)
  })

  it('with nothing outstanding, says so instead of listing', () => {
    const done = reportFixture({
      documents: [{ path: 'a.md', kind: 'system', title: 'A', score: 100 }],
    })
    const page = renderReportHtml(done)
    expect(page).toContain('Nothing outstanding')
    expect(page).toContain('Every document meets every requirement of its kind.')
  })
})

describe('hostile text', () => {
  const HOSTILE =
    'Pipeline <script>alert(1)</script> | <!-- hidden --> @mention "quoted" & `ticked`'

  function assertText(html: string): void {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toContain('<!--')
    expect(html).not.toContain('-->')
    // Each piece of the title shows as its own text.
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).toContain(' | ')
    expect(html).toContain('&#60;!-- hidden --&#62;')
    expect(html).toContain('@mention')
  }

  it('renders as text everywhere report.html shows a title, a path, a detail or a label', () => {
    const report = reportFixture({
      portfolioPath: HOSTILE,
      documents: [
        {
          path: `docs/${HOSTILE}.md`,
          kind: 'system',
          title: HOSTILE,
          score: 10,
          principles: ['Ownership'],
          requirements: [{ name: 'Scale', met: false, severity: 'error', detail: HOSTILE }],
          checks: [
            {
              id: 'portfolio-trade-offs',
              passed: false,
              severity: 'warning',
              weight: 1,
              message: HOSTILE,
              detail: HOSTILE,
            },
          ],
        },
      ],
      principles: [
        {
          name: 'Ownership',
          documents: [`docs/${HOSTILE}.md`],
          stories: [`docs/${HOSTILE}.md`],
          required: 2,
          met: false,
          targeted: true,
        },
      ],
      checklist: [{ id: 'x', label: HOSTILE, done: false }],
    })
    const html = renderReportHtml(report)
    assertText(html)
    expect(html.split(escapeHtml(HOSTILE)).length - 1).toBeGreaterThanOrEqual(8)
  })

  it('renders as text in executive-summary.html, from the title and from the Markdown', () => {
    const report = reportFixture({
      documents: [{ path: 'summary.md', kind: 'executive-summary', title: HOSTILE, score: 50 }],
    })
    const markdown = `# ${HOSTILE}

Intro <img src="https://tracker.example/x.png"> and <!-- a comment -->

<script>fetch('https://evil.example')</script>

- [click](javascript:alert(1)) and ![logo](https://cdn.example/logo.png)
- [our site](https://example.org/about)
`
    const html = String(
      executiveSummaryArtifact(report, { sources: { 'summary.md': markdown } })[0]?.content,
    )
    assertText(html)
    expect(html).toContain('<title>Pipeline &#60;script&#62;')
    expect(html).toContain('&#60;img src=&#34;https://tracker.example/x.png&#34;&#62;')
    expect(html).not.toMatch(/<img|javascript:alert\(1\)"/)
    expect(html).toContain('<span class="link">click</span>')
    expect(html).toContain('<span class="image">[logo]</span>')
    expect(html).toContain('<a href="https://example.org/about">our site</a>')
  })
})

describe('purity', () => {
  it('the HTML renderers import no file system, process or browser: only src/pdf.ts launches one', () => {
    for (const file of ['html.ts', 'executive-summary.ts', 'report-html.ts']) {
      const text = readFileSync(new URL(`../src/html/${file}`, import.meta.url), 'utf8')
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1])
      expect(
        imports.filter((name) => /^(node:|fs$|child_process$|playwright)/.test(name ?? '')),
      ).toEqual([])
    }
    const pdf = readFileSync(new URL('../src/pdf.ts', import.meta.url), 'utf8')
    expect(pdf).toContain("import('playwright-core')")
  })
})

describe('the PDF step without a browser', () => {
  it('finds Chromium only as an executable file on the path it is given', () => {
    const bin = fileURLToPath(new URL('./fixtures-bin/', import.meta.url))
    expect(findChromium('')).toBeUndefined()
    expect(findChromium('/nonexistent/dir')).toBeUndefined()
    expect(findChromium(bin)).toBe(`${bin}chromium-browser`)
  })

  it('says in one line that it skips the PDF when no Chromium is found or the one given is not there', async () => {
    const absent = await renderPdf('<p>x</p>', { searchPath: '/nonexistent/dir' })
    expect(absent.pdf).toBeUndefined()
    expect(absent.notice).toBe(
      'executive-summary.pdf skipped: no Chromium found on PATH (chromium, chromium-browser, google-chrome); install one (Debian: apt-get install chromium) or pass --chromium PATH',
    )
    const given = await renderPdf('<p>x</p>', { chromium: '/nonexistent/chrome' })
    expect(given.pdf).toBeUndefined()
    expect(given.notice).toMatch(
      /^executive-summary\.pdf skipped: --chromium \/nonexistent\/chrome is not an executable file; expected/,
    )
  })

  it('counts PDF pages by their page objects, not the page tree', () => {
    const pdf = (pages: number) =>
      new TextEncoder().encode(
        `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >> endobj\n${Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >> endobj`).join('\n')}`,
      )
    expect(countPdfPages(pdf(1))).toBe(1)
    expect(countPdfPages(pdf(3))).toBe(3)
  })
})
