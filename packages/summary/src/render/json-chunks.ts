/**
 * `JSON.stringify(value, null, 2)` in pieces: the containers of the first
 * levels are written piece by piece, deeper values whole. The JSON of a
 * 10,000-document portfolio is tens of megabytes: as one string (two bytes a
 * character once any title holds a non-Latin-1 character) it more than
 * doubled a run's peak memory. Joined, the pieces are byte for byte what
 * `JSON.stringify` returns, for the plain data the reports are.
 */

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, splitting containers down to
 * `depth` levels. `tail`, at the top level only, adds keys after the object's
 * own, computed when they are reached (a run's timing, whose render phase ends
 * only then).
 */
export function* jsonChunks(
  value: unknown,
  depth = 4,
  indent = '',
  tail?: () => Record<string, unknown>,
): Generator<string> {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const toJSON = (value as { toJSON: unknown }).toJSON
    if (typeof toJSON === 'function') value = toJSON.call(value)
  }
  if (depth === 0 || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, 2)
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`)
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '['
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? '' : ','}\n${inner}`
      const item: unknown = value[index]
      if (skipped(item)) yield 'null'
      else yield* jsonChunks(item, depth - 1, inner)
    }
    yield `\n${indent}]`
    return
  }
  let first = true
  const entries = function* (record: Record<string, unknown>): Generator<string> {
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (skipped(item)) continue
      yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `
      first = false
      yield* jsonChunks(item, depth - 1, inner)
    }
  }
  yield '{'
  yield* entries(value as Record<string, unknown>)
  if (tail) yield* entries(tail())
  yield first ? '}' : `\n${indent}}`
}

/** The pieces of a JSON stream format: the value, then a newline. */
export function* jsonDocument(
  value: unknown,
  tail?: () => Record<string, unknown>,
): Generator<string> {
  yield* jsonChunks(value, 4, '', tail)
  yield '\n'
}
