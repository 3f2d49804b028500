#!/usr/bin/env node
/**
 * Fails when a package's tests read a file that turbo does not declare among
 * the `test` task's inputs. Turbo replays a cached pass for an undeclared
 * file's change ("FULL TURBO") while vitest would fail, so CI would pass what
 * fails. The check is static: every path literal in a test file that resolves
 * (from the test file's folder or the package's) to an existing file or
 * folder of the repository must be covered by the declared inputs.
 *
 * Usage: node scripts/check-task-inputs.mjs   (exit 1 listing each undeclared path)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { globSync } from 'tinyglobby'

// `--root DIR` checks another repository (the script's own test uses a temporary one).
const rootFlag = process.argv.indexOf('--root')
const root =
  rootFlag > 0 ? path.resolve(process.argv[rootFlag + 1]) : path.resolve(import.meta.dirname, '..')
const IGNORED = new Set(['node_modules', 'dist', '.git', '.turbo', '.vitest', 'coverage'])

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** The `test` task's inputs for a package: its own turbo.json's, else the root's. */
function testInputs(packageDir) {
  const own = path.join(packageDir, 'turbo.json')
  const inputs =
    (existsSync(own) ? readJson(own).tasks?.test?.inputs : undefined) ??
    readJson(path.join(root, 'turbo.json')).tasks.test.inputs
  const files = new Set()
  for (const input of inputs) {
    const fromRoot = input.startsWith('$TURBO_ROOT$/')
    const pattern = fromRoot ? input.slice('$TURBO_ROOT$/'.length) : input
    const cwd = fromRoot ? root : packageDir
    for (const file of globSync(pattern, {
      cwd,
      dot: true,
      absolute: true,
      ignore: ['**/node_modules/**'],
    }))
      files.add(path.resolve(file))
  }
  return files
}

function filesUnder(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(full))
    else if (entry.isFile()) out.push(full)
  }
  return out
}

const LITERAL = /(['"`])((?:\.\.?\/|[\w@-]+\/|[\w-]+\.(?:md|json|mjs|yaml|yml))[^'"`$\n]*)\1/g

const problems = []
for (const name of readdirSync(path.join(root, 'packages'))) {
  const packageDir = path.join(root, 'packages', name)
  const testDir = path.join(packageDir, 'test')
  if (!existsSync(testDir)) continue
  const declared = testInputs(packageDir)
  for (const testFile of filesUnder(testDir).filter((file) => /\.[cm]?ts$/.test(file))) {
    const source = readFileSync(testFile, 'utf8')
    for (const match of source.matchAll(LITERAL)) {
      const literal = match[2]
      for (const base of [path.dirname(testFile), packageDir]) {
        const target = path.resolve(base, literal)
        if (!target.startsWith(root + path.sep) || !existsSync(target)) continue
        if (target.split(path.sep).some((part) => IGNORED.has(part))) continue
        const files = statSync(target).isDirectory() ? filesUnder(target) : [target]
        const missing = files.filter((file) => !declared.has(file))
        if (missing.length > 0) {
          problems.push(
            `${path.relative(root, testFile)}: reads ${path.relative(root, target) || '.'} (${missing.length} file${missing.length === 1 ? '' : 's'}, e.g. ${path.relative(root, missing[0])}) not among the test task's inputs in ${existsSync(path.join(packageDir, 'turbo.json')) ? path.relative(root, path.join(packageDir, 'turbo.json')) : 'turbo.json'}`,
          )
        }
        break
      }
    }
  }
}

const unique = [...new Set(problems)]
for (const problem of unique) console.error(problem)
if (unique.length > 0) {
  console.error(
    `${unique.length} undeclared test input${unique.length === 1 ? '' : 's'}: add them to the task's "inputs"`,
  )
  process.exit(1)
}
console.log('every file the tests read is a declared turbo input')
