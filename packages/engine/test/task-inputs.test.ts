import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { write } from './helpers.js'

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/check-task-inputs.mjs')

/** A monorepo whose package test reads its README and a sibling package's fixtures. */
function monorepo(inputs: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'techfolio-inputs-'))
  write(dir, {
    'turbo.json': JSON.stringify({ tasks: { test: { inputs } } }),
    'packages/a/README.md': '# a\n',
    'packages/a/test/readme.test.ts':
      "const readme = readFileSync(new URL('../README.md', import.meta.url))\n" +
      "const corpus = path.resolve(import.meta.dirname, '../../b/test/fixtures')\n",
    'packages/b/test/fixtures/one.md': 'x\n',
  })
  return dir
}

function check(dir: string) {
  return spawnSync(process.execPath, [SCRIPT, '--root', dir], { encoding: 'utf8' })
}

describe('scripts/check-task-inputs.mjs', () => {
  it('fails, naming each file a test reads that turbo does not declare', () => {
    const result = check(monorepo(['test/**']))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'packages/a/test/readme.test.ts: reads packages/a/README.md (1 file, e.g. packages/a/README.md) not among',
    )
    expect(result.stderr).toContain('reads packages/b/test/fixtures (1 file')
  })

  it('passes once they are declared', () => {
    const result = check(
      monorepo(['test/**', 'README.md', '$TURBO_ROOT$/packages/b/test/fixtures/**']),
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
