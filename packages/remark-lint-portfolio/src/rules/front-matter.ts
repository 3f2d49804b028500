/**
 * ## portfolio-front-matter
 *
 * Every portfolio document opens with YAML front matter that says what it is:
 * `kind` (one of `executive-summary`, `system`, `decision-record`,
 * `case-study`, `excellence-initiative`, `team-development`,
 * `cross-functional`, `post-mortem`, `code-review`, `story-bank`) and
 * `title`. The kind decides which sections the other rules require. A case
 * study may say `focus: performance` or `focus: scaling`. Without `title`,
 * the document's first `#` heading is its title, as in MADR and Nygard
 * decision records, whose front matter (if any) holds `status`, `date` and
 * `deciders`. A missing `kind` is told the likely one: from the file's name
 * (`executive-summary.md`), a MADR front matter (`deciders`, or `status`
 * with `date`), or its folder (`adr/`, `decisions/`, `systems/`,
 * `incidents/`, `mentoring/`...).
 *
 * Broken YAML is reported once, at the line where the parser stopped; a
 * value holding an unquoted `: ` is told to be quoted. A `kind` written in
 * the name people often give it is told the guide's: `ADR` or `TDR` is a
 * `decision-record`, a design doc a `system`, an incident, RCA or COE a
 * `post-mortem`, mentorship a `team-development` with `focus: mentorship`.
 * Another `kind` close to a known one gets a did-you-mean. `title` must be text with something visible
 * in it. A `---` that opens front matter and never closes is reported as
 * such. Values are quoted in messages on one line, control characters
 * escaped.
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
 *   {"name": "madr-title-in-heading.md"}
 *
 *   ---
 *   kind: decision-record
 *   status: accepted
 *   date: 2024-03-12
 *   deciders: Priya Raman, Tom Okafor
 *   ---
 *
 *   # Use PostgreSQL for the ledger store
 *
 * @example
 *   {"name": "no-front-matter.md", "label": "input"}
 *
 *   # Order routing platform
 *
 * @example
 *   {"name": "no-front-matter.md", "label": "output"}
 *
 *   1:1: Missing front matter: expected a `---` block first in the file, with `kind` (and `title`, unless a `#` heading names the document)
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
 *   1:1: Missing title: add `title:` to the front matter, or a `#` heading naming the document
 *   2:7: Unknown `kind` `design-doc`: write `kind: system`, the guide's name for it
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
 *   {"name": "typo.md", "label": "input"}
 *
 *   ---
 *   kind: sytem
 *   title: 12345
 *   ---
 *
 * @example
 *   {"name": "typo.md", "label": "output"}
 *
 *   2:7: Unknown `kind` `sytem`: did you mean `system`?
 *   3:8: `title` must be text, found the number 12345: write it as a quoted string
 *
 * @example
 *   {"name": "colon.md", "label": "input"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Checkout outage: 40 minutes down
 *   ---
 *
 * @example
 *   {"name": "colon.md", "label": "output"}
 *
 *   3:8: Front matter is not valid YAML: the value of `title` holds an unquoted `: `: quote the value (`title: "Checkout outage: 40 minutes down"`)
 *
 * @example
 *   {"name": "unterminated.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   title: Order routing platform
 *
 *   # Order routing platform
 *
 * @example
 *   {"name": "unterminated.md", "label": "output"}
 *
 *   1:1: Front matter opened with `---` at line 1 never closes: add a `---` line after its last key
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

import { frontMatter, isText, oneLine } from '../knowledge/front-matter.js'
import { CASE_STUDY_FOCUSES, DOCUMENT_KINDS, type DocumentKind } from '../knowledge/kinds.js'
import { portfolioRule } from '../knowledge/rule.js'
import { closestMatch } from '../knowledge/suggest.js'
import { sourceOf } from '../knowledge/text.js'

/** What a non-text YAML value is, for "must be text, found …". */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `\`${value}\``
  if (typeof value === 'object') return 'a mapping'
  return `\`${oneLine(String(value))}\``
}

/** A kind as Techfolio names it, with the `focus` that a name sometimes also says. */
interface NamedKind {
  kind: DocumentKind
  focus?: string
}

/**
 * The names people give the guide's kinds, as a folder or as a `kind` (each
 * also in the plural): ADR, TDR and MADR records, design docs, incidents and
 * Amazon's COE, mentoring. A word that may mean several kinds ("leadership",
 * "stories") is left out.
 */
const KIND_OF_NAME: ReadonlyMap<string, NamedKind> = new Map(
  Object.entries({
    ...Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, { kind }])),
    adr: { kind: 'decision-record' },
    tdr: { kind: 'decision-record' },
    madr: { kind: 'decision-record' },
    decision: { kind: 'decision-record' },
    'architecture-decision': { kind: 'decision-record' },
    'architecture-decision-record': { kind: 'decision-record' },
    'design-decision': { kind: 'decision-record' },
    'system-design': { kind: 'system' },
    design: { kind: 'system' },
    'design-doc': { kind: 'system' },
    architecture: { kind: 'system' },
    performance: { kind: 'case-study', focus: 'performance' },
    scaling: { kind: 'case-study', focus: 'scaling' },
    postmortem: { kind: 'post-mortem' },
    incident: { kind: 'post-mortem' },
    'incident-review': { kind: 'post-mortem' },
    'incident-report': { kind: 'post-mortem' },
    rca: { kind: 'post-mortem' },
    coe: { kind: 'post-mortem' },
    review: { kind: 'code-review' },
    'pr-review': { kind: 'code-review' },
    mentorship: { kind: 'team-development', focus: 'mentorship' },
    mentoring: { kind: 'team-development', focus: 'mentorship' },
    coaching: { kind: 'team-development', focus: 'mentorship' },
    'process-improvement': { kind: 'excellence-initiative' },
    'operational-excellence': { kind: 'excellence-initiative' },
    'cross-team': { kind: 'cross-functional' },
    'exec-summary': { kind: 'executive-summary' },
    summary: { kind: 'executive-summary' },
  }),
)

