/**
 * The Action's logic (`index.ts` only calls `run`). On a pull request it
 * scores the merge base and the checked-out head, renders one comment with
 * @techfolio/summary, keeps it current on the pull request, writes it to the
 * job summary, sets outputs and annotates findings on changed lines. It
 * fails only when asked (fail-under, max-drop, fail-on-error).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { diffReports, git } from '@techfolio/cli/diff'
import { check, type PortfolioReport } from '@techfolio/engine'
import { renderComment } from '@techfolio/summary'
import { annotateChangedLines, changedLines } from './annotations.js'
import { type CommentMode, createClient, upsertComment } from './github.js'
import { PAYLOAD_SCHEMA, type PullRequestPayload, validatePayload } from './payload.js'
import { appendSummary, type Env, getInput, type Log, setOutput, workflowLog } from './runner.js'

/** The version of techfolio bundled, shown in the comment's footer. */
export const ACTION_VERSION = '0.1.0'

export interface Inputs {
  token: string
  paths: string[]
  comment: CommentMode
  commentAuthor: string
  failUnder: number | undefined
  maxDrop: number | undefined
  failOnError: boolean
  workingDirectory: string
  /** A report file from an unprivileged job (the `workflow_run` pair): validated, rendered and posted. */
  reportFile: string
}

/** A report from another job larger than this is refused before it is parsed. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024

/** A wrong input value: the step fails with this one line. */
export class InputProblem extends Error {
  override name = 'InputProblem'
}

function numberInput(env: Env, name: string, max: number): number | undefined {
  const text = getInput(env, name)
  if (text === '') return undefined
  const value = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value) || value < 0 || value > max) {
    throw new InputProblem(
      `Input ${name} is "${text.slice(0, 40)}": expected a number from 0 to ${max}`,
    )
  }
  return value
}

export function readInputs(env: Env): Inputs {
  const comment = getInput(env, 'comment') || 'update'
  if (comment !== 'update' && comment !== 'recreate' && comment !== 'off') {
    throw new InputProblem(
      `Input comment is "${comment.slice(0, 40)}": expected update, recreate or off`,
    )
  }
  const failOnError = (getInput(env, 'fail-on-error') || 'false').toLowerCase()
  if (failOnError !== 'true' && failOnError !== 'false') {
    throw new InputProblem(
      `Input fail-on-error is "${failOnError.slice(0, 40)}": expected true or false`,
    )
  }
  return {
    token: getInput(env, 'github-token'),
    paths: getInput(env, 'paths')
      .split(/\r?\n|,/)
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    comment,
    commentAuthor: getInput(env, 'comment-author') || 'github-actions[bot]',
    failUnder: numberInput(env, 'fail-under', 100),
    maxDrop: numberInput(env, 'max-drop', 100),
    failOnError: failOnError === 'true',
    workingDirectory: getInput(env, 'working-directory') || '.',
    reportFile: getInput(env, 'report-file'),
  }
}

interface PullRequestEvent {
  number: number
  headSha: string
  baseSha: string
  baseRef: string
}

function pullRequestOf(event: unknown): PullRequestEvent | undefined {
  const pr = (event as { pull_request?: Record<string, unknown> } | undefined)?.pull_request
  if (!pr || typeof pr !== 'object') return undefined
  const head = pr.head as { sha?: unknown } | undefined
  const base = pr.base as { sha?: unknown; ref?: unknown } | undefined
  if (
    typeof pr.number !== 'number' ||
    typeof head?.sha !== 'string' ||
    typeof base?.sha !== 'string'
  ) {
    return undefined
  }
  return {
    number: pr.number,
    headSha: head.sha,
    baseSha: base.sha,
    baseRef: typeof base.ref === 'string' ? base.ref : base.sha,
  }
}

/** Why the step fails, from the inputs that ask for it; empty by default. */
export function failures(
  inputs: Inputs,
  base: PortfolioReport | undefined,
  head: PortfolioReport,
): string[] {
  const reasons: string[] = []
  if (inputs.failUnder !== undefined && head.score < inputs.failUnder) {
    reasons.push(`Portfolio score ${head.score} is under fail-under ${inputs.failUnder}`)
  }
  if (inputs.maxDrop !== undefined && base && base.score - head.score > inputs.maxDrop) {
    reasons.push(
      `Portfolio score dropped by ${base.score - head.score} (from ${base.score} to ${head.score}): expected at most max-drop ${inputs.maxDrop}`,
    )
  }
  if (inputs.failOnError && head.errorCount > 0) {
    reasons.push(`${head.errorCount} findings at error severity (fail-on-error is true)`)
  }
  return reasons
}

interface Scored {
  base: PortfolioReport | undefined
  head: PortfolioReport
  headSha: string
  baseLabel: string
  changedPaths: string[] | undefined
  pullRequest: number | undefined
}

/** Scores both sides of a pull request from git, or the working tree alone for other events. */
async function score(
  inputs: Inputs,
  env: Env,
  cwd: string,
  log: Log,
  pr: PullRequestEvent | undefined,
): Promise<Scored & { lines: Map<string, Set<number>> }> {
  if (!pr) {
    log.info('Not a pull_request event: scoring the working tree alone, no comment.')
    const head = await check({
      cwd,
      cache: false,
      remarkrc: false,
      workers: 0,
      ...(inputs.paths.length > 0 ? { paths: inputs.paths } : {}),
    })
    return {
      base: undefined,
      head,
      headSha: env.GITHUB_SHA ?? '',
      baseLabel: '',
      changedPaths: undefined,
      pullRequest: undefined,
      lines: new Map(),
    }
  }
  // The merge base of the base and what is checked out, which is scored as the head: for the
  // default checkout (the merge commit) that is the base's tip, so changes on the base since the
  // branch started are not shown as the pull request's; for a checkout of the head, the fork point.
  const diff = await diffReports({
    cwd,
    baseRef: pr.baseSha,
    headRef: 'HEAD',
    ...(inputs.paths.length > 0 ? { paths: inputs.paths } : {}),
    // git needs no input, and the token is not passed on.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')),
    ),
  })
  const unified = await git(
    ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--relative', diff.mergeBase, '--'],
    cwd,
  )
  return {
    base: diff.base,
    head: diff.head,
    headSha: pr.headSha,
    baseLabel: pr.baseRef,
    changedPaths: diff.changedPaths,
    pullRequest: pr.number,
    lines: changedLines(unified),
  }
}

