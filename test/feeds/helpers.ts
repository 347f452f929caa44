/** Feed tests inside workerd: the partner server's feeds, registering feeds, and running them through the real queue. */
import { env } from 'cloudflare:test'
import { expect, inject, vi } from 'vitest'
import { call, type Who } from '../write-helpers'

export const server = inject('feedServer')

/** Makes `/feed/<key>` on the partner server serve `fixture`, dated from `today` (default: today). */
export async function serve(key: string, fixture: string, opts: { today?: string; validators?: boolean } = {}) {
  const res = await fetch(`${server}/state/${key}`, { method: 'PUT', body: JSON.stringify({ fixture, today: opts.today ?? new Date().toISOString().slice(0, 10), validators: opts.validators }) })
  expect(res.status).toBe(204)
  return `${server}/feed/${key}`
}

/** The requests the partner server saw for `/feed/<key>`. */
export const served = async (key: string): Promise<{ ifNoneMatch: string | null; status: number }[]> => (await fetch(`${server}/log/${key}`)).json()

export async function register(who: Who, body: Record<string, unknown>) {
  const res = await call('POST', '/v1/feeds', who, { name: 'Agenda (fictief testmuseum)', ...body })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as any
}

/** Asks for a run and waits (a bound, not a pause) until the queue's consumer has finished it. */
export async function runNow(feedId: string, who: Who): Promise<any> {
  const res = await call('POST', `/v1/feeds/${feedId}/runs`, who)
  expect(res.status, await res.clone().text()).toBe(202)
  const location = res.headers.get('Location')!
  return finished(location, who)
}

export async function finished(location: string, who: Who): Promise<any> {
  let run: any
  await vi.waitFor(async () => {
    run = await (await call('GET', location, who)).json()
    expect(['queued', 'running']).not.toContain(run.outcome)
  }, { timeout: 90_000, interval: 100 })
  return run
}

/** Rows in the audit log and the change feed: a run that changes nothing adds to neither. */
export async function writeCounts() {
  const [audit, changes] = await env.DB.batch([env.DB.prepare('select count(*) as n from audit_log'), env.DB.prepare('select count(*) as n from changes')])
  return { audit: (audit!.results[0] as { n: number }).n, changes: (changes!.results[0] as { n: number }).n }
}

/** The events a feed brought in (any moderation state), by the UID-like tail of their source: `kinderlab` etc. */
export async function feedEvents(feedId: string) {
  const { results } = await env.DB.prepare(`select i.uid, e.id, e.workflow, e.status, e.title from feed_items i join events e on e.id = i.event_id where i.feed_id = ? order by i.uid`).bind(feedId).all<{ uid: string; id: string; workflow: string; status: string; title: string }>()
  return Object.fromEntries(results.map((r) => [r.uid.split('@')[0]!, r]))
}

/** Follows the change feed to its end, as a mirror does: the cursor to resume from, and what was read on the way. */
export async function followChanges(since?: string): Promise<{ cursor: string; entries: { id: string; entity: string; action: string }[] }> {
  const entries: { id: string; entity: string; action: string }[] = []
  let path = `/v1/changes?limit=100${since ? `&since=${since}` : ''}`
  for (;;) {
    const body = (await (await call('GET', path, null)).json()) as any
    entries.push(...body.data)
    if (!body.meta.hasMore) return { cursor: body.meta.cursor, entries }
    path = body.links.next.replace(/^https?:\/\/[^/]+/, '')
  }
}

/** A webhook endpoint on the partner server: where it is, and what it answers next (`[500, 500, 200]`, then 204). */
export async function receiver(key: string, plan: (number | 'hang')[] = []) {
  await fetch(`${server}/hook-plan/${key}`, { method: 'PUT', body: JSON.stringify(plan) })
  return `${server}/hook/${key}`
}
export type Received = { headers: Record<string, string>; body: string; status: number }
export const receivedBy = async (key: string): Promise<Received[]> => (await fetch(`${server}/hook-log/${key}`)).json()
/** Waits (a bound, not a pause) until the endpoint has received at least `n` requests. */
export async function waitReceived(key: string, n: number, timeout = 60_000): Promise<Received[]> {
  let got: Received[] = []
  await vi.waitFor(async () => {
    got = await receivedBy(key)
    expect(got.length).toBeGreaterThanOrEqual(n)
  }, { timeout, interval: 100 })
  return got
}
