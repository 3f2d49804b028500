/**
 * Finds the portfolio's Markdown files: explicit files, folders (walked) and
 * globs; honours `.gitignore` and `.remarkignore`; skips `templates/`
 * folders, `node_modules` and `.git`; follows a symbolic link only when its
 * target is inside the repository, and each real folder once (so a link loop
 * ends).
 */
import { type Dirent, existsSync, readdirSync } from 'node:fs'
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import ignoreModule, { type Ignore } from 'ignore'
import { checkDocsUrl } from './checks-meta.js'
import { CONFIG_FILE_NAMES } from './config.js'
import { EmptyPortfolioError, InputError } from './errors.js'
import { findUp } from './find-up.js'
import type { Finding } from './types.js'

// `ignore` is CommonJS with a `default` property; NodeNext types see the namespace.
const ignore = ((ignoreModule as unknown as { default?: unknown }).default ??
  ignoreModule) as unknown as () => Ignore

export const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd|mkdn)$/i
const ALWAYS_SKIPPED = new Set(['node_modules', '.git'])
/** Folders of templates: placeholder text on purpose, not the user's content. */
export const TEMPLATE_FOLDER = 'templates'

export interface DiscoveredFile {
  absolute: string
  /** Relative to cwd, `/`-separated. */
  path: string
}

export interface Discovery {
  files: DiscoveredFile[]
  /** Symbolic links skipped, keyed by their own path (relative to cwd). */
  skipped: Map<string, Finding>
  /** Where portfolio-wide findings go: the folder given, or the files' common folder. */
  portfolioPath: string
}

/** The repository root: the nearest folder from `cwd` upwards with `.git` or a techfolio config. */
export function findRoot(cwd: string): string {
  const marker = findUp(['.git', ...CONFIG_FILE_NAMES], cwd)
  return marker ? path.dirname(marker) : path.resolve(cwd)
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

export function relativePath(cwd: string, absolute: string): string {
  return toPosix(path.relative(cwd, absolute)) || '.'
}

interface IgnoreFile {
  dir: string
  matcher: Ignore
}

async function loadIgnores(dirs: string[]): Promise<IgnoreFile[]> {
  const out: IgnoreFile[] = []
  for (const dir of [...new Set(dirs)]) {
    const matcher = ignore()
    let any = false
    for (const name of ['.gitignore', '.remarkignore']) {
      try {
        matcher.add(await readFile(path.join(dir, name), 'utf8'))
        any = true
      } catch {
        // No such file: nothing to ignore.
      }
    }
    if (any) out.push({ dir, matcher })
  }
  return out
}

function isIgnored(ignores: IgnoreFile[], absolute: string, directory: boolean): boolean {
  for (const { dir, matcher } of ignores) {
    const relative = toPosix(path.relative(dir, absolute))
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) continue
    if (matcher.ignores(directory ? `${relative}/` : relative)) return true
  }
  return false
}

/** `child` is `parent` or lies below it. */
export function inside(parent: string, child: string): boolean {
  return (
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  )
}

export interface DiscoverOptions {
  cwd: string
  root: string
  paths: string[]
}

