import { DOCUMENT_KINDS, type DocumentKind } from '@techfolio/remark-lint-portfolio'
import { UsageError } from './errors.js'
import { suggestion } from './suggest.js'

/**
 * The folder, inside the portfolio, where `techfolio new` puts each kind of
 * document. `.` is the portfolio folder itself (there is one of each).
 */
export const KIND_FOLDERS: Readonly<Record<DocumentKind, string>> = {
  'executive-summary': '.',
  system: 'systems',
  'decision-record': 'decisions',
  'case-study': 'case-studies',
  'excellence-initiative': 'leadership',
  'team-development': 'leadership',
  'cross-functional': 'leadership',
  'post-mortem': 'leadership',
  'code-review': 'code-reviews',
  'story-bank': '.',
}

/** Short names accepted for a kind. */
export const KIND_ALIASES: Readonly<Record<string, DocumentKind>> = {
  adr: 'decision-record',
  decision: 'decision-record',
  summary: 'executive-summary',
}

export function parseKind(input: string): DocumentKind {
  const normalized = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  const alias = KIND_ALIASES[normalized]
  if (alias) return alias
  if ((DOCUMENT_KINDS as readonly string[]).includes(normalized)) return normalized as DocumentKind
  throw new UsageError(
    `unknown kind "${input}"${suggestion(normalized, DOCUMENT_KINDS)} (kinds: ${DOCUMENT_KINDS.join(', ')})`,
  )
}
