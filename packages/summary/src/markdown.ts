/**
 * Markdown that shows text as text. Titles, paths and quotes come from
 * anyone's documents: a `|` would split a table cell, `<script>` or `<!--`
 * would become HTML (or hide the rest of the page), `[x](y)` a link, and
 * `@name` a mention that notifies someone when the Markdown is posted on
 * GitHub. Each becomes an escape or an entity that renders as the character.
 * (A bare URL stays a URL: GFM links it, as it would anywhere on GitHub.)
 */

/** Line breaks and other control characters: one would end the line or the table row. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '@': '&#64;',
}

/** Inline text: Markdown punctuation escaped, HTML-significant characters as entities, on one line. */
export function mdText(text: string): string {
  return (
    text
      .replace(CONTROL, ' ')
      .replace(/[&<>"@]/g, (character) => ENTITIES[character] ?? character)
      .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
      // At the start of a list item or cell these would open a heading, a list or a rule.
      .replace(/^(\s*)([#+=-])(?=\s|$)/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
  )
}

/** A table cell: as `mdText`; `|` is escaped there, so it never splits the cell. */
export function mdCell(text: string): string {
  return mdText(text)
}

/** A path or other literal in code style, safe whatever backticks it holds. */
export function mdCode(text: string): string {
  const clean = text.replace(CONTROL, ' ')
  // A code span cannot escape `|` in a GFM table: use an entity-free form there instead.
  if (clean.includes('|')) return mdText(clean)
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** A GFM table: header, alignment row, rows; every cell already escaped. */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('left' | 'right' | 'center')[],
): string {
  const marks = header.map((_, index) => {
    const side = align?.[index] ?? 'left'
    return side === 'right' ? '---:' : side === 'center' ? ':---:' : '---'
  })
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(marks), ...rows.map(line)].join('\n')
}

/** A document's name for headings and cells: its title, else its path. */
export function documentName(document: { title: string | undefined; path: string }): string {
  return document.title && document.title.trim() !== '' ? document.title : document.path
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
