/**
 * Documents written the way strangers write them (MADR, Nygard/adr-tools,
 * headings in their own words, roles stated in sentences), linted with the
 * structural rules: none may give an error. Each mutation removes one fact
 * an interviewer needs and must give an error naming it.
 */

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { leadInLabel } from '../src/knowledge/sections.js'
import diagram from '../src/rules/diagram.js'
import optionsConsidered from '../src/rules/options-considered.js'
import requiredSections from '../src/rules/required-sections.js'
import tradeOffs from '../src/rules/trade-offs.js'
import { GOV_IDENTITY_DECISION } from './shared-documents.js'
import { span } from './text-edits.js'

interface Found {
  rule: string
  reason: string
  expected: string | undefined
}

async function lint(markdown: string): Promise<Found[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(requiredSections, 'error')
    .use(optionsConsidered, 'error')
    .use(tradeOffs, 'error')
    .use(diagram, 'error')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => ({
    rule: message.ruleId ?? '',
    reason: message.reason,
    expected: message.expected?.[0],
  }))
}

/** MADR 4, as a logistics company's platform team writes it. */
const MADR_LOGISTICS = `---
kind: decision-record
title: Use a managed solver for last-mile route planning
status: accepted
date: 2024-03-12
deciders: Head of Routing, two staff engineers, dispatch product lead
consulted: Depot operations (North and West regions), Finance
informed: Driver app team, customer support
---

# Use a managed solver for last-mile route planning

## Context and Problem Statement

Our home-grown greedy planner builds routes for 3,100 vans across 42 depots every night.
Routes run 14% longer than an optimal plan, and planning takes 95 minutes, so late orders
miss the cut-off. How should we plan routes from the 2024 peak season onward?

## Decision Drivers

* Plan within 20 minutes of the order cut-off
* Keep depot-specific constraints (loading bays, ULEZ windows)

## Considered Options

* Keep and tune the greedy planner
* OR-Tools solver run in-house
* Managed routing API

## Decision Outcome

Chosen option: "OR-Tools solver run in-house", because it is the only option that met the
20-minute budget with our depot constraints and costs a sixth of the managed API at our volume.

### Consequences

* Good, because route length dropped from 14% above optimal to 3% (measured over 6 weeks)
* Good, because nightly planning went from 95 minutes to 17 minutes
* Bad, because we now run a solver fleet of 24 cores per region

### Confirmation

A shadow run on 8 weeks of orders: 1.9M fewer van-kilometres, £2.3M fuel saved a year.

## Pros and Cons of the Options

### Keep and tune the greedy planner

* Good, because nothing to migrate
* Bad, because tuning gained 2% in three months of trying

### OR-Tools solver run in-house

* Good, because depot constraints are code we own
* Neutral, because it needs a solver on-call rotation
* Bad, because we run and scale the solver fleet

### Managed routing API

* Good, because no infrastructure to run
* Bad, because per-stop pricing comes to £1.4M a year at 9M stops a month
`

/** Nygard / adr-tools, from a retail bank, with the options the guide adds. */
const NYGARD_BANK = `---
kind: decision-record
title: Event-source the payments ledger
---

# 7. Event-source the payments ledger

Date: 2023-09-04

## Status

Accepted

## Context

The card ledger is a mutable table updated in place by 11 services. Reconciliation with the
scheme files fails on about 40 accounts a day and each break takes an analyst 2 hours.

## Alternatives

| Option | Pros | Cons |
| --- | --- | --- |
| Keep the mutable ledger, add audit triggers | No migration | Triggers miss bulk updates |
| Event-sourced ledger on Postgres | Full history, replayable | Rebuilds needed for new views |

## Decision

We will event-source the ledger on Postgres, because replaying the events is the only way to
prove a balance to the regulator.

## Consequences

Reconciliation breaks fell from 40 a day to 3 a day within a quarter, saving 2 analyst FTEs.
`

/** A post-mortem from a payments processor: no "Your Role" heading, the role is a sentence. */
const POST_MORTEM = `---
kind: post-mortem
title: Card authorisations timed out for 38 minutes
---

# Card authorisations timed out for 38 minutes

As incident lead I paged the database on-call, froze deploys and ran the bridge until recovery.

## What happened

A connection-pool change shipped at 09:12 halved the pool on the authorisation service.

## Impact

38 minutes of timeouts; 212,000 authorisations declined, £6.1M in card volume retried.

## Why it happened

The pool size came from a shared default that a library upgrade had changed.

## Fix

- Pool size pinned in service config, with a load test that fails below 400 connections
- Library upgrades now run the authorisation soak test before merge
`

/** A code review written in the author's own headings. */
const CODE_REVIEW = `---
kind: code-review
title: Idempotent refunds
---

# Idempotent refunds

## The diff

\`\`\`diff
- refund(order.id, amount)
+ refund(order.id, amount, idempotencyKey = order.refundRequestId)
\`\`\`

## What I flagged

Retries after a gateway timeout could refund twice; I asked for the request id as the
idempotency key and a test that retries the same refund three times.

## Why this review mattered

Duplicate refunds dropped from 31 a month to 0 after the change shipped.
`

/** A system design written tersely: bold lead-ins in one list, the diagram after it. */
const TERSE_SYSTEM = `---
kind: system
title: Cold-chain telemetry
---

# Cold-chain telemetry

- **Scale**: 18,000 refrigerated trailers, 40M sensor readings a day
- **Business context**: spoilage claims cost £9M a year before this platform
- I led a team of 7 engineers and owned the architecture end to end.
- **Architecture Overview**: trailers publish over MQTT, a stream processor flags excursions

\`\`\`mermaid
flowchart LR
  Trailer -->|MQTT| Broker --> Flink --> Alerts
\`\`\`

## What we decided, and what it cost

1. **MQTT over HTTPS polling**: chose MQTT for intermittent rural coverage
   - Trade-off: a broker cluster to run in two regions
   - Result: 99.2% of readings delivered within 60 s, from 81%

## Growing the team

Two engineers now lead on-call for the stream processor on their own.
`

/**
 * A system design from an energy company: the scale is a paragraph of counts
 * and rates under a heading that does not say "scale", and the leadership is
 * a sentence in the role section.
 */
const METERING_SYSTEM = `---
kind: system
title: Smart-meter ingestion
---

# Smart-meter ingestion

## What it handles

3.2M smart meters report every 15 minutes: 310M readings a day, 4 TB a month, peaking at
9,000 readings/second after a network outage.

## My part

I designed the ingestion path and led the 9 engineers of the metering team; I mentored two of
them into on-call leads.

## Why it was needed

Billing estimated 18% of bills because readings arrived late or not at all.

## Architecture

\`\`\`mermaid
flowchart LR
  Meters --> Head[Head-end] --> Queue --> Validate --> Store[(Readings)]
\`\`\`

## Decisions

1. **Managed queue vs self-run brokers**: the managed queue
   - Trade-off: per-message pricing at our volume
   - Result: no broker on-call in 14 months

## Results

Estimated bills fell from 18% to 2.5%; readings lost a day went from 40,000 to 1,200.
`

/** An executive summary from a logistics engineer, every heading in their own words. */
const LOGISTICS_SUMMARY = `---
kind: executive-summary
title: About me
---

# About me

## What I do today

Head of routing engineering at a parcel carrier: 4 teams, 31 engineers, 1.1M parcels a day.

## Things I have shipped

- A route planner that cut van-kilometres by 9% across 42 depots.
- Same-day slots for 60% of orders, up from 0.

## How I lead

I hire for curiosity, run blameless reviews and have promoted five engineers to senior.

## Why Amazon

Last-mile logistics at a scale I can only reach at Amazon, with the ownership I already practise.
`

/** A team-development story in STAR's spirit: one heading holds the situation and the goal. */
const MENTORING_STORY = `---
kind: team-development
title: Ana, from support engineer to SRE lead
---

# Ana, from support engineer to SRE lead

## Background and goal

Ana ran tier-2 support for our billing platform. We had no one to own reliability, and I wanted
her ready to lead it within a year.

## How I coached her

Fortnightly 1:1s on one skill each; she shadowed me on incidents for two months, then ran them
with me as backup; I gave her the error-budget policy to write and defend.

## Where she is now

Promoted to SRE lead after 11 months; she leads 3 engineers and has run 14 incidents on her own.
`

/** A cross-functional story from a hospital group, in the author's own headings. */
const HOSPITAL_PROGRAMME = `---
kind: cross-functional
title: One patient record for three hospitals
---

# One patient record for three hospitals

## The brief

Merge three hospitals' patient records into one before the old vendor contract ended in 14 months.

## Who was at the table

Clinical leads from each hospital, the records vendor, information governance, and my 8 engineers.

## My role

I led the technical workstream and chaired the weekly data-quality board.

## Where it got hard

Each hospital coded allergies differently. I proposed one shared code list, ran the workshops
that agreed it, and paid for the mapping from our budget.

## Outcomes

Duplicate patient records fell from 4.1% to 0.3%; the old contract ended on time, saving $1.2M a year.
`

/** An engineering excellence initiative at a retailer, in the author's own headings. */
const RETAIL_INITIATIVE = `---
kind: excellence-initiative
title: Contract tests for the checkout services
---

# Contract tests for the checkout services

## Why we had to change

Checkout broke in production 6 times a quarter when one team changed an API another relied on.

## My part

I proposed contract testing, won two quarters of 15% capacity from the CTO, and set the standard.

## How we rolled it out

Consumer-driven contracts for the 12 checkout services, run on every pull request, one team at a time.

## Results

Cross-team breakages in production went from 6 a quarter to 1; releases per week from 3 to 11.
`

/** A code review from a bank: the code sits under a heading that says nothing of code. */
const BANK_REVIEW = `---
kind: code-review
title: Rounding in interest accrual
---

# Rounding in interest accrual

## The situation

A teammate's change to daily interest accrual:

\`\`\`kotlin
val daily = balance * rate / 365
return daily.setScale(2, RoundingMode.HALF_UP)
\`\`\`

## My comments

Rounding each day loses up to half a penny per account per day; I asked for accrual at full
precision and rounding once at month end, with a test over a leap year.

## What happened next

The fix shipped the same week; month-end interest now matches the core ledger on all 2.4M accounts.
`

/** A terse story bank: a label per principle. */
const TERSE_STORY_BANK = `---
kind: story-bank
title: Story bank
---

# Stories I tell

**Dive Deep**: [the rounding review](reviews/rounding.md).

**Frugality**: [managed queue decision](decisions/queue.md).

**Questions I expect**: a time you disagreed, [contract tests](stories/contracts.md).
`

/** A terse decision record whose reason is a sentence without "because". */
const TERSE_DECISION = `---
kind: decision-record
title: Batch the overnight settlement files
---

# Batch the overnight settlement files

**Context**: settlement sends 1,400 files a night to 9 banks, and 3 banks reject us for rate limits.

**Options**:

1. **One file per merchant**, as today
   - Pros: no change for the banks
   - Cons: 3 banks keep rejecting us
2. **One batch file per bank**
   - Pros: within every bank's limit
   - Cons: one bad record holds up a whole batch

**Decision**: one batch file per bank, so that every bank receives one file within its limit.

**Results**: rejected files 120 a month → 0; settlement finishes at 03:10 instead of 05:40.
`

/**
 * An executive summary from a biotech engineer: "Leadership achievements"
 * could be the achievements or the leadership; "Systems I built" can only be
 * the achievements, so the first is the leadership.
 */
const BIOTECH_SUMMARY = `---
kind: executive-summary
title: Summary
---

# Summary

## Role today

Director of lab automation engineering: 3 teams, 22 engineers, 40 robotic lines.

## Leadership achievements

Built the automation group from 4 to 22 engineers; two of my leads now run their own teams.

## Systems I built

A scheduler that raised plate throughput from 9,000 to 31,000 a day.

## Why Amazon

Robotics at fulfilment scale is the next step for the work I do.
`

