#!/usr/bin/env node
/**
 * Regenerates docs/comment-example.md: the comment the Action posts on a
 * pull request that completes the sample portfolio's freight quote system
 * and adds its post-mortem, still without its root cause (the base lacks
 * both), so the comment shows a change, a new document and its findings. Built in a temporary git
 * repository with fixed dates, so the commit SHAs and the output are stable.
 *
 * Usage: node scripts/comment-example.mjs [--out FILE]
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { diffReports } from '@techfolio/cli/diff'
import { renderComment } from '@techfolio/summary'

const packageDir = path.resolve(import.meta.dirname, '..')
const sample = path.resolve(packageDir, '../../portfolio')
const outFlag = process.argv.indexOf('--out')
const out =
  outFlag > 0
    ? path.resolve(process.argv[outFlag + 1])
    : path.join(packageDir, 'docs/comment-example.md')
const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Sample',
  GIT_AUTHOR_EMAIL: 'sample@example.test',
  GIT_COMMITTER_NAME: 'Sample',
  GIT_COMMITTER_EMAIL: 'sample@example.test',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
}
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' })

const temp = mkdtempSync(path.join(os.tmpdir(), 'techfolio-comment-example-'))
try {
  const repo = path.join(temp, 'repo')
  cpSync(sample, path.join(repo, 'portfolio'), {
    recursive: true,
    filter: (source) =>
      !source.includes(`${path.sep}templates`) && !source.endsWith('package.json'),
  })
  git(repo, 'init', '--quiet', '--initial-branch=main')
  const system = path.join(repo, 'portfolio/systems/freight-quote-service.md')
  const complete = readFileSync(system, 'utf8')
  // The base: no post-mortem yet, and the system without its trade-offs and leadership sections.
  writeFileSync(system, complete.replace(/## Technical Decisions[\s\S]*$/, ''))
  const postMortem = path.join(repo, 'portfolio/leadership/stale-eta-post-mortem.md')
  const postMortemText = readFileSync(postMortem, 'utf8')
  rmSync(postMortem)
  git(repo, 'add', '-A')
  git(repo, 'commit', '--quiet', '-m', 'base')
  git(repo, 'checkout', '--quiet', '-b', 'add-post-mortem')
  writeFileSync(system, complete)
  writeFileSync(
    postMortem,
    postMortemText.replace(/## Root Cause[\s\S]*?## Your Role/, '## Your Role'),
  )
  git(repo, 'add', '-A')
  git(repo, 'commit', '--quiet', '-m', 'head')

  const diff = await diffReports({ cwd: repo, baseRef: 'main', env })
  const body = renderComment(diff.base, diff.head, {
    headSha: diff.headSha,
    baseLabel: 'main',
    changedPaths: diff.changedPaths,
    version,
  })
  writeFileSync(out, body)
  process.stdout.write(`Wrote ${path.relative(process.cwd(), out)} (${body.length} characters)\n`)
} finally {
  rmSync(temp, { recursive: true, force: true })
}
