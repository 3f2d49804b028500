/**
 * Front matter is data: prose rules read its parsed values, never the YAML
 * source, and portfolio-front-matter explains each way it can be wrong in
 * one line. Documents here are written the way strangers write them.
 */
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { remark } from 'remark'
import { describe, expect, it } from 'vitest'
import preset from '../src/index.js'
import { frontMatter } from '../src/knowledge/front-matter.js'

async function lint(markdown: string) {
  const file = await remark().use(preset).process(markdown)
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    reason: message.reason,
    fatal: message.fatal,
  }))
}

/** The front matter (and title) the rules read from a document. */
function frontMatterOf(markdown: string) {
  const processor = remark().use(preset)
  return frontMatter(processor.parse(markdown) as Root)
}

const errorsOf = async (markdown: string, ruleId?: string) =>
  (await lint(markdown)).filter(
    (message) => message.fatal && (ruleId === undefined || message.ruleId === ruleId),
  )

// A logistics company's system write-up, front matter as the README shows it.
const flowListMatter = `---
kind: case-study
title: "Parcel sorting: cutting mis-sorts at the Leipzig hub"
leadership-principles: [Dive Deep, Ownership, Insist on the Highest Standards]
tags: [logistics, computer-vision]
owner: { team: Hub Systems, since: 2021 }
---

# Parcel sorting at the Leipzig hub

I traced the mis-sorts to a camera calibration drift that I measured at 3 mm a week.
`

describe('prose rules never read the YAML block as text', () => {
  it('a flow list of principles, tags and a flow mapping are not template instructions', async () => {
    const placeholders = (await lint(flowListMatter)).filter(
      (message) => message.ruleId === 'portfolio-placeholders',
    )
    expect(placeholders).toEqual([])
  })

  it("the root README's example front matter gives no placeholder or front-matter error", async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const example = /```markdown\n(---\nkind:[\s\S]*?\n---\n)```/.exec(readme)?.[1]
    expect(example).toContain('leadership-principles: [')
    const messages = await lint(`${example}\n# Kafka tracking events\n`)
    const ids = messages.map((message) => message.ruleId)
    expect(ids).not.toContain('portfolio-placeholders')
    expect(ids).not.toContain('portfolio-front-matter')
    expect(ids).not.toContain('portfolio-leadership-principles')
  })

  it('a placeholder in a front-matter value is still found, at the value', async () => {
    const errors = await errorsOf(
      '---\nkind: system\ntitle: "Checkout platform [Your title here]"\nsummary: TBD\n---\n\n# Checkout\n',
      'portfolio-placeholders',
    )
    expect(errors.map((error) => [error.line, error.column, error.reason])).toEqual([
      [3, 8, 'Template instruction `[Your title here]` left in: replace it with your own content'],
      [4, 10, '`TBD` left in: finish or remove it'],
    ])
  })

  it('confidentiality reads parsed values: an e-mail in front matter is found, a flow list is not', async () => {
    const leak = await errorsOf(
      '---\nkind: story-bank\ntitle: Stories\nauthor: [jane.doe@acme-payments.com]\n---\n\nText.\n',
      'portfolio-confidentiality',
    )
    expect(leak).toHaveLength(1)
    expect(leak[0]?.line).toBe(4)
    expect(await errorsOf(flowListMatter, 'portfolio-confidentiality')).toEqual([])
  })

  it('story length and ownership voice do not count front-matter words', async () => {
    const long = Array.from({ length: 600 }, () => 'we').join(' ')
    const messages = await lint(
      `---\nkind: team-development\ntitle: Mentoring\nnotes: "${long}"\n---\n\nI coached Ana for six months; I gave her the on-call rotation and she was promoted to senior engineer.\n`,
    )
    const ids = messages.map((message) => message.ruleId)
    expect(ids).not.toContain('portfolio-story-length')
    expect(ids).not.toContain('portfolio-ownership-voice')
  })
})

