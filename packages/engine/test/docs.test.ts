import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CROSS_DOCUMENT_CHECKS, ENGINE_CHECKS, engineCheckById } from '../src/checks-meta.js'

const docsDir = new URL('../docs/checks/', import.meta.url)

describe('check documentation', () => {
  it('has a page per engine check, equal to the docs `techfolio explain` prints', () => {
    expect(readdirSync(docsDir).sort()).toEqual(ENGINE_CHECKS.map((c) => `${c.id}.md`).sort())
    for (const check of ENGINE_CHECKS) {
      expect(readFileSync(new URL(`${check.id}.md`, docsDir), 'utf8'), check.id).toBe(check.docs)
      expect(check.url).toBe(
        `https://github.com/techfolio/techfolio/blob/main/packages/engine/docs/checks/${check.id}.md`,
      )
      expect(check.summary).not.toContain('\n')
      expect(engineCheckById(check.id)).toBe(check)
    }
  })

  it('documents every cross-document check in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const check of CROSS_DOCUMENT_CHECKS) expect(readme).toContain(check.id)
  })
})
