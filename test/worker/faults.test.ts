// D1 failing or slow: reads answer 503 with Retry-After (never a 500, never a hang); writes stay whole and retry safely.
import { describe, expect, it } from 'vitest'
import { get } from '../api'
import { call, eventBody, issueKey, snapshot } from '../write-helpers'

describe('D1 faults', () => {
  it.each(['/v1/events?limit=3', '/v1/events/esof2022', '/v1/partners', '/v1/search?q=nacht', '/v1/changes', '/v1/events?format=csv'])(
    'a failing query behind %s → 503 problem with Retry-After, no internals', async (path) => {
      for (const n of [1, 2, 3]) {
        const res = await get(path, { 'X-Fault-Inject': `query=${n}`, 'Cache-Control': 'no-cache' })
        if (res.status === 200) continue // this request needed fewer than n queries
        expect(res.status, `query ${n}`).toBe(503)
        expect(res.headers.get('Content-Type')).toBe('application/problem+json')
        expect(res.headers.get('Retry-After')).toBe('2')
        expect(await res.text()).not.toMatch(/injected|D1_ERROR|SQLITE|stack/i)
      }
    })

  it('a slow D1 still answers: normally when slow, 503 at the deadline when too slow', async () => {
    const slow = await get('/v1/themes/celebrate', { 'X-Fault-Inject': 'delay=150', 'Cache-Control': 'no-cache' })
    expect(slow.status).toBe(200)
    const started = Date.now()
    const hung = await get('/v1/themes/celebrate', { 'X-Fault-Inject': 'delay=5000', 'Cache-Control': 'no-cache' })
    expect(hung.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(4500) // the 2 s test deadline, not the 5 s delay
  })

  it('a write that failed can be retried with the same Idempotency-Key and is then written exactly once', async () => {
    const admin = await issueKey('admin')
    const body = eventBody('fault-retry', 'naturalis', { id: undefined, title: { nl: 'Herhaalde poging' } })
    const before = await snapshot()
    const failed = await call('POST', '/v1/events', admin, body, { 'Idempotency-Key': 'fault-1', 'X-Fault-Inject': 'batch-statement=3' })
    expect(failed.status).toBe(503)
    expect(await snapshot()).toBe(before)
    const retried = await call('POST', '/v1/events', admin, body, { 'Idempotency-Key': 'fault-1' })
    expect(retried.status).toBe(201)
    const again = await call('POST', '/v1/events', admin, body, { 'Idempotency-Key': 'fault-1' })
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await again.json()).toEqual(await retried.json())
    const list = (await (await call('GET', '/v1/events?q=herhaalde&limit=10', admin)).json()) as any
    expect(list.data).toHaveLength(1)
  })
})
