/**
 * The preset's GFM plugin must build exactly the tree remark-gfm builds: it
 * only skips the literal-autolink pass where that pass cannot change anything,
 * and a parser that leaves out the syntax extensions `syntaxCanAct` rules out
 * for a source (as the engine's does) builds that same tree.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkGfmPortfolio, {
  gatedGfmFromMarkdown,
  mayHoldLiteralAutolink,
  syntaxCanAct,
} from '../src/gfm.js'
import preset from '../src/index.js'

const withRemarkGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
const withPreset = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmPortfolio)

function parse(processor: typeof withRemarkGfm, text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}

const presetData = withPreset.freeze().data()

/** The preset's extensions less those `syntaxCanAct` rules out for `text`. */
function activeSyntax(text: string) {
  return (presetData.micromarkExtensions ?? []).filter((extension) => syntaxCanAct(extension, text))
}

/** Parses as the engine does: only the syntax extensions that can act on `text`. */
function parseWithActiveSyntax(text: string): Root {
  return fromMarkdown(text, {
    extensions: activeSyntax(text),
    mdastExtensions: presetData.fromMarkdownExtensions ?? [],
  })
}

/**
 * Lines that set off each GFM construct, or come close to one without it
 * (escaped and encoded pipes, a tilde in prose, `[ ^a]`), and plain prose.
 */
const FRAGMENTS = [
  'I cut the nightly run from 6 h to 40 min.',
  '| Before | After |\n| --- | --- |\n| 6 h | 40 min |',
  'Stage\n:--\nBuild',
  'Stage\n--:\nBuild',
  'Latency\n---',
  'a \\| b and c &#124; d',
  '~~old path~~ removed, ~one~ too',
  'costs ~$4k a month',
  'the ~old~ new path',
  '- [x] shipped\n- [ ] not yet',
  '* [X] upper-case check',
  'The audit found it.[^1]\n\n[^1]: After the audit.',
  '[ ^a] is not a footnote, [^b] has no definition',
  'See www.example.com/runbook or WWW.Example.org.',
  'Dashboards at HTTPS://grafana.example.com/d/abc and http://a.example.',
  'Questions to platform-team@example.com, or mailto:oncall@example.com.',
  'Paged @oncall at 3 a.m.',
  '[the RFC](https://example.com/rfc) and <https://example.com>',
  '> | quoted | table |\n> | :- | -: |\n> | 1 | 2 |',
  '- item\n\n  | in | list |\n  | -- | -- |\n  | a | b |',
  '`code | with ~ and [^x] www.a.b`',
]

/** Texts written as people write them, with and without what becomes a link. */
const TEXTS: Record<string, string> = {
  'no links at all':
    '# Payroll batch rewrite\n\nI cut the nightly run from 6 h to 40 min.\n\n| Before | After |\n| --- | --- |\n| 6 h | 40 min |\n\n- [x] shipped\n- [ ] ~~old path~~ removed[^1]\n\n[^1]: After the audit.\n',
  'a bare www address': 'See www.example.com/runbook for the steps.\n',
  'an upper-case scheme': 'The dashboard lives at HTTPS://grafana.internal.example.com/d/abc.\n',
  'an e-mail address': 'Questions to platform-team@example.com, please.\n',
  'mailto and xmpp': 'Write mailto:oncall@example.com or xmpp:ops@chat.example.org/pager.\n',
  'an @ written as a character reference': 'Mail me at jane&#64;example.com.\n',
  'a literal link inside emphasis and a table':
    '*Docs: https://docs.example.com/a*\n\n| Link |\n| --- |\n| www.example.org |\n',
  'a link that is already a link': '[the RFC](https://example.com/rfc) and <https://example.com>\n',
  'an @ with nothing to link': 'Paged @oncall at 3 a.m.; the fix landed @ 04:10.\n',
  'front matter holding a URL':
    '---\ntitle: Search\nlink: https://example.com\n---\n\n# Search\n\nNo link in the body.\n',
}