/** A terse system design from a card issuer: bold labels only, no sub-headings. */
const FRAUD_SYSTEM = `---
kind: system
title: Card fraud scoring
---

# Card fraud scoring

**Scale**: 1.2M card transactions a day, 3,000 a second at peak, each scored within 40 ms.

**Your role**: I led the 6 engineers of the fraud platform team and owned the serving design.

**Business context**: fraud losses were 0.4% of card volume, twice the industry benchmark.

**Architecture overview**: authorisations call a scoring service that reads a feature store.

\`\`\`mermaid
flowchart LR
  Auth --> Score --> Features[(Feature store)]
\`\`\`

**Technical decisions**:

1. **Streaming features vs nightly batch**: streaming
   - Trade-off: a Flink cluster to run and upgrade
   - Result: features 2 seconds old instead of 24 hours

**Leadership**: two engineers on the team now own the model releases.
`

/** A terse post-mortem from a SaaS company: what happened and its impact are the opening sentence. */
const DNS_POST_MORTEM = `---
kind: post-mortem
title: Internal DNS outage
---

# Internal DNS outage

On 9 May our internal DNS failed for 41 minutes and 30% of API calls errored. I was the incident
commander.

## Contributing factors

A resolver config push removed the upstream forwarders, and nothing checked the push first.

## Prevention

- Resolver config pushes go through a canary resolver first (done in a week)
`

/** A scaling case study from a retailer, every heading in the author's words. */
const BLACK_FRIDAY = `---
kind: case-study
title: Scaling the order pipeline for Black Friday
focus: scaling
---

# Scaling the order pipeline for Black Friday

## Where we started

The order pipeline topped out at 600K orders an hour; the Black Friday forecast was 2M.

## The plan

Partition orders by region, take payment capture off the critical path, load test weekly.

## My role

I ran a tiger team of 11 engineers from two teams and owned the go/no-go call.

## Delivery

Shipped in 10 weeks, region by region, behind flags.

## What happened on the day

Peak throughput went from 600K to 2.4M orders an hour, with p99 checkout under 400 ms.
`

/** A story bank that is two tables and nothing else. */
const TABLE_STORY_BANK = `---
kind: story-bank
title: Story bank
---

# Story bank

| Leadership principle | Story | Figure to quote |
| --- | --- | --- |
| Ownership | DNS outage | detection 35 min → 2 min |
| Dive Deep | Search latency | p99 2.1 s → 280 ms |

| Question they may ask | Story |
| --- | --- |
| Tell me about a time you failed | DNS outage |
`

/**
 * Nygard, as a retailer's search team writes it: the options named and
 * weighed in the context's prose, no section of their own.
 */
const NYGARD_SEARCH = `---
kind: decision-record
---

# 3. Move product search from Solr to OpenSearch

Date: 2023-09-04

## Status

Accepted. Decided by Maria Gonzalez (principal engineer) and the search team lead; consulted the SRE and catalog teams.

## Context

Our Solr 6 cluster serves 2,300 queries per second at peak with a p99 of 850 ms. Reindexing the 40 million SKU catalog takes 11 hours, so price changes reach search a day late.

We looked at three options: upgrading to Solr 9, moving to Amazon OpenSearch Service, and Elasticsearch on our own EC2 fleet. Solr 9 keeps the schema but still needs us to run ZooKeeper; self-managed Elasticsearch gives us control at the cost of a licence review and on-call load; OpenSearch Service removes cluster operations but costs about 20% more in compute.

## Decision

We will move to Amazon OpenSearch Service, because it removes the cluster operations we can no longer staff.

## Consequences

Reindexing now takes 35 minutes instead of 11 hours, and p99 query latency fell from 850 ms to 210 ms. Compute cost rose from $18k to $21.5k a month.
`

/** A post-mortem whose author states the role in the timeline: "I was incident commander". */
const CHECKOUT_POST_MORTEM = `---
kind: post-mortem
title: Checkout outage, 14 February 2024
---

# Checkout outage, 14 February 2024

## Summary

For 47 minutes, 38% of checkout attempts failed because a config push lowered the payment service's connection pool from 200 to 20. About 61,000 orders failed.

## Timeline (UTC)

- 17:02 Config change deployed to payments (pool size typo)
- 17:09 Error-rate alert fires; I was incident commander
- 17:31 Rolled back the config; errors fall to 2%

## Root cause

The pool size was set in a shared YAML with no schema validation, and the canary covered 1% of traffic for 5 minutes, too short to saturate the pool.

## Action items

| Action | Owner | Status |
| --- | --- | --- |
| Schema-validate service configs in CI | Platform team | Done |
| Extend the payment canary to 10% for 20 minutes | Payments | Done |

Config-related incidents fell from 4 a quarter to 0 in the two quarters that followed.
`

/**
 * A performance case study with run-in heads (`**Situation.** Our app…`,
 * `**What we did.**` alone before its list) and its result as a table of
 * figures before and after, with no heading.
 */
const MOBILE_CASE_STUDY = `---
kind: case-study
focus: performance
title: Cutting Android cold start for a banking app
---

# Cutting Android cold start for a banking app

**Situation.** Our Android banking app took 4.8 s to a usable home screen at p90 on mid-range phones, and 31% of one-star reviews mentioned "slow". I was the tech lead for the app platform team of five.

**What I found.** Tracing 2,000 cold starts with Perfetto showed three costs: 1.9 s initialising 14 SDKs on the main thread, 1.1 s inflating nested layouts, and 0.7 s waiting on an accounts API call the first screen did not need.

**What we did.**

1. Deferred 11 of the 14 SDKs until after first frame, trading a later analytics start for a faster launch.
2. Rebuilt the home screen in Jetpack Compose with a baseline profile.
3. Made the accounts call lazy and cached the last balance, accepting a balance up to 5 minutes stale on launch.

| Metric | Before | After |
| --- | --- | --- |
| Cold start p90 (mid-range) | 4.8 s | 1.9 s |
| One-star reviews mentioning speed | 31% | 9% |

**What I learned.** Measure on the phones customers use: our flagship test devices hid two thirds of the problem.
`

/**
 * A health insurer's system design: its scale in an "At a glance" table
 * with an empty header, its decisions as bold list items in prose ("…, but
 * we had to build…"; "ship in days, not a quarter").
 */
const CLAIMS_SYSTEM = `---
kind: system
title: Real-time claims adjudication platform
---

# Real-time claims adjudication platform

## At a glance

| | |
| --- | --- |
| Claims adjudicated | 1.8M a day |
| Peak rate | 420 claims/s |
| Members covered | 9.5M |

## My role

Principal engineer and architect; I led a group of 3 teams (22 engineers) and owned the design end to end.

## Why it mattered

Claims took 9 days to pay on average, and state regulators fined us $4.2M in 2021 for late payments.

## Design

\`\`\`mermaid
flowchart LR
  Intake --> Rules[Rules engine] --> Pricing --> Payment
\`\`\`

## Key decisions

- **Event sourcing for claim state** instead of a mutable claims table. It gave us an audit trail regulators accept, at the price of about 40 TB a year of storage. Audit findings dropped from 11 to 0.
- **Drools rules authored by the business** rather than hard-coded logic. Policy changes ship in days, not a quarter, but we had to build a test harness for 6,000 rules.

## Results

Average time to pay fell from 9 days to 26 hours, and late-payment fines went to zero in 2023.

## Growing the team

I set up an architecture guild across the three teams and mentored two senior engineers who now lead the rules and payments services.
`

/** An excellence initiative whose role is what the author ran: "I ran a two-week pilot". */
const ON_CALL_INITIATIVE = `---
kind: excellence-initiative
title: Rebuilding on-call for the payments org
leadership-principles: [Insist on the Highest Standards, Earn Trust]
---

# Rebuilding on-call for the payments org

### The problem

Four payments teams (31 engineers) shared one pager rotation. Engineers got 22 pages a week on average, 70% of them non-actionable, and two senior engineers quit in Q3 citing on-call. Mean time to acknowledge was 14 minutes.

### What I proposed

I wrote a one-page proposal to split the rotation by service ownership, delete or fix every alert that had not led to action in 90 days, and add a weekly 30-minute alert review run by whoever was on call.

### Getting buy-in

Two team leads worried that splitting the rotation would leave small teams paging the same three people. I ran a two-week pilot with the largest team first and shared the numbers every Friday; after the pilot, both leads asked to join.

### Rollout

We rolled out team by team over six weeks. I paired with each team on their alert clean-up and wrote the runbook template the teams now use.

### Impact

- Pages per engineer per week: 22 → 5
- Non-actionable pages: 70% → 12%
- Mean time to acknowledge: 14 min → 3 min
- No on-call-related resignations in the following 12 months; our engagement score for "sustainable workload" rose from 41 to 73.

The alert review is still running two years later, and the platform org adopted the same model.
`

/**
 * Stories told in prose with no headings for Situation, Task or Action: an
 * interviewer finds each in a sentence.
 */

/** A platform director's team-development story; its result a table of Start against After. */
const TECH_LEADS_STORY = `---
kind: team-development
title: Turning two senior engineers into tech leads
leadership-principles: [Hire and Develop the Best]
---

# Turning two senior engineers into tech leads

In 2023 my org of 40 engineers had one tech lead for five teams, so design reviews queued for three weeks. I picked two senior engineers, Ana and Raj, who wanted the role but had never led design work.

For six months I met each of them weekly. They each led one design review a fortnight with me in the room but silent, and afterwards we went through what they missed. I gave Ana the payments re-platforming design to own; Raj took the on-call redesign. When Raj's first review went badly (he argued instead of asking questions), I had him re-run it the next week with a written list of questions.

| | Start | After 6 months |
| --- | --- | --- |
| Design reviews led per month | 0 | 5 (both) |
| Review queue | 3 weeks | 4 days |
| Promotions | | Ana to Senior II (TL), Raj TL in 2024 |

Ana now mentors two engineers herself; Raj's on-call redesign cut pages by half.
`

/** A hospital's clinical systems engineer, across nursing, pharmacy and a vendor; an "Outcome" heading only. */
const SEPSIS_ALERTS_STORY = `---
kind: cross-functional
title: Getting sepsis alerts to nurses within the hour
leadership-principles: [Customer Obsession, Earn Trust]
---

# Getting sepsis alerts to nurses within the hour

Last winter our hospital's sepsis screening still ran on paper: nurses scored patients every four hours and the score reached a doctor by pager, so a deteriorating patient could wait up to six hours for antibiotics. The board wanted electronic alerts on all 22 adult wards before the next flu season.

The chief nursing officer asked me to lead the software side of it. I was one of four engineers on the clinical systems team, and nothing could go live until nursing, pharmacy, the clinical safety officer and the EHR vendor agreed.

Nurses had been burnt by a noisy alert pilot two years earlier, so I started on the wards, not in code. I spent three night shifts on the acute medical unit watching how observations were taken, and I ran a workshop where ward sisters set the alert thresholds themselves. When the vendor quoted two release cycles for the change, I wrote the integration against their FHIR API myself and got the clinical safety officer to sign off the hazard log in a fortnight. We piloted on two wards for six weeks; every Friday I went through each alert with the ward leads and we dropped the rules that fired without a real deterioration.

## Outcome

| | Before | After |
| --- | --- | --- |
| Median time from high score to antibiotics | 4 h 10 min | 52 min |
| Alerts nurses judged unhelpful | 61% (2021 pilot) | 9% |
| Wards live | 0 | 22 |

Sepsis mortality on the pilot wards fell from 18% to 13% over the following year.
`

/** A game studio's engine lead: a performance case study told as three paragraphs and a table. */
const SWITCH_PORT_STORY = `---
kind: case-study
focus: performance
title: Hitting 30 fps on the Switch port of Harbour Lights
leadership-principles: [Dive Deep, Deliver Results]
---

# Hitting 30 fps on the Switch port of Harbour Lights

Eight weeks before certification in spring 2022, our Switch build of Harbour Lights ran at 19 fps in the harbour district, and lot check would not pass a game that dropped below 25 for more than a few seconds. I was the engine lead on a port team of six.

My goal was a locked 30 fps docked and handheld without shrinking the harbour crowd, which the level design depended on.

I captured 40 frames on a retail unit with the GPU profiler and saw that 11 ms of the 33 ms budget went to skinning 300 crowd characters on the CPU. I moved skinning to a compute shader, which two engine programmers built while I rewrote the crowd LOD so that characters past 30 m used a 4-bone rig. I also split the water reflection into a half-resolution pass. Every evening I posted the frame-time capture to the team channel, so art could see which props cost what.

| Metric | Before | After |
| --- | --- | --- |
| Harbour district, docked | 19 fps | 30 fps (locked) |
| Worst frame, handheld | 71 ms | 34 ms |
| Crowd size | 300 | 300 |

The port passed lot check first time and shipped on its date; the crowd LOD is now in the engine's main branch.
`

