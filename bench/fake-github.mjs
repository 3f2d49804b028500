// A minimal GitHub REST API for the Action's benchmark, in its own process
// because run.mjs times with spawnSync, which blocks run.mjs's event loop:
// list issue comments (paginated with Link headers), create and update one,
// and get a pull request. `node bench/fake-github.mjs [HEAD_SHA]` prints its
// URL as the first line of stdout and serves on 127.0.0.1 until killed; every
// pull request reports HEAD_SHA as its head.
import { createServer } from 'node:http'

const headSha = process.argv[2] ?? '0'.repeat(40)
const botLogin = 'github-actions[bot]'
/** Issue number → its comments, oldest first. */
const comments = new Map()
let nextId = 1

const server = createServer((request, response) => {
  const chunks = []
  request.on('data', (chunk) => chunks.push(chunk))
  request.on('end', () => {
    const send = (status, payload, headers = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(payload))
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    const text = Buffer.concat(chunks).toString('utf8')
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)

    if (list && request.method === 'GET') {
      const all = comments.get(Number(list[1])) ?? []
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (target, rel) => {
        const href = new URL(url.pathname, url)
        href.searchParams.set('per_page', String(perPage))
        href.searchParams.set('page', String(target))
        return `<${href.href}>; rel="${rel}"`
      }
      const headers =
        page < last ? { link: `${link(page + 1, 'next')}, ${link(last, 'last')}` } : {}
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers)
    }
    if (list && request.method === 'POST') {
      const created = { id: nextId++, body: JSON.parse(text).body, user: { login: botLogin } }
      comments.set(Number(list[1]), [...(comments.get(Number(list[1])) ?? []), created])
      return send(201, created)
    }
    if (one && request.method === 'PATCH') {
      const comment = [...comments.values()].flat().find((entry) => entry.id === Number(one[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = JSON.parse(text).body
      return send(200, comment)
    }
    if (pull && request.method === 'GET') {
      return send(200, { number: Number(pull[1]), head: { sha: headSha } })
    }
    send(404, { message: `Not Found: ${request.method} ${url.pathname}` })
  })
})

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`)
})
