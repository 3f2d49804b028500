/** Where each rule's documentation lives; every message links here. */
export const DOCS_BASE =
  'https://github.com/techfolio/techfolio/blob/main/packages/remark-lint-portfolio/docs/rules'

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`
}
