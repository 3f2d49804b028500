/**
 * Figures and growth as strangers write them (British and American spelling,
 * other industries): numbers spelled out as words are figures when they count
 * something or end a change, and ordinary prose is not; each document is
 * linted both ways, as written and with the fact taken out.
 */

import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractClaims, parseQuantities, type RelativeClaim } from '../src/knowledge/metrics.js'
import { checkRelativeClaim } from '../src/knowledge/metrics-arithmetic.js'
import { RULES } from '../src/rules.js'

const RULE_IDS = [
  'portfolio-quantified-results',
  'portfolio-metric-arithmetic',
  'portfolio-individual-growth',
]

async function lint(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
  for (const rule of RULES) if (RULE_IDS.includes(rule.id)) processor.use(rule.plugin, 'error')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => {
    expect(message.reason).not.toMatch(/\n/)
    return `${message.line}:${message.column}: ${message.ruleId}: ${message.reason}`
  })
}

/** The figures of a text as "text=value unit". */
const figures = (text: string) =>
  extractClaims(text).quantities.map((quantity) =>
    `${quantity.text}=${quantity.value} ${quantity.unit}${quantity.per ? `/${quantity.per}` : ''}`.trim(),
  )

/** A telecoms manager's first-manager story, British spelling, numbers in words. */
const TELECOMS_STORY = (result: string) => `---
kind: team-development
title: Growing my first engineering manager
---

# Growing my first engineering manager

## Situation

In 2021 I was a senior engineering manager at a telecoms operator with two teams (fourteen
engineers) on our self-service app. The second team had been without a manager for five months.
Ravi, a staff engineer on that team, was curious about management but unsure.

## Task

I set myself the goal of giving Ravi a real, low-risk trial of management within a quarter.

## Action

- I agreed a "tour of duty" with Ravi: six months as acting manager with a guaranteed route back.
- I handed him the one-to-ones for three engineers first, then the whole team after two months.

## Result

${result}
`

/** A hospital trust's mentoring story told in numbered paragraphs. */
const HOSPITAL_MENTORING = (outcome: string) => `---
kind: team-development
focus: mentorship
title: Mentoring a nurse-turned-engineer into an on-call lead
---

# Mentoring Amara: from clinical analyst to on-call lead

1. In early 2022 our clinical systems team at a regional hospital trust took on Amara, a former
   ward nurse who had retrained as a developer. Our rota for the e-prescribing system was down to
   three people, each on call one week in three.

2. As her mentor, my aim was to have her confident enough to join the on-call rota within six
   months.

3. I set up a fortnightly one-hour session, had her shadow my on-call weeks and paired with her on
   three production fixes.

4. ${outcome}
`

/** An American grocery chain's performance case study. */
const GROCERY_CASE_STUDY = (results: string) => `---
kind: case-study
title: Faster checkout for curbside pickup
---

# Faster checkout for curbside pickup

## Challenge

Curbside orders at our 240 stores timed out at checkout during the Thanksgiving rush.

## Analysis

I profiled the order service and found the tax lookup ran once per line item.

## Solution

I batched the tax lookups into one call per order.

## Results

${results}
`