describe('portfolio-front-matter explains what is wrong', () => {
  const only = async (markdown: string) =>
    (await errorsOf(markdown, 'portfolio-front-matter')).map(
      (error) => `${error.line}:${error.column}: ${error.reason}`,
    )

  it('accepts a quoted title with a colon, and a real kind', async () => {
    expect(await only(flowListMatter)).toEqual([])
  })

  it("a kind in another name is told the guide's name for it", async () => {
    const told = async (kind: string) => (await only(`---\nkind: ${kind}\ntitle: Outage\n---\n`))[0]
    // As strangers name them: ADR tools, Amazon's COE, a design doc, a mentoring story.
    expect(await told('ADR')).toBe(
      "2:7: Unknown `kind` `ADR`: write `kind: decision-record`, the guide's name for it",
    )
    expect(await told('COE')).toBe(
      "2:7: Unknown `kind` `COE`: write `kind: post-mortem`, the guide's name for it",
    )
    expect(await told('incident review')).toBe(
      "2:7: Unknown `kind` `incident review`: write `kind: post-mortem`, the guide's name for it",
    )
    expect(await told('Design_Doc')).toBe(
      "2:7: Unknown `kind` `Design_Doc`: write `kind: system`, the guide's name for it",
    )
    expect(await told('mentorship')).toBe(
      "2:7: Unknown `kind` `mentorship`: write `kind: team-development` with `focus: mentorship`, the guide's name for it",
    )
    expect(await told('case-studies')).toBe(
      "2:7: Unknown `kind` `case-studies`: write `kind: case-study`, the guide's name for it",
    )
    // A word that may mean several kinds is not guessed at.
    expect(await told('leadership')).toMatch(/: expected one of executive-summary/)
    expect(await told('stories')).toMatch(/: expected one of executive-summary/)
    // Nor is a word an object would answer from its prototype.
    expect(await told('constructor')).toMatch(
      /^2:7: Unknown `kind` `constructor`: expected one of /,
    )
    expect(await told('toString')).toMatch(/^2:7: Unknown `kind` `toString`: expected one of /)
  })

  it('a kind close to a known one gets a did-you-mean', async () => {
    expect(await only('---\nkind: post-mortm\ntitle: Outage\n---\n')).toEqual([
      '2:7: Unknown `kind` `post-mortm`: did you mean `post-mortem`?',
    ])
    expect(await only('---\nkind: Sytem\ntitle: Outage\n---\n')).toEqual([
      '2:7: Unknown `kind` `Sytem`: did you mean `system`?',
    ])
    const far = await only('---\nkind: novel\ntitle: Outage\n---\n')
    expect(far[0]).toMatch(/^2:7: Unknown `kind` `novel`: expected one of executive-summary/)
  })

  it('an unquoted colon in a value says to quote it', async () => {
    expect(
      await only('---\nkind: system\nsummary: Result: 40% faster checkout\ntitle: Checkout\n---\n'),
    ).toEqual([
      '3:10: Front matter is not valid YAML: the value of `summary` holds an unquoted `: `: quote the value (`summary: "Result: 40% faster checkout"`)',
    ])
  })

  it('a title that is a number, a mapping, a list or invisible is not text', async () => {
    expect(await only('---\nkind: system\ntitle: 12345\n---\n')).toEqual([
      '3:8: `title` must be text, found the number 12345: write it as a quoted string',
    ])
    expect(await only('---\nkind: system\ntitle: {a: 1}\n---\n')).toEqual([
      '3:8: `title` must be text, found a mapping: write it as a quoted string',
    ])
    expect(await only('---\nkind: system\ntitle: \u200B\u200B\u200D\n---\n')).toEqual([
      '3:8: `title` is empty: it has no visible characters',
    ])
    expect(await only('---\nkind: system\n---\n')).toEqual([
      '1:1: Missing title: add `title:` to the front matter, or a `#` heading naming the document',
    ])
  })

  it('a missing kind is told the likely one, from the file name, MADR front matter or folder', async () => {
    const kindMessage = async (path: string, matter: string) => {
      const file = await remark()
        .use(preset)
        .process({ path, value: `---\n${matter}---\n\n# A document\n` })
      return file.messages.find((message) => message.reason.startsWith('Missing `kind`'))?.reason
    }
    const all = 'executive-summary, system, decision-record'
    expect(
      await kindMessage('docs/adr/0007-ledger.md', 'status: accepted\ndate: 2024-03-12\n'),
    ).toMatch(
      /^Missing `kind` in front matter: add `kind: decision-record` \(its MADR front matter says so\) or another of executive-summary, system, decision-record/,
    )
    expect(await kindMessage('adr/0007-ledger.md', 'title: Ledger\n')).toContain(
      'add `kind: decision-record` (its folder `adr/` says so)',
    )
    expect(await kindMessage('portfolio/systems/ledger.md', 'owner: me\n')).toContain(
      'add `kind: system` (its folder `systems/` says so)',
    )
    expect(await kindMessage('portfolio/Incidents/2024-03-queue.md', 'owner: me\n')).toContain(
      'add `kind: post-mortem` (its folder `incidents/` says so)',
    )
    expect(await kindMessage('portfolio/mentoring/tom.md', 'owner: me\n')).toContain(
      'add `kind: team-development` with `focus: mentorship` (its folder `mentoring/` says so)',
    )
    expect(await kindMessage('portfolio/executive-summary.md', 'owner: me\n')).toContain(
      'add `kind: executive-summary` (its file name says so)',
    )
    expect(await kindMessage('portfolio/notes/ledger.md', 'owner: me\n')).toBe(
      `Missing \`kind\` in front matter: expected one of ${all}, case-study, excellence-initiative, team-development, cross-functional, post-mortem, code-review, story-bank`,
    )
    // A folder far above the document says nothing.
    expect(await kindMessage('/home/me/systems/repo/portfolio/notes/x.md', 'owner: me\n')).toMatch(
      /expected one of/,
    )
  })

  it('a `#` heading names a document whose front matter has no title (MADR, Nygard)', async () => {
    const madr =
      '---\nkind: decision-record\nstatus: accepted\ndate: 2024-03-12\n---\n\n# Use PostgreSQL for the ledger\n'
    expect(await only(madr)).toEqual([])
    expect(frontMatterOf(madr).title).toBe('Use PostgreSQL for the ledger')
    // The front matter's title wins; a heading that is not `#` or is empty names nothing.
    expect(frontMatterOf('---\ntitle: Ledger store\n---\n\n# ADR 7\n').title).toBe('Ledger store')
    for (const unnamed of [
      '---\nkind: system\n---\n\n## Context\n',
      '---\nkind: system\n---\n\n# \u200B\n',
      '---\nkind: system\n---\n\n> # Quoted\n',
    ]) {
      expect(await only(unnamed)).toEqual([
        '1:1: Missing title: add `title:` to the front matter, or a `#` heading naming the document',
      ])
      expect(frontMatterOf(unnamed).title).toBeUndefined()
    }
  })

  it('an unterminated block says where it opened and that it never closes', async () => {
    expect(await only('---\nkind: system\ntitle: Checkout\n\n# Checkout\n\nText.\n')).toEqual([
      '1:1: Front matter opened with `---` at line 1 never closes: add a `---` line after its last key',
    ])
    expect(await only('# Checkout\n\nText.\n')).toEqual([
      '1:1: Missing front matter: expected a `---` block first in the file, with `kind` (and `title`, unless a `#` heading names the document)',
    ])
  })

  it('every message is one line: control characters in values are escaped', async () => {
    const messages = await lint('---\nkind: "a\\nb\\u001b[31m"\ntitle: Outage\nfocus: x\n---\n')
    const reasons = messages.map((message) => message.reason)
    expect(reasons.some((reason) => reason.includes('`a\\nb\\u001b[31m`'))).toBe(true)
    for (const reason of reasons) expect(reason).not.toMatch(/\p{Cc}/u)
  })
})
