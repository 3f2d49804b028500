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
import diagram from '../src/rules/diagram.js'
import optionsConsidered from '../src/rules/options-considered.js'
import requiredSections from '../src/rules/required-sections.js'
import tradeOffs from '../src/rules/trade-offs.js'

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

describe('documents written by strangers give no error', () => {
  it.each([
    ['a MADR 4 record from a logistics company', MADR_LOGISTICS],
    ['a Nygard ADR from a bank, options in a table with no heading', NYGARD_BANK],
    ['a post-mortem with "As incident lead I…" and a "Fix" heading', POST_MORTEM],
    ['a code review with "The diff" and "Why this review mattered"', CODE_REVIEW],
    ['a terse system design with a bold list-item lead-in and mermaid after it', TERSE_SYSTEM],
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
  const start = text.indexOf(from)
  if (start < 0) throw new Error(`mutation anchor not found: ${from}`)
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length)
  if (end < 0) throw new Error(`mutation end not found: ${to}`)
  return text.slice(0, start) + text.slice(end)
}

const MUTATIONS: Mutation[] = [
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
    mutate: (text) => text.replace('* Bad, because per-stop pricing', '* Also, per-stop pricing'),
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
