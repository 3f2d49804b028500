/**
 * ## portfolio-front-matter
 *
 * Every portfolio document opens with YAML front matter that says what it is:
 * `kind` (one of `executive-summary`, `system`, `decision-record`,
 * `case-study`, `excellence-initiative`, `team-development`,
 * `cross-functional`, `post-mortem`, `code-review`, `story-bank`) and
 * `title`. The kind decides which sections the other rules require. A case
 * study may say `focus: performance` or `focus: scaling`.
 *
 * Broken YAML is reported once, at the line where the parser stopped.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Order routing platform
 *   ---
 *
 *   # Order routing platform
 *
 * @example
 *   {"name": "no-front-matter.md", "label": "input"}
 *
 *   # Order routing platform
 *
 * @example
 *   {"name": "no-front-matter.md", "label": "output"}
 *
 *   1:1: Missing front matter: expected a `---` block with `kind` and `title` first in the file
 *
 * @example
 *   {"name": "unknown-kind.md", "label": "input"}
 *
 *   ---
 *   kind: design-doc
 *   ---
 *
 * @example
 *   {"name": "unknown-kind.md", "label": "output"}
 *
 *   1:1: Missing `title` in front matter
 *   2:7: Unknown `kind` `design-doc`: expected one of executive-summary, system, decision-record, case-study, excellence-initiative, team-development, cross-functional, post-mortem, code-review, story-bank
 *
 * @example
 *   {"name": "broken.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: [Order routing
 *   ---
 *
 * @example
 *   {"name": "broken.md", "label": "output"}
 *
 *   3:22: Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
 *
 * @example
 *   {"name": "bad-focus.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   focus: speed
 *   ---
 *
 * @example
 *   {"name": "bad-focus.md", "label": "output"}
 *
 *   4:8: Unknown case-study `focus` `speed`: expected performance or scaling
 */

import { frontMatter } from '../knowledge/front-matter.js'
import { CASE_STUDY_FOCUSES, DOCUMENT_KINDS } from '../knowledge/kinds.js'
import { portfolioRule } from '../knowledge/rule.js'

const remarkLintPortfolioFrontMatter = portfolioRule('portfolio-front-matter', (tree, file) => {
  const matter = frontMatter(tree)
  if (!matter.node) {
    file.message(
      'Missing front matter: expected a `---` block with `kind` and `title` first in the file',
      { place: { line: 1, column: 1 } },
    )
    return
  }
  if (matter.error) {
    file.message(`Front matter is not valid YAML: ${matter.error.reason}`, {
      place: matter.error.place,
    })
    return
  }
  const start = { line: matter.node.position?.start.line ?? 1, column: 1 }
  const kind = matter.data.kind
  if (kind === undefined || kind === null || kind === '') {
    file.message(`Missing \`kind\` in front matter: expected one of ${DOCUMENT_KINDS.join(', ')}`, {
      place: start,
    })
  } else if (!matter.kind) {
    file.message(
      `Unknown \`kind\` \`${String(kind)}\`: expected one of ${DOCUMENT_KINDS.join(', ')}`,
      { place: matter.placeOf('kind') },
    )
  }
  if (!matter.title) {
    file.message('Missing `title` in front matter', { place: start })
  }
  const focus = matter.data.focus
  if (matter.kind === 'case-study' && focus !== undefined) {
    if (!(CASE_STUDY_FOCUSES as readonly unknown[]).includes(focus)) {
      file.message(
        `Unknown case-study \`focus\` \`${String(focus)}\`: expected ${CASE_STUDY_FOCUSES.join(' or ')}`,
        { place: matter.placeOf('focus') },
      )
    }
  }
})

export default remarkLintPortfolioFrontMatter
