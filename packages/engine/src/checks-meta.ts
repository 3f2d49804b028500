/**
 * The checks the engine itself reports (the lint rules live in
 * @techfolio/remark-lint-portfolio). Each has an id used as the finding's
 * `ruleId`, a one-line summary and a documentation page; `techfolio explain
 * <id>` prints `docs`, and docs/checks/<id>.md holds the same text (a test
 * keeps them equal).
 */
import type { MessageSeverity } from './types.js'

export const CHECK_DOCS_BASE =
  'https://github.com/techfolio/techfolio/blob/main/packages/engine/docs/checks'

export function checkDocsUrl(id: string): string {
  return `${CHECK_DOCS_BASE}/${id}.md`
}

export interface EngineCheckInfo {
  id: string
  /** `portfolio`: looks across documents; `file`: about reading one file. */
  scope: 'portfolio' | 'file'
  severity: MessageSeverity
  /** One line: what the check checks. */
  summary: string
  /** Documentation page, Markdown. */
  docs: string
  url: string
}

function check(
  id: string,
  scope: EngineCheckInfo['scope'],
  severity: MessageSeverity,
  summary: string,
  body: string,
): EngineCheckInfo {
  const docs = [
    `# ${id}`,
    '',
    `${summary.charAt(0).toUpperCase() + summary.slice(1)}.`,
    '',
    body.trim(),
    '',
    `- Default severity: \`${severity}\``,
    scope === 'portfolio'
      ? `- Change it or turn it off in \`techfolio.config.json\`: \`"checks": { "${id}": "warning" }\` (or \`"off"\`)`
      : '- Reported by the engine while reading files; it cannot be turned off.',
    '',
  ].join('\n')
  return { id, scope, severity, summary, docs, url: checkDocsUrl(id) }
}

/** Checks that look at the portfolio as a whole. */
export const CROSS_DOCUMENT_CHECKS: readonly EngineCheckInfo[] = [
  check(
    'portfolio-executive-summary',
    'portfolio',
    'error',
    'the portfolio has exactly one executive summary',
    `
The guide opens every portfolio with a one-page executive summary: role scope,
key technical achievements, leadership impact and Amazon relevance. A
portfolio with none has nothing to hand an interviewer first; one with two
tells two different stories.

Reported on the portfolio folder when there is none, and on each extra
\`kind: executive-summary\` document when there are several.

## Fix

Add \`executive-summary.md\` with \`kind: executive-summary\` in its front
matter (\`techfolio new executive-summary "Engineering leadership summary"\`),
or merge the extra summaries into one.
`,
  ),
  check(
    'portfolio-system-count',
    'portfolio',
    'error',
    'the portfolio documents 3 to 5 systems (configurable)',
    `
The guide asks for a system design document "for each major system (limit to
3-5 systems)": fewer leaves too little technical depth to draw on, more
dilutes the ones that matter. The bounds are \`thresholds.systems.min\` and
\`thresholds.systems.max\` in \`techfolio.config.json\` (default 3 and 5).

Reported on the portfolio folder when there are too few, and on each
\`kind: system\` document beyond the maximum (in path order) when there are
too many.
`,
  ),
  check(
    'portfolio-principle-coverage',
    'portfolio',
    'warning',
    'each targeted Leadership Principle has enough stories (2 by default)',
    `
A principle is _targeted_ when any document lists it under
\`leadership-principles\` in its front matter, or when it is named in
\`targetPrinciples\` in \`techfolio.config.json\`. Behavioural interviews
probe each principle more than once, so each targeted principle needs at least
\`thresholds.minStoriesPerPrinciple\` stories (default 2).

A story is any document other than the executive summary and the story bank
that lists the principle in its front matter: those two map stories rather
than tell one, so they never count. Reported on the portfolio folder, one
finding per principle, naming the stories that do claim it. The score's
\`principles\` carry the same count (\`stories\`, \`required\`, \`met\`),
and every renderer shows it as is.
`,
  ),
  check(
    'portfolio-links',
    'portfolio',
    'error',
    'relative links between documents resolve',
    `
A relative link (\`[ADR 1](../decisions/0001-extract-payments.md)\`) must point
at a file that exists. When the link has a \`#fragment\` and points at a
Markdown document of the portfolio, the fragment must be the slug of one of
its headings (GitHub's slugs: lower case, spaces to \`-\`, punctuation
removed).

Reported at the link's line and column. Absolute URLs (\`https:\`, \`mailto:\`)
are not checked.
`,
  ),
  check(
    'portfolio-backed-figures',
    'portfolio',
    'warning',
    'each figure claimed in the executive summary is backed by another document',
    `
An executive summary that says "reducing latency by 60%" invites the question
"show me". Each figure the summary claims (a percentage, a money amount, a
count with a unit, a before → after) must also appear in at least one other
document of the portfolio, where the story behind it is told.

Figures are compared by value and unit, so "60%" in the summary is backed by
"60%" or "60 percent" elsewhere. Reported at the figure in the summary.

Figures that describe the author rather than a result need no backing: those
in the section about the current role ("Current Role Scope", however titled),
and times that measure a stretch of the work or a career ("over five years",
"for the last 18 months", "12 years of experience", "in two years"). "In 10
weeks" and "to 9 minutes" are results, and are checked.
`,
  ),
  check(
    'portfolio-checklist',
    'portfolio',
    'warning',
    'the guide’s portfolio checklist is complete',
    `
The guide's Portfolio Development Checklist: technical artifacts (choose 3-5
of system designs, performance case studies, decision records, code reviews,
post-mortems), leadership evidence (choose 3-4 of team development,
excellence initiatives, cross-functional projects, mentorship) and the
presentation materials (executive summary, architecture diagrams, metrics
summary, story bank).

A document counts towards an item only when it has no lint error: an
untouched template is not a system design yet. Every item is listed in the
score (\`checklist\`, done or not); this check reports each group or
presentation item that is not done, on the portfolio folder. See the engine
README for how each item is decided.
`,
  ),
]

