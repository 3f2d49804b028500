import { createRequire } from 'node:module'
import type { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type {
  CheckedReport,
  CheckOptions,
  PortfolioReport,
  ReusedRun,
  RunStore,
  VerdictReason,
} from '@techfolio/engine'
// The stream renderers only: the artifact renderers (HTML, Markdown parsing)
// load with `summary` and `diff`, the commands that use them.
import { chunkedRenderer, type FormatName, formatNames } from '@techfolio/summary/formats'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { type Colors, colorEnabled, colors } from './color.js'
import { oneLine, printableDeep, reportError } from './errors.js'
import { KIND_FOLDERS } from './kinds.js'
import { createProgress } from './progress.js'

// The engine, the rules and the commands are loaded when a command runs, so
// `--help` and `--version` stay fast.
const engine = () => import('@techfolio/engine')
type EngineModule = Awaited<ReturnType<typeof engine>>

const require = createRequire(import.meta.url)
export const VERSION: string = (require('../package.json') as { version: string }).version

/** What `printReport` stores beside its output: the exit code and what it said on stderr. */
interface Printed {
  exitCode: number
  stderr: string
}

function isPrinted(meta: unknown): meta is Printed {
  const printed = meta as Partial<Printed> | null
  return (
    typeof printed === 'object' &&
    printed !== null &&
    (printed.exitCode === 0 || printed.exitCode === 1) &&
    typeof printed.stderr === 'string'
  )
}

/** The builds whose code renders the output (the CLI's and the renderers'), in a stored run's key. */
function builds(buildOf: EngineModule['buildOf']): string[] {
  return [
    buildOf(fileURLToPath(import.meta.url)),
    buildOf(require.resolve('@techfolio/summary/formats')),
  ]
}

export const LINT_FORMATS = formatNames('lint')
export const SCORE_FORMATS = formatNames('score')
export const CHECK_FORMATS = formatNames('check')

interface EngineOptions {
  config?: string
  cache: boolean
  /** `--fail-under`: the engine applies it, else the config's `thresholds.failUnder`. */
  failUnder?: number
  /** `--timing`: time per phase and per rule, on stderr (or under `timing` in JSON). */
  timing?: boolean
}

interface SummaryOptions extends EngineOptions {
  out: string
  paper: string
  chromium?: string
  /** `--no-pdf` sets it false. */
  pdf: boolean
}

interface LintOptions extends EngineOptions {
  format: (typeof LINT_FORMATS)[number]
  maxWarnings?: number
}

interface ScoreOptions extends EngineOptions {
  format: (typeof SCORE_FORMATS)[number]
}

interface CheckCommandOptions extends EngineOptions {
  format: (typeof CHECK_FORMATS)[number]
  maxWarnings?: number
}

export interface Io {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  cwd: string
  env: NodeJS.ProcessEnv
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new InvalidArgumentError('expected a whole number of 0 or more.')
  }
  return Number.parseInt(value, 10)
}

function parseScore(value: string): number {
  const number = value.trim() === '' ? Number.NaN : Number(value)
  if (!Number.isFinite(number) || number < 0 || number > 100) {
    throw new InvalidArgumentError('expected a score from 0 to 100.')
  }
  return number
}

/**
 * Settles when a stream whose buffer is full can take more: drained, or
 * errored or closed, so a reader that goes away never leaves the writer
 * waiting. Without the wait, output to a pipe read more slowly than it is
 * written (`techfolio check --format json | jq`) queued whole in memory: a
 * warm check of 10,000 documents (40 MB of JSON) piped into `cat` peaked at
 * 476 MB, and at 256 MB with it.
 */
function drained(stream: Writable): Promise<void> {
  if (stream.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const settle = () => {
      stream.off('drain', settle)
      stream.off('error', settle)
      stream.off('close', settle)
      resolve()
    }
    stream.on('drain', settle)
    stream.on('error', settle)
    stream.on('close', settle)
  })
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`
}

const EXIT_CODES = `
Exit codes:
  0  clean
  1  findings at error severity, a score under the threshold, or too many warnings
  2  bad usage, a bad config, or input that cannot be read
