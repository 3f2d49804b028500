import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runPortfolio } from '../src/run.js'
import type { PortfolioResult } from '../src/types.js'
import { repo } from './helpers.js'

/**
 * Issue 6's corpus, written by strangers to this project's templates:
 * - three complete portfolios in different house styles must give no errors,
 *   every document scoring >= 80 and the portfolio >= 90;
 * - each single-mistake document must be an error from the rule its
 *   expectation names, with a message that names the mistake, and nothing
 *   else may be an error in it.
 *
 */

const fixtures = path.resolve(import.meta.dirname, '../../remark-lint-portfolio/test/fixtures')
const realWorld = path.join(fixtures, 'real-world')
const defects = path.join(fixtures, 'defects')

const STYLES = ['templated', 'madr', 'terse'] as const

interface DefectExpectation {
  /** The rule that must report it; a list where two rules could rightly own the fact. */
  rule: string | string[]
  /** Text the message must contain, case-insensitive. */
  word: string
  /** For the serious defects of issue 6: the document's score must be at most this. */
  maxScore?: number
  /** Rules whose errors are also right for this document. */
  alsoAllowed?: string[]
}

const expectations = Object.entries(
  JSON.parse(readFileSync(path.join(defects, 'expected.json'), 'utf8')) as Record<string, unknown>,
).filter(([name]) => !name.startsWith('$')) as [string, DefectExpectation][]

/** Every file under `dir`, keyed by its `/`-separated path relative to `dir`. */
function filesUnder(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) Object.assign(files, filesUnder(path.join(dir, entry.name), relative))
    else if (entry.name.endsWith('.md'))
      files[relative] = readFileSync(path.join(dir, entry.name), 'utf8')
  }
  return files
}

/** Runs the engine on the Markdown files of `dir`, copied into a fresh repository's `portfolio/`. */
async function runCopy(dir: string): Promise<PortfolioResult> {
  const files = Object.fromEntries(
    Object.entries(filesUnder(dir)).map(([name, text]) => [`portfolio/${name}`, text]),
  )
  return runPortfolio({ cwd: repo(files), cache: false, workers: 0 })
}

function errorsIn(result: PortfolioResult, file: string): string[] {
  return (result.files.find((f) => f.path === file)?.messages ?? [])
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
}

interface Case {
  name: string
  run: () => void
}

const cases: Case[] = []
const results = new Map<string, PortfolioResult>()
const resultOf = (key: string): PortfolioResult => {
  const result = results.get(key)
  if (!result) throw new Error(`no engine run for ${key}`)
  return result
}

for (const style of STYLES) {
  const documents = Object.keys(filesUnder(path.join(realWorld, style))).map(
    (f) => `portfolio/${f}`,
  )
  cases.push({
    name: `real-world ${style}: no errors`,
    run: () => {
      const errors = resultOf(style).files.flatMap((f) =>
        errorsIn(resultOf(style), f.path).map((e) => `${f.path}:${e}`),
      )
      expect(errors).toEqual([])
    },
  })
  cases.push({
    name: `real-world ${style}: every document scores >= 80`,
    run: () => {
      const scores = resultOf(style).documents.map((d) => ({ path: d.path, score: d.score }))
      expect(scores.map((s) => s.path).sort()).toEqual([...documents].sort())
      expect(scores.filter((s) => s.score < 80)).toEqual([])
    },
  })
  cases.push({
    name: `real-world ${style}: portfolio scores >= 90`,
    run: () => expect(resultOf(style).score).toBeGreaterThanOrEqual(90),
  })
}