/** A ticketing company's scaling story, told by its checkout lead in one breath. */
const STADIUM_ONSALE_STORY = `---
kind: case-study
focus: scaling
title: Keeping checkout up for a stadium tour on-sale
leadership-principles: [Ownership, Insist on the Highest Standards]
---

# Keeping checkout up for a stadium tour on-sale

In March 2023 we had a 40-date stadium tour going on sale. Our checkout had never taken more than 9,000 orders a minute, the promoter expected 60,000, and the last big on-sale had ended in a 40-minute outage and a week of bad press.

I had six weeks to make sure checkout stayed up, as the lead of the four-person checkout team. I put a virtual waiting room in front of the event pages, so that checkout saw a rate we chose rather than the crowd's. I load-tested with a replay of the last on-sale at 8x, which showed seat reservation holding a row lock per seat map; I changed it to reserve seats in Redis and write the order to Postgres afterwards, accepting that a seat could briefly show as free and then fail at payment. I ran three rehearsals with the promoter and customer support, and wrote the runbook for the night.

| Metric | Before | After |
| --- | --- | --- |
| Orders a minute at peak | 9,000 | 58,000 |
| Checkout p99 at peak | 14 s | 0.9 s |
| Outage minutes | 40 | 0 |

We sold 1.1M tickets in three hours, and the waiting room is now on every on-sale.
`

/** A payments company's post-mortem: the role only in the authors line and the timeline. */
const CAPTURE_QUEUE_POST_MORTEM = `---
kind: post-mortem
title: "Postmortem: payment capture backlog, 14 March 2024"
leadership-principles: [Ownership, Dive Deep]
---

# Postmortem: payment capture backlog, 14 March 2024

**Status:** complete
**Authors:** me (incident commander), Priya (payments on-call)

## Summary

For 2 hours 10 minutes on 14 March, card payments at checkout were accepted but not captured: 38,000 orders waited in the capture queue.

## Impact

- 38,000 orders delayed, none lost
- 1,900 support contacts that day, against 300 normally

## Root Causes

A config push lowered the consumer pool from 40 to 4 workers. The canary checked error rate, not queue depth, so it passed.

## Resolution

Priya spotted the pool size in the dashboards and the config was rolled back at 11:05; the backlog drained by 11:22.

## Action Items

| Action | Owner | Status |
| --- | --- | --- |
| Canary checks queue depth as well as errors | me | done |
| Config schema rejects pool sizes under 20 | Priya | done |

## Timeline

- 09:12 config deploy
- 10:48 I take incident command
- 11:22 backlog drained
`

/** A logistics BI lead's mentoring story under their own headings, its result in prose. */
const ANALYST_TO_ENGINEER_STORY = `---
kind: team-development
focus: mentorship
title: Coaching a data analyst into a data engineer
leadership-principles: [Hire and Develop the Best]
---

# Coaching a data analyst into a data engineer

## Background

In 2022 Tom was a SQL analyst in our logistics BI team who wanted to move into data engineering, but he had never written Python in production or owned a pipeline. His manager asked me to mentor him.

## My approach

I set up a 9-month plan with him: first a small dbt model with tests, then owning the late-deliveries pipeline, then designing its replacement. I reviewed every PR he wrote for the first three months and then only the design docs, and I had him shadow me on call for two weeks before joining the rotation.

## How it went

He became a Data Engineer I after 10 months. The pipeline he rebuilt runs in 18 minutes instead of 2 hours 40, and he now runs the team's SQL-to-Python workshop.
`

/** A telematics company's RFC, in design-doc headings: Goals, Proposal, Alternatives considered. */
const FLEET_RFC = `---
kind: system
title: "RFC: Fleet telemetry ingestion for 60,000 trucks"
leadership-principles: [Think Big, Dive Deep]
---

# RFC: Fleet telemetry ingestion for 60,000 trucks

Author: me (principal engineer, telematics) · Reviewers: data platform, SRE, finance

## Goals

- Ingest GPS and engine telemetry from 60,000 trucks every 10 seconds (6,000 messages/s, 40 TB/year)
- Dispatchers see a truck's position within 15 seconds
- Cut the $1.4M/year we pay the current vendor

## Non-goals

- Driver video (separate RFC)

## Proposal

\`\`\`mermaid
flowchart LR
  Trucks -->|MQTT| Gateway --> Kafka --> Flink --> Cassandra
  Flink --> Alerts
\`\`\`

Trucks publish over MQTT to a regional gateway; Kafka buffers 72 hours; Flink computes positions and alerts; Cassandra keeps 90 days hot.

## Alternatives considered

1. **Keep the vendor**: no build cost, but $1.4M/year and a 60-second delay.
2. **Kinesis + Lambda**: less to run, but per-message pricing came to $610k/year at our volume.
3. **Kafka + Flink (chosen)**: we run it ourselves; $280k/year all in, and we already operate Kafka.

Trade-off: we take on-call for the pipeline in exchange for cost and latency.

## Rollout

I led the build with four engineers over two quarters and ran the migration region by region. I mentored two of them into owning the Flink jobs; one now leads the stream team.

## Results

Position delay fell from 60 s to 9 s p95; cost fell from $1.4M to $290k a year.
`

/** A grocery app's performance case study: results in a table whose rows are Before and After. */
const TRANSPOSED_RESULTS_STUDY = `---
kind: case-study
focus: performance
title: Making search suggestions fast on low-end Android phones
leadership-principles: [Customer Obsession, Dive Deep]
---

# Making search suggestions fast on low-end Android phones

## TL;DR

Suggestions on our grocery app took 1.8 s to appear on the cheapest phones our customers use. I profiled it, found we shipped a 4 MB dictionary to the phone and searched it on the UI thread, and moved the search to the server with a 40 KB prefix cache on the device.

## Context

Around 35% of our users in Brazil and Indonesia are on phones with 2 GB of RAM. Our analytics showed they abandoned search twice as often as users on newer phones.

## My role

I was the tech lead for search on mobile; two Android engineers and one backend engineer worked with me.

## What we changed

- I profiled a Moto E and found 1.1 s of the delay was the dictionary lookup on the UI thread.
- I designed the server suggest endpoint (Elasticsearch completion suggester) and the 40 KB on-device prefix cache.
- We A/B tested it on 10% of traffic for two weeks.

## Numbers

| | p50 | p95 | Search abandonment |
| --- | --- | --- | --- |
| Before | 640 ms | 1.8 s | 22% |
| After | 90 ms | 210 ms | 13% |

## Trade-offs

Suggestions now need the network; offline users get only the cached prefixes.
`

/** A CI initiative told as Before, What I changed, How I got teams on board, After. */
const BEFORE_AFTER_INITIATIVE = `---
kind: excellence-initiative
title: Bringing our CI from 40 minutes and 30% flaky to 12 minutes
leadership-principles: [Insist on the Highest Standards, Frugality]
---

# Bringing our CI from 40 minutes and 30% flaky to 12 minutes

## Before

In early 2024 our monorepo's CI took 40 minutes and 30% of runs failed on a flaky test. Engineers re-ran jobs by habit; we spent about $38k a month on CI compute.

## What I changed

I set up a flaky-test dashboard from the JUnit reports, quarantined the 60 worst tests and gave each owning team a two-week budget to fix or delete them. I split the test suite by timing data across 12 runners and added remote caching for the build.

## How I got teams on board

I presented the cost and time figures at the engineering all-hands and asked each team lead for one engineer-day a sprint for a month; nine of eleven teams took part.

## After

- CI time: 40 → 12 minutes (p50)
- Flaky failures: 30% → 2% of runs
- CI spend: $38k → $21k a month
- Adopted by all 11 teams as the default pipeline
`

/** A decision record as a Y-statement, with a plain "Stakeholders:" line. */
const Y_STATEMENT_DECISION = `---
kind: decision-record
title: Use SQS FIFO for order events
date: 2023-06-02
deciders: [me, Lena Park (EM), Omar Haddad (staff)]
---

# Use SQS FIFO for order events

In the context of the order service publishing 2,000 events/s to six consumers, facing duplicate and out-of-order deliveries from our Redis pub/sub that caused 0.3% of orders to be double-picked, we decided for SQS FIFO with message groups per order and neglected Kafka and keeping Redis with idempotency keys, to achieve per-order ordering with exactly-once processing, accepting a 300 msg/s per-group limit and higher per-message cost.

Stakeholders: warehouse systems, finance (cost), SRE.

## Outcome (6 months later)

Double-picks went from 0.3% of orders to 0.002%; the queue costs $3,100 a month, against $1,900 for Redis.
`

/** A telecoms manager's executive summary written like a profile's About, its achievements as bullets with no subject. */
const TELECOM_ABOUT_SUMMARY = `---
kind: executive-summary
title: Eleanor Whitfield
leadership-principles: [Ownership, Hire and Develop the Best, Bias for Action]
---

# Eleanor Whitfield

Principal engineer turned engineering manager, fifteen years in telecoms. These days I run the network-analytics group at a UK mobile operator: three teams, twenty-two engineers and a £3.4m annual cloud and licence budget, covering streaming telemetry, capacity forecasting and the customer-facing outage map.

A few things I'm proud of:

- Rebuilt our cell-site telemetry pipeline on Kafka and Flink, taking it from a 15-minute batch to under 30 seconds end to end for 19,000 sites. We now spot a fault before the first customer complaint in four outages out of five.
- Designed the capacity-forecasting model that let radio planning defer £11m of spectrum upgrades by a year.
- Took our on-call load from 31 pages a week to 6 by giving every alert a runbook and a named owner.

The part of the job I care most about is people. Over five years, seven engineers I've managed or mentored have been promoted, two of them into engineering-manager roles, and the design-review guild I started in 2021 now runs itself across the whole technology division without me.

What I'd bring to Amazon: a decade of owning systems end to end where an outage is front-page news. I'm looking for an L7 role where that kind of Ownership and Bias for Action is the day job, not the exception.
`

/** An initiative written as a brag doc: "Why", "What I did", "How", and an "Impact" label whose table follows the list. */
const FLAKY_TESTS_BRAG_DOC = `---
kind: excellence-initiative
title: Flaky-test amnesty and a CI we trust again
leadership-principles: [Insist on the Highest Standards, Ownership, Invent and Simplify]
---

# Brag doc — H2 2023: "Flaky-test amnesty"

- **Why:** our e-commerce monorepo (about 140 engineers, 9 teams) had a CI pipeline nobody trusted. 1 merge in 4 needed at least one retry, median time from PR to green was 52 minutes, and engineers had started merging on red "because it's probably flaky". Two storefront incidents in Q2 came from changes merged over a genuinely failing test.
- **What I did:** I proposed the initiative to our VP of Engineering and got 10% of every team's capacity for one quarter. I chaired a working group with one engineer from each team, set the rules below, and reported progress to the engineering all-hands every month.
- **How:**
  - Month 1: built a flakiness dashboard from CI history that ranked every test by retry rate and named the owning team.
  - Month 1–2: declared an "amnesty": any test above 2% flakiness could be quarantined with no blame, but only with a ticket and an owner, and quarantined tests expired after 30 days.
  - Month 2–3: split the pipeline so each team's tests ran only on changes to its code, and cached build outputs remotely.
  - Month 3: made "green to merge" mandatory in branch protection, with a break-glass path that paged the on-call lead.
  - Ran two lunch-and-learn sessions on writing deterministic tests (clock injection, test containers instead of shared staging data).
- **Impact (end of Q4 2023 vs end of Q2):**

| Metric | Before | After |
| --- | --- | --- |
| Merges needing a retry | 25% | 3% |
| Median PR-to-green time | 52 min | 14 min |
| Tests quarantined | 0 (but ignored) | 37, all with owners |
| Incidents from merged failing tests | 2 per quarter | 0 in the two quarters since |

- **Bonus:** three other product groups copied the dashboard and the amnesty rules in 2024.
`

