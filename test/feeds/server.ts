/**
 * A partner's web server, for the feed tests (the edge of the world: no internet in tests). Serves the fixture
 * feeds in test/feeds/fixtures, dated relative to a given day (`{{D+7}}` → 20270308, `{{ISO-20}}` → 2027-02-09),
 * with ETags and 304s like a real CMS; named feeds whose content a test switches (`PUT /state/<key>`) and whose
 * requests it can read back (`GET /log/<key>`); and hostile feeds: huge, slow, redirect loops, a redirect to a private
 * address, one that fails twice before it works; and developers' webhook endpoints (`POST /hook/<key>`) that keep
 * what they received (`GET /hook-log/<key>`) and answer as a test plans (`PUT /hook-plan/<key>`: `[500, 500, 200]`).
 * Listens on 127.0.0.1 only and stops with the test run.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const TYPES: Record<string, string> = { ics: 'text/calendar; charset=utf-8', html: 'text/html; charset=utf-8', jsonld: 'application/ld+json', json: 'application/json' }

const ymd = (day: string, offset: number) => new Date(Date.parse(`${day}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)

/** A fixture with its dates made relative to `today`. */
export function render(name: string, today: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .replace(/\{\{D([+-]\d+)\}\}/g, (_, n) => ymd(today, Number(n)).replaceAll('-', ''))
    .replace(/\{\{ISO([+-]\d+)\}\}/g, (_, n) => ymd(today, Number(n)))
}

type State = { fixture: string; today: string; validators?: boolean }
const states = new Map<string, State>()
const logs = new Map<string, { at: string; ifNoneMatch: string | null; status: number }[]>()
const attempts = new Map<string, number>()
/** Webhook receivers: what each got, and the statuses it answers with next (then 204). */
const received = new Map<string, { headers: Record<string, string>; body: string; status: number }[]>()
const plans = new Map<string, (number | 'hang')[]>()

function send(req: IncomingMessage, res: ServerResponse, body: string, type: string, key?: string, validators = true) {
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`
  const status = validators && req.headers['if-none-match'] === etag ? 304 : 200
  if (key) logs.set(key, [...(logs.get(key) ?? []), { at: new Date().toISOString(), ifNoneMatch: (req.headers['if-none-match'] as string) ?? null, status }])
  res.writeHead(status, { 'Content-Type': type, ...(validators ? { ETag: etag } : {}) })
  res.end(status === 304 ? undefined : body)
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const [, kind, name = ''] = url.pathname.split('/')
  const today = url.searchParams.get('today') ?? new Date().toISOString().slice(0, 10)
  if (kind === 'fixtures') return send(req, res, render(name, today), TYPES[name.split('.').at(-1)!] ?? 'text/plain')
  if (kind === 'state' && req.method === 'PUT') {
    let body = ''
    for await (const chunk of req) body += chunk
    states.set(name, JSON.parse(body) as State)
    res.writeHead(204).end()
    return
  }
  if (kind === 'feed') {
    const state = states.get(name)
    if (!state) return res.writeHead(404).end('no such feed')
    return send(req, res, render(state.fixture, state.today), TYPES[state.fixture.split('.').at(-1)!] ?? 'text/plain', name, state.validators !== false)
  }
  if (kind === 'log') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    return res.end(JSON.stringify(logs.get(name) ?? []))
  }
  if (kind === 'huge') {
    // Eight megabytes, streamed without a Content-Length, so only counting while reading can stop it.
    res.writeHead(200, { 'Content-Type': 'text/calendar' })
    res.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Huge//EN\r\n')
    const event = `BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270101T100000Z\r\nSUMMARY:${'x'.repeat(1000)}\r\nEND:VEVENT\r\n`
    for (let i = 0; i < 8000 && !res.destroyed; i++) if (!res.write(event)) await new Promise((r) => res.once('drain', r))
    return res.end('END:VCALENDAR\r\n')
  }
  if (kind === 'slow') {
    // Headers at once, then a line every half second for a minute: only a deadline on the whole body ends it.
    res.writeHead(200, { 'Content-Type': 'text/calendar' })
    res.write('BEGIN:VCALENDAR\r\n')
    for (let i = 0; i < 120 && !res.destroyed; i++) {
      await new Promise((r) => setTimeout(r, 500))
      res.write('X-WAIT:1\r\n')
    }
    return res.end('END:VCALENDAR\r\n')
  }
  if (kind === 'loop') return res.writeHead(302, { Location: name === 'a' ? '/loop/b' : '/loop/a' }).end()
  if (kind === 'hops') return res.writeHead(302, { Location: `/hops/${Number(name) + 1}` }).end()
  if (kind === 'to-private') return res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end()
  if (kind === 'flaky') {
    // Fails twice, then serves the fixture of the query (a partner's server that is briefly down).
    const n = (attempts.get(name) ?? 0) + 1
    attempts.set(name, n)
    if (n <= 2) return res.writeHead(503).end('down for maintenance')
    return send(req, res, render(url.searchParams.get('fixture') ?? 'museum.ics', today), TYPES.ics!)
  }
  if (kind === 'gone') return res.writeHead(404).end('not found')
  if (kind === 'hook-plan' && req.method === 'PUT') {
    let body = ''
    for await (const chunk of req) body += chunk
    plans.set(name, JSON.parse(body) as (number | 'hang')[])
    return res.writeHead(204).end()
  }
  if (kind === 'hook-log') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    return res.end(JSON.stringify(received.get(name) ?? []))
  }
  if (kind === 'hook' && req.method === 'POST') {
    // A developer's webhook endpoint: keeps what it got, answers as planned (a hang: never, until the sender gives up).
    let body = ''
    for await (const chunk of req) body += chunk
    const next = plans.get(name)?.shift() ?? 204
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('webhook-') || k === 'content-type').map(([k, v]) => [k, String(v)]))
    received.set(name, [...(received.get(name) ?? []), { headers, body, status: next === 'hang' ? 0 : next }])
    if (next === 'hang') return
    return res.writeHead(next).end(next >= 400 ? 'receiver failure' : undefined)
  }
  res.writeHead(404).end()
}

export default async function setup(project: TestProject) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500)
      res.end(String(err))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  project.provide('feedServer', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  return () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
