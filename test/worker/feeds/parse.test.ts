// Reading partners' feeds: iCalendar exports (zones, series, changed and cancelled dates, HTML) and schema.org JSON-LD.
import { inject } from 'vitest'
import { describe, expect, it } from 'vitest'
import { expand } from '../../../core/recurrence'
import { FeedError } from '../../../worker/ingest/item'
import { parseIcal } from '../../../worker/ingest/ical'
import { parseJsonLd } from '../../../worker/ingest/jsonld'

const server = inject('feedServer')
const fixture = async (name: string, today = '2027-01-04') => (await fetch(`${server}/fixtures/${name}?today=${today}`)).text()
const byUid = (items: { uid: string }[]) => Object.fromEntries(items.map((i) => [i.uid.split('@')[0]!.split('#')[0]!, i])) as Record<string, any>

describe('iCalendar feeds', () => {
  it('reads a museum’s export: times in their zone, a series with a date left out, one moved and one cancelled', async () => {
    const feed = parseIcal(await fixture('museum.ics'))
    const items = byUid(feed.items)
    expect(Object.keys(items).sort()).toEqual(['kinderlab', 'lezing-stadsnatuur', 'ochtendconcert', 'tentoonstelling', 'workshop-afgelast', 'zondagrondleiding'])
    expect(items.zondagrondleiding).toMatchObject({
      title: { text: 'Zondagrondleiding door de collectie', nl: 'Zondagrondleiding door de collectie' },
      startsAt: '2027-01-11T13:00:00Z', endsAt: '2027-01-11T14:00:00Z', allDay: false, timeZone: 'Europe/Amsterdam', status: 'scheduled',
      schedule: { rrule: 'FREQ=WEEKLY;COUNT=8', alsoOn: [], notOn: ['2027-01-25T14:00'] },
      overrides: [
        { occurrence: '2027-02-01T13:00:00Z', startsAt: '2027-02-01T15:00:00Z', endsAt: '2027-02-01T16:00:00Z' },
        { occurrence: '2027-02-08T13:00:00Z', status: 'cancelled' },
      ],
      location: { name: 'Naturalis, Darwinweg 2, Leiden' }, kind: 'tour', url: 'https://example.org/testmuseum/rondleiding',
    })
    expect(items.zondagrondleiding.description.text).toBe('Een rondleiding langs de hoogtepunten van de collectie.\n\nDuur: een uur.')
    expect(items['lezing-stadsnatuur']).toMatchObject({ startsAt: '2027-01-14T19:00:00Z', endsAt: '2027-01-14T20:30:00Z', kind: 'lecture' })
    expect(items['lezing-stadsnatuur'].description.text).toBe('Een avond over stadsnatuur & biodiversiteit.\n\n• Lezing\n• Vragen')
    expect(items['workshop-afgelast'].status).toBe('cancelled')
    // A whole-day exhibition: local midnight of its first day to local midnight after its last.
    expect(items.tentoonstelling).toMatchObject({
      allDay: true, startsAt: '2026-12-14T23:00:00Z', endsAt: '2027-03-04T23:00:00Z', kind: 'exhibition',
      organizers: [{ name: 'Museum De Lakenhal', url: null }],
    })
    expect(items.ochtendconcert).toMatchObject({ startsAt: '2027-01-16T09:00:00Z', endsAt: '2027-01-16T10:00:00Z' })
    // A floating time is the calendar's zone (X-WR-TIMEZONE).
    expect(items.kinderlab).toMatchObject({ startsAt: '2027-01-18T10:00:00Z', location: { name: 'Zaal 3' } })
    expect(feed.skipped).toEqual([{ item: 'personeelsoverleg@test.museum.example', title: 'Personeelsoverleg', reason: 'it is marked CLASS:PRIVATE: not for publication' }])
  })

  it('keeps a series in wall-clock time across the switch to summer time, and reads Outlook and unknown zones', async () => {
    const feed = parseIcal(await fixture('zones.ics'))
    const items = byUid(feed.items)
    // UNTIL was given in UTC (12:00Z = 14:00 summer time): it becomes local, so the last Sunday is still in.
    expect(items.voorjaarsreeks.schedule.rrule).toBe('FREQ=WEEKLY;BYDAY=SU;UNTIL=20270404T140000')
    expect(expand({ ...items.voorjaarsreeks }).map((o) => o.startsAt)).toEqual(['2027-03-21T13:00:00Z', '2027-03-28T12:00:00Z', '2027-04-04T12:00:00Z'])
    expect(items.outlook).toMatchObject({ startsAt: '2027-07-03T08:00:00Z', endsAt: '2027-07-03T09:00:00Z', timeZone: 'Europe/Amsterdam' })
    expect(items['onbekende-zone']).toMatchObject({ startsAt: '2027-07-03T08:00:00Z', notes: ['time zone "Mars/Olympus" is not defined in the feed; its times were read as Europe/Amsterdam'] })
    expect(feed.skipped).toEqual([{ item: 'Zonder UID', title: 'Zonder UID', reason: 'it has no UID, so it cannot be recognised on the next run' }])
  })

  it('refuses what is not iCalendar, saying why', async () => {
    expect(() => parseIcal(`${'x'.repeat(10)}`)).toThrow(FeedError)
    expect(() => parseIcal(`${'x'.repeat(10)}`)).toThrow(/not a valid iCalendar file/)
    const malformed = await fixture('malformed.ics')
    expect(() => parseIcal(malformed)).toThrow(/not a valid iCalendar file/)
    expect(() => parseIcal('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan\r\nEND:VCARD\r\n')).toThrow(/starts with VCARD, not VCALENDAR/)
  })
})

