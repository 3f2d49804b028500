// Sums the vitest JSON reports every package writes (turbo restores them from
// its cache too) into the one plain line CI reads: "N passed, N failed".
// A package with tests but no report (its build or run crashed) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

let passed = 0
let failed = 0
let skipped = 0
for (const name of readdirSync('packages')) {
  const dir = join('packages', name)
  if (!existsSync(join(dir, 'test'))) continue
  const report = join(dir, '.vitest', 'results.json')
  if (!existsSync(report)) {
    console.error(`${dir}: no test report (${report}); counted as 1 failed`)
    failed += 1
    continue
  }
  const results = JSON.parse(readFileSync(report, 'utf8'))
  passed += results.numPassedTests
  failed += results.numFailedTests
  skipped += results.numPendingTests + results.numTodoTests
  if (results.numTotalTests === 0 || results.success === false) {
    if (results.numFailedTests === 0) failed += 1
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