`

/**
 * Builds the `techfolio` program. Actions set the exit code through
 * `setExitCode`; errors propagate to `main`, the one place that reports them.
 */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const colorOn = colorEnabled(io.stdout, io.env)
  const stdoutColors = colors(colorOn)
  const out = (text: string) => {
    io.stdout.write(text)
  }
  const err = (text: string) => {
    io.stderr.write(text)
  }

  const program = new Command('techfolio')
    .description(
      'Lint and score an engineering interview portfolio (Amazon L6/L7) kept as Markdown.',
    )
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'show stack traces and run statistics')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (message, write) =>
        write(`techfolio: ${oneLine(message.replace(/^error: /, ''))}\n`),
    })
    .addHelpText(
      'after',
      `${examples(['techfolio init', 'techfolio check portfolio', 'techfolio new system "Payments platform"', 'techfolio explain required-sections'])}${EXIT_CODES}`,
    )

  const debugOn = (command: Command) => command.optsWithGlobals().debug === true

  function checkOptionsOf(
    paths: string[],
    options: EngineOptions & { maxWarnings?: number },
    onProgress: CheckOptions['onProgress'],
  ): CheckOptions {
    return {
      cwd: io.cwd,
      // Only --no-cache overrides the config: without it, the config's `cache` decides.
      ...(options.cache ? {} : { cache: false }),
      ...(paths.length > 0 ? { paths } : {}),
      ...(options.config ? { configPath: options.config } : {}),
      ...(options.failUnder !== undefined ? { failUnder: options.failUnder } : {}),
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(options.timing ? { timing: true } : {}),
    }
  }

  function debugStats(command: Command, stats: PortfolioReport['stats']) {
    if (!debugOn(command)) return
    err(
      `techfolio: ${stats.files} files, ${stats.parsed} parsed, ${stats.fromCache} from cache, ${stats.workers} workers\n`,
    )
  }

  async function run(
    paths: string[],
    options: EngineOptions & { maxWarnings?: number },
    format: string,
    command: Command,
  ): Promise<PortfolioReport> {
    const progress = createProgress({ format, stdout: io.stdout, stderr: io.stderr })
    try {
      const { check } = await engine()
      // File names and text are anyone's: no control character reaches the terminal or a CI log.
      const result = printableDeep(await check(checkOptionsOf(paths, options, progress.onProgress)))
      debugStats(command, result.stats)
      return result
    } finally {
      progress.stop()
    }
  }

  /**
   * lint, score and check: prints the report in `format` and sets the exit
   * code from the reasons the command judges. With the cache on (and no
   * --timing, whose figures are this run's), the output is stored, and a
   * later run with the same inputs prints it again without loading any
   * file's findings: a warm check of 1,000 documents skips reading 5 MB of
   * findings, the cross-document checks, the scoring and the rendering.
   */
  async function printReport<Name extends 'lint' | 'score' | 'check'>(
    name: Name,
    paths: string[],
    options: EngineOptions & { maxWarnings?: number },
    format: FormatName<Name>,
    command: Command,
    judged: readonly VerdictReason['id'][],
  ) {
    const progress = createProgress({ format, stdout: io.stdout, stderr: io.stderr })
    let checked: CheckedReport | ReusedRun
    try {
      const { check, checkOrReuse, buildOf } = await engine()
      const checkOptions = checkOptionsOf(paths, options, progress.onProgress)
      // --timing's figures are this run's own, and without the cache nothing is stored.
      checked =
        options.cache && !options.timing
          ? await checkOrReuse(checkOptions, {
              extra: JSON.stringify({ name, format, colorOn, builds: builds(buildOf) }),
              accept: isPrinted,
            })
          : { report: await check(checkOptions) }
    } finally {
      progress.stop()
    }
    debugStats(command, 'reused' in checked ? checked.stats : checked.report.stats)
    if ('reused' in checked) {
      const { body, meta, close } = checked.reused
      try {
        for (const piece of body) {
          if (!io.stdout.write(piece)) await drained(io.stdout)
        }
      } finally {
        close()
      }
      const printed = meta as Printed
      if (printed.stderr) err(printed.stderr)
      setExitCode(printed.exitCode)
      return
    }
    // File names and text are anyone's: no control character reaches the terminal or a CI log.
    const report = printableDeep(checked.report)
    const store = checked.store?.()
    try {
      await emit(
        report,
        format,
        (tail) =>
          chunkedRenderer(name, format)(report, {
            colors: stdoutColors,
            version: VERSION,
            ...(tail ? { tail } : {}),
          }),
        store,
      )
      let stderr = ''
      const exitCode = exitCodeOf(report, judged, (text) => {
        stderr += text
      })
      if (stderr) err(stderr)
      store?.commit({ exitCode, stderr } satisfies Printed)
      setExitCode(exitCode)
    } finally {
      store?.discard()
    }
  }

  /**
   * The exit code from the engine's verdict, counting only the reasons this
   * command judges (lint: errors and warnings; score: the threshold); says
   * why on stderr. Errors are already listed in the output, so not repeated.
   */
  function exitCodeOf(
    report: PortfolioReport,
    judged: readonly VerdictReason['id'][],
    say: (text: string) => void,
  ): number {
    const reasons = report.verdict.reasons.filter((reason) => judged.includes(reason.id))
    for (const reason of reasons) {
      if (reason.id !== 'errors') say(`techfolio: ${reason.message}\n`)
    }
    return reasons.length > 0 ? 1 : 0
  }

  const engineOptions = (command: Command) =>
    command
      .option('-c, --config <file>', 'use this config file instead of searching for one')
      .option('--no-cache', 'parse every file again, ignoring the content-hash cache')
      .option(
        '--timing',
        'print time per phase and per rule to stderr (json: under a "timing" key)',
      )

  /**
   * Renders and prints the report; with --timing, adds the render phase and
   * prints the timing table to stderr, or, for JSON, adds a `timing` key.
   */
  /**
   * Writes a command's output piece by piece (a large portfolio's JSON is
   * never one string), in writes of about 64 KiB. With --timing, the render
   * phase (rendering and writing) goes last: as the JSON's `timing` key, or
   * as the table on stderr.
   */
  async function emit(
    report: PortfolioReport,
    format: string,
    render: (tail?: () => Record<string, unknown>) => Iterable<string>,
    store?: RunStore,
  ) {
    const started = performance.now()
    const timing = () =>
      report.timing && {
        ...report.timing,
        phases: [
          ...report.timing.phases,
          { phase: 'render' as const, ms: Math.round((performance.now() - started) * 1000) / 1000 },
        ],
      }
    let pending = ''
    for (const chunk of render(
      report.timing && format === 'json' ? () => ({ timing: timing() }) : undefined,
    )) {
      pending += chunk
      if (pending.length >= 65_536) {
        // Encoded once, for stdout and the store alike.
        const bytes = Buffer.from(pending)
        store?.write(bytes)
        if (!io.stdout.write(bytes)) await drained(io.stdout)
        pending = ''
      }
    }
    const bytes = Buffer.from(pending)
    store?.write(bytes)
    io.stdout.write(bytes)
    const finished = timing()
    if (finished && format !== 'json') {
      const { formatTiming } = await engine()
      err(formatTiming(finished))
    }
  }

  const lint = program
    .command('lint')
    .description('check portfolio documents against the guide and print the findings')
    .argument('[paths...]', "files, folders or globs (default: the config's paths, else portfolio)")
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('text'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
  engineOptions(lint)
    .addHelpText(
      'after',
      examples([
        'techfolio lint',
        'techfolio lint portfolio/systems --format json > findings.json',
        'techfolio lint --format sarif > techfolio.sarif   # for GitHub code scanning',
        'techfolio lint --format github                    # annotations in GitHub Actions',
        'techfolio lint --max-warnings 0',
      ]),
    )
    .action(async (paths: string[], options: LintOptions, command: Command) => {
      await printReport('lint', paths, options, options.format, command, ['errors', 'max-warnings'])
    })

  const score = program
    .command('score')
    .description('score each document and the whole portfolio (0-100) and show what is missing')
    .argument('[paths...]', "files, folders or globs (default: the config's paths, else portfolio)")
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(SCORE_FORMATS).default('text'),
    )
    .option(
      '--fail-under <n>',
      "exit 1 when the portfolio score is under n (0-100; default: the config's thresholds.failUnder)",
      parseScore,
    )
  engineOptions(score)
    .addHelpText(
      'after',
      examples([
        'techfolio score',
        'techfolio score portfolio --fail-under 80',
        'techfolio score --format json > score.json',
      ]),
    )
    .action(async (paths: string[], options: ScoreOptions, command: Command) => {
      await printReport('score', paths, options, options.format, command, ['fail-under'])
    })

  const check = program
    .command('check')
    .description('lint and score in one pass: the findings, then the score table')
    .argument('[paths...]', "files, folders or globs (default: the config's paths, else portfolio)")
    .addOption(
      new Option('-f, --format <format>', 'output format (json: {"lint": …, "score": …})')
        .choices(CHECK_FORMATS)
        .default('text'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option(
      '--fail-under <n>',
      "exit 1 when the portfolio score is under n (0-100; default: the config's thresholds.failUnder)",
      parseScore,
    )
  engineOptions(check)
    .addHelpText(
      'after',
      examples([
        'techfolio check portfolio',
        'techfolio check --fail-under 80 --max-warnings 10',
        'techfolio check --format github   # annotations plus the score table in GitHub Actions',
      ]),
    )
    .action(async (paths: string[], options: CheckCommandOptions, command: Command) => {
      await printReport('check', paths, options, options.format, command, [
        'errors',
        'max-warnings',
        'fail-under',
      ])
    })

  const summary = program
    .command('summary')
    .description(
      'write the interview artifacts: metrics, story bank, deep-dive questions, level signals, report.json, badge',
    )
    .argument('[paths...]', "files, folders or globs (default: the config's paths, else portfolio)")
    .requiredOption('-o, --out <dir>', 'the folder to write into (created when missing)')
    .addOption(
      new Option('--paper <paper>', 'page size of the HTML print styles and the PDF')
        .choices(['a4', 'letter'])
        .default('a4'),
    )
    .option(
      '--chromium <path>',
      'the Chromium or Chrome binary for the PDF (default: found on PATH)',
    )
    .option('--no-pdf', 'skip executive-summary.pdf (no browser is started)')
  engineOptions(summary)
    .addHelpText(
      'after',
      examples([
        'techfolio summary --out summary',
        'techfolio summary portfolio --out build/portfolio-summary',
      ]),
    )
    .action(async (paths: string[], options: SummaryOptions, command: Command) => {
      const { checkOutDir, readSummarySource, writeArtifacts } = await import(
        './commands/summary.js'
      )
      const outDir = checkOutDir(options.out, io.cwd)
      const report = await run(paths, options, 'summary', command)
      const { EXECUTIVE_SUMMARY_FILE, renderArtifacts } = await import('@techfolio/summary')
      const paper = options.paper === 'letter' ? 'letter' : 'a4'
      const artifacts = renderArtifacts(report, {
        version: VERSION,
        paper,
        sources: readSummarySource(report, io.cwd),
      })
      const page = artifacts.find((artifact) => artifact.path === EXECUTIVE_SUMMARY_FILE)
      if (options.pdf && page) {
        // Only here is a browser started; the renderers stay pure.
        const { renderPdf } = await import('@techfolio/summary/pdf')
        const pdf = await renderPdf(String(page.content), {
          paper,
          ...(options.chromium !== undefined ? { chromium: options.chromium } : {}),
        })
        if (pdf.pdf) artifacts.push({ path: 'executive-summary.pdf', content: pdf.pdf })
        if (pdf.notice) err(`techfolio: ${oneLine(pdf.notice)}\n`)
      }
      const written = writeArtifacts(artifacts, outDir, report, io.cwd, options.out)
      out(`Wrote ${written.length} files:\n${written.map((file) => `  ${file}`).join('\n')}\n`)
      setExitCode(0)
    })

  program
    .command('diff')
    .description(
      'print the pull-request comment the Action posts: the base (merge base with <ref>) against the working tree',
    )
    .argument('[paths...]', "files, folders or globs (default: the config's paths, else portfolio)")
    .requiredOption(
      '-b, --base <ref>',
      'the branch, tag or commit the pull request targets, e.g. origin/main',
    )
    .option(
      '--fail-under <n>',
      "the threshold shown in the verdict (0-100; default: the config's thresholds.failUnder)",
      parseScore,
    )
    .addHelpText(
      'after',
      examples([
        'techfolio diff --base origin/main',
        'techfolio diff --base main portfolio > comment.md',
      ]),
    )
    .action(async (paths: string[], options: { base: string; failUnder?: number }) => {
      const { diffReports } = await import('./commands/diff.js')
      const { renderComment } = await import('@techfolio/summary')
      const diff = await diffReports({
        cwd: io.cwd,
        baseRef: options.base,
        paths,
        env: io.env,
        ...(options.failUnder !== undefined ? { failUnder: options.failUnder } : {}),
      })
      out(
        renderComment(printableDeep(diff.base), printableDeep(diff.head), {
          headSha: diff.headSha,
          baseLabel: options.base,
          changedPaths: diff.changedPaths,
          version: VERSION,
        }),
      )
      setExitCode(0)
    })

  const folders = Object.entries(KIND_FOLDERS)
    .map(
      ([kind, folder]) =>
        `  ${kind.padEnd(22)}${folder === '.' ? '(the portfolio folder)' : `${folder}/`}`,
    )
    .join('\n')
  program
    .command('new')
    .description('scaffold a document of a kind from its template, never overwriting')
    .argument('<kind>', 'document kind, e.g. system, decision-record, case-study')
    .argument('<title>', "the document's title; the file name is made from it")
    .option(
      '-d, --dir <folder>',
      'the portfolio folder (default: . when it has templates/, else portfolio)',
    )
    .option('--date <yyyy-mm-dd>', 'the date filled into {{date}} (default: today)')
    .option('--format <format>', 'another template format: madr (decision records)')
    .addHelpText(
      'after',
      `${examples([
        'techfolio new system "Payments platform"          # portfolio/systems/payments-platform.md',
        'techfolio new decision-record "Extract payments"  # portfolio/decisions/0003-extract-payments.md',
        'techfolio new decision-record "Use Kafka" --format madr   # a MADR record',
        'techfolio new case-study "Checkout latency" --dir my-portfolio',
      ])}