describe('schema.org JSON-LD feeds', () => {
  it('reads the events of a page’s ItemList: whole days, offsets, online, prices, language-tagged names and a schedule', async () => {
    const feed = parseJsonLd(await fixture('agenda.html'))
    const items = Object.fromEntries(feed.items.map((i) => [i.uid.split('/').at(-1)!.split('#')[0], i])) as Record<string, any>
    expect(items.instrumenten).toMatchObject({
      uid: 'https://example.org/testmuseum/agenda/instrumenten#event', kind: 'exhibition', allDay: true,
      startsAt: '2026-12-29T23:00:00Z', endsAt: '2027-02-13T23:00:00Z', price: 12.5, priceCurrency: 'EUR', free: false,
      registrationUrl: 'https://example.org/testmuseum/tickets', location: { name: 'Rijksmuseum Boerhaave', streetAddress: 'Lange Sint Agnietenstraat 10', locality: 'Leiden' },
      image: { url: 'https://example.org/testmuseum/instrumenten.jpg', alt: 'Een koperen microscoop', creditText: 'Foto: testmuseum' },
      description: { text: 'Een tentoonstelling over meetinstrumenten & hun makers.' },
    })
    expect(items.webinar).toMatchObject({
      title: { nl: 'Webinar: sterren kijken', en: 'Webinar: stargazing' }, startsAt: '2027-01-13T18:30:00Z', endsAt: '2027-01-13T19:30:00Z',
      onlineUrl: 'https://example.org/testmuseum/live', location: null, free: true, languages: ['nl', 'en'], kind: 'lecture',
    })
    expect(items.zaterdagworkshop).toMatchObject({ startsAt: '2027-01-10T09:00:00Z', endsAt: '2027-01-10T11:00:00Z', schedule: { rrule: 'FREQ=WEEKLY;COUNT=4' }, kind: 'workshop' })
    expect(feed.skipped).toEqual([{ item: 'https://example.org/testmuseum/agenda/zonder-datum', title: 'Binnenkort: nieuwe tentoonstelling', reason: 'it has no startDate' }])
  })

  it('refuses what is not JSON-LD, saying why', async () => {
    const broken = await fixture('broken.jsonld')
    expect(() => parseJsonLd(broken)).toThrow(/not valid JSON/)
    expect(() => parseJsonLd('<html><body>Agenda</body></html>')).toThrow(/without schema.org JSON-LD/)
    expect(parseJsonLd('{"@type": "Organization", "name": "x"}')).toEqual({ items: [], skipped: [], notes: ['the document holds no schema.org Event'] })
    // Deeply nested or enormous documents are walked only so far.
    const deep = `${'{"item":'.repeat(5000)}{}${'}'.repeat(5000)}`
    expect(parseJsonLd(deep).items).toEqual([])
  })
})
