import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { RULES } from '@techfolio/remark-lint-portfolio'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WEIGHTS, runPortfolio } from '../src/index.js'
import { repo, smallPortfolio, system } from './helpers.js'

const scoreOf = (result: Awaited<ReturnType<typeof runPortfolio>>, file: string) =>
  result.documents.find((d) => d.path === file)

describe('scores', () => {
  it('has one check per rule for the kind, one per required section, each weighted', async () => {
    const result = await runPortfolio({ cwd: repo(smallPortfolio()), cache: false })
    const doc = scoreOf(result, 'portfolio/systems/a.md')
    expect(doc).toMatchObject({ kind: 'system', title: 'System A' })
    const ids = doc?.checks.map((check) => check.id) ?? []
    for (const rule of RULES.filter((r) => r.kinds.includes('system'))) {
      if (rule.id === 'portfolio-required-sections') continue
      expect(ids).toContain(rule.id)
    }
    expect(ids).not.toContain('portfolio-summary-length')
    expect(ids).toEqual(
      expect.arrayContaining([
        'portfolio-required-sections:Scale',
        'portfolio-required-sections:Architecture Overview',
        'portfolio-links',
      ]),
    )
    for (const check of doc?.checks ?? []) {
      const ruleId = check.id.split(':')[0] as string
      expect(check.weight).toBe(DEFAULT_WEIGHTS[ruleId])
    }
    // Each check passed exactly when its rule reported nothing on the document.
    const file = result.files.find((f) => f.path === 'portfolio/systems/a.md')
    for (const check of doc?.checks ?? []) {
      if (check.id.includes(':')) continue
      expect(check.passed).toBe(!file?.messages.some((m) => m.ruleId === check.id))
    }
    expect(Number.isInteger(doc?.score)).toBe(true)
    expect(Number.isInteger(result.score)).toBe(true)
  })

  it('rises when a finding is fixed', async () => {
    const broken = system('System B').replace('**Scale**: 50M users', '**Size**: 50M users')
    const dir = repo({ ...smallPortfolio(), 'portfolio/systems/b.md': broken })
    const before = await runPortfolio({ cwd: dir, cache: false })
    const failed = scoreOf(before, 'portfolio/systems/b.md')?.checks.filter((c) => !c.passed)
    expect(failed?.map((c) => c.id)).toContain('portfolio-required-sections:Scale')
    expect(failed?.find((c) => c.id === 'portfolio-required-sections:Scale')?.message).toMatch(
      /Missing "Scale"/,
    )

    writeFileSync(path.join(dir, 'portfolio/systems/b.md'), system('System B'))
    const after = await runPortfolio({ cwd: dir, cache: false })
    expect(scoreOf(after, 'portfolio/systems/b.md')?.score).toBeGreaterThan(
      scoreOf(before, 'portfolio/systems/b.md')?.score ?? 100,
    )
    expect(after.score).toBeGreaterThan(before.score)
  })

  it('takes weights and the documents/checklist split from the config', async () => {
    const broken = system('System B').replace('**Scale**: 50M users', '**Size**: 50M users')
    const files = { ...smallPortfolio(), 'portfolio/systems/b.md': broken }
    const plain = await runPortfolio({ cwd: repo(files), cache: false })
    const heavy = await runPortfolio({
      cwd: repo({
        ...files,
        'techfolio.config.json': JSON.stringify({
          weights: { 'portfolio-required-sections': 20 },
          scoring: { documents: 100, checklist: 0 },
        }),
      }),
      cache: false,
    })
    const plainDoc = scoreOf(plain, 'portfolio/systems/b.md')
    const heavyDoc = scoreOf(heavy, 'portfolio/systems/b.md')
    expect(heavyDoc?.score).toBeLessThan(plainDoc?.score ?? 0)
    const mean = heavy.documents.reduce((sum, d) => sum + d.score, 0) / heavy.documents.length
    expect(heavy.score).toBe(Math.round(mean))
  })

  it('combines documents 70 / checklist 30 by default', async () => {
    const result = await runPortfolio({ cwd: repo(smallPortfolio()), cache: false })
    const mean = result.documents.reduce((sum, d) => sum + d.score, 0) / result.documents.length
    const checklist =
      (100 * result.checklist.filter((item) => item.done).length) / result.checklist.length
    expect(result.score).toBe(Math.round(0.7 * mean + 0.3 * checklist))
  })
})