/** Each Markdown file of the sample portfolio, with its text. */
function sampleDocuments(): Array<[string, string]> {
  const root = path.resolve(import.meta.dirname, '../../../portfolio')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.md'),
  )
  expect(files.length).toBeGreaterThan(10)
  return files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')])
}

describe('remarkGfmPortfolio', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`builds remark-gfm's tree: ${name}`, () => {
      expect(parse(withPreset, text)).toEqual(parse(withRemarkGfm, text))
    })
  }

  it("builds remark-gfm's tree for every document of the sample portfolio", () => {
    for (const [file, text] of sampleDocuments()) {
      expect(parse(withPreset, text), file).toEqual(parse(withRemarkGfm, text))
    }
  })

  it('still makes links of literal addresses', () => {
    const tree = parse(withPreset, TEXTS['an e-mail address'] as string)
    expect(JSON.stringify(tree)).toContain('"url":"mailto:platform-team@example.com"')
  })

  it('wraps the literal-autolink pass (so the gate is really in place)', () => {
    const original = new Set(gfmAutolinkLiteralFromMarkdown().transforms)
    const transforms = gatedGfmFromMarkdown().flatMap((extension) => extension.transforms ?? [])
    expect(transforms.length).toBeGreaterThan(0)
    expect(transforms.some((transform) => original.has(transform))).toBe(false)
    expect(preset.plugins).toContain(remarkGfmPortfolio)
  })
})

describe('syntaxCanAct', () => {
  it('leaves out every GFM syntax extension for prose that sets off none', () => {
    const prose =
      '# Payroll\n\nI cut the nightly run from 6 h to 40 min (see [the notes](./notes.md)).\n'
    // Front matter's extension stays (the preset added it, not the GFM plugin);
    // the task-list extension stays for the `[` of the link.
    expect(activeSyntax(prose)).toHaveLength(2)
    expect(activeSyntax('Plain prose.\n')).toHaveLength(1)
    expect(activeSyntax(FRAGMENTS.join('\n\n'))).toHaveLength(6)
  })

  it('keeps any extension the plugin did not add', () => {
    const foreign = { text: {} }
    expect(syntaxCanAct(foreign, 'Plain prose.')).toBe(true)
  })

  it("builds remark-gfm's tree for every document of the sample portfolio", () => {
    for (const [file, text] of sampleDocuments()) {
      expect(parseWithActiveSyntax(text), file).toEqual(parse(withRemarkGfm, text))
    }
  })

  it("builds remark-gfm's tree for each fragment, and each pair of them, alone and in containers", () => {
    const texts: string[] = []
    for (const first of FRAGMENTS) {
      texts.push(
        first,
        `> ${first.replaceAll('\n', '\n> ')}`,
        `- ${first.replaceAll('\n', '\n  ')}`,
      )
      for (const second of FRAGMENTS) texts.push(`${first}\n${second}`, `${first}\n\n${second}`)
    }
    for (const text of [...texts, ...Object.values(TEXTS)]) {
      expect(parseWithActiveSyntax(text), text).toEqual(parse(withRemarkGfm, text))
    }
  })
})

describe('mayHoldLiteralAutolink', () => {
  const tree = (text: string) => withRemarkGfm.parse(text) as Root

  it('is false for text that holds no @, www. or scheme', () => {
    expect(mayHoldLiteralAutolink(tree(TEXTS['no links at all'] as string))).toBe(false)
    // A code span is not text: the pass does not look there either.
    expect(mayHoldLiteralAutolink(tree('Run `curl https://x.example` first.\n'))).toBe(false)
  })

  it('is true for each thing the pass can turn into a link', () => {
    for (const text of ['www.a.example', 'HTTP://a.example', 'https://a.example', 'a@b.example']) {
      expect(mayHoldLiteralAutolink(tree(`Go to ${text} now.\n`)), text).toBe(true)
    }
    expect(mayHoldLiteralAutolink(tree('Mail jane&#64;example.com\n'))).toBe(true)
  })
})
