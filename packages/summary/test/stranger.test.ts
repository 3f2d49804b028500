/**
 * Portfolios written by strangers (other industries, other formats: MADR
 * decision records, tables, bold lead-ins) run through the engine, then each
 * artifact: each real gap is named, and what a document does state raises no
 * question about it.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { check, type PortfolioReport } from '@techfolio/engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deepDiveQuestions } from '../src/artifacts/deep-dive.js'
import { renderLevel } from '../src/artifacts/level.js'
import { MISMATCH_MARK, renderMetrics } from '../src/artifacts/metrics.js'
import { renderStoryBank } from '../src/artifacts/story-bank.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function repo(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'techfolio-summary-')))
  made.push(dir)
  mkdirSync(path.join(dir, '.git'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return dir
}

/** A game studio's matchmaking story: "we" throughout, a wrong percentage, a figure with no baseline. */
const MATCHMAKING = `---
kind: case-study
title: Matchmaking queue times
focus: performance
leadership-principles: [Customer Obsession, Dive Deep]
---

# Matchmaking queue times

## Situation

Players in smaller regions waited minutes for a ranked match and churned
after the second long wait.

## What was done

- Profiled the matcher and found the skill window widened only every 60 seconds
- Switched to a continuous widening curve
- Reduced cloud spend by 40%

## Outcome

| Metric | Before | After |
| --- | --- | --- |
| Crash rate | 2.0% | 0.5% |

Median queue time went from 90 s to 30 s (a 50% cut).
Crash-free sessions rose from 97% to 99.5% (2.5 points).
`

/** A fintech ledger decision, MADR style: options, a named cost, reflection, several teams. */
const LEDGER = `---
kind: decision-record
title: Use event sourcing for the ledger
date: 2023-04-02
status: accepted
leadership-principles:
  - Are Right, A Lot
  - Think Big
  - Dive Deep
  - Earn Trust
  - Ownership
  - Frugality
---

# Use event sourcing for the ledger

## Context and Problem Statement

Reconciliation between the card ledger and the general ledger took 3 days
every month end. Payments, Treasury and Risk each kept their own copy.

## Considered Options

* Nightly batch reconciliation
* Change data capture from the card database
* Event-sourced ledger

## Decision Outcome

I proposed the event-sourced ledger and wrote the design for its
projection service. It was adopted by 9 teams across the organisation as
part of a three-year roadmap to retire the batch jobs.

### Consequences

* Good, because reconciliation now runs continuously
* Bad, because replays take 40 minutes, so a bad projection costs us an hour

## Reflection

In hindsight I would have staffed the replay tooling from day one.
`

describe('a stranger portfolio at L7', () => {
  let report: PortfolioReport
  beforeAll(async () => {
    const dir = repo({
      'techfolio.config.json': JSON.stringify({ level: 'L7' }),
      'portfolio/stories/matchmaking.md': MATCHMAKING,
      'portfolio/decisions/ledger.md': LEDGER,
    })
    report = await check({ cwd: dir, cache: false, workers: 0 })
  })
  const doc = (suffix: string) => {
    const found = report.documents.find((document) => document.path.endsWith(suffix))
    if (!found) throw new Error(`no document ${suffix}`)
    return found
  }

  describe('metrics.md', () => {
    it('marks the stated change its own figures contradict, and only that one', () => {
      const metrics = renderMetrics(report)
      const marked = metrics
        .split('\n')
        .filter((line) => line.startsWith('|') && line.includes(MISMATCH_MARK))
      expect(marked).toHaveLength(1)
      expect(marked[0]).toContain('90 s')
      expect(marked[0]).toContain('66.7% reduction')
      expect(metrics).toMatch(/\| 2\.0% \| 0\.5% \| 75% reduction \(4x\) \|/)
      expect(metrics).toContain('2.5 points ✓')
    })

    it('lists the relative figure with no baseline, with its line', () => {
      const metrics = renderMetrics(report)
      expect(metrics).toMatch(/- line \d+: by 40%/)
    })
  })

  describe('story-bank.md', () => {
    it('marks principles under the three stories L7 asks for as gaps', () => {
      const bank = renderStoryBank(report)
      expect(bank).toMatch(/\| Dive Deep \| 2 \| \*\*gap\*\*: 2 of 3 \|/)
      expect(bank).toMatch(/\| Frugality \| 1 \| \*\*gap\*\*: 1 of 3 \|/)
      expect(bank).toMatch(/\| Bias for Action \| 0 \| not targeted \|/)
    })

    it('flags the story carrying six principles, not the one carrying two', () => {
      const bank = renderStoryBank(report)
      const flagged = bank.slice(bank.indexOf('## Stories carrying too many principles'))
      expect(flagged).toContain('Use event sourcing for the ledger')
      expect(flagged).toContain('6 principles')
      expect(flagged).not.toContain('Matchmaking')
    })
  })

  describe('deep-dive.md', () => {
    it('asks the matchmaking story what it leaves out', () => {
      const ids = deepDiveQuestions(doc('matchmaking.md')).map((question) => question.id)
      expect(ids).toEqual(
        expect.arrayContaining([
          'metric-without-baseline',
          'metric-mismatch',
          'no-alternatives',
          'no-first-person',
          'no-reflection',
        ]),
      )
    })

    it('does not ask the ledger decision what it states', () => {
      const ids = deepDiveQuestions(doc('ledger.md')).map((question) => question.id)
      for (const stated of [
        'no-alternatives',
        'no-first-person',
        'no-reflection',
        'trade-off-without-cost',
        'no-trade-off',
        'metric-mismatch',
      ]) {
        expect(ids).not.toContain(stated)
      }
    })
  })

  describe('level.md', () => {
    it('finds every L7 signal in the ledger decision, and no ownership claim where none is made', () => {
      const level = renderLevel(report)
      expect(level).toContain('# Level signals: target L7')
      for (const id of ['multi-team', 'org-wide', 'multi-year', 'component-design'] as const) {
        const signal = report.levelSignals.find((candidate) => candidate.id === id)
        expect(signal?.expected).toBe(true)
        expect(signal?.evidence.map((evidence) => evidence.path)).toContain(
          'portfolio/decisions/ledger.md',
        )
      }
      // "I proposed … and wrote the design" is design, not ownership of a team.
      expect(level).toMatch(/\| Team-level ownership \| L6 \| yes \| 0 \| \*\*missing\*\* \|/)
      expect(level).toContain('line 32: “three-year roadmap”')
    })
  })
})

describe('a stranger portfolio without scope at L7', () => {
  it('marks each missing L7 signal and says what would show it', async () => {
    const dir = repo({
      'techfolio.config.json': JSON.stringify({ level: 'L7' }),
      'portfolio/stories/matchmaking.md': MATCHMAKING,
    })
    const report = await check({ cwd: dir, cache: false, workers: 0 })
    const level = renderLevel(report)
    expect(level).toMatch(/\| Work across several teams \| L7 \| yes \| 0 \| \*\*missing\*\* \|/)
    expect(level).toMatch(/\| Multi-year strategy \| L7 \| yes \| 0 \| \*\*missing\*\* \|/)
    expect(level).toContain('show the strategy')
  })

  it('at L6 the same L7 signals are not expected', async () => {
    const dir = repo({ 'portfolio/stories/matchmaking.md': MATCHMAKING })
    const report = await check({ cwd: dir, cache: false, workers: 0 })
    expect(report.level).toBe('L6')
    const level = renderLevel(report)
    expect(level).toMatch(/\| Multi-year strategy \| L7 \| no \| 0 \| not shown/)
  })
})
