/**
 * The sample portfolio in `portfolio/` is what a new user sees first, so it
 * must pass every rule; and because it is realistic, it is also the best
 * fixture for the rules: each mutation test below copies one sample
 * document, introduces exactly one defect, and checks that the rule meant to
 * catch it does.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import preset, { DOCUMENT_KINDS, frontMatter, matchPrinciple, RULES } from '../src/index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const portfolioRoot = join(repoRoot, 'portfolio')

/** Every Markdown file under `dir`, relative to the repo root, `/`-separated, sorted. */
function markdownFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === 'templates' || entry.name === 'node_modules') continue
      found.push(...markdownFiles(path))
    } else if (entry.name.endsWith('.md')) {
      found.push(relative(repoRoot, path).split(sep).join('/'))
    }
  }
  return found.sort()
}

const sampleFiles = markdownFiles(portfolioRoot)

function readSample(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8')
}

/** Runs the whole preset over one document, as remark-cli does with the root `.remarkrc.mjs`. */
async function lint(path: string, markdown: string): Promise<VFile> {
  const processor = unified().use(remarkParse).use(preset)
  const file = new VFile({ path, value: markdown })
  await processor.run(processor.parse(file), file)
  return file
}

function describeMessages(file: VFile): string[] {
  return file.messages.map(
    (message) =>
      `${file.path}:${message.line}:${message.column} ${message.ruleId}: ${message.reason}`,
  )
}

/** Replaces the first match, failing loudly when the sample no longer contains it. */
function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === 'string' ? text.includes(search) : search.test(text)
  if (!found) throw new Error(`mutation target not found in sample: ${String(search)}`)
  return text.replace(search, replacement)
}

/** The `## heading` section, from its heading line up to the next heading of depth <= 2. */
function sectionPattern(heading: string): RegExp {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^## ${escaped}\\n[\\s\\S]*?(?=^#{1,2} |(?![\\s\\S]))`, 'm')
}

function removeSection(text: string, heading: string): string {
  return replaceOnce(text, sectionPattern(heading), '')
}

function replaceSectionBody(text: string, heading: string, body: string): string {
  return replaceOnce(text, sectionPattern(heading), `## ${heading}\n\n${body}\n\n`)
}

function insertAfterHeading(text: string, heading: string, paragraph: string): string {
  return replaceOnce(text, `## ${heading}\n\n`, `## ${heading}\n\n${paragraph}\n\n`)
}

const SYSTEM = 'portfolio/systems/load-matching-engine.md'
const DECISION = 'portfolio/decisions/0001-stream-tracking-events-through-kafka.md'
const PERFORMANCE = 'portfolio/case-studies/quote-api-latency.md'
const SUMMARY = 'portfolio/executive-summary.md'

describe('sample portfolio', () => {
  it('has every kind of document the guide asks for', () => {
    expect(sampleFiles).toEqual(
      expect.arrayContaining([SUMMARY, SYSTEM, DECISION, PERFORMANCE, 'portfolio/story-bank.md']),
    )
    expect(sampleFiles.filter((path) => path.startsWith('portfolio/systems/'))).toHaveLength(3)
    expect(sampleFiles.filter((path) => /^portfolio\/decisions\/\d{4}-/.test(path))).toHaveLength(2)
  })

  it.each(sampleFiles)('%s passes every rule', async (path) => {
    const file = await lint(path, readSample(path))
    expect(describeMessages(file)).toEqual([])
  })
})

/** Parses with the preset's parsers (front matter, GFM) and runs no rules. */
function parser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
}

function parse(markdown: string): Root {
  const processor = parser()
  return processor.runSync(processor.parse(markdown)) as Root
}