Folders by kind:
${folders}

Templates come from the portfolio's templates/<kind>.md, else those bundled
with techfolio. {{title}}, {{date}} and {{number}} (decision records) are filled in.
`,
    )
    .action(
      async (
        kind: string,
        title: string,
        options: { dir?: string; date?: string; format?: string },
      ) => {
        const { newDocument } = await import('./commands/new.js')
        const created = await newDocument(kind, title, options, io.cwd)
        out(`Created ${created.path}\n`)
        setExitCode(0)
      },
    )

  program
    .command('init')
    .description('create a portfolio folder with templates and a config file')
    .argument('[dir]', 'the folder to create', 'portfolio')
    .addHelpText('after', examples(['techfolio init', 'techfolio init my-portfolio']))
    .action(async (dir: string) => {
      const { initPortfolio } = await import('./commands/init.js')
      const { created } = await initPortfolio(dir, io.cwd)
      out(`Created ${created.length} files:\n${created.map((path) => `  ${path}`).join('\n')}\n`)
      out(
        `\nNext: techfolio new executive-summary "Executive summary" --dir ${dir}\n      techfolio check ${dir}\n`,
      )
      setExitCode(0)
    })

  program
    .command('explain')
    .description('print the documentation of a lint rule or cross-document check')
    .argument('[rule]', 'rule id, with or without the portfolio- prefix')
    .option('-l, --list', 'list every rule and check with its summary')
    .addHelpText(
      'after',
      examples([
        'techfolio explain required-sections',
        'techfolio explain portfolio-trade-offs',
        'techfolio explain --list',
      ]),
    )
    .action(async (rule: string | undefined, options: { list?: boolean }, command: Command) => {
      const { explain, listRules } = await import('./commands/explain.js')
      if (options.list) {
        out(listRules())
      } else if (rule === undefined) {
        command.error('missing rule: give a rule id, or --list to see them all', {
          exitCode: 2,
          code: 'commander.missingArgument',
        })
      } else {
        out(await explain(rule))
      }
      setExitCode(0)
    })

  return program
}

/** Runs the CLI; resolves to the exit code. */
export async function main(
  argv: readonly string[] = process.argv,
  io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
): Promise<number> {
  let exitCode = 0
  const debug = argv.includes('--debug')
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; usage errors (already printed as one line), and a
      // missing command (which shows the help on stderr), exit 2.
      return error.exitCode === 0 ? 0 : 2
    }
    return reportError(error, debug, (text) => io.stderr.write(text))
  }
}

export type { Colors }
