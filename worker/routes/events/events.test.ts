import { describe, expect, it } from 'vitest'
import { eventSeeds } from '../../../schema/seed/events'
import { get, getJson, walk } from '../../../test/api'

const all = async () => (await walk('/v1/events?limit=100')).items

describe('GET /v1/events', () => {
  it('returns the first page of 20, sorted by start, with links and a Link header', async () => {
    const { res, body } = await getJson('/v1/events')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(body.data).toHaveLength(20)
    expect(body.meta).toEqual({ limit: 20, count: 20, sort: 'startsAt' })
    const starts = body.data.map((e: any) => e.startsAt)
    expect(starts).toEqual([...starts].sort())
    expect(body.links.first).toBe('http://localhost/v1/events')
    expect(body.links.next).toMatch(/^http:\/\/localhost\/v1\/events\?cursor=[A-Za-z0-9_-]+$/)
    expect(res.headers.get('Link')).toBe(`<http://localhost/v1/events>; rel="first", <${body.links.next}>; rel="next"`)
  })

  it('contains every seeded real event and the demo events', async () => {
    const items = await all()
    const ids = items.map((e) => e.id)
    for (const seed of eventSeeds) expect(ids).toContain(seed.id)
    expect(items.filter((e) => e.demo).length).toBeGreaterThanOrEqual(8)
    expect(items.filter((e) => e.demo).every((e) => e.title.nl.startsWith('Voorbeeld (fictief): ') && e.notes.en.includes('Fictitious example'))).toBe(true)
  })

  it.each(['startsAt', '-startsAt', 'endsAt', '-endsAt', 'updatedAt', '-updatedAt'])(
    'walks every page in %s order without duplicates or gaps', async (sort) => {
      const reference = await all()
      const { items, pages } = await walk(`/v1/events?limit=7&sort=${sort}`)
      expect(pages).toBe(Math.ceil(reference.length / 7))
      const ids = items.map((e) => e.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(reference.map((e) => e.id).sort())
      const field = sort.replace('-', '')
      const key = (e: any) => (field === 'endsAt' ? (e.endsAt ?? e.startsAt) : e[field])
      const expected = [...reference].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
      if (sort.startsWith('-')) expected.reverse()
      expect(ids).toEqual(expected.map((e) => e.id))
    })

  it('keeps the other parameters in the next link', async () => {
    const { body } = await getJson('/v1/events?limit=2&partner=universiteit-leiden&demo=false')
    const next = new URL(body.links.next)
    expect(next.searchParams.get('partner')).toBe('universiteit-leiden')
    expect(next.searchParams.get('demo')).toBe('false')
    expect(next.searchParams.get('limit')).toBe('2')
  })

  it('returns an empty page, not an error, when nothing matches', async () => {
    const { res, body } = await getJson('/v1/events?q=zzzzzzzz')
    expect(res.status).toBe(200)
    expect(body.data).toEqual([])
    expect(body.links.next).toBeNull()
    expect(res.headers.get('Link')).toBe('<http://localhost/v1/events?q=zzzzzzzz>; rel="first"')
  })
})

describe('GET /v1/events/{id}', () => {
  it('embeds places, organisers with role, opgaven, themes and sub-events of ESOF2022', async () => {
    const { res, body } = await getJson('/v1/events/esof2022')
    expect(res.status).toBe(200)
    expect(body).toMatchObject({
      id: 'esof2022', kind: 'conference', allDay: true, timeZone: 'Europe/Amsterdam',
      // 13–16 July 2022 local (CEST, +02:00): from local midnight of the 13th to local midnight after the 16th.
      startsAt: '2022-07-12T22:00:00Z', endsAt: '2022-07-16T22:00:00Z',
      status: 'rescheduled', previousStartsAt: '2022-07-10T22:00:00Z', attendanceMode: 'mixed',
      title: { nl: 'ESOF2022 – EuroScience Open Forum', en: 'ESOF2022 – EuroScience Open Forum' },
      parent: null, demo: false, languages: ['en'],
      source: { partner: null, license: 'CC0-1.0', url: 'https://esof.eu/esof2022-an-explosion-of-science/' },
    })
    expect(body.places.map((p: any) => p.id)).toEqual(['pieterskerk', 'stadsgehoorzaal', 'kamerlingh-onnes-gebouw', 'lorentzzaal', 'cleveringazaal'])
    expect(body.organisers[0]).toEqual({ id: 'euroscience', name: 'EuroScience', kind: 'foundation', role: 'organiser' })
    expect(body.organisers.find((o: any) => o.id === 'european-commission').role).toBe('funder')
    expect(body.themes.map((t: any) => t.id)).toHaveLength(7)
    expect(body.themes.every((t: any) => t.scheme === 'esof2022-track')).toBe(true)
    expect(body.opgaven.map((o: any) => o.id).sort()).toEqual(['internationalisering', 'leiden2022-inclusieve-stad'])
    expect(body.subEvents.map((e: any) => e.id)).toEqual([
      'esof2022-expositievloer-2022-07-14', 'esof2022-expositievloer-2022-07-15', 'esof2022-expositievloer-2022-07-16',
      'eu-talenton-deelnemers-bekend',
    ])
  })

  it('shows the parent of a sub-event and its own opening hours', async () => {
    const { body } = await getJson('/v1/events/esof2022-expositievloer-2022-07-16')
    expect(body.parent).toEqual({
      id: 'esof2022', title: { nl: 'ESOF2022 – EuroScience Open Forum', en: 'ESOF2022 – EuroScience Open Forum' },
      startsAt: '2022-07-12T22:00:00Z', endsAt: '2022-07-16T22:00:00Z', allDay: true,
    })
    expect(body).toMatchObject({ startsAt: '2022-07-16T10:00:00Z', endsAt: '2022-07-16T16:00:00Z', allDay: false })
  })

  it('keeps wall-clock times across the DST change: Museumnacht ends at 01:00 the next day, the Finale is CET', async () => {
    const { body: museumnacht } = await getJson('/v1/events/museumnacht-leiden-2022')
    expect([museumnacht.startsAt, museumnacht.endsAt]).toEqual(['2022-05-28T18:00:00Z', '2022-05-28T23:00:00Z'])
    const { body: finale } = await getJson('/v1/events/leiden2022-finalefestival')
    expect([finale.startsAt, finale.endsAt]).toEqual(['2022-12-22T15:00:00Z', '2022-12-22T21:22:00Z'])
  })

  it('answers 404 problem+json for an unknown id and 400 for a malformed one', async () => {
    const missing = await get('/v1/events/does-not-exist')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not found', detail: 'There is no event with id "does-not-exist".' })
    const bad = await getJson('/v1/events/Not_A_Slug')
    expect(bad.res.status).toBe(400)
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', name: 'id' })])
  })
})

describe('nested event lists', () => {
  it('/v1/partners/{id}/events equals /v1/events?partner={id}', async () => {
    const nested = await walk('/v1/partners/universiteit-leiden/events?limit=5')
    const filtered = await walk('/v1/events?partner=universiteit-leiden&limit=5')
    expect(nested.items.map((e) => e.id)).toEqual(filtered.items.map((e) => e.id))
    expect(nested.items.length).toBeGreaterThan(5)
  })

  it('/v1/places/{id}/events includes events in the places inside it', async () => {
    const { items } = await walk('/v1/places/kamerlingh-onnes-gebouw/events?limit=100')
    expect(items.map((e) => e.id)).toContain('demo-lorentz-colloquium')
    expect(items.map((e) => e.id)).toContain('esof2022')
  })

  it('/v1/opgaven/{id}/events lists the events of the opgave', async () => {
    const { items } = await walk('/v1/opgaven/internationalisering/events?limit=100')
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((e) => e.opgaven.some((o: any) => o.id === 'internationalisering'))).toBe(true)
  })

  it('answers 404 for an unknown parent and 400 for the filter the path already fixes', async () => {
    expect((await get('/v1/partners/nobody/events')).status).toBe(404)
    expect((await get('/v1/opgaven/nothing/events')).status).toBe(404)
    expect((await get('/v1/places/nowhere/events')).status).toBe(404)
    const { res, body } = await getJson('/v1/partners/naturalis/events?partner=lumc')
    expect(res.status).toBe(400)
    expect(body.errors).toEqual([expect.objectContaining({ name: 'partner', code: 'unknown_parameter' })])
  })
})
