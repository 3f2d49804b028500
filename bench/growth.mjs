// Each rule alone, on a document that doubles in size: a linear rule's time
// doubles too (ratio ≈ 2); a quadratic one's quadruples. `node bench/growth.mjs`
// (or BENCH_GROWTH=1 npm run bench) after a build.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { remark: remarkApi } = await import(join(root, 'node_modules/remark/index.js'))
const { default: preset, RULES } = await import(
  createRequire(join(root, 'package.json')).resolve('@techfolio/remark-lint-portfolio')
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
