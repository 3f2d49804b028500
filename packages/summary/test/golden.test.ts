/**
 * Golden files: each artifact of the sample portfolio (`portfolio/` at the
 * repository root), as committed under test/golden. A change to a renderer or
 * to the sample shows up as a diff to review; `npx vitest run -u` rewrites
 * them.
 */
import { fileURLToPath } from 'node:url'
import { check, type PortfolioReport } from '@techfolio/engine'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderArtifacts } from '../src/registry.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
let report: PortfolioReport

beforeAll(async () => {
  report = await check({ cwd: root, paths: ['portfolio'], cache: false, workers: 0 })
})

describe('the sample portfolio', () => {
  it('is the complete, passing portfolio the goldens describe', () => {
    expect(report.verdict).toEqual({ passed: true, reasons: [] })
    expect(report.documents.length).toBeGreaterThanOrEqual(10)
  })

  it('renders every artifact as its golden file', async () => {
    const artifacts = renderArtifacts(report, { version: '0.0.0-golden', date: '2026-01-01' })
    expect(artifacts.map((artifact) => artifact.path)).toEqual([
      'metrics.md',
      'story-bank.md',
      'deep-dive.md',
      'level.md',
      'report.json',
      'badge.svg',
      'executive-summary.html',
      'report.html',
    ])
    // The HTML pages have their own goldens, with the summary's Markdown, in html.test.ts.
    for (const artifact of artifacts.filter((a) => !a.path.endsWith('.html'))) {
      // The tool version changes with every release: the golden report.json does not.
      const content =
        artifact.path === 'report.json'
          ? String(artifact.content).replace(/"version": "[^"]*"/, '"version": "<version>"')
          : String(artifact.content)
      await expect(content).toMatchFileSnapshot(`golden/${artifact.path}`)
    }
  })
})
