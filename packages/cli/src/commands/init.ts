import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { CONFIG_FILE_NAMES, defaultConfigText, UsageError } from '@techfolio/engine'
import { DOCUMENT_KINDS } from '@techfolio/remark-lint-portfolio'
import { bundledTemplates } from '../templates.js'

export interface InitResult {
  /** Created files, relative to `cwd`, `/`-separated. */
  created: string[]
}

const toShown = (cwd: string, path: string) => relative(cwd, path).split(/[\\/]/).join('/') || '.'

/**
 * The engine's default config text with `paths` set to the new portfolio
 * folder (relative to the config file, which sits in the current folder).
 */
export function initialConfigText(dir: string): string {
  const text = defaultConfigText()
  try {
    const data = JSON.parse(text) as Record<string, unknown>
    if (Array.isArray(data.paths)) data.paths = [dir]
    return `${JSON.stringify(data, null, 2)}\n`
  } catch {
    return text
  }
}

/**
 * Creates `dir` with `templates/` (one template per kind), and a config file
 * holding the engine's defaults in the current folder (the project root, so
 * `techfolio check` finds it from there and from inside the portfolio).
 * Writes nothing when any of those files, or a config file of another
 * accepted name, already exists.
 */
export async function initPortfolio(dir: string, cwd: string): Promise<InitResult> {
  const root = resolve(cwd, dir)
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new UsageError(`${toShown(cwd, root)} exists and is not a folder`)
  }
  const configName = CONFIG_FILE_NAMES[0]
  if (!configName) throw new Error('the engine names no config file')
  const configDir = resolve(cwd)
  for (const name of CONFIG_FILE_NAMES) {
    const existing = join(configDir, name)
    if (existsSync(existing)) {
      throw new UsageError(
        `${toShown(cwd, existing)} already exists; not overwriting it (nothing was created)`,
      )
    }
  }
  const files = new Map<string, string>()
  const portfolioPath = toShown(configDir, root)
  files.set(join(configDir, configName), initialConfigText(portfolioPath))
  for (const [name, text] of await bundledTemplates(DOCUMENT_KINDS)) {
    files.set(join(root, 'templates', name), text)
  }
  for (const path of files.keys()) {
    if (existsSync(path)) {
      throw new UsageError(
        `${toShown(cwd, path)} already exists; not overwriting it (nothing was created)`,
      )
    }
  }
  await mkdir(join(root, 'templates'), { recursive: true })
  const created: string[] = []
  for (const [path, text] of files) {
    await writeFile(path, text, { flag: 'wx' })
    created.push(toShown(cwd, path))
  }
  return { created }
}
