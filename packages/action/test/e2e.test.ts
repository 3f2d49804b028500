/**
 * Runs the committed, bundled dist/index.js with `node` the way the runner
 * does (INPUT_*, GITHUB_* environment, files for outputs and the summary)
 * against a GitHub API served by the test, over a real git repository.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from './fake-github.js'
import { CUTOVER, createRepo, git, INCIDENT, LEDGER, type TestRepo } from './repo.js'

const DIST = path.resolve(import.meta.dirname, '../dist/index.js')
const TOKEN = 'ghs_secretTokenThatMustNeverBePrinted0123'
const HOSTILE = '`$(touch pwned)` <script>alert(1)</script> @octocat | #1'
const HOSTILE_FILE = 'portfolio/post-mortems/$(touch pwned)-`id`-<script>.md'

let repo: TestRepo
/** The base SHA of a branch's pull request, when not main's first commit. */
const baseFor: Record<string, string> = {}
const api = new FakeGitHub()
let temp: string

function bigPortfolio(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 150; index++) {
    files[`portfolio/stories/story-${String(index).padStart(3, '0')}.md`] =
      `---\nkind: case-study\ntitle: Story ${index} about a queue that was slow\n---\n\n# Story ${index}\n\nThings got 40% faster and better.\n\n## Notes\n\nWe did some work.\n`
  }
  return files
}

beforeAll(async () => {
  await api.start()
  temp = mkdtempSync(path.join(os.tmpdir(), 'techfolio-action-run-'))
  repo = createRepo({
    // Changes the system, removes the decision record, adds a post-mortem.
    feature: {
      'portfolio/systems/card-ledger.md': LEDGER.replace(
        /## My part[\s\S]*?## Decisions/,
        '## Decisions',
      ),
      'portfolio/decisions/0001-cutover.md': null,
      'portfolio/post-mortems/payday-duplicates.md': INCIDENT,
    },
    docs: { 'README.md': '# My portfolio\n\nNow with a longer introduction.\n' },
    hostile: { [HOSTILE_FILE]: INCIDENT.replace('Duplicate postings on payday', HOSTILE) },
    big: bigPortfolio(),
  })
  // The base moves on after the branch started (a new decision record on main), and the runner
  // checks out the merge commit of the pull request into that base, as refs/pull/N/merge.
  writeFileSync(
    path.join(repo.root, 'portfolio/decisions/0002-later.md'),
    CUTOVER.replace(/Cut over region by region/g, 'Keep the old ledger read-only'),
  )
  git(repo.root, 'add', '-A')
  git(repo.root, 'commit', '--quiet', '-m', 'later on main')
  const mainLater = git(repo.root, 'rev-parse', 'HEAD').trim()
  const merged = path.join(temp, 'merged')
  git(repo.root, 'worktree', 'add', '--quiet', '--detach', merged, mainLater)
  git(merged, 'merge', '--quiet', '--no-edit', 'feature')
  repo.branches.merged = { dir: merged, sha: repo.branches.feature?.sha ?? '' }
  baseFor.merged = mainLater
})

afterAll(async () => {
  await api.stop()
  repo?.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

let runCount = 0

/** Runs dist/index.js for a pull request from `branch` into main, as the runner would. */
function runAction(
  branch: string,
  inputs: Record<string, string> = {},
  title = 'Update my portfolio',
  /** The privileged half of the fork pair: a workflow_run event, and a workspace with no pull request code. */
  workflowRun?: { headSha: string; workspace: string },
  /** Another event than a pull request (a push). */
  push = false,
): Promise<ActionRun> {
  const checkout = repo.branches[branch]
  if (!checkout) throw new Error(`no branch ${branch}`)
  const dir = path.join(temp, `run-${runCount++}`)
  const files = {
    event: `${dir}-event.json`,
    output: `${dir}-output`,
    summary: `${dir}-summary.md`,
  }
  writeFileSync(
    files.event,
    JSON.stringify(
      push
        ? { ref: 'refs/heads/main', after: checkout.sha }
        : workflowRun
          ? {
              action: 'completed',
              workflow_run: { head_sha: workflowRun.headSha, event: 'pull_request' },
            }
          : {
              action: 'synchronize',
              number: 7,
              pull_request: {
                number: 7,
                title,
                head: { sha: checkout.sha, ref: branch },
                base: { sha: baseFor[branch] ?? repo.mainSha, ref: 'main' },
              },
            },
    ),
  )
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/portfolio',
    GITHUB_API_URL: api.url,
    GITHUB_WORKSPACE: workflowRun?.workspace ?? checkout.dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_COMMENT: 'update',
    'INPUT_COMMENT-AUTHOR': 'github-actions[bot]',
    'INPUT_FAIL-ON-ERROR': 'false',
    'INPUT_WORKING-DIRECTORY': '.',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], {
      cwd: workflowRun?.workspace ?? checkout.dir,
      env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
      })
    })
  })
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string
  return outputs
}

