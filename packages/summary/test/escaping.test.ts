/**
 * Titles are anyone's text. In every Markdown artifact a title holding
 * `<script>`, `|`, `<!--` or an `@mention` must render as that text: no HTML
 * node, no extra table cell, no hidden rest of the page, no mention.
 */
import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { renderDeepDive } from '../src/artifacts/deep-dive.js'
import { renderLevel } from '../src/artifacts/level.js'
import { renderMetrics } from '../src/artifacts/metrics.js'
import { renderStoryBank } from '../src/artifacts/story-bank.js'
import { mdCell, mdCode, mdText } from '../src/markdown.js'
import { reportFixture } from './fixtures.js'

const HOSTILE = [
  '<script>alert(1)</script> Payments',
  'Latency | cost | risk',
  'Search <!-- the rest is hidden',
  'Thanks @octocat and @github/security',
  '# not a heading',
  '[click](https://example.com) **bold** `code` \\ back',
]

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

/** The text of a node as a reader sees it. */
function text(node: Root | RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(text).join('')
  return ''
}

function hostileReport(title: string) {
  return reportFixture({
    level: 'L7',
    documents: [
      {
        path: 'portfolio/systems/payments.md',
        kind: 'system',
        title,
        score: 80,
        principles: ['Dive Deep'],
        tooManyPrinciples: true,
        changes: [
          {
            text: `2s → 150ms`,
            before: title,
            after: '150ms',
            comparable: true,
            direction: 'decrease',
            percent: -92.5,
            ratio: 13.3,
            computed: '92.5% reduction (13.3x)',
            stated: title,
            statedAgrees: false,
            form: 'arrow',
            line: 3,
            column: 1,
          },
        ],
        baselineGaps: [{ text: title, line: 4, column: 1 }],
        requirements: [{ name: title, met: false, severity: 'error', line: 5 }],
      },
    ],
    principles: [
      {
        name: 'Dive Deep',
        documents: ['portfolio/systems/payments.md'],
        stories: ['portfolio/systems/payments.md'],
        required: 2,
        met: false,
        targeted: true,
      },
    ],
    levelSignals: [
      {
        id: 'multi-team',
        label: 'Work across several teams',
        level: 'L7',
        expected: true,
        evidence: [{ path: 'portfolio/systems/payments.md', line: 9, column: 1, text: title }],
      },
    ],
  })
}

const RENDERERS = {
  'metrics.md': renderMetrics,
  'story-bank.md': renderStoryBank,
  'deep-dive.md': renderDeepDive,
  'level.md': renderLevel,
}

describe('hostile titles render as text', () => {
  for (const title of HOSTILE) {
    for (const [file, render] of Object.entries(RENDERERS)) {
      it(`${file}: ${title}`, () => {
        const markdown = render(hostileReport(title))
        const tree = parse(markdown)
        const kinds = new Set<string>()
        visit(tree, (node) => {
          kinds.add(node.type)
        })
        expect(kinds.has('html')).toBe(false)
        // Only GFM's links of a bare URL, which show the URL itself: never `[text](url)`.
        visit(tree, 'link', (link) => {
          expect(text(link)).toBe(link.url)
        })
        // Every table row has as many cells as its header.
        visit(tree, 'table', (table) => {
          const width = table.children[0]?.children.length
          for (const row of table.children) expect(row.children).toHaveLength(width ?? 0)
        })
        // The title is there, character for character, where a reader sees text.
        expect(text(tree)).toContain(title)
        // No mention: GitHub links @name only where the Markdown has a literal `@`.
        expect(markdown).not.toMatch(/@\w/)
      })
    }
  }
})

describe('mdText, mdCell and mdCode', () => {
  it('leave ordinary words, figures and punctuation alone', () => {
    expect(mdText('Cut p99 from 3.4s to 310ms (91% faster), 2-3 teams.')).toBe(
      'Cut p99 from 3.4s to 310ms (91% faster), 2-3 teams.',
    )
    expect(mdCell('1.6B pings/day')).toBe('1.6B pings/day')
  })

  it('escape what would become structure', () => {
    expect(mdCell('a | b')).toBe('a \\| b')
    expect(mdText('<!-- x')).toBe('&lt;!-- x')
    expect(mdText('@octocat')).toBe('&#64;octocat')
    expect(mdText('line one\nline two')).toBe('line one line two')
    expect(mdText('- item')).toBe('\\- item')
    expect(mdText('1. first')).toBe('1\\. first')
  })

  it('puts a path with backticks in a longer code span', () => {
    expect(mdCode('a`b.md')).toBe('``a`b.md``')
    expect(text(parse(mdCode('a`b.md')))).toBe('a`b.md')
  })
})