/** A logistics system written as a six-page narrative: "The calls I made, and what they cost". */
const SLOTTING_NARRATIVE = `---
kind: system
title: Dynamic slotting for fulfilment centres
leadership-principles: [Think Big, Frugality, Invent and Simplify]
---

# Dynamic Slotting: a six-page narrative

## Introduction

This paper describes the dynamic slotting service I designed at a third-party logistics firm that runs fulfilment for about 300 online retailers. Slotting decides which shelf location each product lives in. Before this service, slots were set by hand once a quarter, so a product that went viral in week two sat at the back of the building for ten weeks. I was the technical lead from the first whiteboard session and, from month four, also the line manager of the eight engineers who built it.

At our Cyber Week peak the service re-slots 2.1 million SKUs across 14 buildings overnight, scores 40,000 candidate pick paths a minute, and ingests 6 million scan events an hour from handheld devices.

## Why it mattered

Walking is the biggest cost in a pick: our pickers spent 55% of their shift walking. Labour is 60% of our cost to serve, and our two largest customers had told us that a per-order price rise in 2022 would send them to a competitor. A 10% cut in walking distance was worth about £4m a year across the network, without a single new robot.

## How it works

\`\`\`text
 handheld scans ──> Kinesis ──> velocity aggregator ──> S3 (hourly demand cube)
                                                          │
                                                          v
 WMS location master ──────────────> slotting optimiser (nightly, per building)
                                                          │
                                                          v
                                    move list ──> WMS replenishment tasks ──> pickers
\`\`\`

The velocity aggregator turns raw scans into a per-SKU, per-hour demand curve. Each night the optimiser solves a constrained assignment per building (weight, hazmat class, shelf size, and a cap of 400 moves so the night shift can finish them), and hands the move list to the warehouse management system as ordinary replenishment tasks, so the floor did not need a new process.

## The calls I made, and what they cost

1. **Nightly batch, not real time.** A real-time optimiser would have chased every spike. Cost: a product that goes viral at 9am is not moved until that night. What it bought: moves happen when the floor is quiet, and the optimiser is one Spark job we can reason about. Walking distance still fell 17% in the pilot building.
2. **A move budget instead of the global optimum.** The unconstrained solution wanted 9,000 moves a night, far more than one shift can do. Capping moves at 400 gives up roughly a third of the theoretical saving, but every move list is finished by 6am, and the saving we do get shows up the next morning.
3. **Integrate through the WMS, not around it.** We gave up a nicer mobile UI and had to build an adapter for two WMS vendors; in return the 1,800 pickers and their supervisors kept the screens they know, and rollout to a building takes two weeks instead of the quarter a new app would have needed.

## The team

I grew the team from three engineers to eight. I ran design reviews every fortnight and made a habit of having the most junior person present first; two of the engineers I mentored were promoted to senior during the project, and one now leads the optimiser work on her own. I also set up the joint weekly review with the operations directors, which became the template for how our engineering and operations teams plan work together.

## Results to date

Across the 14 buildings, picker walking distance per order is down 21% and units picked per labour hour up from 92 to 108. Net saving in the first full year was £4.6m against £0.7m of build and running cost.
`

/** A healthcare design doc: Objective, Background, Goals and non-goals, an Overview holding the diagram, Detailed design. */
const PRIOR_AUTH_DESIGN_DOC = `---
kind: system
title: Prior Authorization Gateway
leadership-principles: [Customer Obsession, Dive Deep, Insist on the Highest Standards]
---

# Prior Authorization Gateway: Design Doc

Author: me (tech lead) · Reviewers: Payer Integrations, Security, Clinical Operations · Status: implemented, live since March 2023

## Objective

Replace fax-and-phone prior authorization with an API gateway that takes requests from our EHR integration engine, routes them to 140 health-plan payers, and puts the decision (or a "pended" status) back into the clinician's workflow.

## Background

Our 60 clinics submitted about 38,000 prior authorization requests a month. Seventy percent went by fax; median turnaround was 4.2 business days, and 11% of scheduled procedures were rescheduled because the authorization had not come back in time. Each rescheduled procedure costs the health system roughly $1,900 in an unused OR or imaging slot, about $9.5M a year.

## Goals and non-goals

Goals:

- Sustain 2,500 requests/hour at the Monday-morning peak with 99.95% availability during clinic hours.
- p95 under 2 s for the synchronous submission path (the payer's decision itself is asynchronous).
- Keep seven years of request and response history (about 9 TB) for audit and appeals.

Non-goals: clinical decision support, and replacing payers' own web portals.

## Overview

\`\`\`mermaid
flowchart LR
  EHR[EHR integration engine] --> GW[PA Gateway API]
  GW --> RULES[Payer rules cache]
  GW --> Q[(Request queue)]
  Q --> ADP[Payer adapters: X12 278, FHIR PAS, portal automation]
  ADP --> PAYERS[140 payers]
  ADP --> STORE[(Postgres + S3 audit archive)]
  STORE --> HOOK[Status webhooks to EHR]
\`\`\`

The gateway validates the request against a cached copy of each payer's rules (which CPT codes need auth, which attachments), so most rejections happen before anything leaves the building. Accepted requests go onto a queue; one adapter per payer protocol drains it, and every status change is written to Postgres and pushed back to the EHR by webhook.

## Detailed design

- **Idempotency.** Each request carries the EHR order ID as its key, so a retried submission never creates a second case with the payer.
- **PHI.** Payloads are encrypted with a per-tenant key; only the adapters and the audit service can decrypt them, and access is logged.
- **Backpressure.** Each payer has its own queue partition and rate limit, so one payer's outage only pends that payer's requests.

## Alternatives considered

1. **Buy a clearinghouse product.** Fastest to start, but at $0.60 a transaction it would cost about $270K a year, and none of the vendors we evaluated supported FHIR PAS, which CMS is making mandatory. Rejected.
2. **Call payers synchronously from the EHR.** No new service to run, but payer response times range from three seconds to three days, and a slow payer would have tied up EHR interface threads. Rejected.
3. **Asynchronous gateway with per-payer adapters (chosen).** It costs us a queue and a fleet of adapters to run, and clinicians see a "pended" state rather than an instant answer for most payers. In exchange, one slow payer cannot back up the others, and onboarding a new payer takes about a week instead of a quarter.

## Results

- Median turnaround fell from 4.2 business days to 9 hours; 62% of requests are now decided the same day.
- Reschedules for a missing authorization dropped from 11% to 2.5%.
- Highest observed load was 3,100 requests/hour with p95 at 1.3 s.

## People

I led a team of six: four backend engineers, a QA engineer and an integration analyst. I paired with our two mid-level engineers on the adapter framework; both now own adapters end to end, and one of them delivered the FHIR PAS adapter on her own. I also chaired the weekly review with the payer-integration and security teams, and wrote the PHI-handling standard that two other teams have since adopted.
`

/** An initiative told as "Where we were", "How it rolled out", "Where we got to". */
const INCIDENT_CULTURE_SIX_PAGER = `---
kind: excellence-initiative
title: Making incident reviews something people wanted to attend
leadership-principles: [Learn and Be Curious, Earn Trust, Insist on the Highest Standards]
---

# Making incident reviews something people wanted to attend

## Where we were

In early 2022 our telecom billing organisation (six teams, about 50 engineers) had a sev-2-or-worse incident roughly every nine days. Reviews happened for one in three of them, usually as a meeting where the team that shipped the change explained itself to a room of managers. Action items were written but only 35% were ever closed, and the same three failure modes (expired certificates, unbounded retries, config pushed without canarying) kept recurring.

## What I did about it

I was the senior engineering manager for two of the six teams, so I had no authority over the other four. I wrote a two-page proposal for our director arguing that our repeat incidents were a process failure, not an engineering one, and asked for a quarter to try something different with volunteers. I then recruited one engineer from each team to form a small reviews guild that I chaired.

## How it rolled out

- **Months 1–2.** We replaced the review meeting with a written, blameless review using a short template, and I trained twelve volunteer facilitators, none of them managers, to run the discussions.
- **Months 2–3.** Every action item got an owner and a due date in the team's own backlog, and I published a fortnightly "open actions" list to the whole organisation, sorted by age.
- **Months 3–6.** We started a monthly "incident of the month" session: a fifteen-minute retelling of one review, open to anyone, including product and customer-care staff. I presented the first two myself and then handed it over.
- Throughout, I met each of the four teams' managers monthly to hear what wasn't working.

## Where we got to

| Measure | Early 2022 | Early 2023 |
| --- | --- | --- |
| Incidents reviewed | 33% | 100% |
| Action items closed within 60 days | 35% | 86% |
| Sev-2+ incidents per quarter | 10 | 4 |
| Repeat incidents (same failure mode) | 6 a year | 1 a year |

Average attendance at the monthly session was 70 people by the end of the year, and two other divisions have adopted the template.
`

/** A story bank whose headings are the questions and whose answers open with the principle. */
const QUESTION_STORY_BANK = `---
kind: story-bank
title: Behavioural questions I've prepared for
leadership-principles: [Bias for Action, Deliver Results, Learn and Be Curious]
---

# Behavioural questions I've prepared for

### "Tell me about a time you had to act quickly without all the data."

*Bias for Action.* The SMS passcode outage: twenty-five minutes in, I chose to roll back the certificate instead of waiting for partners to fix their trust stores. Delivery was restored 21 minutes later. (incident-review-sms-outage.md)

### "Tell me about the hardest deadline you've delivered against."

*Deliver Results.* Self-assessment deadline day: 1.04 million returns with no outage, a year after two outages. (tax-deadline-scaling-scr.md)

### "What's something you learned recently outside your field?"

*Learn and Be Curious.* To design the slotting optimiser I spent a month on the warehouse floor and learned pick-path planning from the shift supervisors. (dynamic-slotting-narrative.md)

### "Tell me about a time you pushed back on a senior stakeholder."

*Have Backbone; Disagree and Commit.* Persuading the head of risk to trial pay-by-bank for new customers with a £1,500 cap instead of excluding them. (open-banking-partner-launch.md)

### "How have you grown someone on your team?"

*Hire and Develop the Best.* Amara, from ward nurse to on-call incident lead in five months. (mentoring-amara.md)
`

/**
 * A marketplace's cross-functional story in its own headings, whose scope is
 * told in "The problem": what the CFO asked engineering to do.
 */
const PAYMENTS_CONSOLIDATION = `---
kind: cross-functional
title: Consolidating three payment providers into one
leadership-principles: [Earn Trust, Deliver Results]
---

# Consolidating three payment providers into one

## The problem

In 2023 our marketplace took card payments through three providers, one per
region, each wired in by a different team. Finance reconciled them by hand
every month, and each provider's outage paged a different team. The CFO asked
engineering to move all card traffic to one provider before the contracts
renewed in nine months, across the checkout, payouts and risk teams, finance
and legal.

## Who was involved

- Checkout, payouts and risk engineering (three teams, 26 engineers)
- Finance operations, who owned reconciliation
- Legal, who owned the provider contracts
- The provider's solutions engineers

## What I did

I wrote the migration plan and ran a weekly review with a lead from each team.
I negotiated with legal to stage the contract exits by region so that no
region ever ran without a fallback provider.

## What was hard

Risk wanted to keep its own provider's fraud scores, which the new provider
did not expose. I set up a two-week trial where risk compared both scores on
live traffic; the new provider's scores caught 4% more fraud, and risk agreed.

## Outcome

- All card traffic moved in seven months, two months before the renewals
- Monthly reconciliation went from 6 days of finance time to 4 hours
- Provider fees fell from 2.9% to 2.4% of volume, about $1.1M a year
`

