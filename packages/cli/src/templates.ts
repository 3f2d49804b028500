import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DocumentKind, KINDS } from '@techfolio/remark-lint-portfolio'

/**
 * The templates shipped with the CLI: a copy of the repository's
 * `portfolio/templates/*.md`, made by `prebuild` (scripts/copy-templates.mjs).
 */
export const BUNDLED_TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url))

/** Formats a kind may be scaffolded in besides its default, by kind. */
export const TEMPLATE_FORMATS: Partial<Record<DocumentKind, readonly string[]>> = {
  // MADR, the most common ADR template: `decision-record.madr.md`.
  'decision-record': ['madr'],
}

export function templateFileName(kind: DocumentKind, format?: string): string {
  return format ? `${kind}.${format}.md` : `${kind}.md`
}

/** A template with its origin, for messages. */
export interface Template {
  text: string
  /** Where it came from: a file path, or `built-in` when generated from the kind's sections. */
  source: string
}

/**
 * The template for `kind`: the portfolio's own `templates/<kind>.md` when
 * present, else the one bundled with the CLI, else one generated from the
 * kind's required sections.
 */
export async function findTemplate(
  kind: DocumentKind,
  portfolioDir: string,
  format?: string,
): Promise<Template> {
  for (const dir of [join(portfolioDir, 'templates'), BUNDLED_TEMPLATES_DIR]) {
    const path = join(dir, templateFileName(kind, format))
    if (existsSync(path)) return { text: await readFile(path, 'utf8'), source: path }
  }
  return { text: generatedTemplate(kind), source: 'built-in' }
}

/** The bundled templates, by file name; generated ones for kinds without a bundled file. */
export async function bundledTemplates(
  kinds: readonly DocumentKind[],
): Promise<Map<string, string>> {
  const templates = new Map<string, string>()
  const names = existsSync(BUNDLED_TEMPLATES_DIR)
    ? (await readdir(BUNDLED_TEMPLATES_DIR)).filter((name) => name.endsWith('.md')).sort()
    : []
  for (const name of names) {
    templates.set(name, await readFile(join(BUNDLED_TEMPLATES_DIR, name), 'utf8'))
  }
  for (const kind of kinds) {
    const name = templateFileName(kind)
    if (!templates.has(name)) templates.set(name, generatedTemplate(kind))
  }
  return templates
}

/** A minimal template from the kind's first accepted structure. */
export function generatedTemplate(kind: DocumentKind): string {
  const spec = KINDS[kind]
  const structure = spec.structures[0]
  const sections = structure?.sections ?? []
  const body = sections
    .map((section) => `## ${section.name}\n\nTODO: ${section.name.toLowerCase()}.\n`)
    .join('\n')
  return [
    '---',
    `kind: ${kind}`,
    'title: "{{title}}"',
    'date: {{date}}',
    'leadership-principles: []',
    '---',
    '',
    '# {{title}}',
    '',
    body,
  ].join('\n')
}

function yamlDoubleQuoted(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}

function yamlPlainSafe(value: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/()&+-]*$/u.test(value) && !/ $/.test(value)
}

/**
 * Fills `{{title}}`, `{{date}}` and `{{number}}`. Inside the front matter
 * the title is escaped for the quotes around it (or quoted when bare and not
 * safe as plain YAML), so any title gives valid YAML.
 */
export function fillTemplate(
  template: string,
  values: { title: string; date: string; number?: string },
): string {
  // One pass over the template: a title holding `{{date}}` is kept literally, not filled again.
  const fill = (text: string, title: (quote: string) => string) =>
    text.replace(
      /(["']?)\{\{\s*title\s*\}\}\1|\{\{\s*(date|number)\s*\}\}/g,
      (_match, quote: string | undefined, name: string | undefined) =>
        name === 'date'
          ? values.date
          : name === 'number'
            ? (values.number ?? '')
            : title(quote ?? ''),
    )
  const match = /^(---\r?\n)([\s\S]*?\r?\n)(---\r?\n?)/.exec(template)
  if (!match) return fill(template, (quote) => `${quote}${values.title}${quote}`)
  const [whole, open, yaml = '', close] = match
  const frontMatter = fill(yaml, (quote) => {
    if (quote === '"') return `"${yamlDoubleQuoted(values.title)}"`
    if (quote === "'") return `'${values.title.replace(/'/g, "''")}'`
    return yamlPlainSafe(values.title) ? values.title : JSON.stringify(values.title)
  })
  const body = fill(template.slice(whole.length), (quote) => `${quote}${values.title}${quote}`)
  return `${open}${frontMatter}${close}${body}`
}
