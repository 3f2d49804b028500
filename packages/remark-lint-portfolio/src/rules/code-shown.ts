/**
 * ## portfolio-code-shown
 *
 * A code-review example is judged on the code: an interviewer wants to see
 * the change you reviewed and where your comment landed. In `code-review`
 * documents this rule reports, once at 1:1, a document that shows no code.
 * Any of these counts:
 *
 * - a code block, fenced or indented (a `diff` block, a snippet), or an
 *   HTML `<pre>`/`<code>` block;
 * - a link (or bare URL, or a front-matter value) to a commit, a pull or
 *   merge request, a Gerrit or Phabricator change, or lines of a file
 *   (`/commit/`, `/pull/`, `/merge_requests/`, `/+/`, `/D1234`, `/blob/…#L10`);
 * - an image of the diff (its alt text or file name says diff, code,
 *   review, patch, commit or PR).
 *
 * Inline code alone (`retry()`) names code without showing the change.
 *
 * No options.
 *
 * @example
 *   {"name": "diff.md"}
 *
 *   ---
 *   kind: code-review
 *   title: Idempotent refund handler
 *   ---
 *
 *   The handler retried refunds without a key, so a timeout could pay twice.
 *
 *   ```diff
 *   - await payments.refund(order.id, amount)
 *   + await payments.refund(order.id, amount, { idempotencyKey: refund.id })
 *   ```
 *
 * @example
 *   {"name": "permalink.md"}
 *
 *   ---
 *   kind: code-review
 *   title: Shader cache eviction
 *   ---
 *
 *   My comment on [the eviction loop](https://github.com/acme/engine/blob/3f9c2e1/src/cache.cpp#L88-L104)
 *   asked for an LRU bound; the author added it in https://github.com/acme/engine/pull/512.
 *
 * @example
 *   {"name": "no-code.md", "label": "input"}
 *
 *   ---
 *   kind: code-review
 *   title: Safer feature flags
 *   ---
 *
 *   A teammate changed how `FlagClient` caches flags. I pointed out that the
 *   cache never expired and suggested a TTL; the change merged a day later.
 *
 * @example
 *   {"name": "no-code.md", "label": "output"}
 *
 *   1:1: Code review shows no code: add the change as a code block (a `diff` block of the lines you commented on), or link to the commit, pull request or lines reviewed
 */

import type { Nodes, Root } from 'mdast'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'

/** A URL that points at a change or at lines of code, on the common forges. */
const CODE_URL =
  /\/(?:commits?|pull|pulls|pull-requests|merge_requests|compare|changes|diffs?|review)\/|\/\+\/\d|\/D\d+\b|\/blob\/[^#\s]+#L\d|\/src\/[^#\s]+#(?:L|lines-)\d/i
const CODE_IMAGE = /\b(?:diff|code|review|patch|commit|pr|pull)\b/i
const CODE_HTML = /<(?:pre|code)\b/i

function showsCode(node: Nodes): boolean {
  switch (node.type) {
    case 'code':
      return node.value.trim() !== ''
    case 'html':
      return CODE_HTML.test(node.value)
    case 'link':
    case 'definition':
      return CODE_URL.test(node.url)
    case 'image':
      return CODE_URL.test(node.url) || CODE_IMAGE.test(`${node.alt ?? ''} ${node.url}`)
    default:
      return false
  }
}

const remarkLintPortfolioCodeShown = portfolioRule('portfolio-code-shown', (tree: Root, file) => {
  const context = documentContext(tree)
  if (context.frontMatter.kind !== 'code-review') return
  if (context.frontMatter.strings.some((value) => CODE_URL.test(value.value))) return
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (showsCode(node)) return
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
  file.message(
    'Code review shows no code: add the change as a code block (a `diff` block of the lines you commented on), or link to the commit, pull request or lines reviewed',
    { place: { line: 1, column: 1 } },
  )
})

export default remarkLintPortfolioCodeShown
