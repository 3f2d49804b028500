/**
 * Text as HTML or SVG text or attribute value: every character markup could
 * start with is a numeric entity. One escaper for the pages, the badge and
 * the pull-request comment's HTML blocks.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`)
}
