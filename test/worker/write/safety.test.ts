// Hostile bodies, retries, races and failures: every refusal is a 4xx problem and changes nothing.
import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASE, getJson } from '../../api'
import { auditCount, call, eventBody, issueKey, snapshot, type Who } from '../../write-helpers'

let admin: Who
let partner: Who
beforeAll(async () => {
  admin = await issueKey('admin')
  partner = await issueKey('partner', 'naturalis')
})

async function refused(res: Response, status: number, names?: string[]) {
  expect(res.status, await res.clone().text()).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = (await res.json()) as any
  if (names) expect(body.errors.map((e: any) => e.name).sort()).toEqual([...names].sort())
  return body
}

describe('hostile bodies', () => {
  const cases: [string, () => Promise<Response>, number, string[]?][] = [
    ['a javascript: URL', () => call('POST', '/v1/events', partner, eventBody('h1', 'naturalis', { url: 'javascript:alert(1)' })), 400, ['url']],
    ['a data: image URL', () => call('POST', '/v1/events', partner, eventBody('h2', 'naturalis', { image: { url: 'data:image/png;base64,AAAA' } })), 400, ['image.url']],
    ['an unknown field', () => call('POST', '/v1/events', partner, eventBody('h3', 'naturalis', { admin: true })), 400, ['admin']],
    ['wrong types', () => call('POST', '/v1/events', partner, eventBody('h4', 'naturalis', { title: 'x', allDay: 'yes', minAge: '12', places: 'naturalis' })), 400, ['title', 'allDay', 'minAge', 'places']],
    ['an end before the start', () => call('POST', '/v1/events', partner, eventBody('h5', 'naturalis', { endsAt: '2027-03-12T18:00:00+01:00' })), 400, ['endsAt']],
    ['a time without offset', () => call('POST', '/v1/events', partner, eventBody('h6', 'naturalis', { startsAt: '2027-03-12T20:00:00' })), 400, ['startsAt']],
    ['references that do not exist', () => call('POST', '/v1/events', partner, eventBody('h7', 'naturalis', { places: ['naturalis', 'atlantis'], themes: ['nope'], opgaven: ['nope'] })), 400, ['places[1]', 'themes[0]', 'opgaven[0]']],
    ['a slug with SQL in it', () => call('POST', '/v1/events', partner, eventBody('h8', 'naturalis', { id: "x'; drop table events; --" })), 400, ['id']],
    ['a 1 MB string', () => call('POST', '/v1/events', partner, eventBody('h9', 'naturalis', { title: { nl: 'x'.repeat(1_000_000) } })), 413],
    ['deep nesting', () => call('POST', '/v1/events', partner, `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), 400, ['a', 'startsAt', 'title']],
    ['invalid UTF-8', () => call('POST', '/v1/events', partner, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])), 400, ['(body)']],
    ['not JSON at all', () => call('POST', '/v1/events', partner, 'title=x'), 400, ['(body)']],
    ['a form instead of JSON', () => call('POST', '/v1/events', partner, 'title=x', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415],
    ['no content type', () => SELF.fetch(`${BASE}/v1/events`, { method: 'POST', headers: { Authorization: `Bearer ${partner!.key}` }, body: '{}' }), 415],
    ['an array body', () => call('POST', '/v1/events', partner, [eventBody('h10')]), 400, ['(root)']],
    ['a too-long title', () => call('POST', '/v1/events', partner, eventBody('h11', 'naturalis', { title: { nl: 'x'.repeat(201) } })), 400, ['title.nl']],
    ['an online URL that is not http(s)', () => call('POST', '/v1/events', partner, eventBody('h12', 'naturalis', { attendanceMode: 'online', onlineUrl: 'ftp://x.example/y' })), 400, ['onlineUrl']],
    ['an invalid time zone', () => call('POST', '/v1/events', partner, eventBody('h13', 'naturalis', { timeZone: 'Mars/Olympus' })), 400, ['timeZone']],
    ['a PATCH with an unknown field', () => call('PATCH', '/v1/events/esof2022', admin, { workflow: 'published', colour: 'red' }), 400, ['colour']],
    // JSON.parse turns 1e999 into Infinity: a number no column can hold is refused, never stored as null.
    ['a number too large to be finite', () => call('POST', '/v1/events', partner, JSON.stringify(eventBody('h14')).replace('{', '{"price":1e999,"minAge":-1e999,')), 400, ['price', 'minAge']],
    ['a latitude too large to be finite', () => call('PATCH', '/v1/places/pesthuis', admin, '{"latitude":1e400}'), 400, ['latitude']],
    ['an event that is its own parent', () => call('POST', '/v1/events', admin, eventBody('h15', 'naturalis', { parentId: 'naturalis-test-h15' })), 400, ['parentId']],
    ['an event inside its own part', () => call('PATCH', '/v1/events/esof2022', admin, { parentId: 'esof2022-expositievloer-2022-07-14' }), 400, ['parentId']],
    ['a place inside itself', () => call('PATCH', '/v1/places/lorentzzaal', admin, { containedIn: 'lorentzzaal' }), 400, ['containedIn']],
    ['a building inside its own hall', () => call('PATCH', '/v1/places/kamerlingh-onnes-gebouw', admin, { containedIn: 'lorentzzaal' }), 400, ['containedIn']],
    ['a start past the time window', () => call('POST', '/v1/events', admin, eventBody('h16', 'naturalis', { startsAt: '2199-12-31T23:30:00-01:00', endsAt: null })), 400, ['startsAt']],
    ['a start before the time window', () => call('POST', '/v1/events', admin, eventBody('h17', 'naturalis', { startsAt: '0001-01-01T00:00:00Z', endsAt: null })), 400, ['startsAt']],
  ]
  it.each(cases)('%s → refused, nothing written', async (_label, send, status, names) => {
    const before = await snapshot()
    const problem = await refused(await send(), status, names)
    expect(problem.detail).toEqual(expect.any(String))
    expect(await snapshot()).toBe(before)
  })

  it('stores markup as plain text and SQL metacharacters as literal text', async () => {
    const res = await call('POST', '/v1/events', partner, eventBody('plain', 'naturalis', {
      title: { nl: '<script>alert(1)</script>Lezing <b>vet</b>', en: "Robert'); DROP TABLE events;--" },
      summary: { nl: 'Een <a href="javascript:x">link</a><!-- verborgen --> en\u0000 nul' },
      image: { url: 'https://example.org/a.jpg', alt: { nl: 'Zaal <b>vol</b> publiek<script>x</script>' }, creditText: 'Foto: <img src=x onerror=alert(1)>Jan', license: '<i>CC-BY-4.0</i>' },
    }))
    expect(res.status).toBe(201)
    const event = (await res.json()) as any
    expect(event.title).toEqual({ nl: 'alert(1)Lezing vet', en: "Robert'); DROP TABLE events;--" })
    expect(event.summary.nl).toBe('Een link en nul')
    // Text inside nested objects too; a URL is kept as sent (it is validated as a URL, not rewritten).
    expect(event.image).toEqual({ url: 'https://example.org/a.jpg', alt: { nl: 'Zaal vol publiekx', en: null }, creditText: 'Foto: Jan', license: 'CC-BY-4.0' })
    expect((await getJson('/v1/events/esof2022')).res.status).toBe(200) // the events table is still there
  })
})

describe('keys', () => {
  it('takes the Bearer scheme in any case (RFC 9110)', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await call('GET', '/v1/events?workflow=draft', null, undefined, { Authorization: `${scheme} ${admin!.key}` })
      expect(res.status, scheme).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
    }
  })
})

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, and creates one event', async () => {
    const body = eventBody('idem', 'naturalis', { id: undefined, title: { nl: 'Idempotente lezing' } })
    const first = await call('POST', '/v1/events', partner, body, { 'Idempotency-Key': 'retry-1' })
    expect(first.status).toBe(201)
    const audits = await auditCount()
    const again = await call('POST', '/v1/events', partner, body, { 'Idempotency-Key': 'retry-1' })
    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(await again.json()).toEqual(await first.json())
    expect(await auditCount()).toBe(audits)
    const { body: list } = await getJson('/v1/events?workflow=draft&q=Idempotente', {})
    expect(list.data).toEqual([]) // drafts stay private
  })

  it('refuses the same key with a different body (422) and changes nothing', async () => {
    await call('POST', '/v1/events', partner, eventBody('idem2'), { 'Idempotency-Key': 'retry-2' })
    const before = await snapshot()
    await refused(await call('POST', '/v1/events', partner, eventBody('idem3'), { 'Idempotency-Key': 'retry-2' }), 422)
    expect(await snapshot()).toBe(before)
  })

  it('scopes keys to the API key that sent them', async () => {
    const other = await issueKey('partner', 'naturalis')
    expect((await call('POST', '/v1/events', partner, eventBody('idem4'), { 'Idempotency-Key': 'shared' })).status).toBe(201)
    expect((await call('POST', '/v1/events', other, eventBody('idem5'), { 'Idempotency-Key': 'shared' })).status).toBe(201)
  })
})

describe('optimistic concurrency', () => {
  it('PATCH with a stale If-Match is 412 and writes nothing; with the current ETag it succeeds', async () => {
    await call('POST', '/v1/events', partner, eventBody('race'))
    const read = await call('GET', '/v1/events/naturalis-test-race', partner)
    const etag = read.headers.get('ETag')!
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
    const first = await call('PATCH', '/v1/events/naturalis-test-race', partner, { status: 'postponed' }, { 'If-Match': etag })
    expect(first.status).toBe(200)
    expect(first.headers.get('ETag')).not.toBe(etag)
    const before = await snapshot()
    const stale = await call('PATCH', '/v1/events/naturalis-test-race', partner, { status: 'cancelled' }, { 'If-Match': etag })
    await refused(stale, 412)
    expect(await snapshot()).toBe(before)
    const fresh = await call('PATCH', '/v1/events/naturalis-test-race', partner, { status: 'cancelled' }, { 'If-Match': first.headers.get('ETag')! })
    expect(fresh.status).toBe(200)
    await refused(await call('DELETE', '/v1/events/naturalis-test-race', partner, undefined, { 'If-Match': etag }), 412)
  })
})

describe('atomic writes', () => {
  it.each([1, 2, 4])('a database failure at statement %i of a create leaves nothing half-written (503, Retry-After)', async (n) => {
    const before = await snapshot()
    const res = await call('POST', '/v1/events', admin, eventBody(`fault-${n}`), { 'X-Fault-Inject': `batch-statement=${n}` })
    const problem = await refused(res, 503)
    expect(res.headers.get('Retry-After')).toBe('2')
    expect(JSON.stringify(problem)).not.toMatch(/__injected_fault__|SQLITE|D1_/)
    expect(await snapshot()).toBe(before)
    // A retry without the fault succeeds, once.
    expect((await call('POST', '/v1/events', admin, eventBody(`fault-${n}`))).status).toBe(201)
  })

  it('a failure while replacing relations in a PATCH keeps the old relations', async () => {
    const before = await snapshot()
    const res = await call('PATCH', '/v1/events/esof2022', admin, { places: ['pieterskerk'], themes: [] }, { 'X-Fault-Inject': 'batch-statement=2' })
    await refused(res, 503)
    expect(await snapshot()).toBe(before)
  })
})

describe('audit log', () => {
  it('records who changed which fields, before and after', async () => {
    await call('POST', '/v1/events', partner, eventBody('audited'))
    await call('PATCH', '/v1/events/naturalis-test-audited', partner, { status: 'postponed', workflow: 'submitted' })
    const { data } = (await (await call('GET', '/v1/audit?entityId=naturalis-test-audited', admin)).json()) as any
    expect(data.map((a: any) => a.action)).toEqual(['update:submitted', 'create'])
    expect(data[0]).toMatchObject({
      keyId: partner!.id, role: 'partner', partnerId: 'naturalis', entity: 'event',
      before: { status: 'scheduled', workflow: 'draft' }, after: { status: 'postponed', workflow: 'submitted' },
    })
    expect(data[1].before).toBeNull()
    expect(data[1].after.title).toEqual({ nl: 'Testlezing audited', en: 'Test lecture audited' })
  })
})
