import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { syntaxCanAct as SyntaxCanAct } from '@techfolio/remark-lint-portfolio'
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown'
// remark-parse's types declare the processor data its parser reads (micromarkExtensions…).
import type {} from 'remark-parse'
import { type Preset, type Processor, unified } from 'unified'
import { ConfigError } from './errors.js'
import { findUp } from './find-up.js'
import { type Timings, timeTransformers } from './timing.js'

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

/**
 * The remark configuration's text and that of every local module it imports
 * (`./plugin.mjs`, transitively), for the cache key ('' for the default
 * preset): editing a local plugin must re-check the files it judged.
 */
export function remarkrcText(file: string | undefined): string {
  if (!file) return ''
  const seen = new Set<string>()
  const parts: string[] = []
  const visit = (module: string) => {
    if (seen.has(module) || seen.size >= MAX_LOCAL_IMPORTS) return
    seen.add(module)
    let text: string
    try {
      text = readFileSync(module, 'utf8')
    } catch {
      parts.push(`${module}\0(unreadable)`)
      return
    }
    parts.push(`${module}\0${text}`)
    for (const match of text.matchAll(LOCAL_IMPORT)) {
      visit(path.resolve(path.dirname(module), match[1] as string))
    }
  }
  visit(file)
  return parts.join('\0')
}

/** `from './x.mjs'`, `import './x.js'`, `import('../x.js')`, `require('./x.cjs')`. */
const LOCAL_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g
const MAX_LOCAL_IMPORTS = 200

/** Loads `{plugins, settings}` from a `.remarkrc.*`; the default preset when `file` is undefined. */
export async function loadRemarkPreset(file: string | undefined): Promise<Preset> {
  if (!file) return (await import('@techfolio/remark-lint-portfolio')).default
  const name = path.basename(file)
  let module: Record<string, unknown>
  let timer: NodeJS.Timeout | undefined
  try {
    // The content hash in the URL makes an edited file load again in a long-lived process.
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12)
    // A top-level await that never settles would otherwise end the process silently (exit 13).
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`it did not finish loading within ${LOAD_TIMEOUT_MS / 1000} s`)),
        LOAD_TIMEOUT_MS,
      )
    })
    module = (await Promise.race([
      import(`${pathToFileURL(file).href}?v=${hash}`),
      timeout,
    ])) as Record<string, unknown>
  } catch (error) {
    throw new ConfigError(`${name}: cannot be loaded: ${firstLine(error)}`)
  } finally {
    clearTimeout(timer)
  }
  const exported = 'default' in module ? module.default : module
  if (typeof exported !== 'object' || exported === null || Array.isArray(exported)) {
    throw new ConfigError(
      `${name}: must export an object such as { plugins: [preset] } (got ${exported === null ? 'null' : Array.isArray(exported) ? 'an array' : typeof exported})`,
    )
  }
  const { plugins, settings } = exported as Record<string, unknown>
  if (plugins === undefined) {
    throw new ConfigError(`${name}: exports no plugins: expected { plugins: [preset] }`)
  }
  if (!Array.isArray(plugins)) {
    throw new ConfigError(
      `${name}: plugins must be an array (got ${plugins === null ? 'null' : typeof plugins})`,
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
export async function createProcessor(
  rcFile: string | undefined,
  timings?: Timings,
): Promise<MarkdownProcessor> {
  const preset = await loadRemarkPreset(rcFile)
  // The parser (micromark) loads only when a file is parsed: a warm run never needs it.
  const [{ fromMarkdown }, { syntaxCanAct }] = await Promise.all([
    import('mdast-util-from-markdown'),
    import('@techfolio/remark-lint-portfolio'),
  ])
  try {
    const processor = unified().use(parseWithActiveSyntax, fromMarkdown, syntaxCanAct).use(preset)
    // Only with --timing: otherwise the transformers run unwrapped, at no cost.
    if (timings) timeTransformers(processor as unknown as Processor, timings)
    return processor.freeze() as unknown as MarkdownProcessor
  } catch (error) {
    // A plugin that is not a function, or whose attacher throws, fails here.
    throw new ConfigError(
      `${path.basename(rcFile ?? '.remarkrc.mjs')}: a plugin cannot be set up: ${firstLine(error)}`,
    )
  }
}

/**
 * remark-parse, except that each document is parsed with only the syntax
 * extensions its source can set off (`syntaxCanAct`: the preset's GFM pieces
 * say what they need, such as a `|` for a table or `www.` for a literal link;
 * any other plugin's extensions always take part). The tree is the one
 * remark-parse builds, so remark-cli and editors report the same findings;
 * trying constructs that cannot match was a third of the parse on documents
 * without links, tables or strikethrough.
 */
function parseWithActiveSyntax(
  this: Processor,
  parse: typeof FromMarkdown,
  canAct: typeof SyntaxCanAct,
): undefined {
  this.parser = (document) =>
    parse(document, {
      ...this.data('settings'),
      extensions: (this.data('micromarkExtensions') ?? []).filter((extension) =>
        canAct(extension, document),
      ),
      mdastExtensions: this.data('fromMarkdownExtensions') ?? [],
    })
}

/** How long a `.remarkrc.*` may take to load. */
const LOAD_TIMEOUT_MS = 10_000

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? '').slice(0, 200)
}
