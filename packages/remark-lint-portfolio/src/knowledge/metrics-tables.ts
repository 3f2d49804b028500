/**
 * Before → after figures stated in tables, the way results are often written:
 *
 * | Metric | Before | After  | Change |
 * | ------ | ------ | ------ | ------ |
 * | p99    | 800 ms | 200 ms | -75%   |
 *
 * A table with Before/After columns (or Baseline/Now, Old/New, From/To…)
 * gives one change a row; one with Before and After rows, one change a
 * column; without either, a row of a metric with two
 * comparable values ("| Checkout p95 | 1.8 s | 420 ms |") gives one too. A
 * Change/Delta/Improvement column, or a third cell holding only a percentage
 * or multiplier, is the relative figure stated for the row's change.
 */
import type { Nodes, Table, TableRow } from 'mdast'
import type { VFile } from 'vfile'
import { type Change, extractClaims, type RelativeClaim } from './metrics.js'
import { textBlocks } from './text.js'
import { nodesOfType } from './tree-index.js'

export interface TableChange {
  change: Change
  /** The relative figure the row states for the change ("-75%", "4x faster"), if any. */
  relative?: RelativeClaim
  /** Offset in the file of the row, for messages. */
  offset: number
}

const BEFORE_HEADER = /^(?:before|baseline|old|previous|prior|was|from|then|original)\b/
// An OKR's "Baseline | Target | Actual": the target is neither end.
const AFTER_HEADER = /^(?:after|now|new|current|today|to|result|outcome|achieved|actuals?)\b/
const CHANGE_HEADER =
  /^(?:change|delta|δ|diff|difference|improvement|reduction|increase|decrease|gain|impact|speed-?up|%)/

function cellText(row: TableRow, file: VFile): string[] {
  return row.children.map((cell) =>
    textBlocks(cell as Nodes, file)
      .map((block) => block.text)
      .join(' ')
      .trim(),
  )
}

/** Whether a header or row label names a column or row by its words ("Before (Q1)" is Before). */
const names = (pattern: RegExp, label: string) =>
  pattern.test(label.toLowerCase().replace(/^[^a-zδ%]+/, ''))

/** Column of the first header cell matching `pattern`. */
function column(header: readonly string[], pattern: RegExp, from = 0): number {
  return header.findIndex((cell, index) => index >= from && names(pattern, cell))
}

/**
 * A table written the other way round, its rows named Before and After and a
 * metric a column ("| | p50 | p95 |", "| Before | 640 ms | 1.8 s |"): one
 * change a column; undefined when no two rows are so named.
 */
function columnChanges(
  header: readonly string[],
  rows: readonly TableRow[],
  file: VFile,
): TableChange[] | undefined {
  const cells = rows.map((row) => cellText(row, file))
  const row = (pattern: RegExp) => cells.findIndex((line) => names(pattern, line[0] ?? ''))
  const before = row(BEFORE_HEADER)
  const after = row(AFTER_HEADER)
  if (before < 0 || after < 0 || before === after) return undefined
  const stated = row(CHANGE_HEADER)
  const offset = rows[after]?.position?.start.offset ?? 0
  const found: TableChange[] = []
  for (let index = 1; index < header.length; index++) {
    const read = rowChange(
      cells[before]?.[index] ?? '',
      cells[after]?.[index] ?? '',
      stated >= 0 ? cells[stated]?.[index] : undefined,
    )
    if (read) found.push({ ...read, offset })
  }
  return found
}

/** The single figure of a cell, or undefined when it holds none or several. */
function soleFigure(cell: string) {
  const { quantities } = extractClaims(cell)
  return quantities.length === 1 ? quantities[0] : undefined
}

function isRelative(cell: string): boolean {
  const figure = soleFigure(cell)
  return (
    figure?.dimension === 'multiplier' ||
    (figure?.dimension === 'percent' && figure.sign !== undefined)
  )
}

/** Reads one row's change from its before, after and (optional) change cells. */
function rowChange(
  before: string,
  after: string,
  stated: string | undefined,
):
  | {
      change: Change
      relative?: RelativeClaim
    }
  | undefined {
  // The row read as a sentence, so the prose reader's units and arithmetic apply unchanged.
  const sentence = `${before} → ${after}${stated ? ` (${stated})` : ''}`
  const claims = extractClaims(sentence)
  const change = claims.changes[0]
  if (change?.form !== 'arrow') return undefined
  const table: Change = { ...change, form: 'table' }
  const relative = claims.relatives.find((claim) => claim.change === change)
  return relative ? { change: table, relative: { ...relative, change: table } } : { change: table }
}

/** Before → after changes stated by the rows of one table. */
export function tableChanges(table: Table, file: VFile): TableChange[] {
  const [headerRow, ...rows] = table.children
  if (!headerRow) return []
  const header = cellText(headerRow, file)
  const beforeColumn = column(header, BEFORE_HEADER, 1)
  const afterColumn = column(header, AFTER_HEADER, 1)
  const changeColumn = column(header, CHANGE_HEADER, 1)
  if (beforeColumn < 0 || afterColumn < 0) {
    const byColumn = columnChanges(header, rows, file)
    if (byColumn) return byColumn
  }
  const found: TableChange[] = []
  for (const row of rows) {
    const cells = cellText(row, file)
    const offset = row.position?.start.offset ?? 0
    let read: ReturnType<typeof rowChange>
    if (beforeColumn > 0 && afterColumn > 0 && beforeColumn !== afterColumn) {
      read = rowChange(
        cells[beforeColumn] ?? '',
        cells[afterColumn] ?? '',
        changeColumn > 0 ? cells[changeColumn] : undefined,
      )
    } else {
      // A metric with two values: the two figure cells after the label, in order.
      const values: number[] = []
      let stated: string | undefined
      cells.forEach((cell, index) => {
        if (index === 0 || !soleFigure(cell)) return
        if (index === changeColumn || (values.length === 2 && isRelative(cell))) stated = cell
        else values.push(index)
      })
      if (values.length !== 2) continue
      read = rowChange(cells[values[0] as number] ?? '', cells[values[1] as number] ?? '', stated)
      if (read && !read.change.comparable) read = undefined
    }
    if (read) found.push({ ...read, offset })
  }
  return found
}

/** Before → after changes stated by every table under `node`; each table is read once. */
export function tablesChanges(node: Nodes, file: VFile): TableChange[] {
  const tables =
    node.type === 'root' ? (nodesOfType(node, 'table') as readonly Table[]) : tablesUnder(node)
  const found: TableChange[] = []
  for (const table of tables) {
    let changes = changesByTable.get(table)
    if (!changes) {
      changes = tableChanges(table, file)
      changesByTable.set(table, changes)
    }
    for (const change of changes) found.push(change)
  }
  return found
}

/** Rows read per table: three rules and the engine's facts ask for the same tables. */
const changesByTable = new WeakMap<Table, TableChange[]>()

function tablesUnder(node: Nodes): Table[] {
  const tables: Table[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop() as Nodes
    if (next.type === 'table') tables.push(next)
    // Tables do not nest, and nothing else under a table is one.
    else if ('children' in next) {
      for (let index = next.children.length - 1; index >= 0; index--)
        stack.push(next.children[index] as Nodes)
    }
  }
  return tables
}