for (const [file, expected] of expectations) {
  const rules = Array.isArray(expected.rule) ? expected.rule : [expected.rule]
  const target = `portfolio/${file}`
  cases.push({
    name: `defect ${file}: an error from ${rules.join(' or ')} naming "${expected.word}"`,
    run: () => {
      const messages = resultOf('defects').files.find((f) => f.path === target)?.messages ?? []
      const found = messages.filter(
        (m) =>
          m.severity === 'error' &&
          rules.includes(m.ruleId) &&
          m.message.toLowerCase().includes(expected.word.toLowerCase()),
      )
      expect(
        found,
        `errors in ${file}: ${JSON.stringify(errorsIn(resultOf('defects'), target))}`,
      ).not.toEqual([])
    },
  })
  cases.push({
    name: `defect ${file}: no error from any other rule`,
    run: () => {
      const allowed = [...rules, ...(expected.alsoAllowed ?? [])]
      const others = errorsIn(resultOf('defects'), target).filter(
        (e) => !allowed.some((rule) => e.includes(` ${rule}: `)),
      )
      expect(others).toEqual([])
    },
  })
  if (expected.maxScore !== undefined) {
    const maxScore = expected.maxScore
    cases.push({
      name: `defect ${file}: scores <= ${maxScore}`,
      run: () => {
        const document = resultOf('defects').documents.find((d) => d.path === target)
        expect(document?.score).toBeLessThanOrEqual(maxScore)
      },
    })
  }
}

/**
 * Strong documents with one fact taken out: each must now score below 70 and
 * carry at least one error (issue 6: "Mutating a strong document to remove a
 * fact must drop its score below 70").
 */
const MUTATIONS: { name: string; source: string; cut: RegExp }[] = [
  {
    name: 'no role',
    source: 'templated/systems/payments-ledger.md',
    cut: /^\*\*Your Role\*\*:.*\n\n/m,
  },
  {
    name: 'no trade-offs',
    source: 'templated/systems/payments-ledger.md',
    cut: /^ {3}- Trade-off:.*\n/gm,
  },
  {
    name: 'one option',
    source: 'templated/decisions/0001-event-sourced-ledger.md',
    cut: /^2\. \*\*Distributed[\s\S]*?(?=^## Decision)/m,
  },
  {
    name: 'no results',
    source: 'templated/stories/card-authorisation-latency.md',
    cut: /^## Result\n[\s\S]*$/m,
  },
  {
    name: 'no trade-offs',
    source: 'madr/architecture/integration-hub.md',
    cut: /^ {3}- Cost:.*\n/gm,
  },
  {
    name: 'no results',
    source: 'madr/stories/ed-flow-performance.md',
    cut: /^## Results\n[\s\S]*$/m,
  },
  { name: 'no role', source: 'terse/systems/matchmaking.md', cut: /^\*\*Your role\*\*:.*\n\n/m },
]

const mutated = MUTATIONS.map((m) => {
  const original = readFileSync(path.join(realWorld, m.source), 'utf8')
  const file = `mutated/${m.name.replace(/\W+/g, '-')}--${m.source.replace(/\//g, '--')}`
  return { ...m, file, original, text: original.replace(m.cut, '') }
})

for (const m of mutated) {
  const target = `portfolio/${m.file}`
  cases.push({
    name: `mutated ${m.source} (${m.name}): an error, and a score below 70`,
    run: () => {
      expect(m.text).not.toBe(m.original)
      expect(errorsIn(resultOf('mutated'), target)).not.toEqual([])
      expect(resultOf('mutated').documents.find((d) => d.path === target)?.score).toBeLessThan(70)
    },
  })
}

beforeAll(async () => {
  for (const style of STYLES) results.set(style, await runCopy(path.join(realWorld, style)))
  results.set('defects', await runCopy(defects))
  const files = Object.fromEntries(mutated.map((m) => [`portfolio/${m.file}`, m.text]))
  results.set('mutated', await runPortfolio({ cwd: repo(files), cache: false, workers: 0 }))
})

describe('the corpus itself', () => {
  it('has at least 25 defect documents, each with an expectation', () => {
    const documents = readdirSync(defects)
      .filter((f) => f.endsWith('.md'))
      .sort()
    expect(documents.length).toBeGreaterThanOrEqual(25)
    expect(expectations.map(([file]) => file).sort()).toEqual(documents)
  })
})

describe('real-world portfolios and the defect corpus', () => {
  for (const c of cases) it(c.name, c.run)
})
