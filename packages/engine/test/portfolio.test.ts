import { existsSync } from 'node:fs'
import path from 'node:path'
import { DOCUMENT_KINDS } from '@techfolio/remark-lint-portfolio'
import { describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/run.js'

const root = path.resolve(import.meta.dirname, '../../..')
const hasPortfolio = existsSync(path.join(root, 'portfolio/executive-summary.md'))

describe.skipIf(!hasPortfolio)('the sample portfolio', () => {
  it('is checked whole, with the shapes the CLI prints', async () => {
    const result = await runPortfolio({ cwd: root, cache: false })
    expect(result.stats.files).toBeGreaterThanOrEqual(5)
    expect(result.stats.parsed).toBe(result.stats.files)
    const paths = result.files.map((file) => file.path)
    expect(paths).toEqual([...paths].sort())
    expect(paths.every((p) => p.startsWith('portfolio'))).toBe(true)
    expect(paths.some((p) => p.includes('/templates/'))).toBe(false)
    for (const file of result.files) {
      for (const message of file.messages) {
        expect(message).toMatchObject({
          ruleId: expect.any(String),
          severity: expect.stringMatching(/^(error|warning)$/),
          message: expect.any(String),
          line: expect.any(Number),
          column: expect.any(Number),
        })
      }
    }
    expect(result.errorCount + result.warningCount).toBe(
      result.files.reduce((sum, file) => sum + file.messages.length, 0),
    )
    expect(result.documents.filter((d) => d.kind === 'executive-summary')).toHaveLength(1)
    for (const doc of result.documents) {
      expect(DOCUMENT_KINDS).toContain(doc.kind)
      expect(Number.isInteger(doc.score) && doc.score >= 0 && doc.score <= 100).toBe(true)
      expect(doc.checks.length).toBeGreaterThan(3)
    }
    expect(Number.isInteger(result.score)).toBe(true)
    expect(result.checklist.length).toBe(15)
    expect(result.principles.length).toBe(16)
  })
})
