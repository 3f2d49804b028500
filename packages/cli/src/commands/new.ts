import { existsSync, realpathSync, statSync } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { findRoot, UsageError } from '@techfolio/engine'
import { DOCUMENT_KINDS, type DocumentKind, didYouMean } from '@techfolio/remark-lint-portfolio'
import { KIND_ALIASES, KIND_FOLDERS } from '../kinds.js'
import { fillTemplate, findTemplate, TEMPLATE_FORMATS } from '../templates.js'

export function parseKind(input: string): DocumentKind {
  const normalized = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  // Own keys only: `constructor` and other Object.prototype names are not kinds.
  const alias = Object.hasOwn(KIND_ALIASES, normalized) ? KIND_ALIASES[normalized] : undefined
  if (alias) return alias
  if ((DOCUMENT_KINDS as readonly string[]).includes(normalized)) return normalized as DocumentKind
  throw new UsageError(
    `unknown kind "${input}"${didYouMean(normalized, DOCUMENT_KINDS)} (kinds: ${DOCUMENT_KINDS.join(', ')})`,
  )
}

/** A file name from a title: lower case, ASCII letters and digits, `-` between words, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= 60) return slug
  const cut = slug.slice(0, 61)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, 60)).replace(/-+$/, '')
}

/** The next decision number, as adr-tools numbers records: 1 + the highest `NNNN-` prefix in the folder. */
export async function nextDecisionNumber(folder: string): Promise<number> {
  if (!existsSync(folder)) return 1
  let highest = 0
  for (const name of await readdir(folder)) {
    const match = /^(\d+)-/.exec(name)
    if (match?.[1]) highest = Math.max(highest, Number.parseInt(match[1], 10))
  }
  return highest + 1
}

export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The portfolio folder `new` writes into when `--dir` is not given: the
 * current folder when it looks like a portfolio (it has `templates/`), else
 * `portfolio`.
 */
export function defaultPortfolioDir(cwd: string): string {
  if (isDirectory(join(cwd, 'templates')) && !isDirectory(join(cwd, 'portfolio'))) return '.'
  return 'portfolio'
}

/**
 * The folder `new` writes into must stay inside the repository, as `lint`
 * only follows links that do: a symbolic link (`portfolio/code-reviews` →
 * `/tmp/elsewhere`) must not carry a new document out of it.
 */
function refuseOutsideRepository(folder: string, cwd: string): void {
  const root = findRoot(cwd)
  const isInside = (parent: string, child: string) => {
    const path = relative(parent, child)
    return !path.startsWith('..') && !isAbsolute(path)
  }
  // The deepest part of the path that exists decides where the rest will be created.
  let existing = folder
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing)
  const real = realpathSync(existing)
  // An explicit --dir elsewhere is the user's choice; a link that leads out is not.
  if (isInside(root, existing) && !isInside(realpathSync(root), real)) {
    const shown = relative(cwd, existing).split(/[\\/]/).join('/') || '.'
    throw new UsageError(
      `${shown} leads outside the repository (to ${real}); not writing there: expected a folder inside ${root}`,
    )
  }
}

export interface NewOptions {
  dir?: string
  date?: string
  /** A template format other than the guide's, e.g. `madr` for a decision record. */
  format?: string
}

export interface NewResult {
  /** Relative to `cwd`, `/`-separated. */
  path: string
  templateSource: string
}

export async function newDocument(
  kindInput: string,
  title: string,
  options: NewOptions,
  cwd: string,
): Promise<NewResult> {
  const kind = parseKind(kindInput)
  const cleanTitle = title.replace(/\s+/g, ' ').trim()
  const slug = slugify(cleanTitle)
  if (!slug) {
    throw new UsageError(
      `title "${title}" has no letters or digits to make a file name from; give a title like "Extract payments"`,
    )
  }
  const format = options.format?.trim().toLowerCase() || undefined
  if (format) {
    const formats = TEMPLATE_FORMATS[kind] ?? []
    if (!formats.includes(format)) {
      throw new UsageError(
        `--format "${options.format}" is not a format of ${kind}; expected ${formats.length > 0 ? formats.join(', ') : 'no --format for this kind'}`,
      )
    }
  }
  const date = options.date ?? today()
  // Date.parse accepts 2024-02-31 (as March 2): the date must read back the same.
  const parsed = Date.parse(`${date}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed) ||
    new Date(parsed).toISOString().slice(0, 10) !== date
  ) {
    throw new UsageError(`--date "${date}" is not a date; expected YYYY-MM-DD`)
  }
  const portfolioDir = resolve(cwd, options.dir ?? defaultPortfolioDir(cwd))
  if (existsSync(portfolioDir) && !isDirectory(portfolioDir)) {
    throw new UsageError(`${relative(cwd, portfolioDir) || '.'} is not a folder`)
  }
  const folder = join(portfolioDir, KIND_FOLDERS[kind])
  let fileName = `${slug}.md`
  let number: string | undefined
  if (kind === 'decision-record') {
    number = String(await nextDecisionNumber(folder)).padStart(4, '0')
    fileName = `${number}-${slug}.md`
  }
  const target = join(folder, fileName)
  const shown = relative(cwd, target).split(/[\\/]/).join('/')
  if (existsSync(target)) {
    throw new UsageError(`${shown} already exists; not overwriting it (choose another title)`)
  }
  refuseOutsideRepository(folder, cwd)
  const template = await findTemplate(kind, portfolioDir, format)
  const text = fillTemplate(template.text, {
    title: cleanTitle,
    date,
    ...(number ? { number } : {}),
  })
  await mkdir(folder, { recursive: true })
  try {
    await writeFile(target, text, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${shown} already exists; not overwriting it (choose another title)`)
    }
    throw error
  }
  return { path: shown, templateSource: template.source }
}
