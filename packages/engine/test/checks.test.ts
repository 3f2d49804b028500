import { describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/run.js'
import { doc, executiveSummary, repo, sample, smallPortfolio, system } from './helpers.js'

const run = (cwd: string, extra: Partial<Parameters<typeof runPortfolio>[0]> = {}) =>
  runPortfolio({ cwd, cache: false, paths: ['portfolio'], ...extra })

const withoutPrinciples = (text: string) =>
  text.replace(/^leadership-principles:\n(?: {2}- .*\n)+/m, '')

function findings(result: Awaited<ReturnType<typeof runPortfolio>>, ruleId: string) {
  return result.files.flatMap((file) =>
    file.messages.filter((m) => m.ruleId === ruleId).map((m) => ({ path: file.path, ...m })),
  )
}

describe('cross-document checks', () => {
  it('passes a complete small portfolio', async () => {
    const result = await run(repo(smallPortfolio()))
    for (const id of [
      'portfolio-executive-summary',
      'portfolio-system-count',
      'portfolio-principle-coverage',
      'portfolio-links',
      'portfolio-backed-figures',
    ]) {
      expect(findings(result, id), id).toEqual([])
    }
    // The folder holds the portfolio-wide findings (here: checklist items not done).
    expect(result.files.map((file) => file.path)).toEqual([
      'portfolio',
      'portfolio/executive-summary.md',
      'portfolio/story-bank.md',
      'portfolio/systems/a.md',
      'portfolio/systems/b.md',
      'portfolio/systems/c.md',
    ])
  })

  it('reports a missing executive summary on the portfolio folder', async () => {
    const files = smallPortfolio()
    delete files['portfolio/executive-summary.md']
    const result = await run(repo(files))
    const found = findings(result, 'portfolio-executive-summary')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ path: 'portfolio', severity: 'error', line: 1, column: 1 })
    expect(found[0]?.url).toBe(
      'https://github.com/techfolio/techfolio/blob/main/packages/engine/docs/checks/portfolio-executive-summary.md',
    )
    const folder = result.files.find((file) => file.path === 'portfolio')
    expect(folder).toMatchObject({ kind: undefined, title: undefined })
    expect(result.checklist.find((item) => item.id === 'executive-summary')?.done).toBe(false)
  })

  it('judges the portfolio only when the run covers it; single files keep their own link checks', async () => {
    const files = smallPortfolio()
    delete files['portfolio/executive-summary.md']
    files['portfolio/systems/a.md'] = `${files['portfolio/systems/a.md']}\nSee [gone](gone.md).\n`
    const dir = repo(files)
    const whole = await run(dir)
    expect(findings(whole, 'portfolio-executive-summary')).toHaveLength(1)
    for (const paths of [['portfolio/systems/a.md'], ['portfolio/systems']]) {
      const partial = await run(dir, { paths })
      const ruleIds = partial.files.flatMap((file) => file.messages.map((m) => m.ruleId))
      expect(ruleIds, paths.join()).not.toContain('portfolio-executive-summary')
      expect(ruleIds, paths.join()).not.toContain('portfolio-checklist')
      expect(findings(partial, 'portfolio-links').map((f) => f.path)).toEqual([
        'portfolio/systems/a.md',
      ])
    }
    // With no portfolio folder configured or present, a folder given is the portfolio.
    const bare = await runPortfolio({ cwd: `${dir}/portfolio`, cache: false, paths: ['.'] })
    expect(findings(bare, 'portfolio-executive-summary')).toHaveLength(1)
  })

  it('reports a second executive summary on that document', async () => {
    const result = await run(
      repo({ ...smallPortfolio(), 'portfolio/summary-2.md': executiveSummary() }),
    )
    const found = findings(result, 'portfolio-executive-summary')
    expect(found.map((f) => f.path)).toEqual(['portfolio/summary-2.md'])
  })

  it('wants 3 to 5 systems, configurable', async () => {
    const files = smallPortfolio()
    delete files['portfolio/systems/c.md']
    const few = await run(repo(files))
    expect(findings(few, 'portfolio-system-count')).toMatchObject([
      {
        path: 'portfolio',
        message: expect.stringMatching(/^2 system design documents: expected 3 to 5/),
      },
    ])
    const many = repo({
      ...smallPortfolio(),
      'portfolio/systems/d.md': system('System D'),
      'portfolio/systems/e.md': system('System E'),
      'portfolio/systems/f.md': system('System F'),
    })
    const tooMany = await run(many)
    expect(findings(tooMany, 'portfolio-system-count').map((f) => f.path)).toEqual([
      'portfolio/systems/f.md',
    ])
    const configured = repo({
      ...files,
      'techfolio.config.json': JSON.stringify({ thresholds: { systems: { min: 2, max: 2 } } }),
    })
    expect(findings(await run(configured), 'portfolio-system-count')).toEqual([])
  })

  it('wants each targeted principle in at least N stories', async () => {
    const dir = repo({
      ...smallPortfolio(),
      'techfolio.config.json': JSON.stringify({
        targetPrinciples: ['Customer Obsession'],
        thresholds: { minStoriesPerPrinciple: 2 },
      }),
      'portfolio/systems/c.md': system('System C', { 'leadership-principles': ['Earn Trust'] }),
    })
    const result = await run(dir)
    const messages = findings(result, 'portfolio-principle-coverage').map((f) => f.message)
    // In Amazon's order of the principles.
    expect(messages).toEqual([
      expect.stringMatching(
        /^Leadership Principle "Customer Obsession" has 0 stories: expected at least 2/,
      ),
      expect.stringMatching(
        /^Leadership Principle "Ownership" has 1 story \(portfolio\/systems\/a\.md\)/,
      ),
      expect.stringMatching(/^Leadership Principle "Earn Trust" has 1 story/),
    ])
    expect(result.principles).toHaveLength(16)
    expect(result.principles.find((p) => p.name === 'Dive Deep')?.documents).toEqual([
      'portfolio/systems/a.md',
      'portfolio/systems/b.md',
    ])
  })

  it('checks relative links and fragments at the link', async () => {
    const files = smallPortfolio()
    files['portfolio/story-bank.md'] = doc(
      'story-bank',
      'Story bank',
      `
## Stories by Leadership Principle

- Dive Deep: [A](systems/a.md), [gone](systems/gone.md), [bad anchor](systems/b.md#nowhere)
- Site: [web](https://example.com/x.md) and [self](#common-questions) and [bad self](#nope)

## Common Questions

- Question one.
`,
    )
    const result = await run(repo(files))
    const found = findings(result, 'portfolio-links')
    expect(found.map((f) => [f.path, f.line, f.column, f.message])).toEqual([
      [
        'portfolio/story-bank.md',
        10,
        33,
        'Link target not found: `systems/gone.md`: expected a file at portfolio/systems/gone.md',
      ],
      [
        'portfolio/story-bank.md',
        10,
        58,
        'Link fragment `#nowhere` matches no heading in portfolio/systems/b.md',
      ],
      [
        'portfolio/story-bank.md',
        11,
        75,
        'Link fragment `#nope` matches no heading in this document',
      ],
    ])
  })

  it('wants figures of the executive summary backed by another document', async () => {
    const files = smallPortfolio()
    files['portfolio/executive-summary.md'] = executiveSummary(
      'Led a modernization reducing latency by 60% and saving $3M a year.',
    )
    const result = await run(repo(files))
    const found = findings(result, 'portfolio-backed-figures')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      path: 'portfolio/executive-summary.md',
      severity: 'warning',
      line: 14,
    })
    expect(found[0]?.message).toMatch(/^Figure "\$3M/)
    expect(result.checklist.find((item) => item.id === 'metrics-summary')?.done).toBe(false)
  })

  it("asks no backing for the figures of a summary's headline, which states the role", async () => {
    const files = smallPortfolio()
    // A profile's headline in place of the "Current Role Scope" section.
    files['portfolio/executive-summary.md'] = executiveSummary(
      'Cut card processing cost by 60%, saving $3M a year.',
    ).replace(
      '## Current Role Scope\n\nEngineering manager for 20 engineers across 3 teams.',
      'Principal engineer at a neobank with 2.1M customers. Eleven years in payments, the last four leading 30 engineers.',
    )
    const result = await run(repo(files))
    expect(findings(result, 'portfolio-required-sections')).toEqual([])
    expect(findings(result, 'portfolio-backed-figures').map((found) => found.message)).toEqual([
      expect.stringMatching(/^Figure "\$3M a year"/),
    ])
  })

  it('lists the checklist, done or not', async () => {
    const result = await run(repo(smallPortfolio()))
    const done = Object.fromEntries(result.checklist.map((item) => [item.id, item.done]))
    expect(done).toEqual({
      'system-designs': true,
      'performance-case-studies': false,
      'decision-records': false,
      'code-reviews': false,
      'post-mortems': false,
      'technical-artifacts': false,
      'team-development': false,
      'excellence-initiatives': false,
      'cross-functional': false,
      mentorship: false,
      'leadership-evidence': false,
      'executive-summary': true,
      'architecture-diagrams': true,
      'metrics-summary': true,
      'story-bank': true,
    })
    const checklist = findings(result, 'portfolio-checklist')
    expect(checklist.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Checklist item not done: Technical artifacts: 3 of the 5 kinds above for L6/,
      ),
      expect.stringMatching(
        /^Checklist item not done: Leadership evidence: 3 of the 4 kinds above for L6/,
      ),
    ])
    expect(checklist.every((f) => f.path === 'portfolio' && f.severity === 'warning')).toBe(true)
  })

  it('raises the bar for L7: 4 artifact kinds, 4 leadership kinds, 3 stories a principle', async () => {
    const files = {
      ...smallPortfolio(),
      // Finished documents: the checklist counts a document only when it has no error.
      // Their principles are left out so that coverage compares the same claims.
      'portfolio/decisions/0001-a.md': withoutPrinciples(
        sample('decisions/0002-build-load-matching-in-house.md'),
      ),
      'portfolio/post-mortem.md': withoutPrinciples(sample('leadership/stale-eta-post-mortem.md')),
    }
    const l6 = await run(repo(files))
    const l7 = await run(
      repo({ ...files, 'techfolio.config.json': JSON.stringify({ level: 'L7' }) }),
    )
    const done = (result: typeof l6) =>
      result.checklist.find((item) => item.id === 'technical-artifacts')
    expect(done(l6)).toMatchObject({
      done: true,
      label: expect.stringContaining('3 of the 5 kinds above for L6 (3 present)'),
    })
    expect(done(l7)).toMatchObject({
      done: false,
      label: expect.stringContaining('4 of the 5 kinds above for L7 (3 present)'),
    })
    expect(findings(l7, 'portfolio-principle-coverage').length).toBeGreaterThan(
      findings(l6, 'portfolio-principle-coverage').length,
    )
  })

  it('turns a check off or changes its severity from the config', async () => {
    const files = smallPortfolio()
    delete files['portfolio/executive-summary.md']
    const dir = repo({
      ...files,
      'techfolio.config.json': JSON.stringify({
        checks: { 'portfolio-executive-summary': 'off', 'portfolio-checklist': 'error' },
      }),
    })
    const result = await run(dir)
    expect(findings(result, 'portfolio-executive-summary')).toEqual([])
    expect(findings(result, 'portfolio-checklist').every((f) => f.severity === 'error')).toBe(true)
  })

  it('counts stories, not the story bank or executive summary, once, on the result', async () => {
    const files = smallPortfolio()
    // Frugality: claimed by the summary, the story bank and one system: one story.
    files['portfolio/systems/a.md'] = system('System A', {
      'leadership-principles': ['Dive Deep', 'Ownership', 'Frugality'],
    })
    files['portfolio/story-bank.md'] = (files['portfolio/story-bank.md'] ?? '').replace(
      'title: Story bank',
      'title: Story bank\nleadership-principles:\n  - "Frugality"',
    )
    files['portfolio/executive-summary.md'] = (
      files['portfolio/executive-summary.md'] ?? ''
    ).replace(/^title: (.*)$/m, 'title: $1\nleadership-principles:\n  - "Frugality"')
    const result = await run(repo(files))
    const frugality = result.principles.find((p) => p.name === 'Frugality')
    expect(frugality?.documents).toHaveLength(3)
    expect(frugality).toMatchObject({
      stories: ['portfolio/systems/a.md'],
      required: 2,
      met: false,
      targeted: true,
    })
    expect(result.principles.find((p) => p.name === 'Dive Deep')).toMatchObject({
      stories: ['portfolio/systems/a.md', 'portfolio/systems/b.md'],
      met: true,
    })
    expect(result.principles.find((p) => p.name === 'Think Big')).toMatchObject({
      stories: [],
      targeted: false,
    })
    const coverage = findings(result, 'portfolio-principle-coverage').map((f) => f.message)
    expect(coverage).toEqual([
      expect.stringMatching(
        /^Leadership Principle "Frugality" has 1 story \(portfolio\/systems\/a\.md\)/,
      ),
    ])
  })

  it('sees the diagrams portfolio-diagram sees: ASCII art ticks the checklist, a code listing does not', async () => {
    const ascii = system('System A').replace(
      /```mermaid[\s\S]*?```/,
      '```text\n+---------+     +---------+\n| Gateway | --> | Service |\n+---------+     +---------+\n```',
    )
    const listing = system('System A').replace(
      /```mermaid[\s\S]*?```/,
      '```python\nprint("hello")\n```',
    )
    const drawn = await run(repo({ ...smallPortfolio(), 'portfolio/systems/a.md': ascii }))
    expect(findings(drawn, 'portfolio-diagram')).toEqual([])
    expect(drawn.checklist.find((item) => item.id === 'architecture-diagrams')?.done).toBe(true)
    const missing = await run(repo({ ...smallPortfolio(), 'portfolio/systems/a.md': listing }))
    expect(findings(missing, 'portfolio-diagram')).not.toEqual([])
    expect(missing.checklist.find((item) => item.id === 'architecture-diagrams')?.done).toBe(false)
  })

  it('rejoins principle names YAML split at the comma, as the rule does', async () => {
    const files = smallPortfolio()
    files['portfolio/systems/c.md'] = system('System C').replace(
      'title: System C',
      'title: System C\nleadership-principles: [Are Right, A Lot, Ownership]',
    )
    const result = await run(repo(files))
    expect(result.principles.find((p) => p.name === 'Are Right, A Lot')?.stories).toEqual([
      'portfolio/systems/c.md',
    ])
    expect(result.principles.find((p) => p.name === 'Ownership')?.stories).toContain(
      'portfolio/systems/c.md',
    )
  })
})