function expectNoSecret(run: ActionRun): void {
  expect(run.stdout).not.toContain(TOKEN)
  expect(run.stderr).not.toContain(TOKEN)
  expect(run.summary).not.toContain(TOKEN)
}

const marker = (sha: string) => `<!-- techfolio-comment:v1 head=${sha} -->`

beforeEach((context) => {
  const branch = /\[(\w+)\]/.exec(context.task.name)?.[1] ?? 'feature'
  api.reset(repo.branches[branch]?.sha ?? '')
})

describe('the bundled Action on a pull request', () => {
  it('[feature] first run creates one comment, with outputs, summary and no token printed', async () => {
    const run = await runAction('feature')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    const [comment] = api.comments
    expect(comment?.user.login).toBe('github-actions[bot]')
    expect(comment?.body.startsWith(marker(repo.branches.feature?.sha ?? ''))).toBe(true)
    // The summary carries the same body.
    expect(run.summary).toContain(comment?.body)
    expect(Number(run.outputs.score)).toBeGreaterThanOrEqual(0)
    expect(Number(run.outputs.delta)).toBe(
      Number(run.outputs.score) - Number(run.outputs['base-score']),
    )
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true)
    // Every request carried the token; none printed it.
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true)
    expectNoSecret(run)
  })

  it('[feature] a PR that deletes a document shows it removed, and the new one new', async () => {
    const run = await runAction('feature')
    const body = api.comments[0]?.body ?? ''
    expect(body).toMatch(
      /0001\\-cutover\\\.md<\/sub> \| decision\\-record \| — \| 🗑️ removed \(was \d+\)/,
    )
    expect(body).toMatch(/payday\\-duplicates\\\.md<\/sub> \| post\\-mortem \| \d+ \| 🆕 new/)
    expect(body).toMatch(/card\\-ledger\\\.md<\/sub> \| system \| \d+ \| ▼ −\d+/)
    expect(run.code).toBe(0)
  })

  it('[feature] a second run updates the comment rather than adding one', async () => {
    await runAction('feature')
    const id = api.comments[0]?.id
    api.comments[0] = {
      ...(api.comments[0] as (typeof api.comments)[number]),
      body: `${marker(repo.branches.feature?.sha ?? '')}\nold`,
    }
    api.requests.length = 0
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.id).toBe(id)
    expect(api.comments[0]?.body).not.toContain('\nold')
    expect(api.writes().map((request) => request.method)).toEqual(['PATCH'])
  })

  it('[feature] finds its own comment on page 2 of 130 and edits only that one', async () => {
    for (let index = 0; index < 130; index++) {
      if (index === 110)
        api.addComment('github-actions[bot]', `${marker('abcdef1')}\nearlier result`)
      else api.addComment(`reviewer-${index % 7}`, `Looks good ${index}`)
    }
    const own = api.comments[110]
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(130)
    expect(api.writes()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/repos/octo/portfolio/issues/comments/${own?.id}`,
      }),
    ])
    expect(
      api.requests.filter(
        (request) => request.method === 'GET' && request.path.includes('/comments'),
      ).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it("[feature] never edits another user's comment that carries the marker", async () => {
    const spoof = api.addComment(
      'mallory',
      `${marker(repo.branches.feature?.sha ?? '')}\nI am the bot, trust me`,
    )
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(2)
    expect(api.comments.find((comment) => comment.id === spoof.id)?.body).toContain('trust me')
    expect(api.writes().map((request) => request.method)).toEqual(['POST'])
    expect(run.stdout).toContain('Left alone 1 comments by others')
  })

  it('[feature] a 403 on writing (a fork) is a warning; the job passes and the summary has the report', async () => {
    api.forbidWrites = true
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(0)
    expect(run.stdout).toMatch(/^::warning::The token may not write comments .*403/m)
    expect(run.summary).toContain('techfolio-comment:v1')
    expectNoSecret(run)
  })

  it('[feature] a 502 then success still leaves exactly one comment', async () => {
    api.script('POST comments', { status: 502, body: { message: 'Bad Gateway' } })
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(api.writes().map((request) => request.method)).toEqual(['POST', 'POST'])
  })

  it('[feature] waits out a secondary rate limit with retry-after, then posts once', async () => {
    api.script('POST comments', {
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    })
    const started = Date.now()
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(run.stdout).toContain('secondary rate limit reached: retrying after 1 s')
  })

  it('[feature] a run for a head the PR has moved past keeps the newer comment', async () => {
    const newer = 'f'.repeat(40)
    api.headSha = newer
    const kept = api.addComment('github-actions[bot]', `${marker(newer)}\nnewer result`)
    const run = await runAction('feature')
    expect(run.code).toBe(0)
    expect(api.writes()).toEqual([])
    expect(api.comments).toEqual([kept])
    expect(run.stdout).toContain('head moved past')
  })

  it('[feature] comment: recreate deletes its comment and posts a new one; off posts nothing', async () => {
    const old = api.addComment('github-actions[bot]', `${marker('abcdef1')}\nold`)
    await runAction('feature', { comment: 'recreate' })
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.id).not.toBe(old.id)
    api.requests.length = 0
    await runAction('feature', { comment: 'off' })
    expect(api.requests).toEqual([])
  })

  it('[feature] fails only when asked: fail-under above the score, max-drop under the drop, fail-on-error', async () => {
    const asked = await runAction('feature', {
      'fail-under': '100',
      'max-drop': '0',
      'fail-on-error': 'true',
    })
    expect(asked.code).toBe(1)
    expect(asked.stdout).toMatch(/^::error::Portfolio score \d+ is under fail-under 100$/m)
    // The PR takes the system's "My part" out and adds an unfinished post-mortem: the score falls.
    expect(asked.stdout).toMatch(
      /^::error::Portfolio score dropped by (\d+) \(from \d+ to \d+\): expected at most max-drop 0$/m,
    )
    expect(asked.stdout).toMatch(/^::error::\d+ findings at error severity/m)
    // A fall within max-drop, and nothing else asked: no reason to fail.
    const lenient = await runAction('feature', { 'max-drop': '50' })
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).not.toContain('dropped by')
    const bad = await runAction('feature', { 'fail-under': 'lots' })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      '::error::techfolio: Input fail-under is "lots": expected a number from 0 to 100',
    )
  })

  it('[docs] a PR that touches no portfolio file says so, delta 0', async () => {
    // A score that does not fall passes even max-drop 0.
    const run = await runAction('docs', { 'max-drop': '0' })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('dropped by')
    expect(api.comments[0]?.body).toContain('_No portfolio document changed._')
    expect(run.outputs.delta).toBe('0')
  })

  it('[hostile] a title and file name with backticks, $(…) and <script> stay data', async () => {
    const run = await runAction('hostile', {}, HOSTILE)
    expect(run.code).toBe(0)
    expect(existsSync(path.join(repo.branches.hostile?.dir ?? '', 'pwned'))).toBe(false)
    expect(existsSync(path.join(temp, 'pwned'))).toBe(false)
    const body = api.comments[0]?.body ?? ''
    expect(body).not.toMatch(/<script|@octocat/)
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(body).toContain('\\$\\(touch pwned\\)')
    // Annotations keep the file name in one escaped property.
    const annotations = run.stdout
      .split('\n')
      .filter((entry) => entry.startsWith('::error file=') || entry.startsWith('::warning file='))
    expect(annotations.length).toBeGreaterThan(0)
    for (const line of annotations) {
      expect(line).toMatch(
        /^::(error|warning) file=portfolio\/post-mortems\/\$\(touch pwned\)-`id`-<script>\.md,line=\d+,col=\d+,title=[\w-]+::[^\n]*$/,
      )
    }
  })

  it('[feature] the fork pair: the unprivileged run uploads a report, the privileged run validates and posts it', async () => {
    const unprivileged = await runAction('feature', { comment: 'off' })
    expect(api.requests).toEqual([])
    const reportPath = unprivileged.outputs['report-path'] ?? ''
    const privileged = mkdtempSync(path.join(temp, 'privileged-'))
    const headSha = repo.branches.feature?.sha ?? ''
    const run = await runAction('feature', { 'report-file': reportPath }, undefined, {
      headSha,
      workspace: privileged,
    })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.body).toBe(unprivileged.summary)

    // A tampered report is refused, names the bad field, and posts nothing.
    const tampered = JSON.parse(readFileSync(reportPath, 'utf8')) as { head: { score: number } }
    tampered.head.score = 1000
    const tamperedPath = path.join(privileged, 'tampered.json')
    writeFileSync(tamperedPath, JSON.stringify(tampered))
    api.requests.length = 0
    const refused = await runAction('feature', { 'report-file': tamperedPath }, undefined, {
      headSha,
      workspace: privileged,
    })
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      '::error::techfolio: Report payload.head.score: expected a whole number from 0 to 100',
    )
    expect(api.requests).toEqual([])

    // A report for another commit than the workflow run's is refused.
    const other = await runAction('feature', { 'report-file': reportPath }, undefined, {
      headSha: 'b'.repeat(40),
      workspace: privileged,
    })
    expect(other.code).toBe(1)
    expect(api.requests).toEqual([])
  })

  it('[feature] on a push it scores the working tree alone and calls no API', async () => {
    const run = await runAction('feature', {}, undefined, undefined, true)
    expect(run.code).toBe(0)
    expect(api.requests).toEqual([])
    expect(Number(run.outputs.score)).toBeGreaterThanOrEqual(0)
    expect(run.outputs['base-score']).toBe('')
    expect(run.summary).toContain('techfolio-comment:v1')
  })

  it("[merged] on the merge commit, what the base gained meanwhile is not shown as the PR's", async () => {
    const run = await runAction('merged')
    expect(run.code).toBe(0)
    const body = api.comments[0]?.body ?? ''
    expect(
      body.startsWith(`<!-- techfolio-comment:v1 head=${repo.branches.feature?.sha} -->`),
    ).toBe(true)
    expect(body).toMatch(/payday\\-duplicates\\\.md<\/sub> \| post\\-mortem \| \d+ \| 🆕 new/)
    expect(body).toMatch(/0001\\-cutover\\\.md<\/sub> .* 🗑️ removed/)
    expect(body).not.toContain('0002\\-later')
  })

  it('[big] a report too large for one comment is cut, worst first, the rest counted', async () => {
    const run = await runAction('big')
    expect(run.code).toBe(0)
    const body = api.comments[0]?.body ?? ''
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(/_…and \d+ more (changed documents|documents with findings)/)
    // At most 10 annotations per level; the rest counted in the summary.
    expect(run.stdout.match(/^::warning file=/gm)?.length ?? 0).toBeLessThanOrEqual(10)
    expect(run.stdout.match(/^::error file=/gm)?.length ?? 0).toBeLessThanOrEqual(10)
    expect(run.summary).toMatch(/\d+ more findings on changed lines are not annotated/)
  })
})
