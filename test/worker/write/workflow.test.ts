// A partner manages its own event end to end: draft → submitted → published by an editor → public everywhere.
import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { get, getJson } from '../../api'
import { call, eventBody, issueKey, type Who } from '../../write-helpers'

let naturalis: Who
let admin: Who
let trusted: Who
let lumc: Who
beforeAll(async () => {
  naturalis = await issueKey('partner', 'naturalis')
  trusted = await issueKey('partner', 'rijksmuseum-boerhaave', { trusted: true })
  lumc = await issueKey('partner', 'lumc')
  admin = await issueKey('admin')
})

const publicIds = async (query: string) => (await getJson(`/v1/events?limit=100&${query}`)).body.data.map((e: any) => e.id)

describe('moderation workflow', () => {
  it('draft → submitted → published: only then in the API, CSV, iCalendar and pages', async () => {
    const created = await call('POST', '/v1/events', naturalis, eventBody('flow'))
    expect(created.status).toBe(201)
    expect(created.headers.get('Location')).toBe('/v1/events/naturalis-test-flow')
    expect(created.headers.get('Cache-Control')).toBe('no-store')
    const draft = (await created.json()) as any
    expect(draft).toMatchObject({ id: 'naturalis-test-flow', workflow: 'draft', startsAt: '2027-03-12T19:00:00Z', source: { partner: { id: 'naturalis' } } })

    // Invisible to the public and to other partners, visible to its own partner and to editors.
    expect(await publicIds('from=2027-03-12&to=2027-03-12')).not.toContain('naturalis-test-flow')
    expect((await get('/v1/events/naturalis-test-flow')).status).toBe(404)
    expect((await call('GET', '/v1/events/naturalis-test-flow', lumc)).status).toBe(404)
    expect((await call('GET', '/v1/events/naturalis-test-flow', naturalis)).status).toBe(200)
    expect((await call('GET', '/v1/events/naturalis-test-flow', admin)).status).toBe(200)
    const own = (await (await call('GET', '/v1/events?workflow=draft', naturalis)).json()) as any
    expect(own.data.map((e: any) => e.id)).toEqual(['naturalis-test-flow'])
    expect((await call('GET', '/v1/events/naturalis-test-flow', naturalis)).headers.get('Cache-Control')).toBe('no-store')

    // The partner submits; it may not publish itself.
    expect((await call('PATCH', '/v1/events/naturalis-test-flow', naturalis, { workflow: 'published' })).status).toBe(403)
    const submitted = await call('PATCH', '/v1/events/naturalis-test-flow', naturalis, { workflow: 'submitted' })
    expect(submitted.status).toBe(200)
    expect(((await submitted.json()) as any).workflow).toBe('submitted')
    expect(await publicIds('from=2027-03-12&to=2027-03-12')).not.toContain('naturalis-test-flow')

    // An editor publishes: now it is everywhere.
    expect((await call('PATCH', '/v1/events/naturalis-test-flow', admin, { workflow: 'published' })).status).toBe(200)
    expect(await publicIds('from=2027-03-12&to=2027-03-12')).toContain('naturalis-test-flow')
    const csv = parse(await (await get('/v1/events?format=csv&from=2027-03-12&to=2027-03-12')).text(), { columns: true }) as any[]
    expect(csv.map((r) => r.id)).toContain('naturalis-test-flow')
    const ics = new ICAL.Component(ICAL.parse(await (await get('/v1/partners/naturalis/events?format=ics')).text()))
    expect(ics.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toContain('naturalis-test-flow@kennisstad-open-data')
    expect((await get('/events/naturalis-test-flow')).status).toBe(200)
  })

  it('an untrusted partner’s edit of a published event goes back to moderation', async () => {
    await call('POST', '/v1/events', naturalis, eventBody('edit', 'naturalis', { workflow: 'submitted' }))
    await call('PATCH', '/v1/events/naturalis-test-edit', admin, { workflow: 'published' })
    const edited = await call('PATCH', '/v1/events/naturalis-test-edit', naturalis, { title: { nl: 'Nieuwe titel', en: 'New title' } })
    expect(((await edited.json()) as any).workflow).toBe('submitted')
    expect((await get('/v1/events/naturalis-test-edit')).status).toBe(404)
  })

  it('a trusted partner key publishes directly; editors can reject', async () => {
    const res = await call('POST', '/v1/events', trusted, eventBody('trusted', 'rijksmuseum-boerhaave'))
    expect(((await res.json()) as any).workflow).toBe('published')
    expect((await get('/v1/events/rijksmuseum-boerhaave-test-trusted')).status).toBe(200)
    expect((await call('PATCH', '/v1/events/rijksmuseum-boerhaave-test-trusted', trusted, { workflow: 'rejected' })).status).toBe(403)
    expect((await call('PATCH', '/v1/events/rijksmuseum-boerhaave-test-trusted', admin, { workflow: 'rejected' })).status).toBe(200)
    expect((await get('/v1/events/rijksmuseum-boerhaave-test-trusted')).status).toBe(404)
  })

  it('adds the partner as organiser when it forgot itself, and keeps it there', async () => {
    const res = await call('POST', '/v1/events', naturalis, eventBody('coorg', 'lumc', { id: 'naturalis-test-coorg' }))
    expect(((await res.json()) as any).organisers.map((o: any) => o.id)).toEqual(['naturalis', 'lumc'])
    const removeSelf = await call('PATCH', '/v1/events/naturalis-test-coorg', naturalis, { organisers: [{ id: 'lumc', role: 'organiser' }] })
    expect(removeSelf.status).toBe(403)
  })

  it('makes an id from the title and date when none is sent, never reusing one', async () => {
    const body = { ...eventBody('x'), id: undefined, title: { nl: 'Één nacht in het museum' } }
    const a = (await (await call('POST', '/v1/events', admin, body)).json()) as any
    const b = (await (await call('POST', '/v1/events', admin, body)).json()) as any
    expect(a.id).toBe('een-nacht-in-het-museum-2027-03-12')
    expect(b.id).toBe('een-nacht-in-het-museum-2027-03-12-2')
    expect((await call('POST', '/v1/events', admin, { ...body, id: a.id })).status).toBe(409)
  })

  it('soft-deletes: gone from public reads and exports, kept in the database', async () => {
    await call('POST', '/v1/events', admin, eventBody('gone'))
    expect((await get('/v1/events/naturalis-test-gone')).status).toBe(200)
    const deleted = await call('DELETE', '/v1/events/naturalis-test-gone', admin)
    expect(deleted.status).toBe(204)
    expect((await get('/v1/events/naturalis-test-gone')).status).toBe(404)
    expect(await (await get('/v1/events?format=csv&from=2027-03-12&to=2027-03-12')).text()).not.toContain('naturalis-test-gone')
    expect((await call('GET', '/v1/events/naturalis-test-gone', admin)).status).toBe(404)
    const audit = (await (await call('GET', '/v1/audit?entityId=naturalis-test-gone', admin)).json()) as any
    expect(audit.data.map((a: any) => a.action)).toEqual(['delete', 'create'])
  })
})
