// The Action end to end for run.mjs: `node packages/action/dist/index.js` on a
// pull_request event the way the runner starts it, over a real git repository
// whose main holds the sample portfolio and whose pull request edits two
// documents, against bench/fake-github.mjs in its own process. Both sides are
// scored and the comment is posted; each run is checked to have posted it.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const MARKER = '<!-- techfolio-comment:v1'
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV })

/** Replaces `from` with `to` in a file, or throws: a pull request that changes nothing measures nothing. */
function edit(file, from, to) {
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from))
    throw new Error(`bench: ${file} no longer holds ${JSON.stringify(from)}`)
  writeFileSync(file, text.replace(from, to))
}

/** The fake API's first stdout line is its URL. */
function startApi(root, headSha) {
  const child = spawn(process.execPath, [join(root, 'bench/fake-github.mjs'), headSha], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let text = ''
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`bench: fake GitHub API exited ${code}`)))
    child.stdout.on('data', (chunk) => {
      text += chunk
      const newline = text.indexOf('\n')
      if (newline < 0) return
      child.stdout.destroy()
      // Not waited on: it serves while run.mjs blocks in spawnSync, and is killed in cleanup.
      child.unref()
      resolve({ child, url: text.slice(0, newline) })
    })
  })
}

/** The comments on one pull request, read through the API (run.mjs is synchronous, so from a child). */
function listComments(url, number) {
  const script =
    'const response = await fetch(process.argv[1]); process.stdout.write(await response.text())'
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      script,
      `${url}/repos/octo/portfolio/issues/${number}/comments?per_page=100`,
    ],
    { encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`bench: listing comments failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

/**
 * Builds the repository and starts the API; returns the case for run.mjs
 * (`args`, `cwd`, `env`, `prepare`, `verify`) and `cleanup`. Each run is its
 * own pull request (number run + 1), so every run does the same work: list
 * the comments, read the pull request's head, create the comment.
 */
export async function actionCase(root) {
  const temp = mkdtempSync(join(tmpdir(), 'techfolio-bench-action-'))
  const repo = join(temp, 'repo')
  mkdirSync(repo)
  git(repo, 'init', '--quiet', '--initial-branch=main')
  cpSync(join(root, 'portfolio'), join(repo, 'portfolio'), {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  })
  // remark-cli skips the templates by this file; the Action reads it too.
  cpSync(join(root, '.remarkignore'), join(repo, '.remarkignore'))
  git(repo, 'add', '-A')
  git(repo, 'commit', '--quiet', '-m', 'portfolio')
  const baseSha = git(repo, 'rev-parse', 'HEAD').trim()

  // A realistic pull request: a newer figure in a system design, and a lesson added to a case study.
  git(repo, 'checkout', '--quiet', '-b', 'update-quote-figures')
  edit(
    join(repo, 'portfolio/systems/freight-quote-service.md'),
    '- 3.2M quotes/day from 140 shipper API integrations',
    '- 3.6M quotes/day from 155 shipper API integrations',
  )
  edit(
    join(repo, 'portfolio/case-studies/quote-api-latency.md'),
    '## Result\n',
    '## What I would do differently\n\nI would have put the latency budget in CI before the regression, not\nafter: it took 11 weeks to notice a 5x slowdown that a gate would have\ncaught in the first week.\n\n## Result\n',
  )
  git(repo, 'commit', '--quiet', '-am', 'Update quote service figures')
  const headSha = git(repo, 'rev-parse', 'HEAD').trim()

  const api = await startApi(root, headSha)
  const files = {
    event: join(temp, 'event.json'),
    output: join(temp, 'output'),
    summary: join(temp, 'summary.md'),
  }
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/portfolio',
    GITHUB_API_URL: api.url,
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'ghs_benchToken',
    INPUT_COMMENT: 'update',
    'INPUT_COMMENT-AUTHOR': 'github-actions[bot]',
    'INPUT_FAIL-ON-ERROR': 'false',
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_PATHS: '',
    'INPUT_FAIL-UNDER': '',
    'INPUT_MAX-DROP': '',
    'INPUT_REPORT-FILE': '',
  }
  return {
    args: [join(root, 'packages/action/dist/index.js')],
    cwd: repo,
    env,
    prepare(run) {
      const number = run + 1
      writeFileSync(
        files.event,
        JSON.stringify({
          action: 'synchronize',
          number,
          pull_request: {
            number,
            title: 'Update quote service figures',
            head: { sha: headSha, ref: 'update-quote-figures' },
            base: { sha: baseSha, ref: 'main' },
          },
        }),
      )
      writeFileSync(files.output, '')
      writeFileSync(files.summary, '')
    },
    /** Throws unless this run's pull request holds exactly one comment, ours, for the head. */
    verify(run) {
      const comments = listComments(api.url, run + 1)
      const ours = comments.filter((comment) => comment.body.startsWith(MARKER))
      if (comments.length !== 1 || ours.length !== 1 || !ours[0].body.includes(headSha)) {
        throw new Error(
          `bench: the Action's run ${run} left ${comments.length} comments (${ours.length} with the marker for ${headSha.slice(0, 7)}); expected one`,
        )
      }
    },
    cleanup() {
      api.child.removeAllListeners('exit')
      api.child.kill()
      rmSync(temp, { recursive: true, force: true })
    },
  }
}
