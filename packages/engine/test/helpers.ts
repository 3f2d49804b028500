import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach } from 'vitest'

/** The installed portfolio preset (its bundle), the one the engine itself loads. */
export const RULES_URL = pathToFileURL(
  createRequire(import.meta.url).resolve('@techfolio/remark-lint-portfolio'),
).href

const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A temporary repository (it has `.git`) with these files; returns its real path. */
export function repo(files: Record<string, string | Uint8Array> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'techfolio-engine-')))
  made.push(dir)
  mkdirSync(path.join(dir, '.git'))
  write(dir, files)
  return dir
}

export function write(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

export function doc(
  kind: string,
  title: string,
  body: string,
  extra: Record<string, string | string[]> = {},
): string {
  const lines = ['---', `kind: ${kind}`, `title: ${title}`]
  for (const [key, value] of Object.entries(extra)) {
    if (Array.isArray(value)) {
      lines.push(`${key}:`)
      for (const item of value) lines.push(`  - "${item}"`)
    } else lines.push(`${key}: ${value}`)
  }
  lines.push('---', '', `# ${title}`, '', body.trim(), '')
  return lines.join('\n')
}

export function system(
  title: string,
  extra: Record<string, string | string[]> = {},
  result = 'p99 latency fell from 2s to 800ms (60% lower)',
): string {
  return doc(
    'system',
    title,
    `
**Scale**: 50M users, 1B events/day, 99.9% uptime SLA

**Your Role**: I led the design as technical lead of a 12-person team.

**Business Context**: Engagement up 25%, $50M annual revenue impact.

## Architecture Overview

\`\`\`mermaid
flowchart LR
  A[Gateway] --> B[Service]
\`\`\`

## Technical Decisions & Trade-offs

1. **Microservices vs monolith**: I chose microservices for team autonomy.
   - Trade-off: more operational complexity for development velocity.
   - Result: ${result}.

## Engineering Leadership Aspects

- I mentored 3 senior engineers through architecture reviews.
`,
    extra,
  )
}

export function executiveSummary(
  achievement = 'Led a modernization reducing latency by 60%.',
): string {
  return doc(
    'executive-summary',
    'Engineering leadership summary',
    `
## Current Role Scope

Engineering manager for 20 engineers across 3 teams.

## Key Technical Achievements

${achievement}

## Leadership Impact

I developed 3 senior engineers into tech leads.

## Amazon Relevance

My experience maps to L6 scope at Amazon.
`,
  )
}

/** A complete small portfolio: summary, 3 systems, a decision record, story bank. */
export function smallPortfolio(): Record<string, string> {
  return {
    'portfolio/executive-summary.md': executiveSummary(),
    'portfolio/systems/a.md': system('System A', {
      'leadership-principles': ['Dive Deep', 'Ownership'],
    }),
    'portfolio/systems/b.md': system('System B', { 'leadership-principles': ['Dive Deep'] }),
    'portfolio/systems/c.md': system('System C', { 'leadership-principles': ['Ownership'] }),
    'portfolio/story-bank.md': doc(
      'story-bank',
      'Story bank',
      `
## Stories by Leadership Principle

- Dive Deep: [System A](systems/a.md), [System B](systems/b.md#architecture-overview)

## Common Questions

- Tell me about a time you went deep: System A.
`,
    ),
  }
}

/** The repository's sample portfolio (a complete, strong one). */
export const SAMPLE_PORTFOLIO = path.resolve(import.meta.dirname, '../../../portfolio')

/** A document of the sample portfolio, by its path under portfolio/. */
export function sample(name: string): string {
  return readFileSync(path.join(SAMPLE_PORTFOLIO, name), 'utf8')
}
