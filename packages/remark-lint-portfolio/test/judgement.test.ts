/**
 * The judgement an interviewer applies, on documents written by strangers
 * (other industries, other headings): each defect is an error naming it, and
 * the good version of the same kind of document gives no error from the rule.
 */
import { remark } from 'remark'
import { describe, expect, it } from 'vitest'
import preset from '../src/index.js'

async function errors(markdown: string, ruleId: string): Promise<string[]> {
  const file = await remark().use(preset).process(markdown)
  return file.messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => {
      expect(message.fatal).toBe(true)
      expect(message.reason).not.toMatch(/\n/)
      return `${message.line}:${message.column}: ${message.reason}`
    })
}

const airlinePostMortem = `---
kind: post-mortem
title: "Gate-assignment freeze at Hub FRA, 9 July"
leadership-principles: [Ownership, Dive Deep]
---

# Gate-assignment freeze, 9 July

**What happened.** For 47 minutes the gate-assignment service returned stale
gates; 31 departures boarded late and 2 missed their slots.

**My role.** As incident commander I paged the stand-planning team, froze
deploys and ran the rollback at 06:52.

**Why it happened.** A schema migration dropped an index. Our pre-deploy check
ran against an empty staging table, so it could not see the slowdown, and
Postgres's planner fell back to sequential scans under the morning load.
Amelia, who wrote the migration, flagged the risk in review; the process had
no step that acted on that flag.

**What we changed.**

| Action | Owner | Due |
| --- | --- | --- |
| Run migration checks against a production-sized snapshot | Amelia to own | 1 Aug |
| Block deploys when the p95 query plan changes | Platform team | 15 Aug |
| Add "risk flagged in review" as a release-gate field | I | 20 Jul |
`

const fintechPostMortem = `---
kind: post-mortem
title: Card authorisations declined for 22 minutes
---

## Summary

Between 14:02 and 14:24 UTC 18% of card authorisations were declined.

## Root Cause

The outage was caused by Dave's change to the fraud-score threshold, which he
pushed without a second review. Priya forgot to check the dashboard after the deploy.

## Action Items

1. Retrain him on the change-management policy.
2. Dave to be more careful with threshold changes.
3. Remind Priya to watch dashboards after deploys.
`

describe('portfolio-blameless', () => {
  it("an airline's blameless post-mortem (names people as owners, not causes) gives no error", async () => {
    expect(await errors(airlinePostMortem, 'portfolio-blameless')).toEqual([])
  })

  it("a fintech's post-mortem that blames Dave and makes 'retrain him' the action is an error at each spot", async () => {
    const found = await errors(fintechPostMortem, 'portfolio-blameless')
    expect(found.map((line) => line.split(': ')[1])).toEqual(
      [
        "“caused by Dave's change” names a person as the cause",
        '“Priya forgot to” names a person as the cause',
        '“Retrain him” aims the action at one person',
        '“Dave to be more careful” aims the action at one person',
        '“Remind Priya” aims the action at one person',
      ].map((text) => text),
    )
    expect(found[0]).toMatch(/^12:16: /)
  })

  it("a retailer's post-mortem that blames a person for skipping a step is an error naming him", async () => {
    const retail = `---
kind: post-mortem
title: Checkout down at peak
---

## What went wrong

Tomasz pushed a pricing config change without testing it. Tomasz ignored the change
freeze, and his careless mistake took checkout down. If Tomasz had followed the
process, nothing would have broken.
`
    const found = await errors(retail, 'portfolio-blameless')
    expect(found.map((line) => line.split(': ')[1]?.split('” ')[0])).toEqual([
      '“Tomasz pushed a pricing config change without testing',
      '“Tomasz ignored the change freeze',
      '“his careless mistake',
      '“If Tomasz had followed',
    ])
  })

  it('people who fixed things, and tools that skipped a step, are not blamed', async () => {
    const hospital = `---
kind: post-mortem
title: Pharmacy orders delayed
---

## Root cause

Argo deployed the image without a review gate because the pipeline had none, and
Alerting ignored the spike because its threshold was per hour. Amelia pushed the fix
at 09:10 and Ravi ran the replay; if the pipeline had checked the schema, the change
would have stopped at staging.
`
    expect(await errors(hospital, 'portfolio-blameless')).toEqual([])
  })

  it('other kinds are not judged as post-mortems', async () => {
    const story = fintechPostMortem.replace('kind: post-mortem', 'kind: story-bank')
    expect(await errors(story, 'portfolio-blameless')).toEqual([])
  })
})

const gameStudio = (results: string) => `---
kind: team-development
title: Growing a gameplay programmer at a mobile studio
leadership-principles: [Hire and Develop the Best]
---

# Growing Tomás

### Where he started

Tomás joined from QA scripting. I paired with him twice a week on our combat
code and gave him the hit-registration bug backlog as his first owned area.

### What I did

I set him a goal of leading one feature end to end, reviewed his design docs
within a day, and let him present at our sprint demos.

### Outcome

${results}
`

