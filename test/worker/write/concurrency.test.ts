// Concurrency is a test case: the same write sent N times at once has exactly one outcome, and nothing is a 5xx.
import { describe, expect, it } from 'vitest'
import { getJson } from '../../api'
import { call, eventBody, issueKey } from '../../write-helpers'

const N = 8
const at = (i: number) => i % 3 // three keys per role: concurrent requests come from different writers too
const statuses = (responses: Response[]) => responses.map((r) => r.status).sort()
const count = (list: number[], status: number) => list.filter((s) => s === status).length
const auditOf = async (admin: Awaited<ReturnType<typeof issueKey>>, id: string) =>
  ((await (await call('GET', `/v1/audit?entityId=${id}&limit=100`, admin)).json()) as any).data.map((a: any) => a.action)

describe('concurrent writes', () => {
  it(`${N} simultaneous PATCHes with the same If-Match: exactly one 200, the rest 412, one audit row`, async () => {
    const admins = await Promise.all([0, 1, 2].map(() => issueKey('admin')))
    expect((await call('POST', '/v1/events', admins[0]!, eventBody('race-patch'))).status).toBe(201)
    const etag = (await call('GET', '/v1/events/naturalis-test-race-patch', admins[0]!)).headers.get('ETag')!
    const results = await Promise.all(Array.from({ length: N }, (_, i) =>
      call('PATCH', '/v1/events/naturalis-test-race-patch', admins[at(i)]!, { minAge: i + 1 }, { 'If-Match': etag })))
    const s = statuses(results)
    expect(count(s, 200), s.join()).toBe(1)
    expect(count(s, 412), s.join()).toBe(N - 1)
    const winner = (await results.find((r) => r.status === 200)!.json()) as any
    expect((await getJson('/v1/events/naturalis-test-race-patch')).body.minAge).toBe(winner.minAge)
    expect(await auditOf(admins[0]!, 'naturalis-test-race-patch')).toEqual(['update', 'create'])
  })

  it(`${N} simultaneous workflow transitions (publish and reject) with the same If-Match: exactly one wins`, async () => {
    const admins = await Promise.all([0, 1, 2].map(() => issueKey('admin')))
    const partner = await issueKey('partner', 'naturalis')
    expect((await call('POST', '/v1/events', partner, eventBody('race-flow', 'naturalis', { workflow: 'submitted' }))).status).toBe(201)
    const etag = (await call('GET', '/v1/events/naturalis-test-race-flow', admins[0]!)).headers.get('ETag')!
    const results = await Promise.all(Array.from({ length: N }, (_, i) =>
      call('PATCH', '/v1/events/naturalis-test-race-flow', admins[at(i)]!, { workflow: i % 2 ? 'published' : 'rejected' }, { 'If-Match': etag })))
    const s = statuses(results)
    expect(count(s, 200), s.join()).toBe(1)
    expect(count(s, 412), s.join()).toBe(N - 1)
    expect((await auditOf(admins[0]!, 'naturalis-test-race-flow')).length).toBe(2)
  })

  it(`${N} simultaneous DELETEs with the same If-Match: one 204, the rest 412`, async () => {
    const admin = await issueKey('admin')
    expect((await call('POST', '/v1/events', admin, eventBody('race-delete'))).status).toBe(201)
    const etag = (await call('GET', '/v1/events/naturalis-test-race-delete', admin)).headers.get('ETag')!
    const results = await Promise.all(Array.from({ length: N }, () => call('DELETE', '/v1/events/naturalis-test-race-delete', admin, undefined, { 'If-Match': etag })))
    const s = statuses(results)
    expect(count(s, 204), s.join()).toBe(1)
    expect(count(s, 412), s.join()).toBe(N - 1)
  })

  it(`${N} simultaneous creates of the same id: one 201, the rest 409`, async () => {
    const partners = await Promise.all([0, 1, 2].map(() => issueKey('partner', 'naturalis')))
    const results = await Promise.all(Array.from({ length: N }, (_, i) => call('POST', '/v1/events', partners[at(i)]!, eventBody('race-create'))))
    const s = statuses(results)
    expect(count(s, 201), s.join()).toBe(1)
    expect(count(s, 409), s.join()).toBe(N - 1)
  })

  it(`${N} simultaneous creates whose id is made from the same title and day: all 201, each its own id`, async () => {
    const admin = await issueKey('admin')
    const body = { ...eventBody('race-derived'), id: undefined, title: { nl: 'Gelijktijdige lezing' } }
    const results = await Promise.all(Array.from({ length: N }, () => call('POST', '/v1/events', admin, body)))
    expect(statuses(results)).toEqual(Array(N).fill(201))
    const ids = await Promise.all(results.map(async (r) => ((await r.json()) as any).id))
    expect(new Set(ids).size).toBe(N)
    for (const id of ids) expect(id).toMatch(/^gelijktijdige-lezing-2027-03-12(-\d+)?$/)
  })

  it(`${N} simultaneous PATCHes of different fields without If-Match: all land`, async () => {
    const admin = await issueKey('admin')
    expect((await call('POST', '/v1/events', admin, eventBody('race-merge'))).status).toBe(201)
    const fields = [{ minAge: 10 }, { maxAge: 90 }, { free: true }, { registrationRequired: true }, { status: 'postponed' },
      { kind: 'workshop' }, { notes: { nl: 'Noot' } }, { summary: { nl: 'Kort' } }]
    const results = await Promise.all(fields.map((f) => call('PATCH', '/v1/events/naturalis-test-race-merge', admin, f)))
    expect(statuses(results)).toEqual(Array(fields.length).fill(200))
    const event = (await getJson('/v1/events/naturalis-test-race-merge')).body
    expect(event).toMatchObject({ minAge: 10, maxAge: 90, free: true, registrationRequired: true, status: 'postponed', kind: 'workshop', notes: { nl: 'Noot' }, summary: { nl: 'Kort' } })
  })

  it(`${N} simultaneous POSTs with the same Idempotency-Key: one event, the same answer for all`, async () => {
    const partner = await issueKey('partner', 'naturalis')
    const body = { ...eventBody('race-idem'), id: undefined, title: { nl: 'Eén keer' } }
    const results = await Promise.all(Array.from({ length: N }, () => call('POST', '/v1/events', partner, body, { 'Idempotency-Key': 'race-idem-1' })))
    expect(statuses(results)).toEqual(Array(N).fill(201))
    const ids = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as any).id)))
    expect(ids.size).toBe(1)
  })
})