describe('sample portfolio as a whole', () => {
  it('claims each Leadership Principle it targets in at least two documents', () => {
    const claims = new Map<string, string[]>()
    for (const path of sampleFiles) {
      for (const entry of frontMatter(parse(readSample(path))).principles) {
        const principle = matchPrinciple(entry.value)
        expect(principle, `${path}: ${entry.value}`).toBeDefined()
        claims.set(principle as string, [...(claims.get(principle as string) ?? []), path])
      }
    }
    expect(claims.size).toBeGreaterThan(0)
    for (const [principle, paths] of claims) {
      expect(paths.length, `${principle}: ${paths.join(', ')}`).toBeGreaterThanOrEqual(2)
    }
  })

  it.each(['portfolio/story-bank.md', SUMMARY])('%s links only to documents that exist', (path) => {
    const markdown = readSample(path)
    const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      expect(link).not.toMatch(/^[a-z]+:/)
      const target = join(repoRoot, path, '..', link.split('#')[0] as string)
      expect(existsSync(target), `${path} links to missing ${link}`).toBe(true)
    }
  })

  it('story bank maps every story in the portfolio', () => {
    const storyBank = readSample('portfolio/story-bank.md')
    const stories = sampleFiles.filter(
      (path) => path !== SUMMARY && path !== 'portfolio/story-bank.md',
    )
    for (const path of stories) {
      expect(storyBank).toContain(`](${path.replace(/^portfolio\//, '')})`)
    }
  })
})

describe('templates', () => {
  const templatesRoot = join(portfolioRoot, 'templates')
  /** Rules a freshly scaffolded document must already satisfy; the rest flag its placeholders. */
  const structural = [
    'portfolio-front-matter',
    'portfolio-leadership-principles',
    'portfolio-required-sections',
  ]

  it.each([...DOCUMENT_KINDS])(
    '%s has a template with its front matter and every required section, each still to be written',
    async (kind) => {
      const path = join(templatesRoot, `${kind}.md`)
      expect(existsSync(path), `missing portfolio/templates/${kind}.md`).toBe(true)
      const template = readFileSync(path, 'utf8')
      expect(template).toContain('title: "{{title}}"')
      const markdown = template
        .replaceAll('{{title}}', 'A scaffolded document')
        .replaceAll('{{date}}', '2026-01-15')
        .replaceAll('{{number}}', '0003')
      const matter = frontMatter(parse(markdown))
      expect(matter.kind).toBe(kind)
      const processor = parser().use(remarkLint)
      for (const rule of RULES.filter((entry) => structural.includes(entry.id))) {
        processor.use(rule.plugin, ['error'])
      }
      const file = new VFile({ path: `portfolio/templates/${kind}.md`, value: markdown })
      await processor.run(processor.parse(file), file)
      // Every required section has its heading, so nothing is missing; but a
      // section still holding only the template's guidance is not written
      // yet, and says so (issue 6: template text does not meet a requirement).
      const messages = describeMessages(file)
      expect(messages.filter((line) => !line.includes("still holds the template's"))).toEqual([])
      expect(messages.length).toBeGreaterThan(0)
    },
  )

  it('leave leadership-principles empty for the author to fill', () => {
    for (const kind of DOCUMENT_KINDS) {
      const matter = frontMatter(parse(readFileSync(join(templatesRoot, `${kind}.md`), 'utf8')))
      expect(matter.principles, kind).toEqual([])
    }
  })
})

interface Mutation {
  name: string
  path: string
  ruleId: string
  mutate: (text: string) => string
}

const LONG_PARAGRAPH = Array.from(
  { length: 40 },
  (_, index) =>
    `In quarter ${index + 1} I also reviewed the designs of the platform teams and wrote down what they learned.`,
).join(' ')

