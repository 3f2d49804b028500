/**
 * A GitHub REST API on 127.0.0.1 with only the endpoints the Action uses:
 * list (paginated with Link headers), create, update and delete issue
 * comments, and get a pull request. Tests queue failures per route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string }
}

export interface ScriptedResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

export interface RequestRecord {
  method: string
  path: string
  authorization: string | undefined
}

export class FakeGitHub {
  comments: FakeComment[] = []
  /** The pull request's head as the API reports it. */
  headSha = ''
  /** The login that comments created through the API are written by. */
  botLogin = 'github-actions[bot]'
  /** Every write answered 403, as for a fork's read-only token. */
  forbidWrites = false
  /** Responses served before the real one, by `METHOD route` (route: `comments`, `comment`, `pull`). */
  readonly scripted = new Map<string, ScriptedResponse[]>()
  readonly requests: RequestRecord[] = []
  private nextId = 1000
  private server: Server | undefined
  url = ''

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ message: String(error) }))
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  reset(headSha: string): void {
    this.comments = []
    this.headSha = headSha
    this.forbidWrites = false
    this.scripted.clear()
    this.requests.length = 0
  }

  addComment(login: string, body: string): FakeComment {
    const comment = { id: this.nextId++, body, user: { login } }
    this.comments.push(comment)
    return comment
  }

  script(key: string, ...responses: ScriptedResponse[]): void {
    this.scripted.set(key, [...(this.scripted.get(key) ?? []), ...responses])
  }

  writes(): RequestRecord[] {
    return this.requests.filter((request) => request.method !== 'GET')
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const method = request.method ?? 'GET'
    this.requests.push({
      method,
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
    })
    const body = await readBody(request)
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(payload === undefined ? '' : JSON.stringify(payload))
    }

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname)
    const route = list ? 'comments' : one ? 'comment' : pull ? 'pull' : 'unknown'
    const queued = this.scripted.get(`${method} ${route}`)
    const next = queued?.shift()
    if (next) {
      send(next.status, next.body ?? { message: `scripted ${next.status}` }, next.headers)
      return
    }
    if (method !== 'GET' && this.forbidWrites) {
      send(403, { message: 'Resource not accessible by integration' })
      return
    }
    if (list && method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(this.comments.length / perPage))
      const links: string[] = []
      const link = (p: number, rel: string) => {
        const target = new URL(url.pathname, this.url)
        target.searchParams.set('per_page', String(perPage))
        target.searchParams.set('page', String(p))
        links.push(`<${target.href}>; rel="${rel}"`)
      }
      if (page < last) {
        link(page + 1, 'next')
        link(last, 'last')
      }
      send(
        200,
        this.comments.slice((page - 1) * perPage, page * perPage),
        links.length > 0 ? { link: links.join(', ') } : {},
      )
      return
    }
    if (list && method === 'POST') {
      const created = this.addComment(this.botLogin, (JSON.parse(body) as { body: string }).body)
      send(201, created)
      return
    }
    if (one) {
      const comment = this.comments.find((entry) => entry.id === Number(one[3]))
      if (!comment) return send(404, { message: 'Not Found' })
      if (method === 'PATCH') {
        comment.body = (JSON.parse(body) as { body: string }).body
        return send(200, comment)
      }
      if (method === 'DELETE') {
        this.comments = this.comments.filter((entry) => entry !== comment)
        return send(204)
      }
    }
    if (pull && method === 'GET') {
      return send(200, { number: Number(pull[3]), head: { sha: this.headSha } })
    }
    send(404, { message: 'Not Found' })
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
