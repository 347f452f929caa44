// Webhooks end to end, through the real hub, the real deliveries queue and the real Worker, to a local receiver:
// signatures checked with the reference library and computed independently, filters, retries, giving up, ordering,
// secret rotation, test messages, and who may see what.
import { createMessageBatch, env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { MAX_ATTEMPTS, PAUSE_AFTER } from '../../../worker/data/webhooks/deliveries'
import { deadDeliveries } from '../../../worker/jobs/webhooks/deliver'
import { type Received, receivedBy, receiver, waitReceived } from '../../feeds/helpers'
import { call, eventBody, issueKey, snapshot, type Who } from '../../write-helpers'

let subscriber: Who
let naturalis: Who
let lumc: Who
let admin: Who
beforeAll(async () => {
  subscriber = await issueKey('subscriber')
  naturalis = await issueKey('partner', 'naturalis', { trusted: true })
  lumc = await issueKey('partner', 'lumc', { trusted: true })
  admin = await issueKey('admin')
})

async function subscribe(who: Who, body: Record<string, unknown>) {
  const res = await call('POST', '/v1/webhooks', who, body)
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as any
}
const messages = (got: Received[]) => got.map((r) => ({ ...r, message: JSON.parse(r.body) as { type: string; timestamp: string; data: any } }))

/** The signature the Standard Webhooks specification defines, computed here on its own (WebCrypto), not by the library. */
async function reference(secret: string, id: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (ch) => ch.charCodeAt(0)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`)))
  return `v1,${btoa(String.fromCharCode(...mac))}`
}

describe('webhooks', () => {
  it('deliver a matching change signed as Standard Webhooks describe, and nothing for another partner’s event', async () => {
    const hook = await subscribe(subscriber, { url: await receiver('signed'), filter: { partner: 'naturalis' }, description: 'Spiegel (test)' })
    expect(hook).toMatchObject({ id: expect.stringMatching(/^whk_[a-z0-9]{12}$/), entities: ['event'], filter: { partner: 'naturalis' }, paused: false, failures: 0 })
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect((await (await call('GET', `/v1/webhooks/${hook.id}`, subscriber)).json()) as any).not.toHaveProperty('secret')

    expect((await call('POST', '/v1/events', lumc, eventBody('other', 'lumc', { places: ['lumc'] }))).status).toBe(201)
    expect((await call('POST', '/v1/events', naturalis, eventBody('signed'))).status).toBe(201)
    const [got] = await waitReceived('signed', 1)
    const { message } = messages([got!])[0]!
    expect(message).toMatchObject({ type: 'event.upserted', data: { entity: 'event', id: 'naturalis-test-signed', action: 'upsert', resource: { id: 'naturalis-test-signed', workflow: 'published' } } })
    expect(got!.headers['content-type']).toBe('application/json')
    expect(got!.headers['webhook-id']).toBe(`msg_${hook.id}_${message.data.seq}`)
    expect(Math.abs(Number(got!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(120)
    // The reference library verifies it, and the signature is exactly what the specification's algorithm gives.
    expect(new Webhook(hook.secret).verify(got!.body, got!.headers)).toMatchObject({ type: 'event.upserted' })
    expect(got!.headers['webhook-signature']).toBe(await reference(hook.secret, got!.headers['webhook-id']!, got!.headers['webhook-timestamp']!, got!.body))
    expect(() => new Webhook(`whsec_${btoa('a'.repeat(24))}`).verify(got!.body, got!.headers)).toThrow()
    // The other partner's event never came (it was written first: order would have brought it first).
    expect((await receivedBy('signed')).map((r) => JSON.parse(r.body).data.id)).toEqual(['naturalis-test-signed'])

    // Deleting (or unpublishing) is a change too: the filter matches what the event was.
    expect((await call('DELETE', '/v1/events/naturalis-test-signed', naturalis)).status).toBe(204)
    const all = messages(await waitReceived('signed', 2))
    expect(all[1]!.message).toMatchObject({ type: 'event.deleted', data: { id: 'naturalis-test-signed', action: 'delete', resource: null } })
    const deliveries = (await (await call('GET', `/v1/webhooks/${hook.id}/deliveries`, subscriber)).json()) as any
    expect(deliveries.data.map((d: any) => [d.type, d.status, d.attempts, d.lastStatus])).toEqual([['event.deleted', 'delivered', 1, 204], ['event.upserted', 'delivered', 1, 204]])
    expect(deliveries.data[0].lastDurationMs).toBeGreaterThanOrEqual(0)
  })

  it('retry a message that failed: 500 twice, then 200 → delivered once, after three attempts with the same webhook-id', async () => {
    const hook = await subscribe(subscriber, { url: await receiver('retry', [500, 500, 200]), filter: { partner: 'naturalis' } })
    expect((await call('POST', '/v1/events', naturalis, eventBody('retry'))).status).toBe(201)
    const got = await waitReceived('retry', 3)
    expect(got.map((r) => r.status)).toEqual([500, 500, 200])
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1)
    await vi.waitFor(async () => {
      const d = ((await (await call('GET', `/v1/webhooks/${hook.id}/deliveries`, subscriber)).json()) as any).data[0]
      expect(d).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200, lastError: null, deliveredAt: expect.any(String) })
    }, { timeout: 30_000, interval: 100 })
    expect((await receivedBy('retry')).length).toBe(3)
  })

  it('keep each endpoint’s changes in change order, also when the first of them had to be retried', async () => {
    await subscribe(subscriber, { url: await receiver('order', [503]), filter: { partner: 'naturalis' } })
    expect((await call('POST', '/v1/events', naturalis, eventBody('order'))).status).toBe(201)
    expect((await call('PATCH', '/v1/events/naturalis-test-order', naturalis, { status: 'postponed' })).status).toBe(200)
    expect((await call('PATCH', '/v1/events/naturalis-test-order', naturalis, { status: 'cancelled' })).status).toBe(200)
    const got = messages(await waitReceived('order', 4))
    const delivered = got.filter((r) => r.status < 300).map((r) => r.message.data)
    expect(delivered.map((d) => d.seq)).toEqual([...delivered.map((d) => d.seq)].sort((a, b) => a - b))
    expect(delivered.at(-1)!.resource.status).toBe('cancelled')
    expect(got[0]!.status).toBe(503)
    expect(got[1]!.headers['webhook-id']).toBe(got[0]!.headers['webhook-id']) // the retried message came first
  })

  it(`give a message up after ${MAX_ATTEMPTS} attempts, and pause an endpoint after ${PAUSE_AFTER} given up in a row; resuming sends what waited`, async () => {
    const hook = await subscribe(subscriber, { url: await receiver('down', Array(MAX_ATTEMPTS * PAUSE_AFTER).fill(500)), filter: { partner: 'naturalis' } })
    for (let i = 0; i < PAUSE_AFTER + 1; i++) expect((await call('POST', '/v1/events', naturalis, eventBody(`down-${i}`))).status).toBe(201)
    await vi.waitFor(async () => {
      const state = (await (await call('GET', `/v1/webhooks/${hook.id}`, subscriber)).json()) as any
      expect(state).toMatchObject({ paused: true, failures: PAUSE_AFTER })
      expect(state.pauseReason).toBe(`${PAUSE_AFTER} messages in a row were given up after ${MAX_ATTEMPTS} attempts each; the last: it answered HTTP 500`)
    }, { timeout: 60_000, interval: 200 })
    expect((await receivedBy('down')).length).toBe(MAX_ATTEMPTS * PAUSE_AFTER)
    const deliveries = ((await (await call('GET', `/v1/webhooks/${hook.id}/deliveries?limit=10`, subscriber)).json()) as any).data
    expect(deliveries.map((d: any) => d.status)).toEqual(['pending', ...Array(PAUSE_AFTER).fill('failed')])
    // Resumed: the change that waited is sent.
    const resumed = await call('PATCH', `/v1/webhooks/${hook.id}`, subscriber, { paused: false })
    expect(resumed.status, await resumed.clone().text()).toBe(200)
    const after = await waitReceived('down', MAX_ATTEMPTS * PAUSE_AFTER + 1)
    expect(JSON.parse(after.at(-1)!.body).data.id).toBe(`naturalis-test-down-${PAUSE_AFTER}`)
  })

  it('a message whose sender kept failing on our side lands on the dead-letter queue, which counts it as a failed attempt', async () => {
    const hook = await subscribe(subscriber, { url: await receiver('dead', ['hang']), filter: { partner: 'naturalis' } })
    const [row] = (await env.DB.prepare(`insert into webhook_deliveries (webhook_id, seq, message_id, type, body) values (?, null, 'msg_dead', 'webhook.test', '{}') returning id`).bind(hook.id).all<{ id: number }>()).results
    await deadDeliveries(createMessageBatch('kennisstad-deliveries-dlq', [{ id: 'x', timestamp: new Date(), attempts: 6, body: { webhookId: hook.id } }]) as never, env)
    const d = await env.DB.prepare('select attempts, status, last_error from webhook_deliveries where id = ?').bind(row!.id).first()
    expect(d).toEqual({ attempts: 1, status: 'pending', last_error: 'sending failed on our side repeatedly (see the Worker’s log)' })
  })

  it('rotate the secret: for a day messages carry a signature by the new and one by the old secret', async () => {
    const hook = await subscribe(subscriber, { url: await receiver('rotate'), filter: { partner: 'naturalis' } })
    const res = await call('POST', `/v1/webhooks/${hook.id}/secret`, subscriber)
    expect(res.status).toBe(200)
    const rotated = (await res.json()) as any
    expect(rotated.secret).not.toBe(hook.secret)
    expect(Date.parse(rotated.previousSecretUntil) - Date.now()).toBeGreaterThan(23 * 3600_000)
    expect((await call('POST', '/v1/events', naturalis, eventBody('rotate'))).status).toBe(201)
    const [got] = await waitReceived('rotate', 1)
    const signatures = got!.headers['webhook-signature']!.split(' ')
    expect(signatures).toHaveLength(2)
    expect(signatures[0]).toBe(await reference(rotated.secret, got!.headers['webhook-id']!, got!.headers['webhook-timestamp']!, got!.body))
    expect(signatures[1]).toBe(await reference(hook.secret, got!.headers['webhook-id']!, got!.headers['webhook-timestamp']!, got!.body))
    for (const secret of [hook.secret, rotated.secret]) expect(() => new Webhook(secret).verify(got!.body, got!.headers)).not.toThrow()
  })

  it('send a test message on request, and show how it went', async () => {
    const hook = await subscribe(subscriber, { url: await receiver('test'), entities: ['event', 'partner'] })
    const res = await call('POST', `/v1/webhooks/${hook.id}/test`, subscriber)
    expect(res.status).toBe(202)
    const location = res.headers.get('Location')!
    const [got] = await waitReceived('test', 1)
    expect(JSON.parse(got!.body)).toMatchObject({ type: 'webhook.test', data: { resource: { webhook: hook.id } } })
    expect(() => new Webhook(hook.secret).verify(got!.body, got!.headers)).not.toThrow()
    await vi.waitFor(async () => expect(await (await call('GET', location, subscriber)).json()).toMatchObject({ type: 'webhook.test', status: 'delivered', attempts: 1 }), { timeout: 30_000 })
    // Other kinds of record it subscribed to come whole (filters are for events).
    expect((await call('PATCH', '/v1/partners/bplusc', admin, { notes: 'Bibliotheek (test).' })).status).toBe(200)
    const later = await waitReceived('test', 2)
    expect(JSON.parse(later[1]!.body)).toMatchObject({ type: 'partner.upserted', data: { entity: 'partner', id: 'bplusc' } })
  })

  it('refuse endpoints on private addresses, filters naming what does not exist, and strangers', async () => {
    const before = await snapshot()
    const internal = await call('POST', '/v1/webhooks', subscriber, { url: 'https://169.254.169.254/latest/meta-data/' })
    expect(internal.status).toBe(400)
    expect(((await internal.json()) as any).errors).toEqual([{ in: 'body', name: 'url', code: 'unsafe_url', detail: 'points to a private or internal address' }])
    const typo = await call('POST', '/v1/webhooks', subscriber, { url: await receiver('typo'), filter: { partner: 'naturalsi' } })
    expect(typo.status).toBe(400)
    expect(((await typo.json()) as any).errors[0]).toMatchObject({ name: 'filter.partner', code: 'unknown_id', suggestions: ['naturalis'] })
    expect((await call('POST', '/v1/webhooks', null, { url: await receiver('anon') })).status).toBe(401)
    expect(await snapshot()).toBe(before)
    const hook = await subscribe(subscriber, { url: await receiver('mine') })
    const stranger = await issueKey('subscriber')
    expect((await call('GET', `/v1/webhooks/${hook.id}`, stranger)).status).toBe(404)
    expect((await call('POST', `/v1/webhooks/${hook.id}/test`, stranger)).status).toBe(404)
    expect(((await (await call('GET', '/v1/webhooks', stranger)).json()) as any).data).toEqual([])
    expect((await call('GET', `/v1/webhooks/${hook.id}`, admin)).status).toBe(200)
    // A subscriber key reads and subscribes; it writes nothing else.
    expect((await call('POST', '/v1/events', subscriber, eventBody('sub'))).status).toBe(403)
    expect((await call('POST', '/v1/feeds', subscriber, { name: 'x', url: 'https://example.org/x.ics', partner: 'naturalis' })).status).toBe(403)
  })
})