describe('numbers written as words', () => {
  it('count when they count something, or end a change', () => {
    expect(figures('regretted attrition went from three leavers to none')).toEqual([
      'three leavers=3 leavers',
      'none=0',
    ])
    expect(figures('He has since hired four engineers and now mentors two new managers')).toEqual([
      'four engineers=4 engineers',
      'two new managers=2 managers',
    ])
    expect(
      figures(
        'a hundred engineers, a dozen services, twenty-two teams, two million riders, twelve per cent, eighteen percent, two weeks, three incidents a month',
      ),
    ).toEqual([
      'a hundred engineers=100 engineers',
      'a dozen services=12 services',
      'twenty-two teams=22 teams',
      'two million riders=2000000 riders',
      'twelve per cent=12 %',
      'eighteen percent=18 %',
      'two weeks=2 week',
      'three incidents a month=3 incidents/month',
    ])
    // A count split over a wrapped line is one figure, quoted on one line.
    expect(figures('hired three\n   engineers')).toEqual(['three engineers=3 engineers'])
  })

  it('are before → after changes, alone or with their noun', () => {
    const changes = (text: string) =>
      extractClaims(text).changes.map(
        (change) => `${change.before.text} → ${change.after.text} (${change.after.value})`,
      )
    expect(changes('took the rota from three people to four')).toEqual(['three people → four (4)'])
    expect(changes('regretted attrition went from three leavers to none')).toEqual([
      'three leavers → none (0)',
    ])
    expect(changes('the team grew from seven to nine engineers')).toEqual([
      'seven → nine engineers (9)',
    ])
    expect(changes('pages fell from twenty a week to four')).toEqual(['twenty a week → four (4)'])
    expect(
      changes('legal signed off in one review cycle instead of the three they planned'),
    ).toEqual(['three → one review (1)'])
    expect(changes('It took eighteen months instead of two years')).toEqual([
      'two years → eighteen months (18)',
    ])
  })

  it('"per cent" is a percentage in digits as in words, as British writers spell it', () => {
    expect(figures('Complaints fell by 12 per cent, from £40K to £35K of refunds')).toEqual([
      '12 per cent=12 %',
      '£40K=40000 $',
      '£35K=35000 $',
    ])
    const [claim] = extractClaims('Refunds fell by 12 per cent, from £40K to £35K').relatives
    expect(claim?.text).toBe('by 12 per cent')
    expect(figures('3 per centre, 12 per month')).toEqual(['3=3', '12 per month=12 /month'])
  })

  it('"one" counts only after a word that counts it', () => {
    expect(figures('down to one engineer')).toEqual(['one engineer=1 engineer'])
    expect(figures('It ships in one week now')).toEqual(['one week=1 week'])
    expect(figures('We went from one team to two')).toEqual(['one team=1 team', 'two=2'])
    // "one" as "a": no figure.
    expect(figures('and one told our sales lead; I set one target; one bad endpoint')).toEqual([])
  })

  it('ordinary prose is not a figure', () => {
    for (const prose of [
      'One of the nurses said it.',
      'One day the pager went off.',
      'No one on the ward noticed, and someone said so.',
      'It was the one thing that mattered.',
      'Choosing the vendor was a two-way door.',
      'Our one-to-ones moved to fortnightly.',
      'The first release shipped once, at one point.',
      'They moved one by one, one or two at a time, one another.',
      'None of them left.',
      'We talked to one of them.',
      // Words an object answers from its prototype are words like any other.
      'The constructor ran twice.',
      'We went from constructor injection to toString logging.',
      'Each valueOf hasOwnProperty check moved out.',
    ]) {
      expect([prose, parseQuantities(prose)]).toEqual([prose, []])
      expect([prose, extractClaims(prose).changes]).toEqual([prose, []])
    }
  })

  it("a telecoms manager's result told in words states its figures", async () => {
    expect(
      await lint(
        TELECOMS_STORY(
          'Ravi chose to stay in management and was appointed engineering manager in month eight. Under him regretted attrition went from three leavers to none. He has since hired four engineers and now mentors two new managers in the department himself.',
        ),
      ),
    ).toEqual([])
  })

  it("a hospital trust's numbered outcome paragraph told in words states its figures", async () => {
    expect(
      await lint(
        HOSPITAL_MENTORING(
          "Amara joined the on-call rota in month five, a month ahead of plan, which took the rota from three people to four and cut everyone's on-call from one week in three to one in four. She has since led two major incidents, including a four-hour outage of the drug-chart interface, and she now runs the monthly clinical-safety review.",
        ),
      ),
    ).toEqual([])
  })

  it('an American case study with its change in words meets figures and change', async () => {
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'Checkout timeouts fell from twelve a day to two over the holiday weekend, and the tax service now takes one call per order instead of forty.',
        ),
      ),
    ).toEqual([])
  })

  it('a result of only prose with number-like words is still reported', async () => {
    expect(
      await lint(
        TELECOMS_STORY(
          'Ravi became one of the managers people ask for. At one point no one on the team could remember the old rota; someone called the trial a two-way door, and our one-to-ones are the first thing I would keep.',
        ),
      ),
    ).toEqual([
      '23:1: portfolio-quantified-results: `Result` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
    ])
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'One day in December the checkout stopped timing out; it was the one thing stores asked about, and one of the regional managers called it a two-way door.',
        ),
      ),
    ).toEqual([
      '20:1: portfolio-quantified-results: `Results` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '20:1: portfolio-quantified-results: `Results` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })

  it('a time made an adjective is a time, in digits or words', () => {
    expect(figures('a four-hour outage and a 40-minute build')).toEqual([
      'four-hour=4 h',
      '40-minute=40 min',
    ])
    expect(figures('a twenty-four-hour rota after a 2-week trial')).toEqual([
      'twenty-four-hour=24 h',
      '2-week=2 week',
    ])
    // Not a time: a one-letter unit, a word that is no number, a compound that goes on.
    expect(figures('3-D printing for a second-year engineer')).toEqual(['3=3'])
  })

  it('a result whose change is told with times made adjectives meets figures and change', async () => {
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'The nightly tax rebuild went from a 40-minute job to a 6-minute one, and the two-hour Sunday outage window is gone.',
        ),
      ),
    ).toEqual([])
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'The nightly tax rebuild is much shorter now, and the Sunday outage window is gone.',
        ),
      ),
    ).toEqual([
      '20:1: portfolio-quantified-results: `Results` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '20:1: portfolio-quantified-results: `Results` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })

  it('"3 more engineers", "two other teams", "12 additional stores" count what follows', () => {
    expect(figures('hired 3 more engineers and 12 additional stores opened')).toEqual([
      '3 more engineers=3 engineers',
      '12 additional stores=12 stores',
    ])
    expect(figures('it became the template for two other teams')).toEqual([
      'two other teams=2 teams',
    ])
    // Not counts: a comparison, nothing after it.
    expect(figures('2 more than last year, and five more')).toEqual(['2=2'])
  })

  it("a code review's outcome that counts the other endpoints it reached meets its figures", async () => {
    const REFUNDS_REVIEW = (outcome: string) => `---
kind: code-review
title: Reviewing the idempotency-key change to the refunds API
---

# Reviewing the idempotency-key change to the refunds API

## What the change did

The PR stored each refund request's idempotency key with its response.

## My review

I asked for an insert-first design under a unique constraint, keys scoped to the merchant.

## Outcome

${outcome}
`
    expect(
      await lint(
        REFUNDS_REVIEW(
          "Duplicate refunds went from about 30 a week to none in the following quarter, and the pattern became the team's template for two other write endpoints.",
        ),
      ),
    ).toEqual([])
    expect(
      await lint(
        REFUNDS_REVIEW(
          "Duplicate refunds went from about 30 a week to none, and the pattern became the team's template for other write endpoints.",
        ),
      ),
    ).toEqual([
      '16:1: portfolio-quantified-results: `Outcome` states 1 quantified result; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
    ])
  })

  it("a result about a class's constructor and toString holds no figure", async () => {
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'The constructor now runs once per order, and the toString calls left the hot path; stores stopped calling about it.',
        ),
      ),
    ).toEqual([
      '20:1: portfolio-quantified-results: `Results` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '20:1: portfolio-quantified-results: `Results` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })

  it('a percentage stated for a change in words is checked against it', async () => {
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'The rota went from three people to four, 33% more, and timeouts fell from twelve a day to two.',
        ),
      ),
    ).toEqual([])
    expect(
      await lint(
        GROCERY_CASE_STUDY(
          'The rota went from three people to four, 50% more, and timeouts fell from twelve a day to two.',
        ),
      ),
    ).toEqual([
      '22:42: portfolio-metric-arithmetic: "50% more" does not match three people → four, which is a 33.3% increase',
    ])
  })
})

