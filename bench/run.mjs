// `npm run bench`: Techfolio against what a user would otherwise run
// (remark-cli with the same preset), on the sample portfolio and on a large
// copy of it, plus each rule's growth as its input doubles. Reports ratios,
// not pass/fail: timings belong here, never in tests.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'packages/cli/dist/bin.js')
const remark = join(root, 'node_modules/remark-cli/cli.js')
const hook = join(root, 'bench/rss-hook.mjs')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const copies = Number(process.env.BENCH_COPIES ?? 50)

/** Runs a node program `runs` times; returns median wall ms and peak RSS MiB. */
function measure(args, cwd, { prepare } = {}) {
  const times = []
  let peak = 0
  for (let run = 0; run < runs; run++) {
    prepare?.()
    const rssFile = join(cwd, `.rss-${process.pid}`)
    rmSync(rssFile, { force: true })
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
    }
    const rss = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)
    peak = Math.max(peak, ...rss.map((kib) => kib / 1024))
    rmSync(rssFile, { force: true })
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], mib: peak }
}

/** A folder holding `count` copies of the sample portfolio, with the repo's remark config. */
function corpus(count) {
  const dir = mkdtempSync(join(tmpdir(), 'techfolio-bench-'))
  const preset = join(root, 'packages/remark-lint-portfolio/dist/index.js')
  writeFileSync(
    join(dir, '.remarkrc.mjs'),
    `import portfolio from ${JSON.stringify(preset)}\nexport default { plugins: [portfolio] }\n`,
  )
  mkdirSync(join(dir, '.git'))
  for (let copy = 0; copy < count; copy++) {
    cpSync(join(root, 'portfolio'), join(dir, 'portfolio', `copy-${copy}`), {
      recursive: true,
      filter: (source) => !source.includes('templates') && !source.endsWith('package.json'),
    })
  }
  return dir
}

function countMarkdown(dir) {
  let count = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) count++
  }
  return count
}

const rows = []
for (const count of [1, copies]) {
  const dir = corpus(count)
  const files = countMarkdown(join(dir, 'portfolio'))
  const cacheDir = join(dir, 'node_modules/.cache/techfolio')
  const remarkRun = measure([remark, 'portfolio', '--quiet', '--no-stdout'], dir)
  const cold = measure([cli, 'lint', 'portfolio', '--format', 'json'], dir, {
    prepare: () => rmSync(cacheDir, { recursive: true, force: true }),
  })
  const warm = measure([cli, 'lint', 'portfolio', '--format', 'json'], dir)
  const check = measure([cli, 'check', 'portfolio', '--no-cache'], dir)
  rows.push({ files, remarkRun, cold, warm, check })
  rmSync(dir, { recursive: true, force: true })
}

const fmt = (m) => `${m.ms.toFixed(0)} ms, ${m.mib.toFixed(0)} MiB`
const ratio = (a, b) => `${(a.ms / b.ms).toFixed(2)}×`
console.log(`# Techfolio benchmark (${runs} runs each, median wall time, peak RSS)\n`)
console.log(
  '| files | remark-cli | techfolio lint, cold cache | techfolio lint, warm cache | techfolio check, no cache | cold / remark | warm / remark |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(
    `| ${row.files} | ${fmt(row.remarkRun)} | ${fmt(row.cold)} | ${fmt(row.warm)} | ${fmt(row.check)} | ${ratio(row.cold, row.remarkRun)} | ${ratio(row.warm, row.remarkRun)} |`,
  )
}

// Each rule alone, on a document that doubles in size: a linear rule's time
// doubles too (ratio ≈ 2); a quadratic one's quadruples.
const { remark: remarkApi } = await import(join(root, 'node_modules/remark/index.js'))
const { default: preset, RULES } = await import(
  join(root, 'packages/remark-lint-portfolio/dist/index.js')
)
const sample = readFileSync(
  join(root, 'portfolio/case-studies', readdirSync(join(root, 'portfolio/case-studies'))[0]),
  'utf8',
)
const body = sample.replace(/^---[\s\S]*?\n---\n/, '')
const head = sample.match(/^---[\s\S]*?\n---\n/)?.[0] ?? ''
const arrows = (n) =>
  `${Array.from({ length: n }, (_, i) => `${i + 1}ms`).join(' → ')} (50% improvement)\n`
const parsers = remarkApi().use({ plugins: preset.plugins.slice(0, 3) })
/** Parses once; each rule then runs alone on the same tree. */
function parsed(text) {
  return { tree: parsers.parse(text), text }
}
function timeRule(rule, input) {
  const processor = remarkApi()
    .use({ plugins: preset.plugins.slice(0, 3) })
    .use(rule.plugin, ['warn'])
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const tree = structuredClone(input.tree)
    const start = process.hrtime.bigint()
    processor.runSync(tree, input.text)
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
  }
  return best
}
const big = (size) => head + body.repeat(Math.ceil(size / body.length))
const inputs = {
  large: [parsed(big(512 * 1024)), parsed(big(1024 * 1024))],
  arrows: [parsed(head + arrows(10_000)), parsed(head + arrows(20_000))],
}
console.log('\n## Rule growth when the input doubles (time at 2n / time at n; linear ≈ 2)\n')
console.log('| rule | document 512 KiB → 1 MiB | one line of 10,000 → 20,000 arrows |')
console.log('| --- | --- | --- |')
for (const rule of RULES) {
  const growth = ([small, large]) => {
    const a = timeRule(rule, small)
    const b = timeRule(rule, large)
    return `${(b / Math.max(a, 0.05)).toFixed(2)} (${a.toFixed(1)} → ${b.toFixed(1)} ms)`
  }
  console.log(`| ${rule.id} | ${growth(inputs.large)} | ${growth(inputs.arrows)} |`)
}
