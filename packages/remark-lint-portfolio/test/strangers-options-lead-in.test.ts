/**
 * Decision records whose options follow a lead-in sentence ("We looked at
 * three options:", "The alternatives were:", "We considered:") rather than
 * an Options heading, written the way strangers write them: Nygard records
 * from other industries, options weighed in brackets, after a colon or a
 * dash, in a bullet or numbered list or inline. portfolio-required-sections
 * and portfolio-options-considered must agree: the list is the options, and
 * each option must still be weighed both ways.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import optionsConsidered from '../src/rules/options-considered.js'
import requiredSections from '../src/rules/required-sections.js'
import { GOV_IDENTITY_DECISION } from './shared-documents.js'
import { between, edit } from './text-edits.js'

async function lint(markdown: string): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(requiredSections, 'error')
    .use(optionsConsidered, 'error')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map(
    (message) => `${message.line}:${message.column}: ${message.ruleId}: ${message.reason}`,
  )
}

/** A Nygard record from a card processor: its three options in the context, weighed in brackets. */
const PAYMENTS_OUTBOX = `---
kind: decision-record
title: Use a transactional outbox and Kafka for payment events
leadership-principles: [Insist on the Highest Standards, "Are Right, A Lot"]
---

# 7. Use a transactional outbox and Kafka for payment events

Date: 2022-09-14

## Status

Accepted. Supersedes ADR 3.

Decided by me (staff engineer, Payments Core) with the two other senior engineers on the team. Consulted: Risk, Ledger and SRE. Informed: the Mobile and Web squads.

## Context

Every card payment we process publishes events (authorised, captured, refunded) that the ledger, fraud models and customer notifications consume. Today the request handler writes the payment to Postgres and then publishes to RabbitMQ. If the broker fails over between those two steps, the event is lost. We drop roughly 1 in 20,000 events, which at 3.5 million payments a day is about 175 lost events a day, and the ledger team spends two engineer-days a week chasing the resulting breaks.

We looked at three options:

- keep the current direct publish and add retries (no migration, but a crash between the commit and the publish still loses the event);
- dual-write to Postgres and Kafka from the handler (simple to build, but the two writes can still disagree and we would need a reconciler anyway);
- write each event to an outbox table in the same database transaction as the payment, and let Debezium relay the outbox to Kafka (no lost events, but one more component to run and about a second of added latency).

## Decision

We will write payment events to a transactional outbox and relay them to Kafka with Debezium, because it is the only option in which the payment and its event commit or fail together.

## Consequences

Delivery becomes at-least-once, so every consumer must be idempotent; we added an event ID that consumers de-duplicate on, and a contract test that fails the build if a consumer doesn't. The platform team now runs Debezium and Kafka Connect, which we have budgeted as half an engineer.

Measured six months after rollout: ledger breaks caused by lost events went from about 40 a week to zero, relay lag is 1.4 s at p99, and pages for the payments event bus fell from 12 a month to 2.
`

/** An airline's Nygard record: "The alternatives were:", each weighed after a dash, items ending in ";". */
const CREW_PAIRING = `---
kind: decision-record
title: License a commercial solver for crew pairing
leadership-principles: [Frugality, Deliver Results]
---

# 12. License a commercial solver for crew pairing

Date: 2023-02-20

## Status

Accepted.

## Context

Our crew pairings for 410 daily flights are built overnight by an in-house heuristic written in 2011. A run takes 7 hours, so a late schedule change means planners fix pairings by hand, and the pairings use about 3% more crew hours than the union agreement requires.

The alternatives were:

- keep the in-house heuristic and tune it — nothing to buy or retrain on, but a run still takes 7 hours and nobody left knows the code;
- rebuild it on an open-source MIP solver — no licence to pay, but 9 months of work for two engineers before the first run;
- license a commercial pairing solver — pairings in 40 minutes out of the box, but £300k a year and lock-in to the vendor's data model.

## Decision

We will license the commercial solver, because it is the only option that fits the overnight window this year.

## Consequences

Pairing runs fell from 7 hours to 38 minutes, crew hours above the agreement fell from 3.1% to 0.9%, and planners' hand fixes went from about 60 a week to 5.
`

