/**
 * What the doc-comment examples of portfolio-required-sections cannot show:
 * the `expected` field the engine scores with, the guide's own templates
 * passing, and structure choice for stories.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { KINDS, outline } from '../src/index.js'
import requiredSections from '../src/rules/required-sections.js'

async function lint(markdown: string): Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(requiredSections, 'warn')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file
}

/** The guide's decision record example, as a user would paste it. */
const GUIDE_TDR = `---
kind: decision-record
title: Migration from Monolith to Microservices
---

**TDR Example: "Migration from Monolith to Microservices"**

**Decision Date**: Q2 2023
**Decision Makers**: Engineering leadership team (5 people)
**Stakeholders**: 3 product teams (25 engineers total)

**Context**:
- Monolithic application serving 20M users

**Options Considered**:
1. **Status Quo**: Continue with monolith, improve internal modularity
   - Pros: No migration risk, established operational knowledge
   - Cons: Scaling issues persist, team velocity continues declining

2. **Full Microservices**: Decompose into 15+ microservices
   - Pros: Team autonomy, independent scaling, technology diversity
   - Cons: High complexity, network latency, distributed system challenges

**Decision**: Gradual microservices extraction (hybrid approach)
- Start with highest-value, lowest-risk services

**Rationale**:
- Balances team autonomy needs with operational complexity

**Results (12 months later)**:
- Development velocity increased 35% (feature delivery time)
`

/** The guide's system example. */
const GUIDE_SYSTEM = `---
kind: system
title: User Recommendation Platform
---

- **Scale**: 50M users, 1B+ events/day, 99.9% uptime SLA
- **Your Role**: Technical lead and manager for 12-person team
- **Business Context**: Increased user engagement by 25%, $50M annual revenue impact
- **Architecture Overview**:
  - API Gateway → Microservices → Event Streaming → ML Pipeline

**Technical Decisions & Trade-offs:**
1. **Microservices vs Monolith**: Chose microservices for team autonomy and scaling
   - Trade-off: Increased operational complexity for development velocity
   - Result: Enabled parallel development, reduced deployment risk

**Engineering Leadership Aspects:**
- Technical mentorship: Developed 3 senior engineers through architecture reviews
`

