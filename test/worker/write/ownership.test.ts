// Ownership and consent: the partner that creates an event owns it; a partner it names is listed as organiser only
// after it confirms; a co-organiser proposes changes but cannot remove the owner or delete. The matrix covers
// owner / co-organiser / named (not yet confirmed) / other partner / editor / anonymous for every write.
import { beforeAll, describe, expect, it } from 'vitest'
import { get, getJson } from '../../api'
import { auditCount, call, eventBody, issueKey, snapshot, type Who } from '../../write-helpers'

type Role = 'anonymous' | 'other' | 'named' | 'co' | 'owner' | 'admin'
let keys: Record<Role, Who>
const ORDER: Role[] = ['anonymous', 'other', 'named', 'co', 'owner', 'admin']

/** A published event owned by Naturalis, LUMC confirmed as co-organiser, Hogeschool Leiden named but not confirmed. */
async function fixture(tag: string) {
  const id = `naturalis-test-own-${tag}`
  const created = await call('POST', '/v1/events', keys.owner, eventBody(`own-${tag}`, 'naturalis', {
    organisers: [{ id: 'naturalis', role: 'organiser' }, { id: 'lumc', role: 'co-organiser' }, { id: 'hogeschool-leiden', role: 'partner' }],
    workflow: 'published',
  }))
  expect(created.status, await created.clone().text()).toBe(201)
  expect((await call('PATCH', `/v1/events/${id}/organisers/lumc`, keys.co, { confirmed: true })).status).toBe(200)
  return id
}

beforeAll(async () => {
  keys = {
    anonymous: null,
    other: await issueKey('partner', 'mborijnland'),
    named: await issueKey('partner', 'hogeschool-leiden'),
    co: await issueKey('partner', 'lumc'),
    owner: await issueKey('partner', 'naturalis', { trusted: true }),
    admin: await issueKey('admin'),
  }
})

type Case = { label: string; method: string; path: (id: string) => string; body?: unknown; expect: Record<Role, number> }
const cases: Case[] = [
  { label: 'edit the event', method: 'PATCH', path: (id) => `/v1/events/${id}`, body: { minAge: 12 },
    expect: { anonymous: 401, other: 403, named: 403, co: 200, owner: 200, admin: 200 } },
  { label: 'remove the owner from the organisers', method: 'PATCH', path: (id) => `/v1/events/${id}`,
    body: { organisers: [{ id: 'lumc', role: 'organiser' }] }, expect: { anonymous: 401, other: 403, named: 403, co: 403, owner: 403, admin: 200 } },
  { label: 'delete the event', method: 'DELETE', path: (id) => `/v1/events/${id}`,
    expect: { anonymous: 401, other: 403, named: 403, co: 403, owner: 204, admin: 204 } },
  { label: 'confirm Hogeschool Leiden', method: 'PATCH', path: (id) => `/v1/events/${id}/organisers/hogeschool-leiden`, body: { confirmed: true },
    expect: { anonymous: 401, other: 403, named: 200, co: 403, owner: 403, admin: 200 } },
  { label: 'withdraw Hogeschool Leiden', method: 'DELETE', path: (id) => `/v1/events/${id}/organisers/hogeschool-leiden`,
    expect: { anonymous: 401, other: 403, named: 204, co: 403, owner: 204, admin: 204 } },
  { label: 'withdraw LUMC (a confirmed co-organiser)', method: 'DELETE', path: (id) => `/v1/events/${id}/organisers/lumc`,
    expect: { anonymous: 401, other: 403, named: 403, co: 204, owner: 204, admin: 204 } },
  { label: 'withdraw the owner', method: 'DELETE', path: (id) => `/v1/events/${id}/organisers/naturalis`,
    expect: { anonymous: 401, other: 403, named: 403, co: 403, owner: 409, admin: 409 } },
]