/** A utility's record: "We considered:" and a numbered list, each weighed after a colon. */
const METER_READS = `---
kind: decision-record
title: Batch smart-meter reads through object storage
leadership-principles: [Frugality]
---

# 4. Batch smart-meter reads through object storage

Date: 2021-11-03

## Context

2.4 million smart meters send a read every 30 minutes. The billing database ingests them row by row and falls behind every evening peak, so 8% of bills go out estimated.

We considered:

1. Scale up the billing database: no code change, but the next instance size doubles the licence bill.
2. Stream reads through Kafka into the billing database: reads land in seconds, but we would run a cluster for data billing only needs daily.
3. Land reads as files in object storage and load them nightly: cheap and simple, but reads are up to a day old when customers look at their usage.

## Decision

We will land reads in object storage and load them nightly, because billing only needs daily reads and the usage page can say so.

## Consequences

Estimated bills fell from 8% to 0.4%, and ingest cost went from $18k a month to $2.5k.
`

/** A hospital lab's record, its options inline: separated by ";", each weighed after a dash. */
const LAB_RESULTS_INLINE = `---
kind: decision-record
title: Push lab results to wards over HL7 FHIR subscriptions
leadership-principles: [Customer Obsession]
---

# 9. Push lab results to wards over FHIR subscriptions

Date: 2024-01-15

## Context

Ward nurses refresh the lab portal to see results; a critical potassium result waited 47 minutes on average before anyone opened it.

We looked at three options: keep polling every minute — no change for the wards, but a minute of delay and 1,400 requests a second on the lab system; FHIR subscriptions pushed to the ward dashboards — results in seconds, but we must run a subscription broker; or pagers for critical results only — fast for the worst cases, but nothing changes for the other 98% of results.

## Decision

We will push results over FHIR subscriptions, because only they bring every result to the ward in seconds.

## Consequences

Time from result to a nurse opening it fell from 47 minutes to 6 for critical results, and lab system load fell from 1,400 to 90 requests a second.
`

/** The government identity record, its "What we weighed" label named as the guide names it. */
const GOV_IDENTITY = edit(GOV_IDENTITY_DECISION, '**What we weighed:**', '**Options considered:**')

const PAYMENTS_OPTIONS = `- keep the current direct publish and add retries (no migration, but a crash between the commit and the publish still loses the event);
- dual-write to Postgres and Kafka from the handler (simple to build, but the two writes can still disagree and we would need a reconciler anyway);
- write each event to an outbox table in the same database transaction as the payment, and let Debezium relay the outbox to Kafka (no lost events, but one more component to run and about a second of added latency).`

/** A retailer's Nygard record whose lead-in ends in a full stop, options weighed after a colon. */
const WAREHOUSE_QUEUE = `---
kind: decision-record
title: Use SQS FIFO queues for order events
---

# 7. Use SQS FIFO queues for order events

Date: 2024-03-11

## Status

Accepted

## Context

Order events reach the warehouse system out of order about 40 times a day,
and each one needs a person to fix the pick list by hand. We looked at three
options.

- Kafka on MSK: strict ordering per partition and replay, but a cluster to
  run and about $3,800 a month at our volume
- SQS FIFO queues: ordering per message group and no servers, but 300
  messages a second per group without batching
- Keep SNS and re-order in the consumer: no migration, but the re-ordering
  buffer is the code that fails today

## Decision

We will use SQS FIFO queues with the order id as the message group, because
ordering only matters within an order and our peak is 90 events a second.

## Consequences

Out-of-order events fell from about 40 a day to none in the first month, and
the queue costs $210 a month. We give up replay; we keep 14 days of events in
S3 instead.
`