/**
 * A food-delivery app's performance case study written as a blog post: its
 * situation is a slow start and abandoned orders, with no time named.
 */
const COLD_START_BLOG = `---
kind: case-study
focus: performance
title: How we halved our Android cold start
leadership-principles: [Dive Deep, Customer Obsession]
---

# How we halved our Android cold start

Our food-delivery app took 4.2 seconds to cold start on a mid-range Android
phone at p50, and our research showed people abandoned orders when the menu
took longer than 3 seconds to appear. I was the Android platform lead, with
three engineers, and I committed to getting p50 under 2.5 seconds in one
quarter.

I started with a system trace on a Samsung A12, the phone most of our users
had. It showed 1.9 seconds before our first activity was created: eleven SDKs
initialised on the main thread in \`Application.onCreate\`, and the dependency
graph built every singleton eagerly.

We moved seven SDK initialisations to a background thread after first frame,
made the dependency graph lazy, and added a Baseline Profile so the hottest
startup paths were compiled ahead of time. I wrote the startup benchmark that
runs on every merge, so a regression fails the build instead of reaching
users.

| Metric (Samsung A12) | Before | After |
| --- | --- | --- |
| Cold start p50 | 4.2 s | 2.0 s |
| Cold start p90 | 7.8 s | 3.4 s |
| Orders abandoned before menu | 6.1% | 3.9% |

Two engineers from other teams now own their SDKs' startup cost on the
dashboard I built, and the benchmark has caught four regressions since.
`

/** A bank engineer's executive summary written as a profile: plain "What I have built:" before a list. */
const BANK_PROFILE_SUMMARY = `---
kind: executive-summary
title: Priya Raman
---

# Priya Raman

Principal engineer in a regional bank's payments group, where I have spent
six years making card and instant payments faster and harder to break. I lead
the architecture of the group's 9 teams (70 engineers) and own its
reliability targets.

What I have built:

- A real-time fraud scoring service that scores 2,400 card payments a second;
  fraud losses fell from $8.1M to $4.9M a year in its first year.
- The bank's instant-payments gateway, from nothing to 1.2M payments a day in
  18 months with 99.99% availability.

How I lead: I run the group's design review, I have mentored five engineers
into senior and staff roles, and I wrote the on-call standard the bank's
other technology groups now use.

Why Amazon: I want to work at Amazon's scale on payments, and I already work
the way its Leadership Principles describe: Dive Deep and Insist on the
Highest Standards are how my teams review every change.
`

/** A MADR-like record whose options table weighs them in "For" and "Against" columns. */
const FRAUD_FOR_AGAINST = `---
kind: decision-record
title: Score fraud in-stream with Flink
status: accepted
date: 2023-05-02
---

# Score fraud in-stream with Flink

## Context and problem

Card fraud was scored by a nightly batch, so a stolen card could be used for
up to 24 hours before we blocked it. Fraud losses were $8.1M a year. We needed
a score before the payment is authorised, within 150 ms at p99.

## Options

| Option | For | Against |
| --- | --- | --- |
| Flink with features in RocksDB | scores in-stream, 40 ms p99 in our test | a new platform for the team to run |
| Call the model from the authorisation service | no new platform | features need 6 database reads, 300 ms p99 |
| Keep the batch, add rules at authorisation | cheapest | rules caught only 20% of the fraud the model catches |

## Decision

Flink with features in RocksDB, because it is the only option that meets
150 ms at p99 with the model's full features.

## Consequences

Fraud losses fell from $8.1M to $4.9M a year, and scoring takes 38 ms at p99.
We now run a Flink cluster, which cost two engineers a quarter to learn.
`

/**
 * A neobank's system design: its scale and the author's role in an "At a
 * glance" table right under the title, an ASCII diagram, and a decision whose
 * result is a figure kept ("kept card authorisation at 35 ms p99").
 */
const NEOBANK_LEDGER = `---
kind: system
title: Double-entry ledger for a neobank
leadership-principles: [Dive Deep, Insist on the Highest Standards]
---

# Double-entry ledger for a neobank

| At a glance | |
| --- | --- |
| Accounts | 3.2 million |
| Postings | 45 million a day, 4,000 a second at peak |
| Availability | 99.95% over 2024 |
| My role | Lead engineer and architect; team of 7 |

## Why we built it

Balances lived in each product's own database, so a card payment and a
transfer could both spend the same money. Finance reconciled 1,200 breaks a
month by hand, and the regulator asked for a single source of truth before
our banking licence review.

## How it works

\`\`\`
 card auth ──┐
 transfers ──┼──> posting API ──> Postgres (append-only journal)
 fees ───────┘          │                  │
                        └──> balance cache (Redis) <── read API
\`\`\`

Every movement of money is a balanced set of postings written in one
transaction to an append-only journal; balances are derived and cached.

## Decisions

1. **Postgres over a ledger database (TigerBeetle, QLDB).** We already ran
   Postgres at this volume and knew its failure modes; the ledger databases
   were faster but new to us, and QLDB's throughput limit was below our peak.
   We gave up some headroom for operational confidence; the journal has had
   no outage in 14 months.
2. **Synchronous balance checks for card authorisations only.** Transfers
   check asynchronously and may be reversed; this kept card authorisation at
   35 ms p99 but means a transfer can briefly overdraw.

## Results

Reconciliation breaks fell from 1,200 a month to 4, and the licence review
closed with no finding on balances. Posting latency is 18 ms at p99. I
mentored two engineers into the ledger's on-call leads.
`

/** A manager's promotion story: "Where Maya started", a packet turned down. */
const PROMOTION_STORY = `---
kind: team-development
title: Sponsoring Maya's promotion to senior engineer
leadership-principles: [Hire and Develop the Best, Earn Trust]
---

# Sponsoring Maya's promotion to senior engineer

## Where Maya started

In early 2023 Maya had been a mid-level engineer on my payments team for two
years. Her code was excellent, but she rarely spoke in design reviews, and her
last promotion packet had been turned down for "limited scope and influence".

## What I did

- I gave her the lead on the refunds redesign, which touched three teams, and
  told the other leads she was the decision-maker.
- I met her weekly to rehearse design-review arguments, and I stayed silent
  in her reviews unless she asked me to speak.
- I asked two staff engineers to give her written feedback after each review.
- I wrote her promotion packet with her, using the feedback as evidence.

## What happened

Maya ran 6 design reviews for the refunds redesign, and refunds moved from
5 days to under 24 hours. She was promoted to senior engineer in the next
cycle, with "strong cross-team influence" in her calibration, and she now
mentors two new hires.
`

/** The promotion story whose situation is one sentence under a heading that is only her name. */
const PROMOTION_IN_A_SENTENCE = PROMOTION_STORY.replace('## Where Maya started', '## Maya').replace(
  /In early 2023[\s\S]*?influence"\./,
  'In early 2023 Maya, a mid-level engineer on my payments team, rarely spoke in design reviews, and her last promotion packet had been turned down.',
)

/** A code review whose outcome is headed "What changed after". */
const STAMPEDE_REVIEW = `---
kind: code-review
title: A review that stopped a cache stampede
leadership-principles: [Dive Deep, Insist on the Highest Standards]
---

# A review that stopped a cache stampede

## Context

A senior engineer on the catalogue team opened a PR to cache product pages in
Redis with a 10-minute TTL, to take load off the catalogue database, which was
at 85% CPU at peak.

\`\`\`diff
+ cache.set(key, page, ttl=600)
\`\`\`

## Comments I left

1. Every key expires at the same moment after a deploy warms the cache, so
   all 40,000 hot products would miss together and hit the database at once.
   I suggested adding random jitter to the TTL and a single-flight lock per
   key.
2. The cache stored the full page including the price, which can change every
   minute; I asked to cache the product data and render the price live.
3. I asked for a load test that expires the whole cache at once.

## What changed after

The author added jitter and single-flight, and the load test showed database
CPU at 41% during a full expiry instead of 100%. The pattern is now in our
caching guidelines, and two other teams adopted the single-flight helper.
`

/** A cost initiative whose author's role is the pilot they ran ("I piloted the dashboard…"). */
const AWS_COST_INITIATIVE = `---
kind: excellence-initiative
title: Cutting our AWS bill without slowing teams down
leadership-principles: [Frugality, Ownership]
---

# Cutting our AWS bill without slowing teams down

## The starting point

In Q1 2024 our AWS bill had grown 60% in a year to $410,000 a month while
traffic grew 15%. Nobody owned cost: each of the 14 product teams saw one
shared bill, and finance asked engineering for a 25% cut by the end of the
year.

## The plan

I proposed three mechanisms instead of a one-off clean-up: a cost dashboard
per team from our tags, a monthly cost review in each team's operations
review, and a rule that every new service ships with a budget alarm.

## Getting teams to adopt it

I piloted the dashboard with the two most expensive teams, who found $38,000
a month of idle capacity in the first week. I used their numbers to win over
the other team leads at our staff meeting, and I paired with each team's
on-call for their first cost review.

## Where we ended up

- Monthly bill: $410,000 → $286,000 (30% lower) by December, with traffic up
  another 9%
- Teams with a budget alarm on every service: 0 → 14
- The monthly cost review still runs without me, now chaired by the teams
`

/** An incident report: impact and commander in a table under the title, "What we are changing". */
const WEBHOOK_INCIDENT = `---
kind: post-mortem
title: Incident report — payment webhooks delayed
leadership-principles: [Ownership, Dive Deep]
---

# Incident report — payment webhooks delayed

| | |
| --- | --- |
| Severity | SEV-2 |
| Duration | 2 h 15 min (09:40-11:55 UTC, 12 March 2024) |
| Incident commander | me |
| Customer impact | 3,100 merchants received payment webhooks up to 2 hours late; 140 support tickets |

## Timeline

- 09:40 queue depth alarm for the webhook dispatcher
- 09:52 I took incident command and opened the bridge
- 10:30 found the dispatcher retrying one merchant's endpoint in a tight loop
- 11:10 shipped a per-merchant retry budget
- 11:55 backlog drained

## 5 Whys

1. Why were webhooks late? The dispatcher's workers were all busy.
2. Why? They were retrying one merchant's failing endpoint.
3. Why did that take every worker? Retries had no per-merchant limit.
4. Why? The retry policy was written when we had 40 merchants, not 9,000.
5. Why was it never revisited? Nothing alerted on retries per merchant.

## What we are changing

- Per-merchant retry budgets with exponential backoff (done)
- An alert on retries per merchant (done)
- A load test with one failing merchant in the release checklist (in progress)
`

/** A story bank by principle whose questions are bold lines in the answers: "**Q: Tell me about…**". */
const QA_STORY_BANK = `---
kind: story-bank
title: Behavioural story bank
---

# Behavioural story bank

## Customer Obsession

**Q: Tell me about a time you went beyond what a customer asked for.**
Drivers kept calling dispatch about unreachable addresses. I added a "driver
note" field fed from their calls; failed deliveries fell from 7.5% to 4.1%.
(See failed-deliveries.md.)

## Deliver Results

**Q: Tell me about a time you delivered under pressure.**
Route planning took 3 hours and blocked the morning replan. I led the rebuild
in one quarter; planning now takes 11 minutes.

## Hire and Develop the Best

**Q: How have you grown engineers?**
I grew two engineers into tech leads by giving each a cross-team project and
weekly coaching; both were promoted within a year.
`

