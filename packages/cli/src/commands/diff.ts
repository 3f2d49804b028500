/**
 * `techfolio diff --base <ref>`: the pull-request comment, locally. The base
 * is scored from git objects (a temporary detached worktree of the merge
 * base), the working tree is the head. The Action calls `diffReports` too,
 * so both show the same thing. git always runs with an argument array,
 * never through a shell: refs and paths are anyone's text.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type CheckOptions, check, type PortfolioReport, UsageError } from '@techfolio/engine'

export interface DiffOptions {
  /** Where the command runs; reports' paths are relative to it. */
  cwd: string
  /** The base: a branch, tag or commit; the merge base of it and `headRef` is scored. */
  baseRef: string
  /** The head commit for the merge base; default `HEAD`. The working tree is what is scored. */
  headRef?: string
  paths?: string[]
  failUnder?: number
  env?: NodeJS.ProcessEnv
}

export interface DiffReports {
  /** The merge base's report; one with no documents when the base held no portfolio yet. */
  base: PortfolioReport
  head: PortfolioReport
  /** The merge base scored as the base. */
  mergeBase: string
  /** `headRef` resolved. */
  headSha: string
  /** Paths changed since the merge base (working tree included), relative to `cwd`. */
  changedPaths: string[]
}

/** Runs git with an argument array; rejects with git's first stderr line. */
export function git(
  args: readonly string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // Hooks never run: a checkout of the base must not execute anything from the repository.
      ['-c', 'core.hooksPath=/dev/null', ...args],
      {
        cwd,
        env: { ...(env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          const first = stderr.split('\n').find((line) => line.trim() !== '') ?? error.message
          reject(new GitFailure(first.replace(/^(fatal|error): /, '').trim()))
        } else {
          resolve(stdout)
        }
      },
    )
  })
}

/** git exited with an error; the message is git's own first line. */
export class GitFailure extends Error {
  override name = 'GitFailure'
}

/** A report with no documents, for a base that held no portfolio yet. */
export function emptyReportLike(head: PortfolioReport): PortfolioReport {
  return {
    ...head,
    score: 0,
    scoreParts: { completeness: 0, quality: 0, score: 0 },
    verdict: { passed: true, reasons: [] },
    errorCount: 0,
    warningCount: 0,
    documents: [],
    files: [],
    portfolioFindings: [],
    checklist: head.checklist.map((item) => ({ ...item, done: false })),
    checklistDone: 0,
    principles: head.principles.map((principle) => ({
      ...principle,
      documents: [],
      stories: [],
      met: principle.required === 0,
    })),
    levelSignals: head.levelSignals.map((signal) => ({ ...signal, evidence: [] })),
  }
}

/**
 * Scores the merge base of `baseRef` and `headRef` and the working tree. Both
 * sides use the bundled preset (`remarkrc: false`) and no cache, as the
 * Action does, so the numbers match the comment it posts.
 */
export async function diffReports(options: DiffOptions): Promise<DiffReports> {
  const cwd = path.resolve(options.cwd)
  const env = options.env
  try {
    await git(['rev-parse', '--is-inside-work-tree'], cwd, env)
  } catch {
    throw new UsageError(`Not a git repository: ${cwd} (techfolio diff compares git commits)`)
  }
  if (options.baseRef.startsWith('-')) {
    throw new UsageError(`Unknown git ref: ${options.baseRef} (a ref cannot start with -)`)
  }
  const resolve = async (ref: string) => {
    try {
      return (
        await git(
          ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
          cwd,
          env,
        )
      ).trim()
    } catch {
      throw new UsageError(
        `Unknown git ref: ${ref} (expected a branch, tag or commit, e.g. origin/main)`,
      )
    }
  }
  const baseSha = await resolve(options.baseRef)
  const headSha = await resolve(options.headRef ?? 'HEAD')
  let mergeBase: string
  try {
    mergeBase = (await git(['merge-base', baseSha, headSha], cwd, env)).trim()
  } catch {
    throw new UsageError(
      `No common ancestor of ${options.baseRef} and ${options.headRef ?? 'HEAD'} (a shallow clone? fetch with fetch-depth: 0)`,
    )
  }
  const prefix = (await git(['rev-parse', '--show-prefix'], cwd, env)).trim()
  const changedPaths = (
    await git(['diff', '--name-only', '-z', '--relative', mergeBase, '--'], cwd, env)
  )
    .split('\0')
    .filter((name) => name !== '')

  const common: Omit<CheckOptions, 'cwd'> = {
    cache: false,
    remarkrc: false,
    workers: 0,
    ...(options.paths && options.paths.length > 0 ? { paths: options.paths } : {}),
    ...(options.failUnder !== undefined ? { failUnder: options.failUnder } : {}),
  }
  const head = await check({ ...common, cwd })

  const temp = await mkdtemp(path.join(os.tmpdir(), 'techfolio-base-'))
  const worktree = path.join(temp, 'base')
  let added = false
  try {
    await git(['worktree', 'add', '--detach', '--quiet', worktree, mergeBase], cwd, env)
    added = true
    const baseCwd = path.join(worktree, prefix)
    let base: PortfolioReport
    try {
      base = await check({ ...common, cwd: baseCwd })
    } catch (error) {
      // No portfolio (or not these paths) on the base yet: every document is new.
      if (
        error instanceof Error &&
        (error.name === 'EmptyPortfolioError' || error.name === 'InputError')
      ) {
        base = emptyReportLike(head)
      } else {
        throw error
      }
    }
    return { base, head, mergeBase, headSha, changedPaths }
  } finally {
    if (added)
      await git(['worktree', 'remove', '--force', worktree], cwd, env).catch(() => undefined)
    await rm(temp, { recursive: true, force: true })
    if (added) await git(['worktree', 'prune'], cwd, env).catch(() => undefined)
  }
}
