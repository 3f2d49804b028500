// `npm run bench`: Techfolio against what a user would otherwise run, in one
// run on one machine: a generated corpus of 1,000 documents of every kind
// (BENCH_DOCS), the sample portfolio, and with BENCH_LARGE=1 a 10,000-document
// corpus. Writes bench/results.md with each target of issues 8, 9 and 10 met
// or missed. Reports ratios, never pass/fail: timings belong here, never in
// tests. BENCH_ONLY=sample runs the sample portfolio round alone (under a
// minute), skipping the generated corpus; BENCH_RUNS sets the runs (default 3),
// BENCH_LARGE_RUNS those at 10,000 documents (default 1: a round there takes
// about 20 minutes on 2 cores).
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { actionCase } from './action.mjs'
import { writeCorpus } from './corpus.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'packages/cli/bin/techfolio.js')
const remark = join(root, 'node_modules/remark-cli/cli.js')
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')
const parseOnly = join(root, 'bench/parse-only.mjs')
const parsePair = join(root, 'bench/parse-pair.mjs')
const hook = join(root, 'bench/rss-hook.mjs')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const docs = Number(process.env.BENCH_DOCS ?? 1000)
const large = process.env.BENCH_LARGE === '1'
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 1)
const sampleOnly = process.env.BENCH_ONLY === 'sample'

/**
 * Runs a node program `runs` times (after `prepare`, untimed), with `env` over
 * the bench's own; returns the median wall ms, peak RSS MiB (worker threads
 * included) and the last stdout.
 */
function measure(args, cwd, { prepare, times: count = runs, env = {} } = {}) {
  const times = []
  const cpu = []
  let peak = 0
  let stdout = ''
  for (let run = 0; run < count; run++) {
    prepare?.(run)
    const rssFile = join(tmpdir(), `techfolio-bench-rss-${process.pid}`)
    rmSync(rssFile, { force: true })
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
    }
    stdout = result.stdout
    // One line per process the hook was loaded into: peak RSS in KiB, CPU time in µs.
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n')
    const usage = lines.map((line) => line.split(' ').map(Number))
    peak = Math.max(peak, ...usage.map(([kib]) => kib / 1024))
    cpu.push(usage.reduce((sum, [, micros]) => sum + micros / 1000, 0))
    rmSync(rssFile, { force: true })
  }
  return { ms: median(times), cpuMs: median(cpu), mib: peak, stdout }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** A folder with `count` generated documents, the project's remark config and worker configs. */
function corpus(count) {
  const dir = mkdtempSync(join(tmpdir(), 'techfolio-bench-'))
  // The installed preset (its bundle): the one the check itself loads, so it loads once.
  const preset = createRequire(join(root, 'package.json')).resolve(
    '@techfolio/remark-lint-portfolio',
  )
  writeFileSync(
    join(dir, '.remarkrc.mjs'),
    `import portfolio from ${JSON.stringify(preset)}\nexport default { plugins: [portfolio] }\n`,
  )
  // A separate folder for the recommended preset, so remark-cli finds only that config.
  mkdirSync(join(dir, 'recommended'))
  writeFileSync(
    join(dir, 'recommended/.remarkrc.mjs'),
    `import recommended from ${JSON.stringify(join(root, 'node_modules/remark-preset-lint-recommended/index.js'))}\nexport default { plugins: [recommended] }\n`,
  )
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, 'in-process.json'), '{ "workers": { "threshold": 1000000000 } }\n')
  writeFileSync(join(dir, 'workers.json'), '{ "workers": { "threshold": 1 } }\n')
  const files = writeCorpus(root, dir, count)
  return { dir, files }
}

/**
 * Runs each case once per round, round after round, so a change in the
 * machine's load (it is shared) falls on every tool alike; returns the median
 * wall ms and peak RSS of each case. A case's `verify` (untimed) throws when
 * a run did not do its work.
 */