describe('portfolio-required-sections', () => {
  it('passes the guide’s own decision record, labels on consecutive lines included', async () => {
    const file = await lint(GUIDE_TDR)
    expect(file.messages.map((message) => message.reason)).toEqual([])
  })

  it('passes the guide’s own system example', async () => {
    const file = await lint(GUIDE_SYSTEM)
    expect(file.messages.map((message) => message.reason)).toEqual([])
  })

  it('sets `expected` to the guide’s section name on every message', async () => {
    // A decision record with the guide's labels, so the guide's structure is
    // the closest: every section but Context, Decision Makers and Stakeholders
    // is missing, or (Rationale) empty.
    const file = await lint(
      '---\nkind: decision-record\ntitle: X\ndeciders: CTO, 2 staff engineers\n---\n\n**Stakeholders**: 3 teams\n\n## Reasoning\n\n## Context\n\nA monolith.\n',
    )
    const names = KINDS['decision-record'].structures[0]?.sections.map((spec) => spec.name)
    const expected = file.messages.map((message) => message.expected)
    for (const entry of expected) expect(entry).toHaveLength(1)
    expect(expected.map((entry) => entry?.[0]).sort()).toEqual(
      names
        ?.filter((name) => !['Context', 'Decision Makers', 'Stakeholders'].includes(name))
        .sort(),
    )
    const empty = file.messages.find((message) => message.reason.includes('is empty'))
    expect(empty?.reason).toMatch(/^Section "Reasoning" is empty/)
    expect(empty?.expected).toEqual(['Rationale'])
    expect([empty?.line, empty?.column]).toEqual([9, 1])
  })

  it('accepts STAR for a story kind and reports against the closest structure', async () => {
    const star =
      '---\nkind: cross-functional\ntitle: X\n---\n\n**Situation**: a\n\n**Task**: b\n\n**Action**: c\n\n**Result**: d\n'
    expect((await lint(star)).messages).toEqual([])
    const partial = star.replace('**Task**: b\n\n', '')
    const file = await lint(partial)
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Missing "Task" in a cross-functional leadership story (closest structure: STAR): add a `## Task` section, or a sentence such as "I had to grow two tech leads within six months"',
    ])
  })

  it('lets one section satisfy one required section only', async () => {
    const postMortem = `---
kind: post-mortem
title: X
---

## Impact

Checkout down 40 minutes, 12,000 failed orders.

## Root Cause

A bad config push.

## My Role

Incident commander.

## Action Items

- Config validation

## Lessons Learned

Canary config.
`
    // The lone "Impact" is the Customer Impact, not also what happened.
    const file = await lint(postMortem)
    expect(file.messages.map((message) => message.expected?.[0])).toEqual(['Incident Summary'])
    const withSummary = postMortem.replace(
      '## Impact',
      '## What happened\n\nA config push broke checkout.\n\n## Impact',
    )
    expect((await lint(withSummary)).messages).toEqual([])
  })

  it('finds every label of a multi-label paragraph with its own position', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .runSync(
        unified()
          .use(remarkParse)
          .use(remarkFrontmatter, ['yaml'])
          .parse(
            '**Decision Date**: Q2\n**Decision Makers**: five\n**Stakeholders**:\n\n- teams\n',
          ),
      )
    const sections = outline(tree as Parameters<typeof outline>[0])
    expect(sections.map((section) => [section.title, section.node.position?.start.line])).toEqual([
      ['Decision Date', 1],
      ['Decision Makers', 2],
      ['Stakeholders', 3],
    ])
    // Only the last label of the paragraph takes the list after it.
    expect(sections.map((section) => section.content.some((node) => node.type === 'list'))).toEqual(
      [false, false, true],
    )
  })

  it('skips documents without a known kind, and never throws on odd input', async () => {
    for (const input of [
      '',
      '---\n---\n',
      '---\nkind: [\n---\n',
      '# Title only',
      `---\nkind: system\n---\n\n## Scale\n\n${'> '.repeat(1000)}deep\n`,
      `---\nkind: system\n---\n\n## Scale\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
    ]) {
      await expect(lint(input)).resolves.toBeInstanceOf(VFile)
    }
    expect((await lint('# Title only')).messages).toEqual([])
  })

  it('reads a paragraph of 200 KB with no full stop in one pass, not once per word', async () => {
    // Each took minutes when a sentence pattern scanned to the end of the run
    // from every word; the test's time-out is the check.
    const post = `---\nkind: post-mortem\ntitle: T\n---\n\n# T\n\n${'the service failed and '.repeat(8000)}\n`
    const summary = `---\nkind: executive-summary\ntitle: T\n---\n\n# T\n\n${'I built x '.repeat(20000)}\n`
    const story = `---\nkind: team-development\ntitle: T\n---\n\n# T\n\n${'in 2023 our team of '.repeat(10000)}\n`
    for (const text of [post, summary, story]) {
      const messages = (await lint(text)).messages
      expect(messages.length).toBeGreaterThan(0)
    }
    // A sentence after such a run is still read.
    const missing = async (body: string) =>
      (await lint(`---\nkind: post-mortem\ntitle: T\n---\n\n# T\n\n${body}\n`)).messages.map(
        (message) => message.expected?.[0],
      )
    const filler = `${'filler words '.repeat(100)}.`
    expect(await missing(filler)).toEqual(
      expect.arrayContaining(['Incident Summary', 'Customer Impact']),
    )
    const found = await missing(
      `${filler} On 9 May our DNS failed for 41 minutes and 30% of API calls errored.`,
    )
    expect(found).not.toContain('Incident Summary')
    expect(found).not.toContain('Customer Impact')
  })
})

