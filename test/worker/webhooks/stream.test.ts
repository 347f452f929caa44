// The live stream widgets listen to: Server-Sent Events through the real hub (a Durable Object), pushed on a
// write, only for the events its filters select, resumable with Last-Event-ID, and a cap per client.
import { env, runDurableObjectAlarm, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { hubOf } from '../../../worker/base/hub'
import { BASE } from '../../api'
import { call, eventBody, issueKey, type Who } from '../../write-helpers'

let naturalis: Who
let lumc: Who
beforeAll(async () => {
  naturalis = await issueKey('partner', 'naturalis', { trusted: true })
  lumc = await issueKey('partner', 'lumc', { trusted: true })
})

type SseEvent = { id?: string; event?: string; data?: string }
/** An open stream: its events as they arrive, and a way to wait (within a bound) for one that matches. */
async function open(query: string, headers: Record<string, string> = {}) {
  const res = await SELF.fetch(`${BASE}/v1/changes/stream${query}`, { headers: { Accept: 'text/event-stream', ...headers } })
  expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200)
  expect(res.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8')
  expect(res.headers.get('Cache-Control')).toBe('no-store')
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  const events: SseEvent[] = []
  let buffer = ''
  let comments = 0
  /** Wakes whoever waits for the next event (or the end of the stream). */
  let arrived: () => void = () => undefined
  const nextArrival = () => new Promise<void>((resolve) => { arrived = resolve })
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const e: SseEvent = {}
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments++
          const [field, ...rest] = line.split(': ')
          if (field === 'id' || field === 'event' || field === 'data') e[field] = rest.join(': ')
        }
        if (e.event) {
          events.push(e)
          arrived()
        }
      }
    }
  })().catch(() => undefined).finally(() => arrived())
  return {
    events, comments: () => comments,
    /**
     * The first change event for `id`, waited for (the bound only ends a test whose event never comes; how fast it
     * comes is measured by `npm run bench`, row 9, against the 2 s the widgets promise).
     */
    async next(id: string, ms = 30_000, from = 0) {
      const started = Date.now()
      let bound: ReturnType<typeof setTimeout> | undefined
      const expired = new Promise<'expired'>((resolve) => { bound = setTimeout(() => resolve('expired'), ms) })
      try {
        for (;;) {
          const waiting = nextArrival() // before looking, so an event that arrives meanwhile still wakes us
          const found = events.slice(from).find((e) => JSON.parse(e.data ?? '{}').id === id)
          if (found) return { event: found, after: Date.now() - started }
          // An event (look again), or the bound passed / the stream ended with none that matches.
          if ((await Promise.race([waiting, pump.then(() => 'ended' as const), expired])) !== undefined) return null
        }
      } finally {
        clearTimeout(bound)
      }
    },
    close: async () => {
      await reader.cancel().catch(() => undefined)
      await pump
    },
  }
}

describe('GET /v1/changes/stream', () => {
  it('sends a published, changed or cancelled matching event as it happens, and nothing of another partner', async () => {
    const stream = await open('?partner=naturalis')
    expect((await call('POST', '/v1/events', lumc, eventBody('stream-other', 'lumc', { places: ['lumc'] }))).status).toBe(201)
    expect((await call('POST', '/v1/events', naturalis, eventBody('stream'))).status).toBe(201)
    const created = await stream.next('naturalis-test-stream')
    expect(created).not.toBeNull()
    expect(JSON.parse(created!.event.data!)).toMatchObject({ entity: 'event', id: 'naturalis-test-stream', action: 'upsert', seq: Number(created!.event.id) })
    expect(created!.event.event).toBe('change')
    expect((await call('PATCH', '/v1/events/naturalis-test-stream', naturalis, { status: 'cancelled' })).status).toBe(200)
    await expect.poll(() => stream.events.filter((e) => JSON.parse(e.data!).id === 'naturalis-test-stream').length, { timeout: 30_000, interval: 20 }).toBe(2)
    expect(stream.events.map((e) => JSON.parse(e.data!).id)).not.toContain('lumc-test-stream-other')
    await stream.close()
  })

  it('hears of a write that did not go through the Worker at the hub’s next look (its alarm)', async () => {
    const stream = await open('?partner=naturalis')
    expect((await call('POST', '/v1/events', naturalis, eventBody('by-alarm'))).status).toBe(201)
    expect(await stream.next('naturalis-test-by-alarm')).not.toBeNull()
    // Straight into D1 (as a migration or a console query would): no kick; the change log's trigger still logs it.
    await env.DB.prepare(`update events set summary = json_object('nl', 'Buiten de API om', 'en', 'Outside the API') where id = 'naturalis-test-by-alarm'`).run()
    expect(await env.DB.prepare(`select count(*) as n from changes where entity = 'event' and entity_id = 'naturalis-test-by-alarm'`).first('n')).toBe(2)
    const before = stream.events.length
    expect(await runDurableObjectAlarm(hubOf(env as never))).toBe(true)
    expect(await stream.next('naturalis-test-by-alarm', 30_000, before)).not.toBeNull()
    await stream.close()
  })

  it('resumes after Last-Event-ID: what changed while the client was away comes first', async () => {
    const first = await open('?partner=naturalis')
    expect((await call('POST', '/v1/events', naturalis, eventBody('before-away'))).status).toBe(201)
    const seen = await first.next('naturalis-test-before-away')
    await first.close()
    expect((await call('POST', '/v1/events', naturalis, eventBody('while-away'))).status).toBe(201)
    const again = await open('?partner=naturalis', { 'Last-Event-ID': seen!.event.id! })
    expect(await again.next('naturalis-test-while-away')).not.toBeNull()
    expect(again.events.map((e) => JSON.parse(e.data!).id)).not.toContain('naturalis-test-before-away')
    await again.close()
  })

  it('refuses a filter naming what does not exist, as every list does, and more streams than a client may hold', async () => {
    const typo = await SELF.fetch(`${BASE}/v1/changes/stream?partner=naturalsi`, { headers: { Accept: 'text/event-stream' } })
    expect(typo.status).toBe(400)
    expect(((await typo.json()) as any).errors[0]).toMatchObject({ name: 'partner', code: 'unknown_id', suggestions: ['naturalis'] })
    expect((await SELF.fetch(`${BASE}/v1/changes/stream?workflow=draft`)).status).toBe(400) // anonymous: public data only
    const streams = await Promise.all([1, 2, 3].map(() => open('')))
    const fourth = await SELF.fetch(`${BASE}/v1/changes/stream`, { headers: { Accept: 'text/event-stream' } })
    expect(fourth.status).toBe(429)
    expect(fourth.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(((await fourth.json()) as any).detail).toBe('Too many live streams from this address at once (at most 3); close one, or poll instead.')
    await Promise.all(streams.map((s) => s.close()))
  })
})