function interleaved(cases, rounds = runs) {
  const samples = Object.fromEntries(cases.map(({ name }) => [name, []]))
  const rows = {}
  for (let run = 0; run < rounds; run++) {
    for (const { name, args, cwd, env, prepare, verify } of cases) {
      prepare?.(run)
      const sample = measure(args, cwd, { times: 1, env })
      verify?.(run)
      samples[name].push(sample)
      rows[name] = sample
    }
  }
  for (const { name } of cases) {
    const list = samples[name]
    rows[name] = {
      ms: median(list.map((sample) => sample.ms)),
      cpuMs: median(list.map((sample) => sample.cpuMs)),
      mib: Math.max(...list.map((sample) => sample.mib)),
      stdout: list.at(-1).stdout,
    }
    console.error(`  ${name}: ${rows[name].ms.toFixed(0)} ms, ${rows[name].mib.toFixed(0)} MiB`)
  }
  return rows
}

/** The machine profile the runs measured (time per document, thread start-up), from the cache index. */
function measuredProfile(cacheDir) {
  try {
    const folder = join(cacheDir, 'techfolio-cache')
    const index = readdirSync(folder).find((name) => name.endsWith('.index.json'))
    return JSON.parse(readFileSync(join(folder, index), 'utf8')).profile
  } catch {
    return undefined
  }
}

/** techfolio and the tools it is compared with, on one generated corpus. */
function benchCorpus(count, rounds = runs) {
  const { dir, files } = corpus(count)
  const cacheDir = join(dir, 'node_modules/.cache/techfolio')
  const check = [cli, 'check', 'portfolio', '--format', 'json']
  const changed = join(dir, files[Math.floor(files.length / 2)])
  console.error(`  ${count} documents in ${dir}`)
  const rows = interleaved(
    [
      {
        name: 'cold',
        args: check,
        cwd: dir,
        prepare: () => rmSync(cacheDir, { recursive: true, force: true }),
      },
      // The cold run just before left the cache up to date.
      { name: 'warm', args: check, cwd: dir },
      {
        name: 'oneChanged',
        args: check,
        cwd: dir,
        prepare: (run) => appendFileSync(changed, `\nEdited in run ${run}.\n`),
      },
      { name: 'inProcess', args: [...check, '-c', 'in-process.json', '--no-cache'], cwd: dir },
      { name: 'workers', args: [...check, '-c', 'workers.json', '--no-cache'], cwd: dir },
      { name: 'remarkProject', args: [remark, 'portfolio', '--quiet', '--no-stdout'], cwd: dir },
      {
        name: 'remarkRecommended',
        args: [remark, '../portfolio', '--quiet', '--no-stdout'],
        cwd: join(dir, 'recommended'),
      },
      { name: 'markdownlint', args: [markdownlint, 'portfolio/**/*.md'], cwd: dir },
      { name: 'parseOnly', args: [parseOnly, 'portfolio'], cwd: dir },
      { name: 'parsePair', args: [parsePair, 'portfolio'], cwd: dir },
    ],
    rounds,
  )
  rows.rounds = rounds
  rows.workersIdentical = rows.inProcess.stdout === rows.workers.stdout
  rows.profile = measuredProfile(cacheDir)
  rmSync(dir, { recursive: true, force: true })
  for (const row of Object.values(rows)) if (typeof row === 'object') delete row.stdout
  return rows
}

const summaryOut = mkdtempSync(join(tmpdir(), 'techfolio-bench-summary-'))

/** The sample portfolio as a user runs it: mostly start-up. */
async function benchSample() {
  console.error('  the sample portfolio')
  const action = await actionCase(root)
  try {
    return interleaved([
      { name: 'checkSample', args: [cli, 'check', 'portfolio', '--no-cache'], cwd: root },
      { name: 'remarkSample', args: [remark, 'portfolio', '--quiet', '--no-stdout'], cwd: root },
      // Issue 8: the artifacts (without the PDF, which is a browser's time) cost at most 30% over check.
      {
        name: 'summarySample',
        args: [cli, 'summary', 'portfolio', '--no-cache', '--no-pdf', '--out', summaryOut],
        cwd: root,
      },
      // Issue 9: the Action on a pull request (both sides scored, comment posted) within 1.5x remark-cli.
      { name: 'actionSample', ...action },
    ])
  } finally {
    action.cleanup()
  }
}

console.error(
  sampleOnly
    ? `bench: the sample portfolio alone, ${runs} runs each`
    : `bench: ${docs} documents, ${runs} runs each${large ? ', and 10,000' : ''}`,
)
const main = sampleOnly ? undefined : benchCorpus(docs)
const sample = await benchSample()
const big = large && !sampleOnly ? benchCorpus(10 * docs, largeRuns) : undefined