describe('portfolio-individual-growth', () => {
  it("a game studio story whose outcome shows the person's growth gives no error", async () => {
    for (const growth of [
      '- Tomás was promoted to Gameplay Engineer II after nine months.\n- Hit-registration complaints fell from 340 to 40 a week.',
      '- Tomás now owns the combat systems and leads their design reviews.\n- Crash rate fell from 1.2% to 0.4%.',
      'Tomás ran the season-4 netcode rewrite on his own; hit-registration complaints fell from 340 to 40 a week.',
    ]) {
      expect(await errors(gameStudio(growth), 'portfolio-individual-growth')).toEqual([])
    }
  })

  it('the same story with only project outcomes is an error at the outcome heading', async () => {
    const found = await errors(
      gameStudio(
        '- Combat update shipped on the season date.\n- Hit-registration complaints fell from 340 to 40 a week.\n- Day-7 retention rose from 21% to 24%.',
      ),
      'portfolio-individual-growth',
    )
    expect(found).toEqual([
      '19:1: “Outcome” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)',
    ])
  })
})

const review = (body: string) => `---
kind: code-review
title: Reviewing a retry loop in the ledger service
---

## Background

A teammate's pull request added retries to the ledger writer.

## The diff

${body}

## My feedback

I asked for an idempotency key, because a retried write after a timeout could
post the same entry twice; the author added it and a test for the timeout path.
`

describe('portfolio-code-shown', () => {
  it('a review with a diff block gives no error', async () => {
    const diff =
      '```diff\n- await ledger.write(entry)\n+ await ledger.write(entry, { idempotencyKey: entry.id })\n```'
    expect(await errors(review(diff), 'portfolio-code-shown')).toEqual([])
  })

  it('a review with a permalink to the lines (or an indented snippet) gives no error', async () => {
    for (const body of [
      'See [ledger/writer.go lines 40–58](https://gitlab.example.com/pay/ledger/-/blob/9f1c2ab/writer.go#L40-58).',
      'The change: https://github.com/acme/ledger/pull/1287',
      'Reviewed in https://review.example.org/c/ledger/+/40213.',
      '    for attempt := 0; attempt < 3; attempt++ {\n        err = w.write(entry)\n    }',
    ]) {
      expect(await errors(review(body), 'portfolio-code-shown')).toEqual([])
    }
  })

  it('a review that only describes the change is an error', async () => {
    expect(
      await errors(
        review('The change wrapped `ledger.write` in a loop of three attempts.'),
        'portfolio-code-shown',
      ),
    ).toEqual([
      '1:1: Code review shows no code: add the change as a code block (a `diff` block of the lines you commented on), or link to the commit, pull request or lines reviewed',
    ])
    // A link that is not to code does not count either.
    expect(
      await errors(
        review('Design doc: https://docs.example.com/ledger-retries'),
        'portfolio-code-shown',
      ),
    ).toHaveLength(1)
  })
})

const logisticsStory = (voice: 'we' | 'i') => `---
kind: cross-functional
title: Same-day delivery in three cities
---

## Situation

${voice === 'we' ? 'Our' : 'My'} retail partner wanted same-day delivery before the holidays.

## Action

${
  voice === 'we'
    ? 'We brought routing, warehouse and driver-app teams into one weekly review. We cut the pick window to 40 minutes and we ran a pilot in Lyon first.'
    : 'I brought routing, warehouse and driver-app teams into one weekly review. We cut the pick window to 40 minutes and I ran a pilot in Lyon first.'
}

## Result

Same-day orders reached 12% of volume in three cities by December.
`

describe('portfolio-first-person', () => {
  it('a story told all in "we" is an error (not only a warning)', async () => {
    expect(await errors(logisticsStory('we'), 'portfolio-first-person')).toEqual([
      '1:1: Story never says “I” (“we/our/us” 4 times): interviewers ask what you did, so tell your part in the first person (“I profiled…”, “I proposed…”, “I led…”)',
    ])
  })

  it('the same story in the first person gives no error', async () => {
    expect(await errors(logisticsStory('i'), 'portfolio-first-person')).toEqual([])
  })

  it('a low share of "I" stays a warning from portfolio-ownership-voice', async () => {
    const story = `---\nkind: case-study\ntitle: Search relevance\n---\n\nWe tuned ranking. We tested it. We shipped it. Our clicks rose and our team grew; I wrote the evaluation harness for us.\n`
    const file = await remark().use(preset).process(story)
    const voice = file.messages.filter((message) => message.ruleId === 'portfolio-ownership-voice')
    expect(voice).toHaveLength(1)
    expect(voice[0]?.fatal).toBe(false)
    expect(file.messages.some((message) => message.ruleId === 'portfolio-first-person')).toBe(false)
  })
})