export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const cwd = path.resolve(options.cwd)
  const root = path.resolve(options.root)
  const rootReal = await realpath(root).catch(() => root)
  const ignores = await loadIgnores([root, cwd])
  const byReal = new Map<string, DiscoveredFile>()
  const skipped = new Map<string, Finding>()
  const visitedDirs = new Set<string>()
  const folders: string[] = []

  const skip = (absolute: string, message: string) => {
    skipped.set(relativePath(cwd, absolute), {
      ruleId: 'portfolio-symlink',
      severity: 'warning',
      message,
      line: 1,
      column: 1,
      url: checkDocsUrl('portfolio-symlink'),
    })
  }

  /** Resolves a symbolic link; undefined (and a warning) when it is broken or leads outside. */
  const followLink = async (absolute: string): Promise<string | undefined> => {
    const target = await realpath(absolute).catch(() => undefined)
    if (!target) {
      skip(absolute, 'Symbolic link is broken (its target does not exist): skipped')
      return undefined
    }
    if (!inside(rootReal, target)) {
      skip(
        absolute,
        `Symbolic link points outside the repository (to ${target}): skipped; expected a target inside ${root}`,
      )
      return undefined
    }
    return target
  }

  const addFile = (absolute: string, real: string) => {
    if (!byReal.has(real)) byReal.set(real, { absolute, path: relativePath(cwd, absolute) })
  }

  const walk = async (dir: string, real: string): Promise<void> => {
    if (visitedDirs.has(real)) return
    visitedDirs.add(real)
    let entries: Dirent[]
    try {
      // Synchronous: awaiting each folder's listing in turn left the thread idle for most of the
      // walk (431 folders: 32 of 68 ms idle in a warm run's profile).
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      throw new InputError(
        `${relativePath(cwd, dir)}: folder cannot be read (${(error as NodeJS.ErrnoException).code})`,
      )
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name)
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      let entryReal = path.join(real, entry.name)
      if (entry.isSymbolicLink()) {
        const target = await followLink(absolute)
        if (!target) continue
        const info = await stat(target).catch(() => undefined)
        if (!info) continue
        isDir = info.isDirectory()
        isFile = info.isFile()
        entryReal = target
      }
      if (isDir) {
        if (entry.name === TEMPLATE_FOLDER) continue
        if (isIgnored(ignores, absolute, true)) continue
        await walk(absolute, entryReal)
      } else if (isFile && MARKDOWN_EXTENSIONS.test(entry.name)) {
        if (isIgnored(ignores, absolute, false)) continue
        addFile(absolute, entryReal)
      }
    }
  }

  for (const given of options.paths) {
    const before = byReal.size
    // A path that exists is a file or folder, never a pattern: `notes (draft).md`, `[draft].md`.
    const exists = await lstat(path.resolve(cwd, given)).then(
      () => true,
      () => false,
    )
    // tinyglobby (with fdir and picomatch) loads only for a path that does not exist.
    const globber = exists ? undefined : await import('tinyglobby')
    if (globber?.isDynamicPattern(given)) {
      const matches = await globber.glob([given], {
        cwd,
        absolute: true,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      })
      matches.sort()
      for (const match of matches) {
        const absolute = path.resolve(match)
        if (!MARKDOWN_EXTENSIONS.test(absolute)) continue
        const parts = toPosix(path.relative(cwd, absolute)).split('/')
        if (parts.slice(0, -1).includes(TEMPLATE_FOLDER)) continue
        if (isIgnored(ignores, absolute, false)) continue
        const info = await lstat(absolute).catch(() => undefined)
        if (!info) continue
        const real = info.isSymbolicLink()
          ? await followLink(absolute)
          : await realpath(absolute).catch(() => absolute)
        if (real) addFile(absolute, real)
      }
      if (byReal.size === before) throw new InputError(`No Markdown files match ${given}`)
      continue
    }
    const absolute = path.resolve(cwd, given)
    const info = await lstat(absolute).catch(() => undefined)
    if (!info) throw new InputError(`Path not found: ${given}`)
    let real = absolute
    let isDirectory = info.isDirectory()
    let kind = info
    if (info.isSymbolicLink()) {
      // Named explicitly, a link that leads nowhere is an error, not a silent skip.
      const broken = await realpath(absolute).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error.code,
      )
      if (broken === 'ELOOP') {
        throw new InputError(
          `${given}: symbolic link loops back on itself: expected a link to a file or folder`,
        )
      }
      if (broken) {
        throw new InputError(
          `${given}: symbolic link is broken (its target does not exist): expected a link to a file or folder`,
        )
      }
      const target = await followLink(absolute)
      if (!target) continue
      real = target
      kind = await stat(target)
      isDirectory = kind.isDirectory()
    } else {
      real = await realpath(absolute).catch(() => absolute)
    }
    if (!isDirectory && !kind.isFile()) {
      // A FIFO or a device (`/dev/zero`) would block or never end.
      throw new InputError(
        `${given}: not a regular file (a pipe, socket or device): expected a Markdown file or a folder`,
      )
    }
    if (isDirectory) {
      folders.push(absolute)
      const wasVisited = visitedDirs.has(real)
      await walk(absolute, real)
      if (byReal.size === before && !wasVisited) {
        if (existsSync(path.join(absolute, TEMPLATE_FOLDER))) {
          throw new EmptyPortfolioError(
            `${given} holds no documents yet, only ${TEMPLATE_FOLDER}/: add the first with \`techfolio new executive-summary "Executive summary"\`, then run this again`,
          )
        }
        throw new InputError(`No Markdown files in ${given}`)
      }
    } else {
      // A file named explicitly is checked whatever its extension or ignore files say.
      addFile(absolute, real)
    }
  }

  const files = [...byReal.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )
  return { files, skipped, portfolioPath: portfolioPath(cwd, folders, files) }
}

function portfolioPath(cwd: string, folders: string[], files: DiscoveredFile[]): string {
  if (folders.length === 1 && files.every((file) => inside(folders[0] as string, file.absolute))) {
    return relativePath(cwd, folders[0] as string)
  }
  const dirs = files.map((file) => path.dirname(file.absolute))
  if (dirs.length === 0) return relativePath(cwd, folders[0] ?? cwd)
  let common = dirs[0] as string
  for (const dir of dirs) {
    while (!inside(common, dir)) common = path.dirname(common)
  }
  return relativePath(cwd, common)
}