const ms = (row) => `${(row.ms / 1000).toFixed(2)} s`
const mib = (row) => `${row.mib.toFixed(0)} MB`
const ratio = (a, b) => a.ms / b.ms
const x = (value) => `${value.toFixed(2)}×`

function table(rows, count) {
  const against = rows.remarkProject
  const line = (label, row) => `| ${label} | ${ms(row)} | ${mib(row)} | ${x(ratio(row, against))} |`
  return [
    `| ${count.toLocaleString('en')} documents | wall (${rows.rounds === 1 ? 'one run' : `median of ${rows.rounds}`}) | peak RSS | vs remark-cli, same preset |`,
    '| --- | --- | --- | --- |',
    line('techfolio check, cold', rows.cold),
    line('techfolio check, warm (nothing changed)', rows.warm),
    line('techfolio check, one file changed', rows.oneChanged),
    line('techfolio check, cold, in-process (no workers)', rows.inProcess),
    line('techfolio check, cold, worker threads', rows.workers),
    line("remark-cli with the project's preset", rows.remarkProject),
    line('remark-cli + remark-preset-lint-recommended', rows.remarkRecommended),
    line('markdownlint-cli2', rows.markdownlint),
    line('parse alone, in-process (the floor)', rows.parseOnly),
    line('parse alone, two processes at once (each the whole corpus)', rows.parsePair),
  ].join('\n')
}

/** How far this machine scales the parse itself: the bound on what two threads can gain. */
function ceilingLine(rows) {
  const scaling = (2 * rows.parseOnly.ms) / rows.parsePair.ms
  return (
    `Scaling ceiling: two parse-only processes at once parsed the corpus twice in ${ms(rows.parsePair)}, ` +
    `one alone once in ${ms(rows.parseOnly)}: ${x(scaling)} the throughput of one process. ` +
    'No use of two threads for this workload can gain more on this machine; worker threads gained ' +
    `${x(ratio(rows.inProcess, rows.workers))}. ${coresLine(rows)}`
  )
}

/**
 * The cores each cold run kept busy (CPU time over wall time). V8 collects
 * and optimises on other threads, so a run "in-process" already uses more
 * than one core; with N cores, threads can gain at most N over that.
 */
function coresLine(rows) {
  const busy = (row) => row.cpuMs / row.ms
  const cores = availableParallelism()
  return (
    `In-process, the check kept ${busy(rows.inProcess).toFixed(2)} cores busy (CPU time over wall time); ` +
    `with ${cores} cores no use of threads can gain more than ${x(cores / busy(rows.inProcess))}. ` +
    `The worker threads' run kept ${busy(rows.workers).toFixed(2)} busy.`
  )
}

/** What the runs measured of this machine, and the worker threshold it gives (the engine's formula). */
function profileLine(profile) {
  if (!profile) return 'The runs recorded no machine profile.'
  const threads = availableParallelism()
  const share = 1 - 1.25 / threads
  const threshold =
    share > 0 ? Math.ceil(profile.workerStartupMs / (profile.msPerDocument * share)) : 'never'
  return (
    `Machine profile the runs measured (kept in the cache index, each run averaged with the last): ` +
    `${profile.msPerDocument.toFixed(1)} ms per document, ${profile.workerStartupMs.toFixed(0)} ms for a worker thread to start; ` +
    `with ${threads} threads, \`workers: 'auto'\` uses them from ${threshold} documents to parse.`
  )
}

/** One target: the measured value, the limit, and met or missed by how much. */
function target(label, value, limit, { higherIsBetter = false, unit = '×' } = {}) {
  const met = higherIsBetter ? value >= limit : value <= limit
  const shown = (n) => (unit === '×' ? `${n.toFixed(2)}×` : `${n.toFixed(0)} ${unit}`)
  const by = higherIsBetter ? limit - value : value - limit
  const verdict = met
    ? 'met'
    : `missed by ${shown(by)} (${((by / limit) * 100).toFixed(0)}% over the limit)`
  return `| ${label} | ${shown(value)} | ${higherIsBetter ? '≥' : '≤'} ${shown(limit)} | ${verdict} |`
}