const MUTATIONS: Mutation[] = [
  {
    name: 'missing front matter',
    path: SYSTEM,
    ruleId: 'portfolio-front-matter',
    mutate: (text) => replaceOnce(text, /^---\n[\s\S]*?\n---\n/, ''),
  },
  {
    name: 'broken YAML in front matter',
    path: SYSTEM,
    ruleId: 'portfolio-front-matter',
    mutate: (text) =>
      replaceOnce(text, 'title: Load Matching Engine', 'title: [Load Matching Engine'),
  },
  {
    name: 'unknown kind',
    path: SYSTEM,
    ruleId: 'portfolio-front-matter',
    mutate: (text) => replaceOnce(text, 'kind: system', 'kind: design-doc'),
  },
  {
    name: 'misspelt Leadership Principle',
    path: SYSTEM,
    ruleId: 'portfolio-leadership-principles',
    mutate: (text) => replaceOnce(text, '  - Deliver Results\n', '  - Deliver Resluts\n'),
  },
  {
    name: 'unquoted "Are Right, A Lot" in a YAML flow list',
    path: DECISION,
    ruleId: 'portfolio-leadership-principles',
    mutate: (text) =>
      replaceOnce(
        text,
        /leadership-principles:\n(?: {2}- .*\n)+/,
        'leadership-principles: [Are Right, A Lot, Think Big, Frugality]\n',
      ),
  },
  {
    name: 'a required section removed',
    path: SYSTEM,
    ruleId: 'portfolio-required-sections',
    mutate: (text) => removeSection(text, 'Scale'),
  },
  {
    name: 'a required section emptied',
    path: DECISION,
    ruleId: 'portfolio-required-sections',
    // Context, not Rationale: a MADR or Nygard record has no Rationale section.
    mutate: (text) => replaceSectionBody(text, 'Context', ''),
  },
  {
    name: 'a decision record with one option',
    path: DECISION,
    ruleId: 'portfolio-options-considered',
    mutate: (text) =>
      replaceSectionBody(
        text,
        'Options Considered',
        [
          '1. **Managed Kafka (Amazon MSK) keyed by shipment**',
          '   - Pros: ordered per shipment, replayable for 7 days',
          '   - Cons: partition planning and broker upgrades become our problem',
        ].join('\n'),
      ),
  },
  {
    name: 'a system decision without its trade-off',
    path: SYSTEM,
    ruleId: 'portfolio-trade-offs',
    mutate: (text) => replaceOnce(text, /^ {3}- Trade-off:.*\n(?: {5}.*\n)*/m, ''),
  },
  {
    name: 'results without numbers',
    path: DECISION,
    ruleId: 'portfolio-quantified-results',
    mutate: (text) => replaceSectionBody(text, 'Results', 'Search got much better.'),
  },
  {
    name: 'a percentage that disagrees with its before and after',
    path: PERFORMANCE,
    ruleId: 'portfolio-metric-arithmetic',
    mutate: (text) =>
      replaceOnce(
        text,
        '- p99 quote latency: 3.4s → 310ms (91% faster)',
        '- p99 quote latency: 2s → 150ms (50% improvement)',
      ),
  },
  {
    name: 'a TODO left in',
    path: PERFORMANCE,
    ruleId: 'portfolio-placeholders',
    mutate: (text) => insertAfterHeading(text, 'Analysis', 'TODO: add the trace breakdown.'),
  },
  {
    name: 'the architecture diagram removed',
    path: SYSTEM,
    ruleId: 'portfolio-diagram',
    mutate: (text) => replaceOnce(text, /```mermaid\n[\s\S]*?\n```\n/, ''),
  },
  {
    name: 'an executive summary longer than one page',
    path: SUMMARY,
    ruleId: 'portfolio-summary-length',
    mutate: (text) => insertAfterHeading(text, 'Leadership Impact', LONG_PARAGRAPH),
  },
  {
    name: 'a story told entirely in "we"',
    path: PERFORMANCE,
    ruleId: 'portfolio-first-person',
    mutate: (text) => {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
      const frontMatter = text.slice(0, text.length - body.length)
      const weBody = body
        .replace(/\bI\b/g, 'we')
        .replace(/\bmy\b/g, 'our')
        .replace(/\bme\b/g, 'us')
      if (weBody === body) throw new Error('mutation target not found: no "I" in the story')
      return frontMatter + weBody
    },
  },
  {
    name: 'a story told mostly as "we"',
    path: PERFORMANCE,
    ruleId: 'portfolio-ownership-voice',
    mutate: (text) => {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
      const frontMatter = text.slice(0, text.length - body.length)
      // Keep the first "I": a low share of "I" is the warning; none at all is portfolio-first-person.
      let kept = false
      const weBody = body
        .replace(/\bI\b/g, (word) => {
          if (kept) return 'we'
          kept = true
          return word
        })
        .replace(/\bmy\b/g, 'our')
        .replace(/\bme\b/g, 'us')
      if (weBody === body) throw new Error('mutation target not found: no "I" in the story')
      return frontMatter + weBody
    },
  },
  {
    name: '"was assigned" in a story',
    path: PERFORMANCE,
    ruleId: 'portfolio-ownership-voice',
    mutate: (text) =>
      insertAfterHeading(text, 'Challenge', 'I was assigned the latency work by my director.'),
  },
  {
    name: 'an e-mail address',
    path: PERFORMANCE,
    ruleId: 'portfolio-confidentiality',
    mutate: (text) =>
      insertAfterHeading(
        text,
        'Analysis',
        'The traces came from maya.lindqvist@harborline-freight.com.',
      ),
  },
  {
    name: 'a ticket id',
    path: PERFORMANCE,
    ruleId: 'portfolio-confidentiality',
    mutate: (text) => insertAfterHeading(text, 'Solution', 'The work was tracked as ABC-1234.'),
  },
]

