// A partner's feed end to end, through the real queue and the real Worker into real D1: register → run → events (with
// local times, series and provenance) → run again → nothing changes → change the feed → exactly those changes.
import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, today, zonedToUtc } from '../../../core/time'
import { get, getJson } from '../../api'
import { feedEvents, followChanges, register, runNow, serve, served, writeCounts } from '../../feeds/helpers'
import { call, issueKey, type Who } from '../../write-helpers'

let admin: Who
let naturalis: Who
const day = (n: number) => addDays(today(), n)
const at = (n: number, time: string) => zonedToUtc(`${day(n)}T${time}`)

beforeAll(async () => {
  admin = await issueKey('admin')
  naturalis = await issueKey('partner', 'naturalis')
})

describe('a trusted feed, end to end', () => {
  let feed: any
  let url: string
  beforeAll(async () => {
    url = await serve('trusted', 'museum.ics')
    feed = await register(admin, { partner: 'naturalis', url, trusted: true, license: 'CC-BY-4.0', defaults: { places: ['naturalis'], languages: ['nl'], themes: ['biodiversiteit-en-duurzaamheid'] } })
  })

  it('imports every public item as a published event of the partner, with its local times, series and provenance', async () => {
    expect(feed).toMatchObject({ id: 'naturalis-agenda-fictief-testmuseum', partner: { id: 'naturalis' }, trusted: true, paused: false, lastRun: null })
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', trigger: 'request', httpStatus: 200, counts: { items: 7, created: 6, updated: 0, cancelled: 0, unchanged: 0, rejected: 1 } })
    expect(run.rejected).toEqual([{ item: 'personeelsoverleg@test.museum.example', title: 'Personeelsoverleg', reason: 'it is marked CLASS:PRIVATE: not for publication' }])
    expect(run.notes).toContain('item "Kinderlab: wat eet een dinosaurus?": its location "Zaal 3" is not a known place; the feed’s default place was used')

    const events = await feedEvents(feed.id)
    expect(Object.values(events).every((e) => e.workflow === 'published')).toBe(true)
    const lecture = (await getJson(`/v1/events/${events['lezing-stadsnatuur']!.id}`)).body
    expect(lecture).toMatchObject({
      title: { nl: 'Lezing: stadsnatuur', en: null }, kind: 'lecture', startsAt: at(10, '20:00'), endsAt: at(10, '21:30'),
      places: [{ id: 'naturalis' }], organisers: [{ id: 'naturalis', role: 'organiser' }], languages: ['nl'],
      themes: [{ id: 'biodiversiteit-en-duurzaamheid' }], url: 'https://example.org/testmuseum/lezing-stadsnatuur',
      description: { nl: 'Een avond over stadsnatuur & biodiversiteit.\n\n• Lezing\n• Vragen' },
      summary: { nl: 'Een avond over stadsnatuur & biodiversiteit.' },
      provenance: { origin: 'feed', feed: feed.id, key: null, url: 'https://example.org/testmuseum/lezing-stadsnatuur', partner: { id: 'naturalis' }, license: 'CC-BY-4.0' },
    })
    expect(lecture.id).toMatch(/^naturalis-lezing-stadsnatuur-\d{4}-\d\d-\d\d$/)
    // The series: the date left out is missing, the moved one moved, the cancelled one cancelled.
    const series = (await getJson(`/v1/events/${events.zondagrondleiding!.id}/occurrences?limit=20`)).body.data
    expect(series.map((o: any) => [o.startsAt, o.status])).toEqual([
      [at(7, '14:00'), 'scheduled'], [at(14, '14:00'), 'scheduled'], [at(28, '16:00'), 'scheduled'], [at(35, '14:00'), 'cancelled'],
      [at(42, '14:00'), 'scheduled'], [at(49, '14:00'), 'scheduled'], [at(56, '14:00'), 'scheduled'],
    ])
    expect((await getJson(`/v1/events/${events['workshop-afgelast']!.id}`)).body.status).toBe('cancelled')
    // Another partner named in the feed is a co-organiser only once it confirms: the public does not see it yet.
    const exhibition = (await getJson(`/v1/events/${events.tentoonstelling!.id}`)).body
    expect(exhibition).toMatchObject({ allDay: true, kind: 'exhibition', places: [{ id: 'museum-de-lakenhal' }], organisers: [{ id: 'naturalis' }] })
    const asEditor = (await (await call('GET', `/v1/events/${events.tentoonstelling!.id}`, admin)).json()) as any
    expect(asEditor.organisers).toEqual([expect.objectContaining({ id: 'naturalis' }), expect.objectContaining({ id: 'museum-de-lakenhal', role: 'co-organiser', pending: true })])
    expect((await getJson(`/v1/events/${events.ochtendconcert!.id}`)).body.places).toEqual([expect.objectContaining({ id: 'pieterskerk' })])
    // CC BY: the licence and whom to credit travel with the record.
    const ld = (await getJson(`/v1/events/${events['lezing-stadsnatuur']!.id}?format=jsonld`)).body
    expect(ld).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', creditText: 'Naturalis Biodiversity Center', isBasedOn: 'https://example.org/testmuseum/lezing-stadsnatuur' })
    const page = await (await get(`/events/${events['lezing-stadsnatuur']!.id}`, { Accept: 'text/html' })).text()
    expect(page).toMatch(/Bron: <a href="https:\/\/example\.org\/testmuseum\/lezing-stadsnatuur" rel="nofollow">example\.org<\/a>, de agenda-feed van Naturalis Biodiversity Center; bijgewerkt/)
    expect(page).toContain('(vermeld Naturalis Biodiversity Center als bron)')
    // The events as a dataset now hold CC BY rows: the catalog and the downloads page say so, and how to credit them.
    const catalog = (await getJson('/v1/catalog')).body
    const dataset = (id: string) => catalog['dcat:dataset'].find((d: any) => d['dct:identifier'] === `kennisstad-${id}`)
    expect(dataset('events')['dct:license']['@id']).toBe('http://creativecommons.org/licenses/by/4.0/')
    expect(dataset('events')['dct:rights']['rdfs:label'][0]['@value']).toMatch(/^Elke rij noemt haar licentie en bron/)
    expect(dataset('partners')['dct:license']['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/')
    const downloads = await (await get('/data?lang=en', { Accept: 'text/html' })).text()
    expect(downloads).toContain('CC0 1.0</a> and <a href="https://creativecommons.org/licenses/by/4.0/deed.en">CC BY 4.0</a> (per row in the column source_license; for CC BY 4.0: credit the partner)')
  })

  it('running it again changes nothing: one conditional request answered 304, no audit row, no change-feed entry', async () => {
    const before = await writeCounts()
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'unchanged', httpStatus: 304 })
    expect((await served('trusted')).at(-1)).toMatchObject({ status: 304, ifNoneMatch: expect.stringMatching(/^"/) })
    expect(await writeCounts()).toEqual(before)
  })

  it('without validators the feed is read again, and still nothing changes', async () => {
    await serve('trusted', 'museum.ics', { validators: false })
    const before = await writeCounts()
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', counts: { items: 7, created: 0, updated: 0, cancelled: 0, unchanged: 6, rejected: 1 } })
    expect(await writeCounts()).toEqual(before)
  })

  it('a changed feed changes exactly that: an edit, a cancellation, an item gone before it happened, a new item', async () => {
    const before = await writeCounts()
    const { cursor } = await followChanges()
    await serve('trusted', 'museum-v2.ics')
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', counts: { items: 7, created: 1, updated: 2, cancelled: 1, unchanged: 3, rejected: 1 } })
    const events = await feedEvents(feed.id)
    expect((await getJson(`/v1/events/${events['lezing-stadsnatuur']!.id}`)).body.title.nl).toBe('Lezing: stadsnatuur in Leiden')
    expect((await getJson(`/v1/events/${events.ochtendconcert!.id}`)).body.status).toBe('cancelled')
    const gone = (await getJson(`/v1/events/${events.kinderlab!.id}`)).body
    expect(gone).toMatchObject({ status: 'cancelled', notes: { nl: expect.stringMatching(/^Niet meer in de agenda van Agenda \(fictief testmuseum\) sinds \d{4}-\d\d-\d\d; daarom als geannuleerd gemarkeerd\.$/) } })
    expect((await getJson(`/v1/events/${events.avondopenstelling!.id}`)).body).toMatchObject({ title: { nl: 'Avondopenstelling' }, startsAt: at(20, '19:00') })

    // Four writes: four audit rows; the change feed names exactly those four events (once each here).
    const after = await writeCounts()
    expect(after.audit - before.audit).toBe(4)
    const { entries } = await followChanges(cursor)
    expect(new Set(entries.map((c) => c.id))).toEqual(new Set([events['lezing-stadsnatuur']!.id, events.ochtendconcert!.id, events.kinderlab!.id, events.avondopenstelling!.id]))
    // … and every format shows them.
    const csv = parse(await (await get(`/v1/partners/naturalis/events?format=csv&from=${day(0)}`)).text(), { columns: true }) as any[]
    expect(csv.find((r) => r.id === events.avondopenstelling!.id)).toMatchObject({ source_origin: 'feed', source_feed: feed.id, source_license: 'CC-BY-4.0' })
    expect(csv.find((r) => r.id === events.kinderlab!.id)?.status).toBe('cancelled')
    const ics = new ICAL.Component(ICAL.parse(await (await get(`/v1/partners/naturalis/events?format=ics&from=${day(0)}`)).text()))
    const concert = ics.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${events.ochtendconcert!.id}@kennisstad-open-data`)
    expect(concert?.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('keeps an editor’s correction when the feed changes that field too, and says so in the run report', async () => {
    const events = await feedEvents(feed.id)
    const lecture = events['lezing-stadsnatuur']!.id
    expect((await call('PATCH', `/v1/events/${lecture}`, admin, { title: { nl: 'Lezing: stadsnatuur in en om Leiden' } })).status).toBe(200)
    await serve('trusted', 'museum.ics') // the feed's title goes back: the editor's title stays
    const run = await runNow(feed.id, admin)
    expect(run.kept).toEqual([{ event: lecture, fields: ['title'] }])
    expect((await getJson(`/v1/events/${lecture}`)).body.title.nl).toBe('Lezing: stadsnatuur in en om Leiden')
    // The concert is back on (the feed says so again), and the item that came back is no longer cancelled.
    expect((await getJson(`/v1/events/${events.ochtendconcert!.id}`)).body.status).toBe('scheduled')
    expect((await getJson(`/v1/events/${events.kinderlab!.id}`)).body).toMatchObject({ status: 'scheduled', notes: null })
  })
})

describe('an untrusted feed', () => {
  it('brings its events in as submitted, for an editor to publish; the partner sees them, the public does not', async () => {
    const url = await serve('untrusted', 'museum.ics')
    const feed = await register(naturalis, { url, name: 'Agenda via de partner', defaults: { places: ['naturalis'] } })
    expect(feed).toMatchObject({ partner: { id: 'naturalis' }, trusted: false })
    expect((await runNow(feed.id, naturalis)).counts.created).toBe(6)
    const events = await feedEvents(feed.id)
    expect(Object.values(events).every((e) => e.workflow === 'submitted')).toBe(true)
    const lecture = events['lezing-stadsnatuur']!.id
    expect((await get(`/v1/events/${lecture}`)).status).toBe(404)
    expect((await call('GET', `/v1/events/${lecture}`, naturalis)).status).toBe(200)
    expect((await call('PATCH', `/v1/events/${lecture}`, admin, { workflow: 'published' })).status).toBe(200)
    expect((await get(`/v1/events/${lecture}`)).status).toBe(200)
  })
})