const targets = [
  '| Target (issues 8, 9, 10) | measured | limit | result |',
  '| --- | --- | --- | --- |',
  ...(main
    ? [
        target('cold check vs remark-cli, same preset', ratio(main.cold, main.remarkProject), 0.5),
        target('cold check vs markdownlint-cli2', ratio(main.cold, main.markdownlint), 1.0),
        target(
          'warm check, nothing changed, vs remark-cli',
          ratio(main.warm, main.remarkProject),
          0.05,
        ),
        target('one file changed, vs remark-cli', ratio(main.oneChanged, main.remarkProject), 0.1),
        target(
          `worker threads vs in-process, cold (findings ${main.workersIdentical ? 'identical' : 'DIFFER'})`,
          ratio(main.inProcess, main.workers),
          1.6,
          { higherIsBetter: true },
        ),
      ]
    : []),
  target(
    'the sample portfolio, cold, vs remark-cli',
    ratio(sample.checkSample, sample.remarkSample),
    0.7,
  ),
  target(
    'techfolio summary (no PDF) vs techfolio check, the sample portfolio',
    ratio(sample.summarySample, sample.checkSample),
    1.3,
  ),
  target(
    'the Action end to end on the sample portfolio (both sides, comment posted) vs remark-cli',
    ratio(sample.actionSample, sample.remarkSample),
    1.5,
  ),
]
if (big) {
  targets.push(target('10,000 documents cold vs 1,000', ratio(big.cold, main.cold), 11))
  for (const mode of ['cold', 'warm', 'oneChanged', 'inProcess', 'workers']) {
    targets.push(target(`peak RSS at 10,000, ${mode}`, big[mode].mib, 400, { unit: 'MB' }))
  }
} else if (main) {
  for (const mode of ['cold', 'warm', 'oneChanged', 'inProcess', 'workers']) {
    targets.push(
      target(`peak RSS at ${docs.toLocaleString('en')}, ${mode}`, main[mode].mib, 400, {
        unit: 'MB',
      }),
    )
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const results = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ` +
    `${availableParallelism()} cores (${cpu}), Node ${process.version}, ${runs} runs each, ` +
    'median wall time including process start-up, the tools run in turn each round (the machine may be shared); peak RSS of the process and its worker threads.',
  '',
  ...(main
    ? [table(main, docs), '', profileLine(main.profile), '', ceilingLine(main), '']
    : [
        `The ${docs.toLocaleString('en')}-document corpus was not run (\`BENCH_ONLY=sample\`).`,
        '',
      ]),
  `The sample portfolio (\`portfolio/\`, ${'cold, no cache'}): techfolio check ${ms(sample.checkSample)}, ` +
    `${mib(sample.checkSample)}; remark-cli (\`node node_modules/remark-cli/cli.js portfolio\`, ` +
    `what \`npx remark portfolio\` runs, without npx's own start-up) ${ms(sample.remarkSample)}, ${mib(sample.remarkSample)}.`,
  '',
  `The Action end to end ${ms(sample.actionSample)}, ${mib(sample.actionSample)}: ` +
    '`node packages/action/dist/index.js` started as the runner starts it, on a pull_request event ' +
    'in a git repository whose main holds a copy of the sample portfolio and whose pull request edits two of its documents; ' +
    'it scores the merge base and the head, writes the job summary and outputs, and posts its comment to a GitHub API on 127.0.0.1 ' +
    '(bench/fake-github.mjs, its own process), checked after every run.',
  '',
  ...(big
    ? [table(big, 10 * docs), '']
    : [
        `The ${(10 * docs).toLocaleString('en')}-document mode was not run (\`BENCH_LARGE=1 npm run bench\` runs it).`,
        '',
      ]),
  '## Targets',
  '',
  ...targets,
  '',
].join('\n')

const notes = join(root, 'bench/notes.md')
let extra = ''
try {
  extra = readFileSync(notes, 'utf8')
} catch {}
writeFileSync(join(root, 'bench/results.md'), `${results}${extra ? `\n${extra}` : ''}`)
console.log(results)

if (process.env.BENCH_GROWTH === '1') await import('./growth.mjs')