/** MADR 4 from an ML platform team: the measured results sit in Confirmation. */
const FEATURE_STORE_MADR = (consequences: string, confirmation: string | undefined) => `---
kind: decision-record
title: Use Feast on Redis as the online feature store
status: accepted
date: 2024-02-06
deciders: me (ML platform tech lead), two staff ML engineers, head of data engineering
---

# Use Feast on Redis as the online feature store

## Context and Problem Statement

Eleven models in production each compute their own online features. Serving needs p99 feature
reads under 10 ms at 18,000 reads per second. How should we give all teams one feature store?

## Considered Options

* Build our own on DynamoDB
* Feast (open source) with Redis as the online store

## Decision Outcome

Chosen option: "Feast with Redis", because it meets the latency budget with the Redis we already
run.

### Consequences

${consequences}
${confirmation === undefined ? '' : `\n### Confirmation\n\n${confirmation}\n`}`

const UNMEASURED_CONSEQUENCES = `* Good, because training and serving read one registry
* Bad, because we operate Feast ourselves and track its release cadence`

describe("a decision record's Consequences and Confirmation are read together", () => {
  it('MADR 4 with its figures in Confirmation meets its measured results', async () => {
    expect(
      await lint(
        FEATURE_STORE_MADR(
          UNMEASURED_CONSEQUENCES,
          'Six months after the decision all eleven models read from Feast. p99 read latency is 4.1 ms at 31K reads/s, skew-caused regressions went from three in the previous half-year to none, and the monthly bill is $9K against the $38K Tecton quoted.',
        ),
      ),
    ).toEqual([])
  })

  it('a British council MADR whose Confirmation states the change in words meets them too', async () => {
    expect(
      await lint(
        FEATURE_STORE_MADR(
          '* Good, because residents sign in once for every service\n* Bad, because we depend on the national identity provider',
          'After the pilot, median sign-in time fell from forty seconds to eleven, and support calls about passwords fell by sixty per cent.',
        ),
      ),
    ).toEqual([])
  })

  it('figures in Consequences still count with an unmeasured Confirmation', async () => {
    expect(
      await lint(
        FEATURE_STORE_MADR(
          '* Good, because p99 read latency went from 14 ms to 4.1 ms\n* Good, because the bill is $9K a month',
          'We check the latency dashboard at each quarterly review.',
        ),
      ),
    ).toEqual([])
  })

  it('Consequences and Confirmation with no figures are reported at Consequences, naming both', async () => {
    expect(
      await lint(
        FEATURE_STORE_MADR(
          UNMEASURED_CONSEQUENCES,
          'We check the latency dashboard and the monthly bill at each quarterly review.',
        ),
      ),
    ).toEqual([
      '26:1: portfolio-quantified-results: `Consequences` with `Confirmation` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '26:1: portfolio-quantified-results: `Consequences` with `Confirmation` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })

  it('a record with no Confirmation is reported at its Consequences as before', async () => {
    expect(await lint(FEATURE_STORE_MADR(UNMEASURED_CONSEQUENCES, undefined))).toEqual([
      '26:1: portfolio-quantified-results: `Consequences` states no quantified results; expected at least 2 (figures with units: 150ms, 40%, $40K/month, 8 engineers)',
      '26:1: portfolio-quantified-results: `Consequences` shows no before → after figures; show the change, such as 2s → 150ms or from 9/month to 2/month',
    ])
  })
})

/** A fintech app team's development story: Ravi, as the tester wrote him. */
const RAVI_STORY = (result: string) => `---
kind: team-development
title: Growing Ravi
---

# Growing Ravi

## Situation

In 2021 I managed two teams of fourteen engineers; one had been without a manager for five months.
Ravi, a staff engineer there, was curious about management.

## Task

I set out to give Ravi a real trial of management within a quarter.

## Action

I handed him one-to-ones for three engineers, reviewed his notes weekly, and had him run quarterly
planning while I observed.

## Result

${result}
`

const NO_GROWTH =
  '22:1: portfolio-individual-growth: “Result” lists only project outcomes: add how the person grew (a promotion, a new role, a wider scope, or a skill they now show)'

/** The individual-growth findings of a document. */
const growth = async (markdown: string) =>
  (await lint(markdown)).filter((message) => message.includes('portfolio-individual-growth'))

describe('growth words count only when the person grew', () => {
  it('a result where a metric or the team grew is reported', async () => {
    for (const result of [
      'The team shipped the new billing screens 3 weeks early and app-store rating rose from 3.9 to 4.4 stars.',
      'The app-store rating improved from 3.9 to 4.4 stars and churn fell by 12%.',
      'Churn fell by 12% and the team grew from 7 to 9 engineers.',
      // American spelling, the team as subject of every verb.
      'The squad has grown to nine engineers, and customer satisfaction improved from 71% to 80%.',
      // British spelling: the organisation's figures, not Ravi's.
      'Our Trustpilot rating rose from 3.9 to 4.4 and the number of cancellations fell by a dozen a week.',
      // States of the product, not of Ravi: "are now", "became", "owns".
      'Deploys are now daily, the release train became stable, and each squad owns its alerts; churn fell from 9% to 7%.',
      'The on-call rota is now a weekly one and the billing service is now the fastest in the company; churn fell from 9% to 7%.',
    ]) {
      expect([result, await growth(RAVI_STORY(result))]).toEqual([result, [NO_GROWTH]])
    }
  })

  it('a result where the person grew passes, by name, pronoun or their own rating', async () => {
    for (const result of [
      'Ravi was promoted to engineering manager in month eight, and churn fell from 9% to 7%.',
      'Ravi is now the on-call lead for both squads, and churn fell from 9% to 7%.',
      'He became the squad’s manager in month eight, and churn fell from 9% to 7%.',
      'Ravi owns quarterly planning for the department, and churn fell from 9% to 7%.',
      'She now leads the billing squad; churn fell from 9% to 7% over 3 quarters.',
      'He grew into the role within two quarters, and churn fell from 9% to 7%.',
      'Ravi grew into the role; churn fell from 9% to 7% in 6 months.',
      "He's really grown: churn fell from 9% to 7% in 6 months under him.",
      'His performance rating rose from "meets" to "exceeds", and churn fell from 9% to 7% in 6 months.',
      "Ravi's confidence in hard conversations is the change I am proudest of; churn fell from 9% to 7% in 6 months.",
      'Ravi has progressed faster than anyone I have managed; churn fell from 9% to 7% in 6 months.',
    ]) {
      expect([result, await growth(RAVI_STORY(result))]).toEqual([result, []])
    }
  })

  it('a capitalised metric opening a sentence is not a name', async () => {
    const result = 'Churn grew by 2% in the first month. Retention improved from 80% to 85%.'
    expect(await growth(RAVI_STORY(result))).toEqual([NO_GROWTH])
  })
})

describe('what a count counts: the noun, past the words that qualify it', () => {
  it('reads the noun after qualifiers, and a rate after a two-word noun', () => {
    expect(figures('we hired 12 senior engineers')).toEqual(['12 senior engineers=12 engineers'])
    expect(figures('it has 1.2M monthly active users')).toEqual([
      '1.2M monthly active users=1200000 users',
    ])
    expect(figures('we make 40,000 daily deliveries')).toEqual([
      '40,000 daily deliveries=40000 deliveries',
    ])
    expect(figures('it takes 2,400 card payments a second')).toEqual([
      '2,400 card payments a second=2400 payments/s',
    ])
    expect(figures('3 more engineers and 5 new hires a month')).toEqual([
      '3 more engineers=3 engineers',
      '5 new hires a month=5 hires/month',
    ])
  })

  it('reads a number written in words the same way', () => {
    expect(figures('we hired twelve senior engineers')).toEqual([
      'twelve senior engineers=12 engineers',
    ])
    expect(figures('it has three monthly active users')).toEqual([
      'three monthly active users=3 users',
    ])
    expect(figures('it takes twelve card payments a second')).toEqual([
      'twelve card payments a second=12 payments/s',
    ])
    expect(figures('two more engineers and three leavers a month')).toEqual([
      'two more engineers=2 engineers',
      'three leavers a month=3 leavers/month',
    ])
    expect(figures('twelve card payments were refunded')).toEqual(['twelve card=12 card'])
  })

  it('keeps the first word when no rate follows a two-word noun, and one-word nouns as they were', () => {
    expect(figures('2,400 card payments were refunded')).toEqual(['2,400 card=2400 card'])
    expect(figures('we have 8 engineers and 40 seniors')).toEqual([
      '8 engineers=8 engineers',
      '40 seniors=40 seniors',
    ])
  })
})

describe('a time of day: the end of a change, never a figure by itself', () => {
  const changes = (text: string) =>
    extractClaims(text).changes.map(
      (change) =>
        `${change.before.text}=${change.before.base} → ${change.after.text}=${change.after.base}`,
    )

  it('reads a time of day moved by a verb, in 24-hour or 12-hour form, as a change', () => {
    expect(changes('We moved delivery from 07:30 to 05:00.')).toEqual(['07:30=450 → 05:00=300'])
    expect(
      changes('The cutover was brought forward from 9:30 pm to 6:15 p.m. on the day.'),
    ).toEqual(['9:30 pm=1290 → 6:15 p.m=1095'])
    expect(changes('Reports landed at 12:00 pm → 9:30 am.')).toEqual(['12:00 pm=720 → 9:30 am=570'])
  })

  it('reads no figure in a time window, a time alone, a ratio or a timestamp past a day', () => {
    expect(changes('From 04:12 to 06:52 UTC checkout failed.')).toEqual([])
    expect(figures('The job finished at 03:00 and the ratio was 3:1 on 16:9 screens.')).toEqual([])
    expect(changes('It moved from 27:30 to 05:00.')).toEqual([])
  })

  it('checks no percentage against a time of day, which has no zero', () => {
    const [clock] = extractClaims('We cut delivery from 07:30 to 05:00, a 50% reduction.').relatives
    expect(clock?.change?.comparable).toBe(true)
    expect(checkRelativeClaim(clock as RelativeClaim)).toBeUndefined()
    const [minutes] = extractClaims(
      'We cut the build from 9 to 3 minutes, a 50% reduction.',
    ).relatives
    expect(checkRelativeClaim(minutes as RelativeClaim)?.ok).toBe(false)
  })
})

describe('an end of a change in the same unit without a rate takes the other end’s rate', () => {
  const changes = (text: string) =>
    extractClaims(text).changes.map(
      (change) =>
        `${change.before.text}${change.before.per ? `/${change.before.per}` : ''} → ${change.after.text} ${change.comparable ? 'comparable' : 'not comparable'}`,
    )

  it('reads "$254K a month, down from $410K" as a change of monthly spend', () => {
    expect(changes('The bill was $254K a month, down from $410K.')).toEqual([
      '$410K/month → $254K a month comparable',
    ])
    expect(changes('The bill fell from $410K to $254K a month.')).toEqual([
      '$410K/month → $254K a month comparable',
    ])
  })

  it('reads no change between ends of different nouns', () => {
    expect(changes('We had 12 incidents a month, down from 40 pages.')).toEqual([])
  })
})