describe('ownership and consent', () => {
  it.each(cases)('$label', async ({ method, path, body, expect: want }) => {
    for (const who of ORDER) {
      // A fresh fixture for every principal that may succeed, so one success does not change the next case.
      const id = await fixture(`${cases.findIndex((x) => x.path === path && x.body === body)}-${who}`)
      const before = await snapshot()
      const audits = await auditCount()
      const res = await call(method, path(id), keys[who], body)
      expect(res.status, `${who} ${method} ${path(id)}: ${await res.clone().text()}`).toBe(want[who])
      if (want[who] >= 400) {
        expect(await snapshot(), `${who} changed the database`).toBe(before)
        expect(await auditCount()).toBe(audits)
      } else {
        expect(await auditCount()).toBe(audits + 1)
      }
    }
  })

  it('lists an event as a named partner’s only after it confirms, and never shows an unconfirmed name to the public', async () => {
    const id = await fixture('listing')
    const listed = async (partner: string) => (await getJson(`/v1/partners/${partner}/events?from=2027-03-01&to=2027-03-31&limit=100`)).body.data.map((e: any) => e.id)
    expect(await listed('naturalis')).toContain(id)
    expect(await listed('lumc')).toContain(id)
    expect(await listed('hogeschool-leiden')).not.toContain(id)
    const shown = (await getJson(`/v1/events/${id}`)).body.organisers.map((o: any) => o.id)
    expect(shown).toEqual(['naturalis', 'lumc'])
    expect(await (await get(`/v1/events/${id}?format=jsonld`)).text()).not.toContain('hogeschool-leiden')
    expect(await (await get(`/partners/hogeschool-leiden`)).text()).not.toContain(id)
    // The owner sees the pending name, marked; so does the named partner.
    const owner = (await (await call('GET', `/v1/events/${id}`, keys.owner)).json()) as any
    expect(owner.organisers).toContainEqual(expect.objectContaining({ id: 'hogeschool-leiden', pending: true }))
    // Confirmed: now on its list and on the event.
    expect((await call('PATCH', `/v1/events/${id}/organisers/hogeschool-leiden`, keys.named, { confirmed: true })).status).toBe(200)
    expect(await listed('hogeschool-leiden')).toContain(id)
    expect((await getJson(`/v1/events/${id}`)).body.organisers.map((o: any) => o.id)).toContain('hogeschool-leiden')
  })

  it('sends a co-organiser’s edit of a published event to moderation, and keeps confirmations when the owner edits', async () => {
    const id = await fixture('proposal')
    const proposed = (await (await call('PATCH', `/v1/events/${id}`, keys.co, { minAge: 16 })).json()) as any
    expect(proposed.workflow).toBe('submitted')
    expect((await call('PATCH', `/v1/events/${id}`, keys.co, { workflow: 'published' })).status).toBe(403)
    expect((await call('PATCH', `/v1/events/${id}`, keys.owner, { workflow: 'published', maxAge: 99 })).status).toBe(200)
    expect((await getJson(`/v1/events/${id}`)).body.organisers.map((o: any) => o.id)).toEqual(['naturalis', 'lumc'])
  })

  it('keeps partners’ ids apart: ids start with the partner’s own id, and another’s hidden id cannot be probed', async () => {
    const foreign = await call('POST', '/v1/events', keys.other, eventBody('probe', 'mborijnland', { id: 'naturalis-test-own-listing' }))
    expect(foreign.status).toBe(400)
    // Naturalis' draft, referenced as parent by another partner: answered as if it did not exist.
    expect((await call('POST', '/v1/events', keys.owner, eventBody('secret', 'naturalis', { workflow: 'draft' }))).status).toBe(201)
    const asParent = await call('POST', '/v1/events', keys.other, eventBody('child', 'mborijnland', { parentId: 'naturalis-test-secret' }))
    const missing = await call('POST', '/v1/events', keys.other, eventBody('child2', 'mborijnland', { parentId: 'naturalis-test-nothing' }))
    expect(asParent.status).toBe(400)
    const detail = (r: any) => r.errors.map((e: any) => e.detail.replace(/"[^"]+"/, '"…"'))
    expect(detail(await asParent.json())).toEqual(detail(await missing.json()))
    // A generated id never tells that a same-titled event of another partner exists.
    const a = (await (await call('POST', '/v1/events', keys.owner, { ...eventBody('same'), id: undefined, title: { nl: 'Zelfde titel' } })).json()) as any
    const b = (await (await call('POST', '/v1/events', keys.other, { ...eventBody('same', 'mborijnland'), id: undefined, title: { nl: 'Zelfde titel' } })).json()) as any
    expect(a.id).toBe('naturalis-zelfde-titel-2027-03-12')
    expect(b.id).toBe('mborijnland-zelfde-titel-2027-03-12')
  })
})