describe('documents written by strangers give no error', () => {
  it.each([
    ['a MADR 4 record from a logistics company', MADR_LOGISTICS],
    ['a Nygard ADR from a bank, options in a table with no heading', NYGARD_BANK],
    ['a post-mortem with "As incident lead I…" and a "Fix" heading', POST_MORTEM],
    ['a code review with "The diff" and "Why this review mattered"', CODE_REVIEW],
    ['a terse system design with a bold list-item lead-in and mermaid after it', TERSE_SYSTEM],
    ['a system design whose scale is a paragraph of counts and rates', METERING_SYSTEM],
    ['an executive summary in its own headings', LOGISTICS_SUMMARY],
    ['a team-development story with "Background and goal"', MENTORING_STORY],
    ['a cross-functional story with "The brief" and "Where it got hard"', HOSPITAL_PROGRAMME],
    ['a cross-functional story whose scope is the ask in "The problem"', PAYMENTS_CONSOLIDATION],
    ['a performance case study written as a blog post', COLD_START_BLOG],
    ['a promotion story that opens with "Where Maya started"', PROMOTION_STORY],
    ['a code review whose outcome is "What changed after"', STAMPEDE_REVIEW],
    ['an incident report with its impact in a table under the title', WEBHOOK_INCIDENT],
    ['a story bank whose questions are bold "Q:" lines', QA_STORY_BANK],
    [
      'the incident report, its actions under "What we\'ll change"',
      WEBHOOK_INCIDENT.replace('## What we are changing', "## What we'll change"),
    ],
    ['a cost initiative whose author piloted it', AWS_COST_INITIATIVE],
    ['the promotion story, its situation one sentence under "Maya"', PROMOTION_IN_A_SENTENCE],
    ['a system design with its scale and role in a table under the title', NEOBANK_LEDGER],
    [
      'an executive summary with a plain "What I have built:" before its list',
      BANK_PROFILE_SUMMARY,
    ],
    ['a decision record whose options table has "For" and "Against" columns', FRAUD_FOR_AGAINST],
    ['an excellence initiative with "Why we had to change"', RETAIL_INITIATIVE],
    ['a code review whose code sits under "The situation"', BANK_REVIEW],
    ['a story bank with a label per principle', TERSE_STORY_BANK],
    ['a decision record giving its reason with "so that"', TERSE_DECISION],
    ['an executive summary whose "Leadership achievements" is its leadership', BIOTECH_SUMMARY],
    ['a system design in bold labels only', FRAUD_SYSTEM],
    ['a post-mortem whose opening sentence says what happened and its impact', DNS_POST_MORTEM],
    ['a scaling case study with "Where we started" and "My role"', BLACK_FRIDAY],
    ['a story bank of two tables', TABLE_STORY_BANK],
    ['a Nygard ADR weighing its options in the context', NYGARD_SEARCH],
    ['a post-mortem whose timeline says "I was incident commander"', CHECKOUT_POST_MORTEM],
    ['a case study with run-in heads and a before/after table', MOBILE_CASE_STUDY],
    ['a system design with its scale in a table and decisions in prose', CLAIMS_SYSTEM],
    ['an excellence initiative whose author ran its pilot', ON_CALL_INITIATIVE],
    [
      'a case study with a run-in head after a dash',
      MOBILE_CASE_STUDY.replace('**Situation.** Our', '**Situation** — our'),
    ],
    ['a team-development story told in prose', TECH_LEADS_STORY],
    [
      'a cross-functional hospital story in prose with only an "Outcome" heading',
      SEPSIS_ALERTS_STORY,
    ],
    ['a performance case study from a game studio in prose', SWITCH_PORT_STORY],
    ['a scaling case study from a ticketing company in prose', STADIUM_ONSALE_STORY],
    [
      'a team-development story in prose whose result is a sentence, with no table',
      cut('| |', 'Ana now')(TECH_LEADS_STORY),
    ],
    ['a mentoring story whose result is told under "How it went"', ANALYST_TO_ENGINEER_STORY],
    [
      'a post-mortem whose role is in its authors line ("me (incident commander)")',
      CAPTURE_QUEUE_POST_MORTEM.replace('- 10:48 I take incident command\n', ''),
    ],
    [
      'a post-mortem whose role is in its timeline ("I take incident command")',
      CAPTURE_QUEUE_POST_MORTEM.replace('me (incident commander)', 'me'),
    ],
    ['an RFC with Goals, a Proposal and Alternatives considered', FLEET_RFC],
    [
      'a performance case study whose results table has Before and After rows',
      TRANSPOSED_RESULTS_STUDY,
    ],
    ['an excellence initiative told as Before, What I changed, After', BEFORE_AFTER_INITIATIVE],
    ["an executive summary like a profile's About, achievements as bullets", TELECOM_ABOUT_SUMMARY],
    ['a brag doc whose "Impact" label is followed by its table', FLAKY_TESTS_BRAG_DOC],
    ['a six-page narrative with "The calls I made, and what they cost"', SLOTTING_NARRATIVE],
    ['a design doc whose Overview holds the diagram', PRIOR_AUTH_DESIGN_DOC],
    ['an initiative from "Where we were" to "Where we got to"', INCIDENT_CULTURE_SIX_PAGER],
    ['a decision record with "What we weighed" and "Twelve months on"', GOV_IDENTITY_DECISION],
    ['a story bank of questions as headings', QUESTION_STORY_BANK],
  ])('%s', async (_name, markdown) => {
    expect(await lint(markdown)).toEqual([])
  })
})

interface Mutation {
  name: string
  document: string
  mutate: (text: string) => string
  /** The fact the error must name, in `expected` or the message. */
  names: RegExp
}

const cut = (from: string, to?: string) => (text: string) => {
  const [start, end] = span(text, from, to)
  return text.slice(0, start) + text.slice(end)
}

/** The same text with its actions told as "we": each "I" between `from` and `to` becomes "we". */
const weInstead = (from: string, to?: string) => (text: string) => {
  const [start, end] = span(text, from, to)
  const part = text
    .slice(start, end)
    .replace(/\bI\b/g, 'we')
    .replace(/(^|[.;]\s+)we\b/g, '$1We')
  return text.slice(0, start) + part + text.slice(end)
}

