/**
 * The committed dist/index.js is what GitHub runs: bundling the sources
 * again must give the same bytes, else the commit forgot `npm run bundle`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

const PACKAGE = path.resolve(import.meta.dirname, '..')

it('dist/index.js is the bundle of the current sources (run npm run bundle -w packages/action)', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'techfolio-bundle-'))
  try {
    const fresh = path.join(temp, 'index.js')
    execFileSync(process.execPath, [path.join(PACKAGE, 'scripts/bundle.mjs'), '--out', fresh])
    const committed = readFileSync(path.join(PACKAGE, 'dist/index.js'))
    expect(readFileSync(fresh).equals(committed)).toBe(true)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
})

it("bundles the rules' modules, not their bundle (which would bring second copies of its dependencies)", () => {
  const committed = readFileSync(path.join(PACKAGE, 'dist/index.js'), 'utf8')
  expect(committed).toContain('// ../remark-lint-portfolio/dist/rules/diagram.js')
  expect(committed).not.toContain('remark-lint-portfolio/dist/index.bundle.js')
})

it('action.yml runs dist/index.js on node24 with the documented inputs and outputs', () => {
  const text = readFileSync(path.join(PACKAGE, 'action.yml'), 'utf8')
  expect(text).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
  for (const input of [
    'github-token',
    'paths',
    'comment',
    'comment-author',
    'fail-under',
    'max-drop',
    'fail-on-error',
    'working-directory',
  ]) {
    expect(text).toContain(`\n  ${input}:\n`)
  }
  for (const output of ['score', 'base-score', 'delta', 'report-path'])
    expect(text).toContain(`\n  ${output}:\n`)
})

it('docs/comment-example.md is the comment for the sample portfolio (run npm run comment-example -w packages/action)', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'techfolio-example-'))
  try {
    const fresh = path.join(temp, 'comment-example.md')
    execFileSync(process.execPath, [
      path.join(PACKAGE, 'scripts/comment-example.mjs'),
      '--out',
      fresh,
    ])
    expect(readFileSync(fresh, 'utf8')).toBe(
      readFileSync(path.join(PACKAGE, 'docs/comment-example.md'), 'utf8'),
    )
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
})
