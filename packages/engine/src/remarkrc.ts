import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import remarkPresetLintPortfolio from '@techfolio/remark-lint-portfolio'
import remarkParse from 'remark-parse'
import { type Preset, type Processor, unified } from 'unified'
import { ConfigError } from './errors.js'
import { findUp } from './find-up.js'

/**
 * remark configuration files the engine loads, in the order they are looked
 * for in each folder (JavaScript only: the repository's `.remarkrc.mjs`
 * imports the preset, so a JSON configuration would need plugin resolution
 * the engine does not do).
 */
export const REMARKRC_NAMES = ['.remarkrc.mjs', '.remarkrc.js', '.remarkrc.cjs'] as const

/** The nearest `.remarkrc.*` from `cwd` upwards, or undefined. */
export function findRemarkrc(cwd: string): string | undefined {
  return findUp(REMARKRC_NAMES, cwd)
}

/** The remark configuration's text, for the cache key ('' for the default preset). */
export function remarkrcText(file: string | undefined): string {
  return file ? readFileSync(file, 'utf8') : ''
}

/** Loads `{plugins, settings}` from a `.remarkrc.*`; the default preset when `file` is undefined. */
export async function loadRemarkPreset(file: string | undefined): Promise<Preset> {
  if (!file) return remarkPresetLintPortfolio
  let module: Record<string, unknown>
  try {
    // The content hash in the URL makes an edited file load again in a long-lived process.
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12)
    module = (await import(`${pathToFileURL(file).href}?v=${hash}`)) as Record<string, unknown>
  } catch (error) {
    throw new ConfigError(
      `${path.basename(file)}: cannot be loaded: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  const exported = (module.default ?? module) as Record<string, unknown>
  const plugins = exported.plugins ?? module.plugins
  const settings = exported.settings ?? module.settings
  if (plugins !== undefined && !Array.isArray(plugins) && typeof plugins !== 'object') {
    throw new ConfigError(
      `${path.basename(file)}: plugins must be an array (got ${typeof plugins})`,
    )
  }
  const preset: Preset = {}
  if (plugins) preset.plugins = plugins as Preset['plugins']
  if (settings) preset.settings = settings as Preset['settings']
  return preset
}

export type MarkdownProcessor = Processor<
  import('mdast').Root,
  import('mdast').Root,
  import('mdast').Root
>

/** remark-parse plus the configured plugins, frozen: one per run (and per worker). */
export async function createProcessor(rcFile: string | undefined): Promise<MarkdownProcessor> {
  const preset = await loadRemarkPreset(rcFile)
  return unified().use(remarkParse).use(preset).freeze() as unknown as MarkdownProcessor
}
