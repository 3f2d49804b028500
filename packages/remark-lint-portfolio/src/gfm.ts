import type { Nodes, Root } from 'mdast'
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown'
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfm } from 'micromark-extension-gfm'
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

interface ExtensionSlots {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

/**
 * GitHub Flavored Markdown as remark-gfm adds it (the same micromark and
 * mdast extensions, default options), except that the literal-autolink pass
 * skips a tree none of whose text could hold one. The trees are identical
 * (test/gfm.test.ts compares them with remark-gfm's).
 */
export default function remarkGfmPortfolio(this: Processor): undefined {
  // The slots remark-parse and remark-stringify read (their own typings declare
  // them; this package does not depend on either).
  const data = this.data() as ExtensionSlots
  data.micromarkExtensions ??= []
  data.micromarkExtensions.push(gfm())
  data.fromMarkdownExtensions ??= []
  data.fromMarkdownExtensions.push(gatedGfmFromMarkdown())
  data.toMarkdownExtensions ??= []
  data.toMarkdownExtensions.push(gfmToMarkdown())
}
