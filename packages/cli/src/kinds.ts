import type { DocumentKind } from '@techfolio/remark-lint-portfolio'

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
