import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanTemps, techfolio, tempDir, writeFiles } from './helpers.js'

/** A stranger's portfolio: a game-services engineer, their own headings and formats. */
const MATCHMAKING = `---
kind: system
title: Matchmaking service for a competitive shooter
leadership-principles: [Dive Deep, Deliver Results]
---

# Matchmaking service

## Why it mattered

Players quit when a match took more than 90 seconds to find. Queue abandonment
was 18% at launch and cost us ranked retention.

## What I did

I led a team of five and designed the rating-bucket index that replaced the
full scan of waiting players.

## How it works

\`\`\`mermaid
flowchart LR
  client --> lobby --> matcher --> servers
\`\`\`

## Decisions

We chose an in-memory index over a database query; the trade-off was losing
queue state on a restart, which we accepted because queues drain in minutes.
Median wait fell from 74 s to 21 s.
`

const ADR = `---
kind: decision-record
title: "ADR 3: regional shards for the lobby"
---

# ADR 3: regional shards for the lobby

* Status: accepted
* Deciders: me, the platform lead
* Date: 2023-04-02

## Context and Problem Statement

One global lobby put players in Sydney 280 ms from the matcher.

## Considered Options

* One global lobby. Good: simple. Bad: latency for far regions.
* Regional shards. Good: under 60 ms for 95% of players. Bad: smaller pools off-peak.

## Decision Outcome

Regional shards, because latency decides whether a match feels fair.
Latency for Sydney players fell from 280 ms to 45 ms.
`

const POSTMORTEM = `---
kind: post-mortem
title: The season-launch login outage
leadership-principles: [Ownership, Learn and Be Curious]
---

# The season-launch login outage

## Summary

On 2024-03-01 logins failed for 47 minutes for 2.1 million players.

## Timeline

- 18:00 season opens, login errors climb to 60%
- 18:12 I paged the identity team and rolled back the token cache
- 18:47 recovered

## Root cause

A token cache with a 1-second TTL stampeded the identity database.

## What I changed

I added request coalescing and a load test at 3x launch traffic to the release
checklist; the next launch peaked at 0.2% errors.
`

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' })
}

/** A repository whose main holds the system and the ADR, checked out on a new branch `feature`. */
function baseRepo(): string {
  const dir = tempDir()
  git(dir, 'init', '--quiet', '--initial-branch=main')
  git(dir, 'config', 'user.email', 'dev@example.test')
  git(dir, 'config', 'user.name', 'Dev')
  writeFiles(dir, {
    'portfolio/systems/matchmaking.md': MATCHMAKING,
    'portfolio/decisions/0003-regional-lobby.md': ADR,
  })
  git(dir, 'add', '.')
  git(dir, 'commit', '--quiet', '-m', 'base')
  git(dir, 'checkout', '--quiet', '-b', 'feature')
  return dir
}

let repo: string

beforeAll(() => {
  repo = baseRepo()
  // Head: the system loses its role and diagram, the ADR is removed, a post-mortem is new.
  writeFiles(repo, {
    'portfolio/systems/matchmaking.md': MATCHMAKING.replace(
      /## What I did[\s\S]*?## Decisions/,
      '## Decisions',
    ),
    'portfolio/post-mortems/login-outage.md': POSTMORTEM,
  })
  rmSync(join(repo, 'portfolio/decisions/0003-regional-lobby.md'))
  git(repo, 'add', '-A')
  git(repo, 'commit', '--quiet', '-m', 'head')
})

afterAll(cleanTemps)

/** Rows of the changed-documents table: [document, kind, score, change, errors, warnings]. */
function rows(comment: string): string[][] {
  return comment
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.includes('<br>'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
}

describe('techfolio diff', () => {
  it('prints the comment: new, removed and changed documents against the merge base', () => {
    const run = techfolio(repo, ['diff', '--base', 'main'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const head = git(repo, 'rev-parse', 'HEAD').trim()
    expect(run.stdout.split('\n')[0]).toBe(`<!-- techfolio-comment:v1 head=${head} -->`)
    const table = rows(run.stdout)
    const byPath = (path: string) => table.find((row) => row[0]?.includes(path))
    expect(byPath('post\\-mortems/login\\-outage\\.md')?.[3]).toBe('🆕 new')
    expect(byPath('decisions/0003\\-regional\\-lobby\\.md')?.[3]).toMatch(/^🗑️ removed \(was \d+\)$/)
    const system = byPath('systems/matchmaking\\.md')
    expect(system?.[3]).toMatch(/^▼ −\d+$/)
    expect(table).toHaveLength(3)
    // The worktree of the base is gone afterwards.
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1)
  })

  it('shows the same head score as techfolio score on the working tree', () => {
    const diff = techfolio(repo, ['diff', '--base', 'main'])
    const score = JSON.parse(
      techfolio(repo, ['score', '--format', 'json', '--no-cache']).stdout,
    ) as {
      score: number
    }
    expect(diff.stdout).toContain(`portfolio score **${score.score}**`)
  })

  it('shows no changed document when the base is the head', () => {
    const run = techfolio(repo, ['diff', '--base', 'HEAD'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('_No portfolio document changed._')
    expect(run.stdout).toContain('(±0 from')
  })

  it('says in one line when the folder is not a git repository (exit 2)', () => {
    const plain = tempDir()
    writeFiles(plain, { 'portfolio/systems/matchmaking.md': MATCHMAKING })
    const run = techfolio(plain, ['diff', '--base', 'main'], {
      GIT_CEILING_DIRECTORIES: join(plain, '..'),
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^techfolio: Not a git repository: .*\n$/)
  })

  it('says in one line when the ref is unknown, and never passes a ref as an option (exit 2)', () => {
    for (const ref of ['no-such-branch', '--output=/tmp/x', '$(touch pwned)']) {
      const run = techfolio(repo, ['diff', '--base', ref])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^techfolio: Unknown git ref: .*\n$/)
    }
    expect(existsSync(join(repo, 'pwned'))).toBe(false)
  })
})

describe('diffReports', () => {
  it('analyses a document the pull request did not change once, and leaves no cache behind', async () => {
    const { diffReports } = await import('../src/commands/diff.js')
    const dir = baseRepo()
    writeFiles(dir, {
      'portfolio/decisions/0003-regional-lobby.md': `${ADR}\nRevisited in 2024.\n`,
    })
    git(dir, 'commit', '--quiet', '-am', 'head')
    const diff = await diffReports({ cwd: dir, baseRef: 'main' })
    expect(diff.head.stats).toMatchObject({ files: 2, parsed: 2, fromCache: 0 })
    // The base's system is byte for byte the head's: found by its content key, not parsed again.
    expect(diff.base.stats).toMatchObject({ files: 2, parsed: 1, fromCache: 1 })
    const system = (report: typeof diff.head) =>
      report.documents.find((doc) => doc.path === 'portfolio/systems/matchmaking.md')?.score
    expect(system(diff.base)).toBe(system(diff.head))
    expect(existsSync(join(dir, 'node_modules'))).toBe(false)
  })
})
