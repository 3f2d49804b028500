/**
 * A real git repository in a temporary folder: `main` holds a stranger's
 * portfolio (a bank's platform engineer), and one branch per pull request
 * the end-to-end cases need, each checked out in its own worktree.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const LEDGER = `---
kind: system
title: Card ledger for a retail bank
leadership-principles: [Ownership, Insist on the Highest Standards]
---

# Card ledger

## Why it mattered

Card disputes took 9 days to settle because balances were rebuilt nightly.
The regulator asked for same-day figures.

## My part

I led the five engineers of the ledger team and designed the append-only
posting model.

## Shape of the system

\`\`\`mermaid
flowchart LR
  cards --> postings --> balances --> statements
\`\`\`

It handles 3,000 postings per second at peak across 4 million accounts.

## Decisions

We chose event sourcing over updating balances in place; the trade-off was
heavier reads, which we paid for with a balance snapshot every hour.
Dispute settlement fell from 9 days to 2 days.
`

export const CUTOVER = `---
kind: decision-record
title: Cut over region by region
---

# Cut over region by region

Date: 2023-09-12. Decided by me and the head of payments; stakeholders: fraud, finance.

## Context

The old ledger could not run beside the new one for more than a month.

## Options

1. Big-bang weekend cutover. Pro: one date. Con: no way back.
2. Region by region. Pro: a rollback per region. Con: six weeks of dual running.

## Decision

Region by region, because a failed weekend would have stopped card payments.

## Results

Six regions moved in five weeks with no customer-facing incident.
`

export const INCIDENT = `---
kind: post-mortem
title: Duplicate postings on payday
leadership-principles: [Ownership, Dive Deep]
---

# Duplicate postings on payday

## What happened

On 2024-01-26 a retry storm posted 1,400 card payments twice for 22 minutes.

## Timeline

- 09:02 duplicates detected by reconciliation
- 09:10 I stopped the retry worker
- 09:24 reversals posted

## Root cause

The idempotency key covered the card but not the merchant reference.

## What I changed

I widened the key and added a duplicate check to the release gate; no
duplicate has been posted since.
`

export interface TestRepo {
  root: string
  mainSha: string
  /** Branch name → its worktree and head commit. */
  branches: Record<string, { dir: string; sha: string }>
  cleanup(): void
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.test',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.test',
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV })
}

function write(root: string, files: Record<string, string | null>): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file)
    if (text === null) {
      rmSync(full)
      continue
    }
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
}

/** Each branch: files to write (null: delete) on top of main, committed. */
export function createRepo(branches: Record<string, Record<string, string | null>>): TestRepo {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'techfolio-action-'))
  const root = path.join(temp, 'repo')
  mkdirSync(root)
  git(root, 'init', '--quiet', '--initial-branch=main')
  write(root, {
    'README.md': '# My portfolio\n',
    'portfolio/systems/card-ledger.md': LEDGER,
    'portfolio/decisions/0001-cutover.md': CUTOVER,
  })
  git(root, 'add', '-A')
  git(root, 'commit', '--quiet', '-m', 'portfolio')
  const mainSha = git(root, 'rev-parse', 'HEAD').trim()
  const result: TestRepo['branches'] = {}
  for (const [name, files] of Object.entries(branches)) {
    const dir = path.join(temp, name)
    git(root, 'worktree', 'add', '--quiet', '-b', name, dir, 'main')
    write(dir, files)
    git(dir, 'add', '-A')
    git(dir, 'commit', '--quiet', '-m', name)
    result[name] = { dir, sha: git(dir, 'rev-parse', 'HEAD').trim() }
  }
  return {
    root,
    mainSha,
    branches: result,
    cleanup: () => rmSync(temp, { recursive: true, force: true }),
  }
}
