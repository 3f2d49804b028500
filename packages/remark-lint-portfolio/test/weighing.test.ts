/**
 * Trade-offs and options as strangers write them (issue 6): costs named
 * "Cost:", "The catch:", "Bad, because" or told in a sentence ("Costs us
 * joins; p99 went from…"), options enumerated in one sentence and weighed in
 * a "Pros and cons" paragraph. Each accepted phrasing has a counterpart that
 * leaves the cost or an option out and is still reported.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import type { Plugin } from 'unified'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  clauses,
  inlineOptions,
  namedOptions,
  proseProsAndCons,
  proseTradeOff,
  statesCost,
} from '../src/knowledge/weighing.js'
import optionsConsidered from '../src/rules/options-considered.js'
import tradeOffs from '../src/rules/trade-offs.js'

// biome-ignore lint/suspicious/noExplicitAny: both rules take their own option shapes
async function lint(rule: Plugin<any[], any>, markdown: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(rule, 'error')
  const file = new VFile({ path: 'doc.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

const system = (body: string) => `---\nkind: system\ntitle: A system\n---\n\n${body}\n`
const record = (body: string) =>
  `---\nkind: decision-record\ntitle: A decision\n---\n\n## Context\n\nWhy.\n\n${body}\n`

describe('portfolio-trade-offs reads costs as strangers state them', () => {
  it.each([
    [
      'Cost: and Result: labels (MADR-style house)',
      `## Choices and what they cost

1. **Build vs buy the rostering engine**: we built it.
   - Cost: 4 months of 5 engineers.
   - Result: overtime shifts fell from 900 to 310 a month.`,
    ],
    [
      'Downside: and Payoff: labels',
      `## Key Decisions

- **Rail over road for the trunk legs**: rail between the two hubs.
  - Downside: deliveries need a 6-hour earlier cut-off.
  - Payoff: trunk cost per pallet $41 → $23.`,
    ],
    [
      'MADR bullets under each decision',
      `## Decisions

### Vendor telematics feed instead of our own trackers

* Good, because fleet coverage went from 60% to 100% in a month
* Bad, because the vendor's feed is 90 seconds behind`,
    ],
    [
      'a terse line: choice, cost and gain in one sentence',
      `**Trade-offs**:

- *Spot instances vs on-demand*: spot. We gave up guaranteed capacity; the render bill fell from $80K to $31K a month.
- *Nightly vs hourly renders*: hourly, at the price of a second queue to run; artists wait 1 hour instead of 1 day.`,
    ],
    [
      'a sub-heading told in prose, with "the downside is"',
      `## Technical Decisions

### Kafka over Kinesis

The downside is a cluster we patch ourselves. Replay cut recovery after a bad deploy from 3 hours to 10 minutes.`,
    ],
    [
      '"in exchange for" states both sides',
      `## Trade-offs

- **Eventual consistency for the seat map**: a seat map up to 2 seconds stale, in exchange for bookings that never block on the inventory lock.`,
    ],
    [
      'an overhead that went up, a contrast, and something more to maintain',
      `## Platform choices

- **Kubernetes over ECS** — operational overhead went up (two platform engineers full time), but deploys dropped from 45 min to 6 min.
- **gRPC between services**: browsers need a separate proxy; payloads shrank 60%.
- **Own adapters over the vendor engine**: we maintain 40 adapters; no licence fee of $700K a year.`,
    ],
    [
      'a table with "What it cost" and "What it bought" columns',
      `## Decisions

| Decision | What it cost | What it bought |
| --- | --- | --- |
| Edge caching of menus | a purge API to maintain | menu load 1.2 s → 180 ms |
| One schema per restaurant chain | migrations run 40 times | no cross-chain data leaks |`,
    ],
  ])('%s: no error', async (_name, body) => {
    expect(await lint(tradeOffs, system(body))).toEqual([])
  })

  it('reports a decision that states only its gain, in whatever words', async () => {
    const body = `**Trade-offs**:

- *CDN vs origin serving*: CDN. Egress cost fell by 40%.
- *Event log vs polling*: event log. No message lost in 20 months.
- **Build vs buy**: we built it.
  - Result: cleaning turnaround visible; beds ready 50 minutes sooner.`
    expect(await lint(tradeOffs, system(body))).toEqual([
      '8:1: Decision "CDN vs origin serving" states its result but no trade-off: expected a "Trade-off:" line saying what it cost',
      // "No message lost" is a gain, not a loss; with no figure it is not read as a result either.
      '9:1: Decision "Event log vs polling" states neither trade-off nor result: expected "Trade-off:" and "Result:" lines',
      '10:1: Decision "Build vs buy" states its result but no trade-off: expected a "Trade-off:" line saying what it cost',
    ])
  })

  it('reads a sentence wrapped over lines as one sentence', async () => {
    const body = `## Technical Decisions

- **Self-hosted runners**: costs us a fleet that
  sits idle at night.`
    expect(await lint(tradeOffs, system(body))).toEqual([
      '8:1: Decision "Self-hosted runners" states its trade-off but no result: expected a "Result:" line saying what it achieved',
    ])
  })

  it('reports a cost with no gain, and a decision that only describes itself', async () => {
    const body = `## Technical Decisions

1. **Monorepo**: one repository for the 14 services. Costs us slower CI.
2. **Cost-based routing**: orders go to the cheapest warehouse that has stock.`
    expect(await lint(tradeOffs, system(body))).toEqual([
      '8:1: Decision "Monorepo" states its trade-off but no result: expected a "Result:" line saying what it achieved',
      '9:1: Decision "Cost-based routing" states neither trade-off nor result: expected "Trade-off:" and "Result:" lines',
    ])
  })
})

describe('portfolio-options-considered reads options as strangers list them', () => {
  it.each([
    [
      'options enumerated in a sentence, weighed by number in a "Pros and cons" paragraph',
      `**Options**: (1) keep the mainframe batch; (2) rewrite it in Java; (3) buy a SaaS core.

**Pros and cons**: option 1 costs nothing to start but overruns into trading hours; option 2 is 9 months of work and leaves us owning the code, but the nightly run drops to 40 minutes; option 3 is live in 3 months, with the risk of vendor lock-in.`,
    ],
    [
      'options enumerated with letters, each weighed in its own clause',
      `**Alternatives considered**: (a) a read replica, cheap but 30 s behind; (b) a cache in front of the database, fast but another thing to invalidate.`,
    ],
    [
      'paragraphs opening "Option A:", each weighed in its sentences',
      `## Options

Option A: keep cron. Cheapest, but failures go unnoticed until morning.

Option B: Airflow. Mature scheduling and retries; another cluster to run.`,
    ],
    [
      'options named in one sentence, each weighed in its parentheses',
      `## Alternatives

We considered three options: keep Oracle (no migration, but $2M a year in licences), Aurora PostgreSQL (a third of the cost, with 6 months to migrate) or DynamoDB (fast, but a rewrite of every query).`,
    ],
    [
      'options named after a label, weighed by name in a "Pros and cons" paragraph',
      `**Options**: Snowflake, BigQuery or Redshift.

**Pros and cons**: Snowflake is what the analysts know, but costs $14K a month. BigQuery has no cluster to size; its slot pricing is hard to forecast. Redshift is the cheapest at our volume, at the price of vacuum and resize work.`,
    ],
    [
      'sub-headings with Strengths and Weaknesses',
      `## Alternatives

### Postgres full-text search

- Strengths: nothing new to run
- Weaknesses: no typo tolerance

### OpenSearch

- Strengths: typo tolerance, facets
- Weaknesses: a cluster to size and patch`,
    ],
    [
      'points marked with ticks and crosses',
      `## Options we looked at

1. Keep the on-prem SAN
   - ✅ already paid for
   - ❌ full in 7 months
2. Object storage
   - ✅ no capacity planning
   - ❌ apps must change from file paths to keys`,
    ],
    [
      'a decision matrix, criteria down the side, one option per column',
      `## Options

| Criterion | Managed Kafka | Self-run RabbitMQ | SNS + SQS |
| --- | --- | --- | --- |
| Monthly cost | $9K | $4K plus one engineer | $2K |
| Replay | 7 days | none | none |
| Ordering | per partition | per queue | FIFO queues only |`,
    ],
    [
      'a table with Benefits and Risks columns',
      `## Options

| Option | Benefits | Risks |
| --- | --- | --- |
| Lift and shift | 6 weeks | same licence bill |
| Re-platform on containers | licence bill halves | 5 months |`,
    ],
  ])('%s: no error', async (_name, body) => {
    expect(await lint(optionsConsidered, record(body))).toEqual([])
  })

  it('reads a "Pros and cons" paragraph under a numbered list as the weighing, not an option', async () => {
    const body = `## Options

1. Salesforce
2. HubSpot
3. Build on our own Postgres

**Pros and cons**: option 1 is the standard but costs $150 a seat; option 2 is cheaper, but its reporting is weak; option 3 fits our data model exactly, at the cost of 6 months of 3 engineers.`
    expect(await lint(optionsConsidered, record(body))).toEqual([])
    const oneWay = body.replace('at the cost of 6 months of 3 engineers', 'and we know Postgres')
    expect(await lint(optionsConsidered, record(oneWay))).toEqual([
      '14:1: Option "Build on our own Postgres" lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)',
    ])
  })

  it('reports an option its "Pros and cons" paragraph weighs only one way', async () => {
    const body = `**Options**: (1) Snowflake; (2) BigQuery.

**Pros and cons**: option 1 is familiar to the analysts; option 2 costs $14K a month and has no idle cluster.`
    expect(await lint(optionsConsidered, record(body))).toEqual([
      '10:1: Option "Snowflake" lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)',
    ])
  })

  it('reports an option named in a sentence that its weighing leaves one-sided', async () => {
    const body = `**Options**: Snowflake, BigQuery or Redshift.

**Pros and cons**: Snowflake is what the analysts know, but costs $14K a month. BigQuery has no cluster to size; its slot pricing is hard to forecast. Redshift is the cheapest at our volume.`
    expect(await lint(optionsConsidered, record(body))).toEqual([
      '10:1: Option "Redshift" lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)',
    ])
  })

  it('reports options enumerated in a sentence with nothing said for or against them', async () => {
    const body = '**Options**: (1) Snowflake; (2) BigQuery; (3) Redshift.'
    expect(await lint(optionsConsidered, record(body))).toEqual([
      '10:1: Option "Snowflake" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '10:1: Option "BigQuery" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '10:1: Option "Redshift" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })

  it('reports one option, however it is written', async () => {
    const sentence =
      '**Options**: we only looked at Snowflake, which is fast but costs $14K a month.'
    expect(await lint(optionsConsidered, record(sentence))).toEqual([
      '10:1: "Options" lists no options: expected at least 2, each with pros and cons',
    ])
    const heading = `## Alternatives

### Snowflake

- Strengths: fast
- Weaknesses: $14K a month`
    expect(await lint(optionsConsidered, record(heading))).toEqual([
      '10:1: "Alternatives" lists 1 option: expected at least 2, each with pros and cons',
    ])
  })

  it('reports a matrix that rates its options on one criterion only, or compares one option', async () => {
    const thin = `## Options

| Criterion | Managed Kafka | SNS + SQS |
| --- | --- | --- |
| Monthly cost | $9K | $2K |`
    expect(await lint(optionsConsidered, record(thin))).toEqual([
      '12:1: Option "Managed Kafka" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
      '12:1: Option "SNS + SQS" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
    const alone = `## Options

| Criterion | Managed Kafka |
| --- | --- |
| Monthly cost | $9K |
| Replay | 7 days |`
    expect(await lint(optionsConsidered, record(alone))).toEqual([
      '10:1: "Options" lists 1 option: expected at least 2, each with pros and cons',
    ])
  })

  it('reports options marked only one way', async () => {
    const body = `## Options we looked at

1. Keep the on-prem SAN
   - ✅ already paid for
2. Object storage
   - ❌ apps must change from file paths to keys`
    expect(await lint(optionsConsidered, record(body))).toEqual([
      '12:1: Option "Keep the on-prem SAN" lists pros but no cons: expected a "Cons:" item (or Disadvantages, Drawbacks, Downsides)',
      '14:1: Option "Object storage" lists cons but no pros: expected a "Pros:" item (or Advantages, Benefits, Upsides)',
    ])
  })

  it('does not take an option\u2019s description for its pros', async () => {
    const body = `## Options Considered

1. **Kafka**: fast and durable
2. **SQS**: fully managed, but no replay`
    expect(await lint(optionsConsidered, record(body))).toEqual([
      '12:1: Option "Kafka" lists neither pros nor cons: expected "Pros:" and "Cons:" items',
    ])
  })
})

describe('weighing vocabulary', () => {
  it('splits clauses at sentences, semicolons and contrasts, not at "vs." or decimals', () => {
    expect(
      clauses('Redis vs. Memcached: Redis. Costs 1.5 GB more; p99 fell, but only at peak.'),
    ).toEqual(['Redis vs. Memcached: Redis', 'Costs 1.5 GB more', 'p99 fell', 'but only at peak'])
  })

  it('tells a cost paid from a cost saved, and a loss from a loss avoided', () => {
    expect(statesCost('Costs us cross-table joins')).toBe(true)
    expect(statesCost('we gave up line-by-line explainability')).toBe(true)
    expect(statesCost('the risk team lost per-rule explanations')).toBe(true)
    expect(statesCost('pipeline cost fell from $110K to $42K')).toBe(false)
    expect(statesCost('we cut infrastructure costs by 30%')).toBe(false)
    expect(statesCost('no message lost in 20 months')).toBe(false)
    expect(statesCost('no idle cluster to pay for')).toBe(false)
    expect(statesCost('costs nothing in servers')).toBe(false)
    expect(statesCost('but we had to build a test harness for 6,000 rules')).toBe(true)
    expect(statesCost('we never had to page anyone at night')).toBe(false)
    // A price in money is paid; one that fell is saved.
    expect(statesCost('but per-message pricing came to $610k/year at our volume')).toBe(true)
    expect(statesCost('licences at €40 a seat')).toBe(true)
    expect(statesCost('our bill fell from $38k to $21k a month')).toBe(false)
    expect(statesCost('pricing was simple')).toBe(false)
    expect(statesCost('no licence fee of $700K a year')).toBe(false)
    expect(statesCost('no licence cost, and nothing to run')).toBe(false)
    expect(statesCost('the licence cost is $40 a seat')).toBe(true)
  })

  it('reads "in days, not a quarter" as a measured change before the cost', () => {
    expect(
      proseTradeOff('Policy changes ship in days, not a quarter, but we had to build a harness'),
    ).toEqual({ cost: true, gain: true })
    expect(
      proseTradeOff('Reindexing takes minutes rather than hours; we now run a second cluster'),
    ).toEqual({ cost: true, gain: true })
    // A time without the other it is set against measures nothing.
    expect(proseTradeOff('Changes ship in days, but we had to build a harness')).toEqual({
      cost: true,
      gain: false,
    })
  })

  it('finds a gain after the cost, or a measured change anywhere', () => {
    expect(
      proseTradeOff('regional. Costs a wider skill spread; players keep their friends'),
    ).toEqual({
      cost: true,
      gain: true,
    })
    expect(proseTradeOff('regional. Costs a wider skill spread')).toEqual({
      cost: true,
      gain: false,
    })
    expect(proseTradeOff('regional; queue time fell from 94 s to 21 s')).toEqual({
      cost: false,
      gain: true,
    })
  })

  it('reads options enumerated in a sentence, counting from 1 or a', () => {
    expect(inlineOptions('(1) keep it; (2) rewrite it, or (3) buy one.')).toEqual([
      { index: 1, text: 'keep it' },
      { index: 2, text: 'rewrite it' },
      { index: 3, text: 'buy one' },
    ])
    expect(inlineOptions('option A is cheap; option B is fast')).toEqual([
      { index: 1, text: 'is cheap' },
      { index: 2, text: 'is fast' },
    ])
    expect(
      inlineOptions('Option A: keep cron.\nOption B: Airflow, another cluster to run.'),
    ).toEqual([
      { index: 1, text: 'keep cron' },
      { index: 2, text: 'Airflow, another cluster to run' },
    ])
    expect(inlineOptions('we ran (2) pilots in 3 months')).toEqual([])
    expect(namedOptions('We compared: SNS and SQS, Kafka (replay), or RabbitMQ.')).toEqual([
      { name: 'SNS and SQS', text: '' },
      { name: 'Kafka', text: 'replay' },
      { name: 'RabbitMQ', text: '' },
    ])
    expect(namedOptions('we only looked at Snowflake, which is fast', { opensList: true })).toEqual(
      [],
    )
    expect(namedOptions('We looked at a few queues and picked Kafka.')).toEqual([])
    // Separated by ";", each option keeps its commas; a dash opens its weighing.
    expect(
      namedOptions(
        'We considered: Kafka — replay, but a cluster to run; or SQS — managed, but no replay.',
      ),
    ).toEqual([
      { name: 'Kafka', text: 'replay, but a cluster to run' },
      { name: 'SQS', text: 'managed, but no replay' },
    ])
    // By commas, a contrast goes on weighing the option before it; "1,400" is one figure.
    expect(
      namedOptions(
        'The options were: polling — no change, but 1,400 requests a second, and push — fast, but a broker to run.',
      ),
    ).toEqual([
      { name: 'polling', text: 'no change, but 1,400 requests a second' },
      { name: 'push', text: 'fast, but a broker to run' },
    ])
    expect(inlineOptions('(1) only one')).toEqual([])
  })

  it('weighs an option both ways only with a downside', () => {
    expect(proseProsAndCons('cheapest per hour and guaranteed, but pays for idle servers')).toEqual(
      {
        pros: true,
        cons: true,
      },
    )
    expect(proseProsAndCons('9 months of work, but the nightly run takes 40 minutes')).toEqual({
      pros: true,
      cons: true,
    })
    expect(proseProsAndCons('9 months of work and a cluster to run')).toEqual({
      pros: false,
      cons: true,
    })
    expect(proseProsAndCons('fast and durable')).toEqual({ pros: false, cons: false })
    expect(proseProsAndCons('fast and durable', { weighing: true })).toEqual({
      pros: true,
      cons: false,
    })
  })
})
