import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ENGINE_CHECKS, UsageError } from '@techfolio/engine'
import { didYouMean, RULES, ruleDocsUrl } from '@techfolio/remark-lint-portfolio'

const PREFIX = 'portfolio-'
const RULES_PACKAGE = '@techfolio/remark-lint-portfolio'

/** The folder of the installed rules package (the one holding its package.json). */
export function rulesPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(RULES_PACKAGE)))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }
      if (name === RULES_PACKAGE) return dir
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`cannot find the folder of ${RULES_PACKAGE}`)
    dir = parent
  }
}

/** Every id `explain` knows: lint rules, then cross-document checks. */
export function knownIds(): string[] {
  return [...RULES.map((rule) => rule.id), ...ENGINE_CHECKS.map((check) => check.id)]
}

function withoutPrefix(id: string): string {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id
}

/**
 * The documentation of a lint rule (its generated `docs/rules/<id>.md`) or of
 * a cross-document check (from the engine). The id may omit `portfolio-`.
 */
export async function explain(input: string): Promise<string> {
  const wanted = input.trim().toLowerCase()
  const ids = knownIds()
  const id = ids.find((known) => known === wanted || withoutPrefix(known) === withoutPrefix(wanted))
  if (!id) {
    const candidates = [...ids, ...ids.map(withoutPrefix)]
    throw new UsageError(
      `unknown rule "${input}"${didYouMean(wanted, candidates)} (run \`techfolio explain --list\` to see them all)`,
    )
  }
  const rule = RULES.find((known) => known.id === id)
  if (rule) {
    const path = join(rulesPackageDir(), 'docs', 'rules', `${id}.md`)
    if (existsSync(path)) return ensureNewline(withoutComments(await readFile(path, 'utf8')))
    return `# ${id}\n\n${rule.summary}\n\nSeverity: ${rule.severity}. Checks: ${rule.kinds.join(', ')}.\n\n${ruleDocsUrl(id)}\n`
  }
  const check = ENGINE_CHECKS.find((known) => known.id === id)
  if (!check) throw new Error(`no documentation for ${id}`)
  const docs = check.docs.trim()
  return ensureNewline(docs.startsWith('#') ? docs : `# ${id}\n\n${check.summary}\n\n${docs}`)
}

/** One line per rule and check: id and summary. */
export function listRules(): string {
  const rows = [
    ...RULES.map((rule) => [rule.id, rule.summary] as const),
    ...ENGINE_CHECKS.map((check) => [check.id, check.summary] as const),
  ]
  const width = Math.max(...rows.map(([id]) => id.length))
  return `${rows.map(([id, summary]) => `${id.padEnd(width)}  ${summary}`).join('\n')}\n`
}

/** Drops leading HTML comments (the "generated from" note is for maintainers, not readers). */
function withoutComments(text: string): string {
  return text.replace(/^(?:\s*<!--[\s\S]*?-->)+\s*/, '')
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