/** The kind a name means: any case, spaces or underscores for hyphens, singular or plural. */
function kindNamed(name: string): NamedKind | undefined {
  const word = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '')
  return KIND_OF_NAME.get(word) ?? KIND_OF_NAME.get(singular)
}

/** `kind: x`, and `focus: y` when the name says one. */
function kindToWrite({ kind, focus }: NamedKind): string {
  return focus ? `\`kind: ${kind}\` with \`focus: ${focus}\`` : `\`kind: ${kind}\``
}

/**
 * The kind a document without `kind` most likely is, and why: its file name
 * (`executive-summary.md`, `story-bank.md`), a MADR front matter
 * (`deciders`, or `status` with `date`), or the folder it sits in.
 */
function likelyKind(
  filePath: string | undefined,
  data: Record<string, unknown>,
): (NamedKind & { because: string }) | undefined {
  const parts = (filePath ?? '').toLowerCase().split(/[\\/]/)
  const name = (parts.pop() ?? '').replace(/\.[^.]*$/, '')
  if (name === 'executive-summary' || name === 'story-bank') {
    return { kind: name, because: 'its file name' }
  }
  if ('deciders' in data || ('status' in data && 'date' in data)) {
    return { kind: 'decision-record', because: 'its MADR front matter' }
  }
  // The nearest folders only: the ones above the repository say nothing of the document.
  for (const folder of parts.slice(-3).reverse()) {
    const named = kindNamed(folder)
    if (named) return { ...named, because: `its folder \`${oneLine(folder)}/\`` }
  }
  return undefined
}

const remarkLintPortfolioFrontMatter = portfolioRule('portfolio-front-matter', (tree, file) => {
  const matter = frontMatter(tree)
  if (!matter.node) {
    // remark-frontmatter makes a block only when it closes: an opening `---`
    // with no closing one is an unterminated block, not a missing one.
    if (/^\uFEFF?---[ \t]*\r?\n/.test(sourceOf(file))) {
      file.message(
        'Front matter opened with `---` at line 1 never closes: add a `---` line after its last key',
        { place: { line: 1, column: 1 } },
      )
      return
    }
    file.message(
      'Missing front matter: expected a `---` block first in the file, with `kind` (and `title`, unless a `#` heading names the document)',
      { place: { line: 1, column: 1 } },
    )
    return
  }
  if (matter.error) {
    file.message(`Front matter is not valid YAML: ${oneLine(matter.error.reason, 200)}`, {
      place: matter.error.place,
    })
    return
  }
  const start = { line: matter.node.position?.start.line ?? 1, column: 1 }
  const kind = matter.data.kind
  if (kind === undefined || kind === null || kind === '') {
    const likely = likelyKind(file.path, matter.data)
    file.message(
      likely
        ? `Missing \`kind\` in front matter: add ${kindToWrite(likely)} (${likely.because} says so) or another of ${DOCUMENT_KINDS.join(', ')}`
        : `Missing \`kind\` in front matter: expected one of ${DOCUMENT_KINDS.join(', ')}`,
      { place: start },
    )
  } else if (!matter.kind) {
    const written = typeof kind === 'string' ? kind : String(kind)
    const named = typeof kind === 'string' ? kindNamed(kind) : undefined
    const close = typeof kind === 'string' ? closestMatch(kind, DOCUMENT_KINDS) : undefined
    const unknown = `Unknown \`kind\` \`${oneLine(written)}\``
    file.message(
      named
        ? `${unknown}: write ${kindToWrite(named)}, the guide's name for it`
        : close
          ? `${unknown}: did you mean \`${close}\`?`
          : `${unknown}: expected one of ${DOCUMENT_KINDS.join(', ')}`,
      { place: matter.placeOf('kind') },
    )
  }
  const title = matter.data.title
  if (title === undefined || title === null) {
    // A `#` heading names the document as well (the title then comes from it).
    if (matter.title === undefined) {
      file.message(
        'Missing title: add `title:` to the front matter, or a `#` heading naming the document',
        { place: start },
      )
    }
  } else if (typeof title !== 'string') {
    file.message(
      `\`title\` must be text, found ${describeValue(title)}: write it as a quoted string`,
      { place: matter.placeOf('title') },
    )
  } else if (!isText(title)) {
    file.message('`title` is empty: it has no visible characters', {
      place: matter.placeOf('title'),
    })
  }
  const focus = matter.data.focus
  if (matter.kind === 'case-study' && focus !== undefined) {
    if (!(CASE_STUDY_FOCUSES as readonly unknown[]).includes(focus)) {
      file.message(
        `Unknown case-study \`focus\` \`${oneLine(String(focus))}\`: expected ${CASE_STUDY_FOCUSES.join(' or ')}`,
        { place: matter.placeOf('focus') },
      )
    }
  }
})

export default remarkLintPortfolioFrontMatter
