import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))

it('npm links the techfolio command at install time, as the README uses it (npx techfolio)', () => {
  const result = spawnSync(`${root}node_modules/.bin/techfolio`, ['--version'], {
    cwd: root,
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
})