describe('an executive summary written as prose, without headings', () => {
  const summary = (body: string) =>
    `---\nkind: executive-summary\ntitle: Priya Raman\n---\n\n# Priya Raman\n\n${body}\n`
  const missing = async (body: string) =>
    (await lint(summary(body))).messages.map((message) => message.expected?.[0])
  const EVERY_FACT = [
    'Current Role Scope',
    'Key Technical Achievements',
    'Leadership Impact',
    'Amazon Relevance',
  ]

  /** A payments engineer's summary, as she would write it for a profile. */
  const PAYMENTS = [
    'I am a staff engineer with eleven years in payments, the last six at a card processor handling 40M transactions a day. I lead the ledger and settlement platform: a team of nine engineers and three services that move $2.1B a week.',
    'My strongest work is making money movement boring. I replaced a nightly batch settlement with a streaming ledger, which cut reconciliation breaks from 1,200 a month to 35 and let finance close the books two days sooner.',
    'I grow engineers: four of the people I mentored were promoted to senior, and I run the design review that every payments change goes through.',
    'At Amazon I want to bring that Ownership and Insist on the Highest Standards to money movement at L7 scale.',
  ]

  it('meets every requirement when its sentences state them', async () => {
    expect(await missing(PAYMENTS.join('\n\n'))).toEqual([])
  })

  it('meets them in other trades and words too: a hospital data lead', async () => {
    const body = [
      "I'm the principal engineer for clinical data at a regional hospital group, and I currently lead a group of 14 engineers across two sites.",
      'I rebuilt the admissions feed so that bed status reaches the ward screens in 30 seconds instead of 20 minutes.',
      'I hired six engineers and coached two of them into team leads.',
      'The Leadership Principles I lean on most are Dive Deep and Earn Trust.',
    ].join('\n\n')
    expect(await missing(body)).toEqual([])
  })

  it('names each fact a sentence does not state', async () => {
    // Without its last paragraph: nothing ties the work to Amazon.
    expect(await missing(PAYMENTS.slice(0, 3).join('\n\n'))).toEqual(['Amazon Relevance'])
    // A past project is not the current role, and a year is not a measured result.
    expect(
      await missing(
        'I led the checkout rewrite in 2021 and I built the new fraud service in 2022. We care about customers and ownership.',
      ),
    ).toEqual(EVERY_FACT)
  })

  it('does not take an L7 load balancer for the level', async () => {
    const body = PAYMENTS.slice(0, 3).join('\n\n')
    expect(await missing(`${body}\n\nI also run the L7 load balancers.`)).toEqual([
      'Amazon Relevance',
    ])
  })

  it('gives nothing for a summary of adjectives', async () => {
    const vague =
      'Passionate, results-driven engineer who loves solving hard problems and working with great people. Strong communicator and team player.'
    expect(await missing(vague)).toEqual(EVERY_FACT)
  })

  it('says in each message that a sentence will do', async () => {
    const [message] = (await lint(summary('Hello.'))).messages
    expect(message?.reason).toMatch(/or a sentence such as "I lead the payments platform/)
  })
})

describe("a story's situation, task and action stated in sentences", () => {
  /** Which of Situation, Task and Action a story of these sentences and a table of results meets. */
  const met = async (body: string) => {
    const story = `---\nkind: team-development\ntitle: T\n---\n\n# T\n\n${body}\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Review queue | 3 weeks | 4 days |\n`
    const missing = (await lint(story)).messages.map((message) => message.expected?.[0])
    return ['Situation', 'Task', 'Action'].filter((fact) => !missing.includes(fact))
  }

  /** Each fact, with sentences that state it and nothing else. */
  const STATED: [fact: string, sentences: string[]][] = [
    [
      // A time or setting with a problem.
      'Situation',
      [
        'In 2023 my org of 40 engineers had one tech lead for five teams, so design reviews queued for three weeks.',
        "Last winter our hospital's sepsis screening ran on paper, so patients could wait six hours for antibiotics.",
        'When I joined, the team had no on-call rota and pages went to whoever was awake.',
        'Our checkout had never taken more than 9,000 orders a minute, and the promoter expected 60,000.',
        'Eight weeks before certification in spring 2022, the build ran at 19 fps and dropped below 25 in the harbour.',
      ],
    ],
    [
      // What I had to achieve or took on.
      'Task',
      [
        'I picked two senior engineers, Ana and Raj, who had never led design work.',
        'I was asked to cut the p99 below 300 ms.',
        'My goal was a locked 30 fps docked and handheld.',
        'I had to grow two tech leads within six months.',
        'I had six weeks to keep checkout up.',
        'The chief nursing officer asked me to lead the software side.',
        'It fell to me to fix the build.',
      ],
    ],
    [
      // What I did.
      'Action',
      [
        'I met each of them weekly.',
        'I gave Ana the payments design to own.',
        'When his first review went badly, I had him re-run it.',
        'I then profiled the frame on a retail unit.',
        'I load-tested checkout with a replay of the last on-sale.',
        'Every Friday I went through each alert with the ward leads.',
      ],
    ],
  ]

  it.each(STATED.flatMap(([fact, sentences]) => sentences.map((sentence) => [fact, sentence])))(
    'states the %s: %s',
    async (fact, sentence) => {
      expect(await met(sentence)).toEqual([fact])
    },
  )

  it.each([
    // No time or setting, or no problem; results; the job title.
    'Design reviews were slow.',
    'In 2023 I joined the platform team.',
    'Sepsis mortality fell from 18% to 13%.',
    'By Q4 2023 our review queue was down to four days.',
    'I was the engine lead on a port team of six.',
    // The team's task or goal, not mine; a constraint, not a task.
    'We had to ship by June.',
    'Our goal was 30 fps.',
    'I had no tech lead.',
    // "We" did it; what I felt, noticed or joined; what I did not do.
    'We met each of them weekly and we rewrote the renderer.',
    'I wanted the team to grow.',
    'I noticed the queue.',
    'I did not write any code.',
    "I didn't touch the renderer.",
  ])('states none of them: %s', async (sentence) => {
    expect(await met(sentence)).toEqual([])
  })

  it('says in each message that a sentence will do', async () => {
    const messages = (await lint('---\nkind: team-development\ntitle: T\n---\n\n# T\n\nHello.\n'))
      .messages
    const reasons = messages.map((message) => message.reason)
    expect(reasons).toContainEqual(
      expect.stringMatching(/"Situation".*or a sentence such as "In 2023/),
    )
    expect(reasons).toContainEqual(expect.stringMatching(/"Task".*or a sentence such as "I had to/))
    expect(reasons).toContainEqual(expect.stringMatching(/"Action".*"we" hides your part/))
  })
})

describe('a result stated in a table of figures before and after', () => {
  const story = (table: string) => `---
kind: team-development
title: Turning two senior engineers into tech leads
---

# Turning two senior engineers into tech leads

In 2023 my org of 40 engineers had one tech lead for five teams, so design reviews queued for three weeks.

${table}
`
  const resultMissing = async (markdown: string) =>
    (await lint(markdown)).messages.some((message) => message.reason.startsWith('Missing "Result"'))

  it.each([
    '| | Start | After 6 months |\n| --- | --- | --- |\n| Review queue | 3 weeks | 4 days |',
    '| Metric | Before | After |\n| --- | --- | --- |\n| Review queue | 3 weeks | 4 days |',
    '| Measure | Baseline | Now |\n| --- | --- | --- |\n| Review queue | 3 weeks | 4 days |',
  ])('is the result: %s', async (table) => {
    expect(await resultMissing(story(table))).toBe(false)
  })

  it('is not a table of anything else, nor no table', async () => {
    const owners = '| Service | Owner |\n| --- | --- |\n| Payments | Ana |'
    expect(await resultMissing(story(owners))).toBe(true)
    expect(await resultMissing(story(''))).toBe(true)
  })
})