describe('a lead-in sentence and the list after it are the options', () => {
  it.each([
    [
      'a payments Nygard record: "We looked at three options:", weighed in brackets',
      PAYMENTS_OUTBOX,
    ],
    ['an airline\'s record: "The alternatives were:", weighed after a dash', CREW_PAIRING],
    ['a utility\'s record: "We considered:" and a numbered list', METER_READS],
    [
      'a hospital lab\'s record: the options inline, separated by ";" and weighed after "—"',
      LAB_RESULTS_INLINE,
    ],
    [
      'the same lab record, its options separated by commas and "and"',
      edit(
        edit(
          edit(LAB_RESULTS_INLINE, 'on the lab system; FHIR', 'on the lab system, and FHIR'),
          'a subscription broker; or pagers',
          'a subscription broker, or pagers',
        ),
        'We looked at three options:',
        'The options were:',
      ),
    ],
    [
      "the lead-in as the last sentence of the context's paragraph",
      edit(PAYMENTS_OUTBOX, 'resulting breaks.\n\nWe looked at', 'resulting breaks. We looked at'),
    ],
    [
      'the lead-in ending in a full stop: "We looked at three options."',
      edit(PAYMENTS_OUTBOX, 'We looked at three options:', 'We looked at three options.'),
    ],
    [
      'a retailer\'s record: "…We looked at three options." closing the context\'s paragraph',
      WAREHOUSE_QUEUE,
    ],
    [
      'the lead-in and its list inside a quote',
      edit(
        PAYMENTS_OUTBOX,
        `We looked at three options:\n\n${PAYMENTS_OPTIONS}`,
        `> We looked at three options:\n>\n${PAYMENTS_OPTIONS.replace(/^/gm, '> ')}`,
      ),
    ],
    ['a bold "Options considered:" label and a numbered list with Pros and Cons', GOV_IDENTITY],
    [
      'the record as written, "**What we weighed:**" read as a lead-in sentence',
      edit(GOV_IDENTITY, '**Options considered:**', '**What we weighed:**'),
    ],
    [
      'the same numbered list after a lead-in sentence',
      edit(GOV_IDENTITY, '**Options considered:**', 'We weighed three options:'),
    ],
  ])('%s', async (_name, markdown) => {
    expect(await lint(markdown)).toEqual([])
  })

  it('reads the list as it reads the same list under an Options heading', async () => {
    const headed = edit(PAYMENTS_OUTBOX, 'We looked at three options:', '## Options')
    expect(await lint(headed)).toEqual([])
  })

  it('names each option by the words before its weighing, under a heading too', async () => {
    const headed = edit(
      edit(CREW_PAIRING, 'The alternatives were:', '## Options'),
      ' — no licence to pay, but 9 months of work for two engineers before the first run',
      '',
    )
    expect(await lint(headed)).toEqual([
      '22:1: portfolio-options-considered: Option "rebuild it on an open-source MIP solver;" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })
})

describe('a lead-in sentence still asks for options, each weighed', () => {
  it('reports a list of bare names, each option', async () => {
    const bare = edit(
      PAYMENTS_OUTBOX,
      PAYMENTS_OPTIONS,
      '- direct publish with retries\n- dual-write\n- a transactional outbox',
    )
    expect(await lint(bare)).toEqual([
      '23:1: portfolio-options-considered: Option "direct publish with retries" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '24:1: portfolio-options-considered: Option "dual-write" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '25:1: portfolio-options-considered: Option "a transactional outbox" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })

  it('reports bare names after "We considered:", the section found by required-sections', async () => {
    const bare = edit(
      METER_READS,
      between(METER_READS, '1. Scale', '\n\n## Decision'),
      '1. Scale up the database\n2. Kafka\n3. Object storage',
    )
    expect(await lint(bare)).toEqual([
      '17:1: portfolio-options-considered: Option "Scale up the database" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '18:1: portfolio-options-considered: Option "Kafka" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '19:1: portfolio-options-considered: Option "Object storage" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })

  it('names the one option of two left unweighed', async () => {
    const half = edit(
      PAYMENTS_OUTBOX,
      PAYMENTS_OPTIONS,
      '- keep the current direct publish and add retries (no migration, but a crash between the commit and the publish still loses the event);\n- a transactional outbox',
    )
    expect(await lint(half)).toEqual([
      '24:1: portfolio-options-considered: Option "a transactional outbox" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })

  it('reports an option weighed by its downside alone', async () => {
    const oneSided = edit(
      CREW_PAIRING,
      ' — nothing to buy or retrain on, but a run still takes 7 hours and nobody left knows the code;',
      ' — it carries the risk that nobody left knows the code;',
    )
    expect(await lint(oneSided)).toEqual([
      '21:1: portfolio-options-considered: Option "keep the in-house heuristic and tune it" lists cons but no pros: expected a "Pros:" item (or Advantages, Benefits, Upsides)',
    ])
  })

  it('reports a list of one option, naming the lead-in sentence that opens it', async () => {
    const one = edit(
      edit(PAYMENTS_OUTBOX, 'resulting breaks.\n\nWe looked at', 'resulting breaks. We looked at'),
      PAYMENTS_OPTIONS,
      '- a transactional outbox (no lost events, but one more component to run)',
    )
    expect(await lint(one)).toEqual([
      '19:1: portfolio-options-considered: "We looked at three options:" lists 1 option: expected at least 2, each with pros and cons',
    ])
  })

  it('reports options after "We looked at three options." weighed by their names alone', async () => {
    const bare = edit(
      edit(
        edit(
          WAREHOUSE_QUEUE,
          ': strict ordering per partition and replay, but a cluster to\n  run and about $3,800 a month at our volume',
          '',
        ),
        ': ordering per message group and no servers, but 300\n  messages a second per group without batching',
        '',
      ),
      ': no migration, but the re-ordering\n  buffer is the code that fails today',
      '',
    )
    expect(await lint(bare)).toEqual([
      expect.stringMatching(
        /^20:1: portfolio-options-considered: Option "Kafka on MSK" lists neither pros nor cons/,
      ),
      expect.stringMatching(
        /^21:1: portfolio-options-considered: Option "SQS FIFO queues" lists neither pros nor cons/,
      ),
      expect.stringMatching(
        /^22:1: portfolio-options-considered: Option "Keep SNS and re-order in the consumer" lists neither pros nor cons/,
      ),
    ])
  })

  it('a full stop that closes the options sentence with no list after it still lists none', async () => {
    const noList = edit(
      WAREHOUSE_QUEUE,
      between(WAREHOUSE_QUEUE, '- Kafka on MSK', '## Decision'),
      '',
    )
    expect(await lint(noList)).toEqual([
      expect.stringMatching(
        /^16:1: portfolio-options-considered: .* lists no options: expected at least 2, each with pros and cons$/,
      ),
    ])
  })

  it('reports a lead-in with no list after it', async () => {
    const noList = edit(
      PAYMENTS_OUTBOX,
      PAYMENTS_OPTIONS,
      'We picked the outbox after two weeks of review with Risk and SRE.',
    )
    expect(await lint(noList)).toEqual([
      '21:1: portfolio-options-considered: "We looked at three options:" lists no options: expected at least 2, each with pros and cons',
    ])
  })

  it('reports a sentence that names no options and has no list', async () => {
    const none = edit(
      PAYMENTS_OUTBOX,
      `We looked at three options:\n\n${PAYMENTS_OPTIONS}`,
      'We looked at three options and picked the outbox.',
    )
    expect(await lint(none)).toEqual([
      '21:1: portfolio-options-considered: "We looked at three options and picked th" lists no options: expected at least 2, each with pros and cons',
    ])
  })

  it('reports an inline list of names with no weighing', async () => {
    const inline = edit(
      LAB_RESULTS_INLINE,
      between(LAB_RESULTS_INLINE, 'We looked at', '\n\n## Decision'),
      'We looked at three options: polling; FHIR subscriptions; or pagers.',
    )
    expect(await lint(inline)).toEqual([
      '15:1: portfolio-options-considered: Option "polling" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '15:1: portfolio-options-considered: Option "FHIR subscriptions" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '15:1: portfolio-options-considered: Option "pagers" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })

  it('reports "We considered:" with nothing after it as listing no options', async () => {
    const alone = edit(
      METER_READS,
      between(METER_READS, 'We considered:', '\n\n## Decision'),
      'We considered:',
    )
    expect(await lint(alone)).toEqual([
      '15:1: portfolio-options-considered: "We considered:" lists no options: expected at least 2, each with pros and cons',
    ])
  })
})