/** Runs the Action; resolves to the process exit code (1 only on failure asked for, or a broken setup). */
export async function run(
  env: Env = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const log = workflowLog(write)
  try {
    const inputs = readInputs(env)
    const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
    const cwd = path.resolve(workspace, inputs.workingDirectory)
    const prefix = path.relative(workspace, cwd).split(path.sep).join('/')
    const pathPrefix = prefix === '' ? '' : `${prefix}/`
    const event: unknown = env.GITHUB_EVENT_PATH
      ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      : undefined
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')

    let scored: Scored & { lines: Map<string, Set<number>> }
    if (inputs.reportFile !== '') {
      // The privileged half of the workflow_run pair: no code from the pull request runs here.
      const file = path.resolve(workspace, inputs.reportFile)
      if (statSync(file).size > MAX_REPORT_BYTES) {
        throw new InputProblem(
          `${inputs.reportFile} is over ${MAX_REPORT_BYTES} bytes: expected a report the Action wrote`,
        )
      }
      const payload = validatePayload(JSON.parse(readFileSync(file, 'utf8')))
      const expected = (event as { workflow_run?: { head_sha?: unknown } } | undefined)
        ?.workflow_run?.head_sha
      if (typeof expected === 'string' && expected !== payload.headSha) {
        throw new InputProblem(
          `The report is for ${payload.headSha}, the workflow run for ${expected}: expected the same commit`,
        )
      }
      scored = {
        ...payload,
        baseLabel: payload.baseLabel,
        changedPaths: payload.changedPaths,
        pullRequest: payload.pullRequest,
        lines: new Map(),
      }
    } else {
      scored = await score(inputs, env, cwd, log, pullRequestOf(event))
    }
    const { base, head, headSha } = scored

    const body = renderComment(base, head, {
      headSha,
      version: ACTION_VERSION,
      ...(scored.baseLabel ? { baseLabel: scored.baseLabel } : {}),
      ...(scored.changedPaths ? { changedPaths: scored.changedPaths } : {}),
    })

    const counts = annotateChangedLines(head, scored.lines, log, pathPrefix)
    const notShown =
      counts.notShown > 0
        ? `\n_${counts.notShown} more findings on changed lines are not annotated (GitHub shows ${10} per level per step)._\n`
        : ''
    appendSummary(env, `${body}${notShown}`)

    const reportPath = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'techfolio-report.json')
    const payload: PullRequestPayload = {
      schema: PAYLOAD_SCHEMA,
      pullRequest: scored.pullRequest ?? 0,
      headSha,
      baseLabel: scored.baseLabel,
      changedPaths: scored.changedPaths,
      base,
      head,
    }
    writeFileSync(reportPath, `${JSON.stringify(payload)}\n`)
    setOutput(env, 'score', String(head.score))
    setOutput(env, 'base-score', base ? String(base.score) : '')
    setOutput(env, 'delta', base ? String(head.score - base.score) : '')
    setOutput(env, 'report-path', reportPath)
    log.info(
      `Portfolio score ${head.score}${base ? ` (base ${base.score}, ${head.score - base.score >= 0 ? '+' : ''}${head.score - base.score})` : ''}`,
    )

    if (scored.pullRequest !== undefined && scored.pullRequest > 0 && inputs.comment !== 'off') {
      if (inputs.token === '') {
        log.warning('No github-token: the comment is not posted; the job summary has the report')
      } else {
        const client = createClient(
          inputs.token,
          env.GITHUB_API_URL ?? 'https://api.github.com',
          log,
        )
        try {
          const result = await upsertComment(
            client,
            { owner, repo, number: scored.pullRequest },
            body,
            headSha,
            {
              mode: inputs.comment,
              author: inputs.commentAuthor,
              strictHead: inputs.reportFile !== '',
            },
          )
          if (result.foreign > 0) {
            log.info(
              `Left alone ${result.foreign} comments by others that carry the techfolio marker.`,
            )
          }
          if (result.action === 'forbidden') {
            log.warning(
              'The token may not write comments on this pull request (403, a fork or a read-only token): the job summary has the report. See the README on forks.',
            )
          } else if (result.action === 'skipped-stale') {
            log.info(
              `The pull request's head moved past ${headSha.slice(0, 7)}: a newer run's comment is kept.`,
            )
          } else {
            log.info(`Comment ${result.action}${result.commentId ? ` (${result.commentId})` : ''}.`)
          }
        } catch (error) {
          const status = (error as { status?: number }).status
          log.warning(
            `The comment could not be written${status ? ` (HTTP ${status})` : ''}: ${firstLine(error)}; the job summary has the report`,
          )
        }
      }
    }

    const reasons = failures(inputs, base, head)
    for (const reason of reasons) log.error(reason)
    return reasons.length > 0 ? 1 : 0
  } catch (error) {
    log.error(`techfolio: ${firstLine(error)}`)
    return 1
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? '').slice(0, 500)
}
