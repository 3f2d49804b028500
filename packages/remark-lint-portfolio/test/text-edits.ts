/**
 * Edits the tests make to a document: replace a phrase, find or cut out the
 * text between two anchors. Each fails the test when an anchor is missing, so
 * a document reworded later cannot turn a mutation into a no-op.
 */

/** Replaces `from` with `to`, failing the test when `from` is not there. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit anchor not found: ${from}`)
  return text.replace(from, to)
}

/** Where the text from `from` up to `to` (or the end) is. */
export function span(text: string, from: string, to?: string): [start: number, end: number] {
  const start = text.indexOf(from)
  if (start < 0) throw new Error(`mutation anchor not found: ${from}`)
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length)
  if (end < 0) throw new Error(`mutation end not found: ${to}`)
  return [start, end]
}

/** The text from `from` up to `to` (or to the end). */
export function between(text: string, from: string, to?: string): string {
  const [start, end] = span(text, from, to)
  return text.slice(start, end)
}