describe('mutation: one defect in a sample document', () => {
  it.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))(
    '%s',
    async (_name, mutation) => {
      const original = readSample(mutation.path)
      const mutated = mutation.mutate(original)
      expect(mutated).not.toBe(original)
      const file = await lint(mutation.path, mutated)
      const fromRule = file.messages.filter((message) => message.ruleId === mutation.ruleId)
      expect(
        fromRule.length,
        `expected ${mutation.ruleId} to report; got:\n${describeMessages(file).join('\n') || '(nothing)'}`,
      ).toBeGreaterThan(0)
      for (const message of fromRule) {
        expect(message.line).toBeGreaterThan(0)
        expect(message.source).toBe('remark-lint')
      }
    },
  )
})

describe('severity', () => {
  it('reports an error-severity rule as fatal, so `remark` without --frail fails too', async () => {
    const info = RULES.find((rule) => rule.id === 'portfolio-front-matter')
    expect(info?.severity).toBe('error')
    const markdown = readSample(SYSTEM).replace(/^---\n[\s\S]*?\n---\n/, '')
    const file = await lint(SYSTEM, markdown)
    const messages = file.messages.filter((message) => message.ruleId === 'portfolio-front-matter')
    expect(messages.length).toBeGreaterThan(0)
    // unified-lint-rule reads a bare string as the rule's options, not its
    // severity: a preset entry must be `[plugin, ['error']]`, not `[plugin, 'error']`.
    for (const message of messages) expect(message.fatal).toBe(true)
  })
})

describe('remark-cli with the root .remarkrc.mjs', () => {
  const remarkBin = join(repoRoot, 'node_modules', '.bin', 'remark')
  const rcPath = join(repoRoot, '.remarkrc.mjs')

  /**
   * The CLI loads the built preset (dist/), as editors do; a stale build would
   * test old rules, so each source file must have an output at least as new.
   */
  function assertBuilt(): void {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
      )
    for (const source of sources(join(packageRoot, 'src'))) {
      if (!source.endsWith('.ts') || source.endsWith('.d.ts')) continue
      const name = relative(join(packageRoot, 'src'), source).replace(/\.ts$/, '.js')
      const built = join(packageRoot, 'dist', name)
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
        throw new Error(
          `dist/${name.split(sep).join('/')} is missing or older than its source: run \`npm run build\` before this test`,
        )
      }
    }
  }

  function remark(cwd: string, extra: string[] = []) {
    return spawnSync(remarkBin, ['portfolio', '--frail', '--quiet', ...extra], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
    })
  }

  it('exits 0 on the sample portfolio', () => {
    assertBuilt()
    const result = remark(repoRoot)
    expect(result.error).toBeUndefined()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 60_000)

  it('exits non-zero on a copy of the portfolio with one defect', () => {
    assertBuilt()
    const dir = mkdtempSync(join(tmpdir(), 'techfolio-sample-'))
    try {
      const copy = join(dir, 'portfolio')
      cpSync(portfolioRoot, copy, {
        recursive: true,
        filter: (source) => !source.split(sep).includes('templates'),
      })
      const target = join(dir, SYSTEM)
      const original = readFileSync(target, 'utf8')
      writeFileSync(target, replaceOnce(original, /^---\n[\s\S]*?\n---\n/, ''))
      const result = remark(dir, ['--rc-path', rcPath])
      expect(result.error).toBeUndefined()
      expect(result.status).not.toBe(0)
      expect(result.stderr).toContain('portfolio-front-matter')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