const MUTATIONS: Mutation[] = [
  {
    name: 'About-style summary without its bullets of achievements',
    document: TELECOM_ABOUT_SUMMARY,
    mutate: cut("A few things I'm proud of:", 'The part of the job'),
    names: /"Key Technical Achievements"/,
  },
  {
    name: 'brag doc without its "How"',
    document: FLAKY_TESTS_BRAG_DOC,
    mutate: cut('- **How:**', '- **Impact'),
    names: /"Implementation Strategy"/,
  },
  {
    name: 'brag doc whose "Impact" label has no table after it',
    document: FLAKY_TESTS_BRAG_DOC,
    mutate: cut('| Metric |', '- **Bonus:**'),
    names: /Impact.*empty|"Measurable Outcomes"/,
  },
  {
    name: 'six-page narrative without the calls it made',
    document: SLOTTING_NARRATIVE,
    mutate: cut('## The calls I made', '## The team'),
    names: /"Technical Decisions & Trade-offs"/,
  },
  {
    name: 'design doc whose Overview has no diagram',
    document: PRIOR_AUTH_DESIGN_DOC,
    mutate: (text) => text.replace(/```mermaid[\s\S]*?```\n/, ''),
    names: /diagram/i,
  },
  {
    name: 'initiative without "Where we were"',
    document: INCIDENT_CULTURE_SIX_PAGER,
    mutate: cut('## Where we were', '## What I did about it'),
    names: /"Context & Challenge"/,
  },
  {
    name: 'initiative without "Where we got to"',
    document: INCIDENT_CULTURE_SIX_PAGER,
    mutate: cut('## Where we got to'),
    names: /"Measurable Outcomes"/,
  },
  {
    name: 'decision record without "What we weighed"',
    document: GOV_IDENTITY_DECISION,
    mutate: cut('**What we weighed:**', '**What we chose:**'),
    names: /"Options Considered"/,
  },
  {
    name: 'decision record without "Twelve months on"',
    document: GOV_IDENTITY_DECISION,
    mutate: cut('**Twelve months on:**'),
    names: /"Results"|"Consequences"/,
  },
  {
    name: 'story bank whose headings name stories, not questions',
    document: QUESTION_STORY_BANK,
    mutate: (text) => text.replace(/^### "[^\n]*"$/gm, '### A story'),
    names: /"Common Questions"/,
  },
  {
    name: 'story bank whose answers name no principle',
    document: QUESTION_STORY_BANK,
    mutate: (text) => text.replace(/^\*[^*\n]+\.\* /gm, ''),
    names: /"Stories by Leadership Principle"/,
  },
  {
    name: 'RFC without its Proposal',
    document: FLEET_RFC,
    mutate: cut('## Proposal', '## Alternatives considered'),
    names: /"Architecture Overview"/,
  },
  {
    name: 'RFC without its Alternatives considered',
    document: FLEET_RFC,
    mutate: cut('## Alternatives considered', '## Rollout'),
    names: /"Technical Decisions & Trade-offs"/,
  },
  {
    name: 'RFC whose Goals hold no figures of scale',
    document: FLEET_RFC,
    mutate: (text) =>
      text
        .replace(' from 60,000 trucks every 10 seconds (6,000 messages/s, 40 TB/year)', '')
        .replace(' for 60,000 trucks', ''),
    names: /"Scale"/,
  },
  {
    name: 'RFC whose alternatives are names only, weighing none',
    document: FLEET_RFC,
    mutate: (text) => {
      const [start, end] = span(text, '1. **Keep the vendor**', '## Rollout')
      const names =
        '1. **Keep the vendor**\n2. **Kinesis + Lambda**\n3. **Kafka + Flink (chosen)**\n\n'
      return text.slice(0, start) + names + text.slice(end)
    },
    names: /Alternatives considered.*for none of its options/,
  },
  {
    name: 'case study whose results table has no After row',
    document: TRANSPOSED_RESULTS_STUDY,
    mutate: cut('| After |', '\n## Trade-offs'),
    names: /"Result"/,
  },
  {
    name: 'case study that says what it profiled but never what it found',
    document: TRANSPOSED_RESULTS_STUDY,
    mutate: (text) =>
      text
        .replace('I profiled it, found we shipped', 'We shipped')
        .replace(
          '- I profiled a Moto E and found 1.1 s of the delay was the dictionary lookup on the UI thread.\n',
          '',
        ),
    names: /"Analysis"/,
  },
  {
    name: 'initiative without how its author brought the teams along',
    document: BEFORE_AFTER_INITIATIVE,
    mutate: cut('## How I got teams on board', '## After'),
    names: /"Your Leadership Role"/,
  },
  {
    name: 'team-development story in prose without its result table or result sentence',
    document: TECH_LEADS_STORY,
    mutate: (text) => cut('| |')(text),
    names: /"Result"/,
  },
  {
    name: 'mentoring story whose "How it went" gives no measured change',
    document: ANALYST_TO_ENGINEER_STORY,
    mutate: (text) =>
      text.replace(
        ' The pipeline he rebuilt runs in 18 minutes instead of 2 hours 40, and he',
        ' He',
      ),
    names: /"Result"/,
  },
  {
    name: 'post-mortem with neither the authors line role nor incident command taken',
    document: CAPTURE_QUEUE_POST_MORTEM,
    mutate: (text) =>
      text
        .replace('me (incident commander)', 'me')
        .replace('- 10:48 I take incident command\n', ''),
    names: /"Your Role"/,
  },
  {
    name: 'team-development story in prose without its task',
    document: TECH_LEADS_STORY,
    mutate: (text) =>
      text.replace(
        ' I picked two senior engineers, Ana and Raj, who wanted the role but had never led design work.',
        '',
      ),
    names: /"Task"/,
  },
  {
    name: 'team-development story in prose whose actions are "we"',
    document: TECH_LEADS_STORY,
    mutate: weInstead('For six months', '| |'),
    names: /"Action"/,
  },
  {
    name: 'team-development story in prose without its situation',
    document: TECH_LEADS_STORY,
    mutate: cut('In 2023 my org', 'I picked'),
    names: /"Situation"/,
  },
  {
    name: 'system design whose table under the title gives no scale',
    document: NEOBANK_LEDGER,
    mutate: (text) =>
      text
        .replace('| Accounts | 3.2 million |\n', '')
        .replace('| Postings | 45 million a day, 4,000 a second at peak |\n', ''),
    names: /"Scale"/,
  },
  {
    name: 'system design whose table under the title gives no role',
    document: NEOBANK_LEDGER,
    mutate: (text) => text.replace('| My role | Lead engineer and architect; team of 7 |\n', ''),
    names: /"Your Role"/,
  },
  {
    name: 'decision whose figure kept is gone',
    document: NEOBANK_LEDGER,
    mutate: (text) => text.replace('this kept card authorisation at\n   35 ms p99 but', 'it'),
    names: /states its trade-off but no result/,
  },
  {
    name: 'promotion story whose one-sentence situation states no problem',
    document: PROMOTION_IN_A_SENTENCE,
    mutate: (text) =>
      text.replace(
        ', rarely spoke in design reviews, and her last promotion packet had been turned down.',
        ', wrote excellent code.',
      ),
    names: /"Situation"/,
  },
  {
    name: 'story bank whose answers name no question',
    document: QA_STORY_BANK,
    mutate: (text) => text.replace(/\*\*Q: .*\*\*\n/g, ''),
    names: /"Common Questions"/,
  },
  {
    name: 'incident report whose table gives no customer impact',
    document: WEBHOOK_INCIDENT,
    mutate: (text) => text.replace(/\| Customer impact \|.*\n/, ''),
    names: /"Customer Impact"/,
  },
  {
    name: 'incident report whose changes are not headed as such',
    document: WEBHOOK_INCIDENT,
    mutate: (text) => text.replace('## What we are changing', '## Notes'),
    names: /"Corrective Actions"/,
  },
  {
    name: 'code review without its diff',
    document: STAMPEDE_REVIEW,
    mutate: cut('```diff', '## Comments I left'),
    names: /"Change Under Review"/,
  },
  {
    name: 'cost initiative without the pilot its author ran',
    document: AWS_COST_INITIATIVE,
    mutate: (text) => text.replace('I piloted the dashboard with', 'The dashboard went first to'),
    names: /"Your Leadership Role"/,
  },
  {
    name: 'promotion story without where Maya started',
    document: PROMOTION_STORY,
    mutate: cut('## Where Maya started', '## What I did'),
    names: /"Situation"/,
  },
  {
    name: 'profile summary without what was built',
    document: BANK_PROFILE_SUMMARY,
    mutate: cut('What I have built:', 'How I lead:'),
    names: /"Key Technical Achievements"/,
  },
  {
    name: 'options table whose "For" column is empty',
    document: FRAUD_FOR_AGAINST,
    mutate: (text) =>
      text
        .replace('| scores in-stream, 40 ms p99 in our test |', '| |')
        .replace('| no new platform |', '| |')
        .replace('| cheapest |', '| |'),
    names: /lists cons but no pros/,
  },
  {
    name: 'performance blog post without its opening situation',
    document: COLD_START_BLOG,
    mutate: cut('Our food-delivery app', 'I was the Android platform lead'),
    names: /"Situation"/,
  },
  {
    name: 'cross-functional story whose "The problem" states no ask',
    document: PAYMENTS_CONSOLIDATION,
    mutate: cut('The CFO asked', '## Who was involved'),
    // With the ask gone, "The problem" reads as the challenge and STAR comes
    // closest: its Task is the same missing fact.
    names: /"Project Scope"|"Task"/,
  },
  {
    name: 'cross-functional hospital story in prose without its task',
    document: SEPSIS_ALERTS_STORY,
    mutate: cut('The chief nursing officer asked me', 'I was one of four'),
    names: /"Task"/,
  },
  {
    name: 'cross-functional hospital story in prose whose actions are "we"',
    document: SEPSIS_ALERTS_STORY,
    mutate: weInstead('Nurses had been burnt', '## Outcome'),
    names: /"Action"/,
  },
  {
    name: 'cross-functional hospital story in prose without its situation',
    document: SEPSIS_ALERTS_STORY,
    mutate: cut('Last winter', 'The chief nursing officer'),
    names: /"Situation"/,
  },
  {
    name: 'game performance case study in prose without its task',
    document: SWITCH_PORT_STORY,
    mutate: cut('My goal was', 'I captured'),
    names: /"Task"/,
  },
  {
    name: 'game performance case study in prose whose actions are "we"',
    document: SWITCH_PORT_STORY,
    mutate: weInstead('I captured', '| Metric'),
    names: /"Action"/,
  },
  {
    name: 'game performance case study in prose without its situation',
    document: SWITCH_PORT_STORY,
    mutate: cut('Eight weeks before', 'I was the engine lead'),
    names: /"Situation"/,
  },
  {
    name: 'scaling case study in prose without its task',
    document: STADIUM_ONSALE_STORY,
    mutate: cut('I had six weeks', 'I put a virtual'),
    names: /"Task"/,
  },
  {
    name: 'scaling case study in prose whose actions are "we"',
    document: STADIUM_ONSALE_STORY,
    mutate: weInstead('I put a virtual', '| Metric'),
    names: /"Action"/,
  },
  {
    name: 'scaling case study in prose without its situation',
    document: STADIUM_ONSALE_STORY,
    mutate: cut('In March 2023', 'I had six weeks'),
    names: /"Situation"/,
  },
  {
    name: 'excellence initiative whose author only proposed and paired',
    document: ON_CALL_INITIATIVE,
    mutate: (text) => text.replace('I ran a two-week pilot', 'We ran a two-week pilot'),
    names: /Your Leadership Role/,
  },
  {
    name: 'system design without its "At a glance" table of scale',
    document: CLAIMS_SYSTEM,
    mutate: cut('| | |', '## My role'),
    names: /Scale/,
  },
  {
    name: 'system design decision whose cost is gone',
    document: CLAIMS_SYSTEM,
    mutate: (text) => text.replace(', but we had to build a test harness for 6,000 rules', ''),
    names: /Drools rules authored by the business.*no trade-off/,
  },
  {
    name: 'system design decision whose result is gone',
    document: CLAIMS_SYSTEM,
    mutate: (text) => text.replace('Policy changes ship in days, not a quarter, but we', 'We'),
    names: /Drools rules authored by the business.*no result/,
  },
  {
    name: 'case study with run-in heads and no result',
    document: MOBILE_CASE_STUDY,
    mutate: cut('| Metric | Before | After |', '**What I learned.**'),
    names: /Result/,
  },
  {
    name: 'case study with run-in heads and no analysis',
    document: MOBILE_CASE_STUDY,
    mutate: cut('**What I found.**', '**What we did.**'),
    names: /Analysis/,
  },
  {
    name: 'Nygard ADR naming its options without weighing them',
    document: NYGARD_SEARCH,
    mutate: (text) => text.replace(/ Solr 9 keeps the schema[^\n]*/, ''),
    names: /upgrading to Solr 9.*neither pros nor cons/,
  },
  {
    name: 'Nygard ADR weighing two of its three options',
    document: NYGARD_SEARCH,
    mutate: (text) =>
      text.replace(
        ' self-managed Elasticsearch gives us control at the cost of a licence review and on-call load;',
        '',
      ),
    names: /Elasticsearch on our own EC2 fleet/,
  },
  {
    name: 'Nygard ADR with no options in its prose',
    document: NYGARD_SEARCH,
    mutate: cut('We looked at three options', '## Decision'),
    names: /Options Considered/,
  },
  {
    name: 'post-mortem whose timeline names no role ("I was worried")',
    document: CHECKOUT_POST_MORTEM,
    mutate: (text) => text.replace('I was incident commander', 'I was worried about the pager'),
    names: /Your Role/,
  },
  {
    name: 'MADR without its context',
    document: MADR_LOGISTICS,
    mutate: cut('## Context and Problem Statement', '## Decision Drivers'),
    names: /Context/,
  },
  {
    name: 'MADR without any options',
    document: MADR_LOGISTICS,
    mutate: (text) =>
      cut('## Pros and Cons of the Options')(
        cut('## Considered Options', '## Decision Outcome')(text),
      ),
    names: /Options Considered/,
  },
  {
    name: 'MADR weighing only one option',
    document: MADR_LOGISTICS,
    mutate: cut('### Keep and tune', '### Managed routing API'),
    names: /lists 1 option/,
  },
  {
    name: 'MADR option with no Bad bullet',
    document: MADR_LOGISTICS,
    mutate: (text) =>
      text.replace(
        '* Bad, because per-stop pricing comes to £1.4M a year at 9M stops a month',
        '* Also, it plans routes through a REST API',
      ),
    names: /Managed routing API.*no cons/,
  },
  {
    name: 'MADR with no decision',
    document: MADR_LOGISTICS,
    mutate: cut('## Decision Outcome', '### Consequences'),
    names: /Decision/,
  },
  {
    name: 'MADR with no consequences or confirmation',
    document: MADR_LOGISTICS,
    mutate: cut('### Consequences', '## Pros and Cons'),
    // Its front matter brings it closest to the guide's structure, whose name is Results.
    names: /Results|Consequences/,
  },
  {
    name: 'Nygard ADR without the options the guide adds',
    document: NYGARD_BANK,
    mutate: cut('## Alternatives', '## Decision'),
    names: /Options Considered/,
  },
  {
    name: 'Nygard ADR without consequences',
    document: NYGARD_BANK,
    mutate: cut('## Consequences'),
    names: /Consequences/,
  },
  {
    name: 'post-mortem with no role at all',
    document: POST_MORTEM,
    mutate: cut('As incident lead', '## What happened'),
    names: /Your Role/,
  },
  {
    name: 'post-mortem with no root cause',
    document: POST_MORTEM,
    mutate: cut('## Why it happened', '## Fix'),
    names: /Root Cause/,
  },
  {
    name: 'post-mortem with no corrective action',
    document: POST_MORTEM,
    mutate: cut('## Fix'),
    names: /Corrective Actions/,
  },
  {
    name: 'post-mortem with no impact',
    document: POST_MORTEM,
    mutate: cut('## Impact', '## Why it happened'),
    names: /Customer Impact/,
  },
  {
    name: 'code review with no change',
    document: CODE_REVIEW,
    mutate: cut('## The diff', '## What I flagged'),
    names: /Change Under Review/,
  },
  {
    name: 'code review with no feedback',
    document: CODE_REVIEW,
    mutate: cut('## What I flagged', '## Why this review mattered'),
    names: /Review Feedback/,
  },
  {
    name: 'code review with no outcome',
    document: CODE_REVIEW,
    mutate: cut('## Why this review mattered'),
    names: /Outcome/,
  },
  {
    name: 'system design with no diagram',
    document: TERSE_SYSTEM,
    mutate: cut('```mermaid', '## What we decided'),
    names: /no diagram/,
  },
  {
    name: 'system design with no role',
    document: TERSE_SYSTEM,
    mutate: cut('- I led a team', '- **Architecture Overview**'),
    names: /Your Role/,
  },
  {
    name: 'system design with no decisions',
    document: TERSE_SYSTEM,
    mutate: cut('## What we decided', '## Growing the team'),
    names: /Technical Decisions/,
  },
  {
    name: 'system design with no figures of scale',
    document: METERING_SYSTEM,
    mutate: cut('## What it handles', '## My part'),
    // The results' before → after figures are not the system's size.
    names: /"Scale"/,
  },
  {
    name: 'system design with no one led or grown',
    document: METERING_SYSTEM,
    mutate: (text) =>
      text.replace(
        /and led the 9 engineers[\s\S]*?on-call leads\./,
        'and wrote the validation rules.',
      ),
    names: /Engineering Leadership Aspects/,
  },
  {
    name: 'executive summary with no reason for Amazon',
    document: LOGISTICS_SUMMARY,
    mutate: cut('## Why Amazon'),
    names: /Amazon Relevance/,
  },
  {
    name: 'executive summary with nothing built',
    document: LOGISTICS_SUMMARY,
    mutate: cut('## Things I have shipped', '## How I lead'),
    names: /Key Technical Achievements/,
  },
  {
    name: 'team-development story with no growth to show',
    document: MENTORING_STORY,
    mutate: cut('## Where she is now'),
    names: /Result/,
  },
  {
    name: 'team-development story with no starting point',
    document: MENTORING_STORY,
    mutate: cut('## Background and goal', '## How I coached her'),
    names: /Situation|Individual/,
  },
  {
    name: 'cross-functional story with no one else at the table',
    document: HOSPITAL_PROGRAMME,
    mutate: cut('## Who was at the table', '## My role'),
    names: /Stakeholders/,
  },
  {
    name: 'cross-functional story where nothing was hard',
    document: HOSPITAL_PROGRAMME,
    mutate: cut('## Where it got hard', '## Outcomes'),
    names: /Leadership Challenges & Solutions/,
  },
  {
    name: 'cross-functional story with no scope',
    document: HOSPITAL_PROGRAMME,
    mutate: cut('## The brief', '## Who was at the table'),
    names: /Project Scope/,
  },
  {
    name: 'excellence initiative with no context',
    document: RETAIL_INITIATIVE,
    mutate: cut('## Why we had to change', '## My part'),
    names: /Context & Challenge/,
  },
  {
    name: 'excellence initiative with no implementation',
    document: RETAIL_INITIATIVE,
    mutate: cut('## How we rolled it out', '## Results'),
    names: /Implementation Strategy/,
  },
  {
    name: 'code review whose situation shows no code',
    document: BANK_REVIEW,
    mutate: cut('```kotlin', '## My comments'),
    names: /Change Under Review/,
  },
  {
    name: 'code review with no outcome',
    document: BANK_REVIEW,
    mutate: cut('## What happened next'),
    names: /Outcome/,
  },
  {
    name: 'story bank with no principle, only a title that says "Stories"',
    document: TERSE_STORY_BANK,
    mutate: cut('**Dive Deep**', '**Questions I expect**'),
    names: /Stories by Leadership Principle/,
  },
  {
    name: 'story bank with no questions',
    document: TERSE_STORY_BANK,
    mutate: cut('**Questions I expect**'),
    names: /Common Questions/,
  },
  {
    name: 'decision record that gives no reason',
    document: TERSE_DECISION,
    mutate: (text) => text.replace(', so that every bank receives one file within its limit', '.'),
    names: /Rationale/,
  },
  {
    name: 'terse system design with no scale, whose title holds the whole document',
    document: FRAUD_SYSTEM,
    mutate: cut('**Scale**', '**Your role**'),
    names: /"Scale"/,
  },
  {
    name: 'executive summary with no leadership',
    document: BIOTECH_SUMMARY,
    mutate: cut('## Leadership achievements', '## Systems I built'),
    names: /Leadership Impact/,
  },
  {
    name: 'post-mortem whose opening says when but not whom it hurt',
    document: DNS_POST_MORTEM,
    mutate: (text) => text.replace(' for 41 minutes and 30% of API calls errored', ''),
    names: /Customer Impact/,
  },
  {
    name: 'post-mortem with no account of what happened',
    document: DNS_POST_MORTEM,
    mutate: cut('On 9 May', 'I was the incident'),
    names: /Incident Summary/,
  },
  {
    name: 'post-mortem with no contributing factors',
    document: DNS_POST_MORTEM,
    mutate: cut('## Contributing factors', '## Prevention'),
    names: /Root Cause/,
  },
  {
    name: 'scaling case study with no one led',
    document: BLACK_FRIDAY,
    mutate: cut('## My role', '## Delivery'),
    names: /Leadership/,
  },
  {
    name: 'scaling case study with no starting point',
    document: BLACK_FRIDAY,
    mutate: cut('## Where we started', '## The plan'),
    names: /Context/,
  },
  {
    name: 'story bank of tables with no principle column',
    document: TABLE_STORY_BANK,
    mutate: (text) => text.replace('| Leadership principle |', '| Theme |'),
    names: /Stories by Leadership Principle/,
  },
  {
    name: 'story bank of tables with no questions',
    document: TABLE_STORY_BANK,
    mutate: cut('| Question they may ask'),
    names: /Common Questions/,
  },
]

describe('each missing fact is an error naming it', () => {
  it.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))(
    '%s',
    async (_name, mutation) => {
      const mutated = mutation.mutate(mutation.document)
      expect(mutated).not.toBe(mutation.document)
      const found = await lint(mutated)
      const naming = found.filter(
        (entry) => mutation.names.test(entry.expected ?? '') || mutation.names.test(entry.reason),
      )
      expect(naming, JSON.stringify(found, null, 2)).not.toEqual([])
      // One sentence: what is missing, then how to add it.
      for (const entry of naming) expect(entry.reason).not.toMatch(/\n/)
    },
  )
})

