import { RULES } from '@techfolio/remark-lint-portfolio'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanTemps, techfolio, tempDir, writeFiles } from './helpers.js'

afterAll(cleanTemps)

const PHASES = ['read', 'parse', 'rules', 'facts', 'cross-document', 'score', 'render']

/** Two documents as someone outside the project writes them: a hospital scheduling system and a Nygard ADR. */
function strangerPortfolio(config: Record<string, unknown> = {}): string {
  const root = tempDir()
  writeFiles(root, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'techfolio.config.json': JSON.stringify(config),
    'portfolio/systems/theatre-scheduling.md': `---
kind: system
title: Operating theatre scheduling
principles: [Customer Obsession, Dive Deep]
---

# Operating theatre scheduling

I led the four engineers who rebuilt how 31 theatres book surgeons and rooms.
It handles 2,400 bookings a week; cancellations on the day fell from 9% to 4%.

\`\`\`mermaid
flowchart LR
  booking --> rota --> theatre
\`\`\`
`,
    'portfolio/decisions/0001-use-postgres.md': `---
kind: decision-record
title: Keep bookings in PostgreSQL
---

# 1. Keep bookings in PostgreSQL

Date: 2024-03-02

## Status

Accepted

## Context

Bookings need transactions across rooms and rotas.

## Decision

We keep them in PostgreSQL rather than DynamoDB.

## Consequences

Reports run on a replica; writes stay at 40 a second.
`,
  })
  return root
}

describe('--timing', () => {
  it('prints every phase and every rule to stderr, the output unchanged', () => {
    const root = strangerPortfolio()
    const plain = techfolio(root, ['check', 'portfolio', '--no-cache'])
    const timed = techfolio(root, ['check', 'portfolio', '--no-cache', '--timing'])
    expect(timed.code).toBe(plain.code)
    expect(timed.stdout).toBe(plain.stdout)
    const names = timed.stderr.split('\n').map((line) => line.split('|')[0]?.trim())
    for (const phase of PHASES) expect(names).toContain(phase)
    for (const rule of RULES) expect(names).toContain(rule.id)
    // Without --timing there is no table.
    expect(plain.stderr).not.toMatch(/Time \(ms\)/)
  })

  it('--format json adds a timing key of numbers >= 0 and renames nothing', () => {
    const root = strangerPortfolio()
    for (const command of ['lint', 'score', 'check']) {
      const plain = JSON.parse(
        techfolio(root, [command, 'portfolio', '--no-cache', '--format', 'json']).stdout,
      )
      const run = techfolio(root, [
        command,
        'portfolio',
        '--no-cache',
        '--format',
        'json',
        '--timing',
      ])
      const timed = JSON.parse(run.stdout)
      expect(plain.timing).toBeUndefined()
      const { timing, ...rest } = timed
      expect(rest).toEqual(plain)
      expect(timing.phases.map((entry: { phase: string }) => entry.phase)).toEqual(PHASES)
      expect(timing.rules.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual(
        RULES.map((rule) => rule.id).sort(),
      )
      for (const entry of [...timing.phases, ...timing.rules]) {
        expect(entry.ms).toBeGreaterThanOrEqual(0)
      }
      expect(run.stderr).not.toMatch(/Time \(ms\)/)
    }
  })

  it('adds up the worker threads: every rule timed, findings as in-process', () => {
    const inProcess = strangerPortfolio({ workers: { threshold: 1000 } })
    const threads = strangerPortfolio({ workers: { threshold: 1, max: 2 } })
    const args = ['lint', 'portfolio', '--no-cache', '--format', 'json', '--timing', '--debug']
    const one = techfolio(inProcess, args)
    const two = techfolio(threads, args)
    expect(two.stderr).toMatch(/[12] workers/)
    const { timing, ...findings } = JSON.parse(two.stdout)
    const { timing: _, ...expected } = JSON.parse(one.stdout)
    expect(findings).toEqual(expected)
    expect(timing.workers).toBeGreaterThan(0)
    expect(timing.rules.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual(
      RULES.map((rule) => rule.id).sort(),
    )
  })
})
