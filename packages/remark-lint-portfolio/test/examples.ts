import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

/** One `@example` block from a rule's doc comment. */
export interface RuleExample {
  name: string
  label: 'input' | 'output' | undefined
  /** Rule options, passed as `['warn', config]`. */
  config: unknown
  body: string
}

export interface RuleDoc {
  ruleId: string
  file: string
  /** The doc comment's prose, before the first `@example`. */
  description: string
  examples: RuleExample[]
}

const rulesDir = new URL('../src/rules/', import.meta.url)

/**
 * Reads the examples out of a rule's doc comment, in remark-lint's format:
 * `@example`, a JSON line (`name`, optional `label` and `config`), then the
 * Markdown or the expected `line:column: reason` lines, indented two spaces.
 */
export function readRuleDoc(path: string): RuleDoc {
  const source = readFileSync(path, 'utf8')
  const comment = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(source)
  if (!comment?.[1]) throw new Error(`${path}: no leading doc comment`)
  const lines = comment[1].split('\n').map((line) => line.replace(/^ \*(?: |$)/, ''))
  const blocks: string[][] = [[]]
  for (const line of lines) {
    if (line.trim() === '@example') blocks.push([])
    else (blocks[blocks.length - 1] as string[]).push(line)
  }
  const [prose = [], ...exampleBlocks] = blocks
  const examples = exampleBlocks.map((block) => {
    const body = block.map((line) => line.replace(/^ {2}/, ''))
    while (body[0]?.trim() === '') body.shift()
    const meta = JSON.parse(body.shift() ?? '{}') as {
      name: string
      label?: 'input' | 'output'
      config?: unknown
    }
    while (body[0]?.trim() === '') body.shift()
    while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop()
    return { name: meta.name, label: meta.label, config: meta.config, body: body.join('\n') }
  })
  const ruleId = `portfolio-${basename(path, '.ts')}`
  return { ruleId, file: path, description: prose.join('\n').trim(), examples }
}

export function allRuleDocs(): RuleDoc[] {
  return readdirSync(rulesDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readRuleDoc(join(rulesDir.pathname, name)))
}
