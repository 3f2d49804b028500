/**
 * The one comment the Action keeps on a pull request. It is found by the
 * hidden marker AND by its author; a marker in anyone else's comment is
 * ignored, never edited. A run for a head that is no longer the pull
 * request's head does not overwrite what a newer run wrote.
 */

import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { parseCommentMarker } from '@techfolio/summary'
import type { Log } from './runner.js'

export type CommentMode = 'update' | 'recreate' | 'off'

const ActionOctokit = Octokit.plugin(retry, throttling)
export type Client = InstanceType<typeof ActionOctokit>

/** An Octokit at `baseUrl` that retries server errors and waits out rate limits (twice at most). */
export function createClient(token: string, baseUrl: string, log: Log): Client {
  return new ActionOctokit({
    auth: token,
    baseUrl,
    userAgent: 'techfolio-action',
    // Octokit's own logging goes through ours; it never carries the token.
    log: {
      debug: () => {},
      info: () => {},
      warn: (text: string) => log.warning(text),
      error: () => {},
    },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        _options: unknown,
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(`GitHub rate limit reached: retrying after ${retryAfter} s`)
        return retryCount < 2
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        _options: unknown,
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(`GitHub secondary rate limit reached: retrying after ${retryAfter} s`)
        return retryCount < 2
      },
    },
  })
}

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export interface CommentResult {
  /** What happened to the comment. */
  action: 'created' | 'updated' | 'recreated' | 'skipped-stale' | 'off' | 'forbidden'
  commentId?: number
  /** Comments carrying the marker written by someone else: left alone. */
  foreign: number
}

interface IssueComment {
  id: number
  body?: string | undefined
  user: { login: string } | null
}

/** True for a 403 the token cannot get past (a fork's read-only token), not a rate limit. */
function isForbidden(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: number }).status === 403
  )
}

/**
 * Creates, updates or re-creates the Action's comment with `body`, written
 * for `headSha`. Skips when the pull request's head has moved past `headSha`,
 * or when our existing comment already records a newer head. A 403 on
 * writing resolves to `forbidden` (the caller warns); other errors reject.
 */
export async function upsertComment(
  client: Client,
  pr: PullRequestRef,
  body: string,
  headSha: string,
  options: {
    mode: CommentMode
    author: string
    /** Post only when `headSha` is the pull request's head (a report from another job names its pull request itself). */
    strictHead?: boolean
  },
): Promise<CommentResult> {
  if (options.mode === 'off') return { action: 'off', foreign: 0 }
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })) as IssueComment[]
  const marked = comments.filter((comment) => parseCommentMarker(comment.body ?? '') !== undefined)
  const own = marked.filter((comment) => comment.user?.login === options.author)
  const foreign = marked.length - own.length

  // The pull request's current head: a run for an older head must not overwrite a newer one.
  // Our comment for another head than ours, while ours is no longer current, may be newer: keep it.
  const current = await client.rest.pulls.get({
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
  })
  if (current.data.head.sha !== headSha) {
    if (options.strictHead) return { action: 'skipped-stale', foreign }
    const otherHead = own.some(
      (comment) => parseCommentMarker(comment.body ?? '')?.head !== headSha,
    )
    if (otherHead) return { action: 'skipped-stale', foreign }
  }

  try {
    if (options.mode === 'update' && own.length > 0) {
      const [keep, ...duplicates] = own as [IssueComment, ...IssueComment[]]
      await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: keep.id,
        body,
      })
      // Duplicates of our own (an earlier race) go; nobody else's comment is touched.
      for (const duplicate of duplicates) {
        await client.rest.issues.deleteComment({
          owner: pr.owner,
          repo: pr.repo,
          comment_id: duplicate.id,
        })
      }
      return { action: 'updated', commentId: keep.id, foreign }
    }
    for (const old of own) {
      await client.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: old.id })
    }
    const created = await client.rest.issues.createComment({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body,
    })
    return { action: own.length > 0 ? 'recreated' : 'created', commentId: created.data.id, foreign }
  } catch (error) {
    if (isForbidden(error)) return { action: 'forbidden', foreign }
    throw error
  }
}
