import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { RULES } from '../src/index.js'

it('the README table lists every rule with its severity, summary and docs link', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  for (const rule of RULES) {
    expect(readme).toContain(
      `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.severity} | ${rule.summary} |`,
    )
  }
})
