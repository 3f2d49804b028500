import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The nearest of `names` from `cwd` upwards (the first name wins within a
 * folder), or undefined at the file-system root.
 */
export function findUp(names: readonly string[], cwd: string): string | undefined {
  let dir = path.resolve(cwd)
  for (;;) {
    for (const name of names) {
      const candidate = path.join(dir, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
