// The authorization matrix: anonymous / revoked / other partner / own partner / admin × every write route and every
// draft read. Each denial leaves the database exactly as it was, and writes no audit row.
import { beforeAll, describe, expect, it } from 'vitest'
import { auditCount, call, eventBody, issueKey, snapshot, type Who } from '../../write-helpers'

type Principal = 'anonymous' | 'revoked' | 'other' | 'own' | 'admin'
let keys: Record<Principal, Who>

beforeAll(async () => {
  keys = {
    anonymous: null,
    revoked: await issueKey('partner', 'naturalis', { revoked: true }),
    other: await issueKey('partner', 'lumc'),
    own: await issueKey('partner', 'naturalis'),
    admin: await issueKey('admin'),
  }
  // Fixtures owned by Naturalis: a draft and a published event.
  expect((await call('POST', '/v1/events', keys.own, eventBody('own-draft'))).status).toBe(201)
  expect((await call('POST', '/v1/events', keys.admin, eventBody('own-published', 'naturalis', { workflow: 'published' }))).status).toBe(201)
  // Untouched by the write cases, for the read cases.
  expect((await call('POST', '/v1/events', keys.own, eventBody('read-draft'))).status).toBe(201)
  expect((await call('POST', '/v1/events', keys.admin, eventBody('read-published', 'naturalis', { workflow: 'published' }))).status).toBe(201)
})

type Case = { label: string; method: string; path: string; body?: unknown; expect: Record<Principal, number> }
const writes: Case[] = [
  { label: 'create an event for Naturalis', method: 'POST', path: '/v1/events', body: eventBody('m-new', 'naturalis', { id: undefined }),
    expect: { anonymous: 401, revoked: 401, other: 201, own: 201, admin: 201 } },
  { label: 'publish a new event directly', method: 'POST', path: '/v1/events', body: eventBody('m-pub', 'naturalis', { id: undefined, workflow: 'published' }),
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 201 } },
  { label: 'edit Naturalis’ draft', method: 'PATCH', path: '/v1/events/naturalis-test-own-draft', body: { status: 'postponed' },
    expect: { anonymous: 401, revoked: 401, other: 404, own: 200, admin: 200 } },
  { label: 'edit Naturalis’ published event', method: 'PATCH', path: '/v1/events/naturalis-test-own-published', body: { minAge: 12 },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 200, admin: 200 } },
  { label: 'edit a seeded event of other organisers', method: 'PATCH', path: '/v1/events/esof2022', body: { status: 'cancelled' },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 200 } },
  { label: 'publish Naturalis’ draft', method: 'PATCH', path: '/v1/events/naturalis-test-own-draft', body: { workflow: 'published' },
    expect: { anonymous: 401, revoked: 401, other: 404, own: 403, admin: 200 } },
  { label: 'delete a seeded event', method: 'DELETE', path: '/v1/events/radio-weetlust',
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 204 } },
  { label: 'create a partner', method: 'POST', path: '/v1/partners', body: { id: 'm-partner', name: 'M', kind: 'company' },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 201 } },
  { label: 'rename a partner', method: 'PATCH', path: '/v1/partners/bplusc', body: { notes: 'Bibliotheek' },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 200 } },
  { label: 'delete an unused place', method: 'DELETE', path: '/v1/places/corpus',
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 204 } },
  { label: 'create an opgave', method: 'POST', path: '/v1/opgaven', body: { id: 'm-opgave', status: 'planned', title: { nl: 'M' } },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 201 } },
  { label: 'create a theme', method: 'POST', path: '/v1/themes', body: { id: 'm-theme', scheme: 'kennisstad-2023', label: { nl: 'M' } },
    expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 201 } },
]
const reads: Case[] = [
  { label: 'read Naturalis’ draft', method: 'GET', path: '/v1/events/naturalis-test-read-draft', expect: { anonymous: 404, revoked: 401, other: 404, own: 200, admin: 200 } },
  { label: 'list drafts', method: 'GET', path: '/v1/events?workflow=draft', expect: { anonymous: 200, revoked: 401, other: 200, own: 200, admin: 200 } },
  { label: 'read the audit log', method: 'GET', path: '/v1/audit', expect: { anonymous: 401, revoked: 401, other: 403, own: 403, admin: 200 } },
]

describe('authorization matrix', () => {
  // Denials first for every case, so the allowed writes that follow do not change what a denial is tested against.
  const order: Principal[] = ['anonymous', 'revoked', 'other', 'own', 'admin']
  it.each(writes)('$label', async ({ method, path, body, expect: want }) => {
    for (const who of order) {
      const before = await snapshot()
      const audits = await auditCount()
      const res = await call(method, path, keys[who], body)
      expect(res.status, `${who} ${method} ${path}: ${await res.clone().text()}`).toBe(want[who])
      if (want[who] >= 400) {
        expect(await snapshot(), `${who} changed the database`).toBe(before)
        expect(await auditCount()).toBe(audits)
        expect(res.headers.get('Content-Type')).toBe('application/problem+json')
        if (want[who] === 401) expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /)
      } else {
        expect(await auditCount()).toBe(audits + 1)
      }
    }
  })

  it.each(reads)('$label', async ({ method, path, expect: want }) => {
    for (const who of order) {
      const res = await call(method, path, keys[who])
      expect(res.status, `${who} ${method} ${path}`).toBe(want[who])
      if (path.includes('workflow=draft') && res.status === 200) {
        const ids = ((await res.json()) as any).data.map((e: any) => e.id)
        expect(ids.includes('naturalis-test-read-draft'), who).toBe(who === 'own' || who === 'admin')
      }
    }
  })

  it('answers 403, not 404, for a published event of another partner, and never reveals another partner’s draft', async () => {
    const published = await call('DELETE', '/v1/events/naturalis-test-read-published', keys.other)
    expect(published.status).toBe(403)
    const draft = await call('DELETE', '/v1/events/naturalis-test-read-draft', keys.other)
    expect(draft.status).toBe(404)
  })

  it('refuses a malformed or unknown key with 401 even on public reads', async () => {
    expect((await call('GET', '/v1/themes', { key: 'not-a-key', id: 'x' })).status).toBe(401)
    expect((await call('GET', '/v1/themes', { key: `ksk_aaaaaaaaaaaa_${'A'.repeat(43)}`, id: 'x' })).status).toBe(401)
    const basic = await call('GET', '/v1/themes', null, undefined, { Authorization: 'Basic dXNlcjpwYXNz' })
    expect(basic.status).toBe(401)
    expect(basic.headers.get('WWW-Authenticate')).toContain('error="invalid_request"')
  })
})