describe('a story told in prose', () => {
  const missing = async (markdown: string) =>
    (await lint(markdown)).map((entry) => entry.expected ?? entry.reason)

  it('with only its situation and a table of results, misses its task and its action', async () => {
    const situationOnly = cut(' I picked', '\n')(cut('For six months', '| |')(TECH_LEADS_STORY))
    expect(situationOnly).toContain('so design reviews queued for three weeks.\n')
    expect(await missing(situationOnly)).toEqual(['Task', 'Action'])
  })

  it('with its task but every action "we", misses its action only', async () => {
    expect(await missing(weInstead('For six months', '| |')(TECH_LEADS_STORY))).toEqual(['Action'])
  })

  it('is read by its headings where it has them: a Task heading still holding guidance is not written', async () => {
    const headed = TECH_LEADS_STORY.replace(
      'In 2023 my org',
      '## Situation\n\nIn 2023 my org',
    ).replace(
      'For six months',
      '## Task\n\n[What you had to achieve]\n\n## Action\n\nFor six months',
    )
    const found = await lint(headed)
    expect(found.map((entry) => entry.expected)).toEqual(['Task'])
    expect(found[0]?.reason).toMatch(
      /^Section "Task" still holds the template's \[bracketed\] guidance/,
    )
  })

  it.each(['team-development', 'cross-functional', 'case-study'])(
    'does not read the untouched %s template as written',
    async (kind) => {
      const template = readFileSync(
        fileURLToPath(new URL(`../../../portfolio/templates/${kind}.md`, import.meta.url)),
        'utf8',
      ).replaceAll('{{title}}', 'A story')
      const found = await lint(template)
      expect(found.length).toBeGreaterThan(0)
      for (const entry of found) expect(entry.reason).toMatch(/still holds the template's/)
    },
  )

  it("meets only a story's facts: an excellence initiative told the same way still misses its sections", async () => {
    const initiative = TECH_LEADS_STORY.replace(
      'kind: team-development',
      'kind: excellence-initiative',
    )
    expect(await missing(initiative)).toEqual([
      'Context & Challenge',
      'Your Leadership Role',
      'Implementation Strategy',
    ])
  })
})

describe('a decision record written as a Y-statement', () => {
  it('states its context, decision, rationale and stakeholders, but weighs no option', async () => {
    // "…and neglected Kafka and …" names the other options without weighing them:
    // the guide asks for each with its pros and cons.
    const found = await lint(Y_STATEMENT_DECISION)
    expect(found.map((entry) => entry.expected)).toEqual(['Options Considered'])
    // Its plain "Stakeholders:" line counts: with it the record is closest to the guide's
    // structure; without it, to MADR's, which asks for no stakeholders.
    expect(found[0]?.reason).toContain('(closest structure: guide)')
    const unlisted = await lint(cut('Stakeholders:', '## Outcome')(Y_STATEMENT_DECISION))
    expect(unlisted.map((entry) => entry.reason)).toEqual([
      expect.stringContaining('(closest structure: MADR or Nygard ADR)'),
    ])
  })
})

describe('a role stated in a sentence', () => {
  const warehouse = (roleLine: string) => `---
kind: system
title: Pick-path optimiser
---

**Scale**: 38 warehouses, 1.2M picks a day, 4,000 handheld scanners.

${roleLine}

**Business Context**: Pickers walked 14 km a shift; late orders cost $1.1M a quarter.

## Architecture Overview

\`\`\`mermaid
flowchart LR
  WMS --> Optimiser --> Scanners
\`\`\`

## Technical Decisions & Trade-offs

1. **Batch vs streaming re-optimisation**: streaming.
   - Trade-off: 3x the compute, for paths that follow late orders.
   - Result: walking per shift fell from 14 km to 9 km.

## Engineering Leadership Aspects

I ran weekly design reviews with the floor managers and coached two engineers to own the optimiser.
`
  it('"I ran the optimiser programme" states the role', async () => {
    const found = await lint(
      warehouse('I ran the optimiser programme across 6 engineers and 38 sites.'),
    )
    expect(found.filter((f) => /Your Role/.test(f.reason))).toEqual([])
  })

  it('"I ran weekly design reviews" is an activity, not a role: the role is missing', async () => {
    const found = await lint(warehouse(''))
    expect(found.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^Missing "Your Role" in a system design/),
    ])
  })
})

describe("a post-mortem's corrective actions under the author's own heading", () => {
  const outage = (heading: string) => `---
kind: post-mortem
title: Payment retries doubled charges
---

On 3 March our retry worker re-sent 2,100 card captures for 50 minutes and 1,400 customers were charged twice.

As incident lead I stopped the retry worker and ran the refunds with finance.

## Why it happened

The worker treated a gateway timeout as a failure, although the capture had succeeded.

## ${heading}

- Captures now carry an idempotency key the gateway deduplicates on.
- A canary alarm on duplicate captures pages within 2 minutes.
`
  for (const heading of ['What I changed', 'Changes we made', 'Action items']) {
    it(`"${heading}" holds the corrective actions`, async () => {
      expect(await lint(outage(heading))).toEqual([])
    })
  }

  it('with no such section, the corrective actions are missing', async () => {
    const found = await lint(outage('Timeline').replace(/- Captures[\s\S]*$/, '09:10 paged.\n'))
    expect(found.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^Missing "Corrective Actions"/),
    ])
  })
})

describe('template guidance does not meet a requirement', () => {
  it('reports a section that still holds only bracketed guidance', async () => {
    const withGuidance = CODE_REVIEW.replace(
      /## What I flagged\n\n[\s\S]*?\n\n## Why/,
      '## What I flagged\n\n[Your comments, e.g., the bug you caught and the fix you asked for]\n\n## Why',
    )
    const found = await lint(withGuidance)
    expect(found.map((entry) => entry.expected)).toEqual(['Review Feedback'])
    expect(found[0]?.reason).toMatch(/still holds the template's \[bracketed\] guidance/)
  })

  it('does not mistake a link for guidance', async () => {
    const withLink = CODE_REVIEW.replace(
      'and a test that retries',
      'as in [the refunds runbook](https://example.com/runbook), and a test that retries',
    )
    expect(await lint(withLink)).toEqual([])
  })
})

describe('the MADR template', () => {
  const template = readFileSync(
    fileURLToPath(new URL('../../../portfolio/templates/decision-record.madr.md', import.meta.url)),
    'utf8',
  )
    .replaceAll('{{title}}', 'Use Kafka')
    .replaceAll('{{date}}', '2025-06-02')
    .replaceAll('{{number}}', '0004')

  it('has every section, each reported as still to be written', async () => {
    const found = await lint(template)
    const structural = found.filter((entry) => entry.rule === 'portfolio-required-sections')
    expect(structural.filter((entry) => entry.reason.startsWith('Missing'))).toEqual([])
    expect(structural.length).toBeGreaterThan(0)
    for (const entry of structural) expect(entry.reason).toMatch(/still holds the template's/)
  })
})

describe('run-in heads', () => {
  const labelOf = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown)
    const paragraph = tree.children[0]
    return paragraph?.type === 'paragraph' ? leadInLabel(paragraph)?.label : undefined
  }

  it('are labels: a short bold head ending in a full stop, or before a dash', () => {
    expect(labelOf('**Situation.** Our app was slow.')).toBe('Situation')
    expect(labelOf('**What we did.**')).toBe('What we did')
    expect(labelOf('**Situation** — our app was slow.')).toBe('Situation')
    expect(labelOf('**Scale**: 40M users')).toBe('Scale')
  })

  it('are not a bold sentence, a bold phrase run into its sentence, or a bold figure', () => {
    expect(labelOf('**We then traced every cold start on real phones.** It took a week.')).toBe(
      undefined,
    )
    expect(labelOf('**Latency** fell from 2 s to 300 ms.')).toBe(undefined)
    expect(labelOf('**40%.**Fewer pages')).toBe(undefined)
  })
})