/** Findings the engine reports while reading files. */
export const FILE_CHECKS: readonly EngineCheckInfo[] = [
  check(
    'portfolio-encoding',
    'file',
    'error',
    'a document is UTF-8 text',
    `
A file that holds NUL bytes or is not valid UTF-8 (a binary file, or text
saved as Latin-1 or UTF-16) cannot be checked. It is reported once, at 1:1,
and scores 0. A UTF-8 byte order mark is accepted and removed; CRLF line
endings are fine.

## Fix

Re-save the file as UTF-8, or move it out of the portfolio folder (or list it
in \`.remarkignore\`).
`,
  ),
  check(
    'portfolio-nesting',
    'file',
    'error',
    'lists and block quotes nest at most 100 levels deep, and a document has at most 2,000 list items',
    `
The Markdown parser's time grows far faster than the text as lists and block
quotes nest deeper (100 levels parse in a fraction of a second, 1,000 take
minutes), and as one long list's items hold sub-lists (10,000 such items take
half a minute). No portfolio document needs more than a handful of levels or
a few hundred items. A file past either limit (estimated before parsing from
\`>\` markers, indentation at two columns a level, and list markers) is not
parsed: it is reported once, at the first line past the limit, and scores 0.

## Fix

Flatten the lists or quotes, or split the document; if the deep indentation
or the list markers are in a code block, shorten it.
`,
  ),
  check(
    'portfolio-file-size',
    'file',
    'error',
    'a document is at most 5 MB (`maxFileSize`)',
    `
A portfolio document is a few pages; a file of megabytes is a log, an export
or a mistake, and parsing it would take long. A file larger than
\`maxFileSize\` bytes in the config (default 5,000,000) is not read: it is
reported once, at 1:1, and scores 0.

## Fix

Split the document, move the file out of the portfolio folder (or list it in
\`.remarkignore\`), or raise \`maxFileSize\`.
`,
  ),
  check(
    'portfolio-time-budget',
    'file',
    'error',
    'a document is analysed within 10 s (`fileTimeBudget`)',
    `
Techfolio guards the parser's known slow inputs before parsing (see
\`portfolio-nesting\` and \`portfolio-file-size\`), but a third-party remark
plugin, or an input nobody has found yet, may still take too long. Each
document has a time budget, \`fileTimeBudget\` seconds in the config (default
10). In worker threads (large portfolios: when enough files need parsing for
threads to pay, or \`workers.threshold\` files if set), a document over it is stopped, reported once at 1:1 and scores 0; every other
document is still checked. In-process, where a synchronous plugin cannot be
interrupted, the document is reported when it finishes, with its time.

## Fix

The message names the time taken. If a plugin in \`.remarkrc.mjs\` is slow,
fix or remove it; if the document is unusually large or deeply structured,
split it; if the machine is just slow, raise \`fileTimeBudget\`.
`,
  ),
  check(
    'portfolio-internal',
    'file',
    'error',
    'Techfolio can analyse the document',
    `
Whatever fails while one document is analysed (front matter YAML that cannot
be read, such as an alias to an anchor that does not exist or an alias bomb;
a remark plugin that throws; structure nested so deeply the analysis runs out
of stack) is reported on that document, at 1:1, and it scores 0. Every other
document is still checked: one file never ends the run.

## Fix

The message says what failed. Fix the front matter or the plugin it names;
if the document looks ordinary, please report it with the file.
`,
  ),
  check(
    'portfolio-symlink',
    'file',
    'warning',
    'a symbolic link in the portfolio points inside the repository',
    `
Techfolio follows symbolic links only when their target is inside the
repository (the nearest folder upwards with \`.git\` or a techfolio config).
A link pointing outside is skipped and reported here, on the link's own path,
so a portfolio never silently depends on files that are not committed. A
link whose target does not exist is reported the same way. Links that loop
back to a folder already visited are followed once.
`,
  ),
]

export const ENGINE_CHECKS: readonly EngineCheckInfo[] = [...CROSS_DOCUMENT_CHECKS, ...FILE_CHECKS]

export function engineCheckById(id: string): EngineCheckInfo | undefined {
  return ENGINE_CHECKS.find((info) => info.id === id)
}
