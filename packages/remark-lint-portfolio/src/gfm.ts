import type { Nodes, Root } from 'mdast'
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown'
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Extension as SyntaxExtension } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * Text the literal-autolink pass can turn into a link: its patterns all need
 * `http://`, `https://`, `www.` or an `@` (an e-mail, `mailto:`, `xmpp:`).
 */
const LITERAL_AUTOLINK_HINT = /@|www\.|https?:\/\//i

/**
 * Whether any text node of `tree` holds what a literal autolink needs. One
 * walk with a plain stack: the pass it guards walks every text node with its
 * ancestors and five regular expressions (5% of a cold check's time on 1,000
 * documents that hold no link at all).
 */
export function mayHoldLiteralAutolink(tree: Root): boolean {
  const pending: Nodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop() as Nodes
    if (node.type === 'text') {
      if (LITERAL_AUTOLINK_HINT.test(node.value)) return true
    } else if ('children' in node) {
      for (const child of node.children) pending.push(child)
    }
  }
  return false
}

/** The literal-autolink extension's own transforms, to recognise them in GFM's list. */
const LITERAL_AUTOLINK_TRANSFORMS: ReadonlySet<Transform> = new Set(
  gfmAutolinkLiteralFromMarkdown().transforms ?? [],
)

/** GFM's from-markdown extensions with the literal-autolink pass run only where it can act. */
export function gatedGfmFromMarkdown(): FromMarkdownExtension[] {
  return gfmFromMarkdown().map((extension) =>
    extension.transforms
      ? {
          ...extension,
          transforms: extension.transforms.map((transform) =>
            LITERAL_AUTOLINK_TRANSFORMS.has(transform)
              ? (tree: Root) => (mayHoldLiteralAutolink(tree) ? transform(tree) : undefined)
              : transform,
          ),
        }
      : extension,
  )
}

/**
 * GFM's syntax extensions in the order micromark-extension-gfm combines them,
 * each with what a document's source must hold before the extension can act.
 * Each construct starts on a character it is keyed to, so a source without it
 * parses to the same tree with or without the extension (test/gfm.test.ts
 * checks that on every document of the sample and on generated ones):
 * - literal autolinks need `www.`, `http://`, `https://` or an `@`;
 * - footnotes need `[^` (a call needs its definition, which starts `[^`);
 * - strikethrough needs `~`;
 * - a table's delimiter row needs a `|`, or a colon beside a dash (`a` over
 *   `:--` is a one-column table);
 * - a task list item needs `[`.
 */
const GFM_SYNTAX: ReadonlyArray<readonly [() => SyntaxExtension, RegExp]> = [
  [gfmAutolinkLiteral, LITERAL_AUTOLINK_HINT],
  [gfmFootnote, /\[\^/],
  [gfmStrikethrough, /~/],
  [gfmTable, /\||:-|-:/],
  [gfmTaskListItem, /\[/],
]

/** What each syntax extension this plugin adds needs in a source to act. */
const SYNTAX_HINTS = new WeakMap<object, RegExp>()

/**
 * Whether parsing `source` with `extension` can give a different tree than
 * parsing without it. True for any extension this package did not add, so a
 * parser that drops the others builds the tree remark-parse would build, less
 * the cost of trying constructs that cannot match (on 1,000 documents without
 * links, tables or strikethrough, a third of the parse).
 */
export function syntaxCanAct(extension: SyntaxExtension, source: string): boolean {
  const hint = SYNTAX_HINTS.get(extension)
  return hint === undefined || hint.test(source)
}

interface ExtensionSlots {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

/**
 * GitHub Flavored Markdown as remark-gfm adds it (the same micromark and
 * mdast extensions, default options), except that the literal-autolink pass
 * skips a tree none of whose text could hold one, and each syntax extension
 * says what it needs in a source to act (`syntaxCanAct`), for parsers that
 * skip it otherwise. The trees are identical
 * (test/gfm.test.ts compares them with remark-gfm's).
 */
export default function remarkGfmPortfolio(this: Processor): undefined {
  // The slots remark-parse and remark-stringify read (their own typings declare
  // them; this package does not depend on either).
  const data = this.data() as ExtensionSlots
  data.micromarkExtensions ??= []
  for (const [create, hint] of GFM_SYNTAX) {
    const extension = create()
    SYNTAX_HINTS.set(extension, hint)
    data.micromarkExtensions.push(extension)
  }
  data.fromMarkdownExtensions ??= []
  data.fromMarkdownExtensions.push(gatedGfmFromMarkdown())
  data.toMarkdownExtensions ??= []
  data.toMarkdownExtensions.push(gfmToMarkdown())
}
