/**
 * The push rows of `npm run bench`: webhook deliveries per second through the deliveries queue, and the live stream's
 * fan-out to many connected clients (time from a write to the last client). Both against a real Worker (its Durable
 * Object and queues in Miniflare) and a receiver on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
type Api = { url: string; persist: string }

function key(persist: string, ...args: string[]): string {
  const out = execFileSync('npx', ['tsx', 'scripts/keys.ts', 'create', ...args, '--persist-to', persist], { cwd: root, encoding: 'utf8' })
  return /ksk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(out)![0]
}

const call = async (api: Api, key: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${api.url}${path}`, {
    method, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return res.status === 204 ? null : ((await res.json()) as Record<string, unknown>)
}

const event = (id: string, day: number) => ({
  id, kind: 'lecture', title: { nl: `Bench ${id}`, en: `Bench ${id}` }, places: ['naturalis'],
  startsAt: `2027-06-${String(1 + (day % 28)).padStart(2, '0')}T20:00:00+02:00`, endsAt: `2027-06-${String(1 + (day % 28)).padStart(2, '0')}T21:00:00+02:00`,
})

const until = async (check: () => boolean, ms: number, what: string) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`bench: ${what} did not happen within ${ms / 1000} s`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/**
 * `endpoints` webhooks, registered paused, each owed `changes` events; then all resumed at once, timed until the
 * receiver has every message. Each endpoint gets its messages one at a time (ordered), endpoints in parallel.
 */
export async function deliveryRate(api: Api, endpoints = 10, changes = 50) {
  let received = 0
  let duplicates = 0
  const seen = new Set<string>()
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const id = String(req.headers['webhook-id'])
      if (seen.has(id)) duplicates++
      else received++
      seen.add(id)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const receiver = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const subscriber = key(api.persist, '--role', 'subscriber', '--label', 'bench')
    const writer = key(api.persist, '--role', 'partner', '--partner', 'naturalis', '--trusted')
    const hooks: string[] = []
    for (let i = 0; i < endpoints; i++) {
      const made = await call(api, subscriber, 'POST', '/v1/webhooks', { url: `${receiver}/hook/${i}`, entities: ['event'], paused: true })
      hooks.push(String(made!.id))
    }
    const run = Date.now().toString(36)
    for (let i = 0; i < changes; i++) await call(api, writer, 'POST', '/v1/events', event(`naturalis-bench-${run}-${i}`, i))
    // Every change is queued for every endpoint (the hub matches them as they are written).
    const owed = async () => {
      let n = 0
      for (const id of hooks) {
        const page = await call(api, subscriber, 'GET', `/v1/webhooks/${id}/deliveries?limit=100`)
        n += (page!.data as unknown[]).length
      }
      return n
    }
    const startedQueue = Date.now()
    while ((await owed()) < endpoints * changes) {
      if (Date.now() - startedQueue > 60_000) throw new Error('bench: deliveries were not queued within 60 s')
      await new Promise((r) => setTimeout(r, 200))
    }
    const started = performance.now()
    await Promise.all(hooks.map((id) => call(api, subscriber, 'PATCH', `/v1/webhooks/${id}`, { paused: false })))
    await until(() => received >= endpoints * changes, 300_000, `${endpoints * changes} deliveries`)
    const seconds = (performance.now() - started) / 1000
    for (const id of hooks) await call(api, subscriber, 'DELETE', `/v1/webhooks/${id}`)
    return { endpoints, changes, messages: received, seconds, perSecond: received / seconds, duplicates }
  } finally {
    server.close()
  }
}

/** `clients` open streams (one filter, as many widgets on many pages would have); one write; when each hears of it. */
export async function fanOut(api: Api, clients = 200) {
  const writer = key(api.persist, '--role', 'partner', '--partner', 'naturalis', '--trusted')
  const heard: number[] = []
  const controllers: AbortController[] = []
  let connected = 0
  let written = 0
  const listen = async (attempt = 1): Promise<void> => {
    const controller = new AbortController()
    controllers.push(controller)
    // A kept-alive socket the server closed meanwhile fails the request before it is sent: open again, as EventSource would.
    const res = await fetch(`${api.url}/v1/changes/stream?partner=naturalis&from=2027-01-01`, { signal: controller.signal }).catch(() => null)
    if (!res && attempt < 5) return listen(attempt + 1)
    if (!res) throw new Error('bench: a stream could not be opened in 5 attempts')
    if (res.status !== 200) throw new Error(`bench: stream answered ${res.status}`)
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    let counted = false
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      text += decoder.decode(value, { stream: true })
      if (!counted && text.includes(': connected')) {
        counted = true
        connected++
      }
      if (text.includes('event: change')) {
        heard.push(performance.now() - written)
        return
      }
    }
  }
  const streams = Array.from({ length: clients }, () => listen().catch((e: Error) => {
    if (e.name !== 'AbortError') throw e
  }))
  await until(() => connected >= clients, 120_000, `${clients} open streams`)
  written = performance.now()
  await call(api, writer, 'POST', '/v1/events', event(`naturalis-fanout-${Date.now().toString(36)}`, 3))
  const acknowledged = performance.now() - written
  await until(() => heard.length >= clients, 30_000, `all ${clients} clients hearing of the write`)
  for (const c of controllers) c.abort()
  await Promise.allSettled(streams)
  heard.sort((a, b) => a - b)
  return { clients, acknowledged, first: heard[0]!, median: heard[Math.floor(heard.length / 2)]!, last: heard[heard.length - 1]! }
}
