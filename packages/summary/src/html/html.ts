/**
 * What the HTML artifacts share: escaping, the page shell (inline CSS, a
 * content security policy that forbids every fetch, an `@page` rule), and a
 * Markdown-to-HTML writer. The writer is ours rather than a library's so that
 * nothing a document holds reaches the page as markup: raw HTML in the
 * Markdown is shown as text, images become their alt text (no fetch), and only
 * `http(s)` and `mailto` links stay links.
 */
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { escapeHtml } from '../escape.js'

/** The paper sizes the print CSS and the PDF know. */
export type Paper = 'a4' | 'letter'

export const PAPERS: readonly Paper[] = ['a4', 'letter']

/** CSS `@page` size names of each paper. */
const PAGE_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' }

/** Options of the HTML artifacts (`executive-summary.html`, `report.html`). */
export interface HtmlOptions {
  /** Paper of the print CSS (and the PDF); default `a4`. */
  paper?: Paper
  /** Date in the footer, `YYYY-MM-DD`; default today (UTC). Tests pass a fixed one. */
  date?: string
  /** Version in the footer; default the report's `tool.version`. */
  version?: string
}

/** `YYYY-MM-DD` of today, UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** The paper an option names, `a4` unless it names `letter`. */
export function paperOf(paper: string | undefined): Paper {
  return paper === 'letter' ? 'letter' : 'a4'
}

/**
 * No fetch of any kind: scripts, fonts, images (other than inline `data:`),
 * frames, forms. The page is whole as written.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

export interface PageParts {
  title: string
  paper: Paper
  /** Inline CSS of this page; the `@page` rule is added here. */
  css: string
  /** Margin of the printed page, CSS length. */
  margin: string
  body: string
  /** Extra `<meta name content>` pairs, e.g. the word count the PDF step reads. */
  meta?: Record<string, string>
}

/** A whole, self-contained HTML document. */
export function page(parts: PageParts): string {
  const meta = Object.entries(parts.meta ?? {})
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="techfolio">
${meta ? `${meta}\n` : ''}<title>${escapeHtml(parts.title)}</title>
<style>
@page { size: ${PAGE_SIZE[parts.paper]}; margin: ${parts.margin}; }
${parts.css.trim()}
</style>
</head>
<body>
${parts.body.trim()}
</body>
</html>
`
}

/** The Markdown tree of a document, front matter and GFM (tables, strikethrough) understood. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  })
}

/** A URL kept as a link: absolute web and mail links only (relative ones point into the repository). */
function safeHref(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined
}

function children(node: Nodes, shift: number): string {
  return 'children' in node
    ? (node.children as Nodes[]).map((child) => toHtml(child, shift)).join('')
    : ''
}

/**
 * HTML of a Markdown node. Headings move `shift` levels down (kept within
 * `<h2>`-`<h6>`), so a document's sections sit under the page's own `<h1>`.
 */
export function toHtml(node: Nodes, shift = 1): string {
  switch (node.type) {
    case 'root':
      return children(node, shift)
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
      return ''
    case 'heading': {
      const level = Math.max(2, Math.min(6, node.depth + shift))
      return `<h${level}>${children(node, shift)}</h${level}>\n`
    }
    case 'paragraph':
      return `<p>${children(node, shift)}</p>\n`
    case 'text':
      return escapeHtml(node.value)
    case 'html':
      // Raw HTML is shown, never run: a document cannot add script or markup to the page.
      return escapeHtml(node.value)
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`
    case 'emphasis':
      return `<em>${children(node, shift)}</em>`
    case 'strong':
      return `<strong>${children(node, shift)}</strong>`
    case 'delete':
      return `<del>${children(node, shift)}</del>`
    case 'break':
      return '<br>\n'
    case 'thematicBreak':
      return '<hr>\n'
    case 'blockquote':
      return `<blockquote>\n${children(node, shift)}</blockquote>\n`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      const start =
        node.ordered && node.start !== null && node.start !== undefined && node.start !== 1
      return `<${tag}${start ? ` start="${node.start}"` : ''}>\n${children(node, shift)}</${tag}>\n`
    }
    case 'listItem': {
      // A tight item's paragraphs are inline text, as Markdown renders them.
      const inner = node.children
        .map((child) =>
          child.type === 'paragraph' && node.spread !== true
            ? children(child, shift)
            : toHtml(child, shift),
        )
        .join('')
      const box = typeof node.checked === 'boolean' ? (node.checked ? '[x] ' : '[ ] ') : ''
      return `<li>${box}${inner.trim()}</li>\n`
    }
    case 'link': {
      const href = safeHref(node.url)
      return href === undefined
        ? `<span class="link">${children(node, shift)}</span>`
        : `<a href="${escapeHtml(href)}">${children(node, shift)}</a>`
    }
    case 'linkReference':
      return children(node, shift)
    case 'image':
    case 'imageReference':
      // No fetch: an image is its alt text.
      return node.alt ? `<span class="image">[${escapeHtml(node.alt)}]</span>` : ''
    case 'footnoteReference':
      return `<sup>${escapeHtml(node.identifier)}</sup>`
    case 'table': {
      const [head, ...rows] = node.children
      const cell = (tag: string, row: (typeof node.children)[number]) =>
        `<tr>${row.children.map((c) => `<${tag}>${children(c, shift)}</${tag}>`).join('')}</tr>\n`
      return `<table>\n${head ? `<thead>${cell('th', head)}</thead>\n` : ''}<tbody>\n${rows
        .map((row) => cell('td', row))
        .join('')}</tbody>\n</table>\n`
    }
    default:
      return children(node, shift)
  }
}
