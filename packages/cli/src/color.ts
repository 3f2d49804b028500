import picocolors from 'picocolors'

export type Colors = ReturnType<typeof picocolors.createColors>

/**
 * Whether to colour output written to `stream`: never when `NO_COLOR` is set
 * (https://no-color.org), always when `FORCE_COLOR` is set to anything but
 * `0`/`false`, otherwise only on a terminal that is not `TERM=dumb`.
 */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export function colors(enabled: boolean): Colors {
  return picocolors.createColors(enabled)
}
