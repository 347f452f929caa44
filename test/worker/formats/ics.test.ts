// iCalendar feeds parsed with ical.js: every event present, times that survive a DST boundary, stable UIDs.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { get, walk } from '../../api'
import contract from '../../../openapi/openapi.json'

type Operation = { parameters?: { in: string; name: string; schema?: { example?: unknown } }[]; responses: Record<string, { content?: Record<string, unknown> }> }
/** Every feed the contract offers (each path whose 200 answers text/calendar), with its documented example ids. */
const FEEDS = Object.entries(contract.paths as unknown as Record<string, { get?: Operation }>)
  .filter(([, item]) => item.get?.responses['200']?.content?.['text/calendar'])
  .map(([path, item]) => `/v1${(item.get!.parameters ?? []).filter((p) => p.in === 'path')
    .reduce((url, p) => url.replace(`{${p.name}}`, String(p.schema?.example)), path)}?format=ics`)

async function feed(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers)
  const text = await res.text()
  const cal = new ICAL.Component(ICAL.parse(text))
  // Register the feed's own VTIMEZONE, as a calendar app does.
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  // A series' changed dates are VEVENTs of their own (RECURRENCE-ID); the events are the others.
  const all = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  return { res, text, cal, events: all.filter((e) => !e.isRecurrenceException()), exceptions: all.filter((e) => e.isRecurrenceException()) }
}

describe('iCalendar feeds', () => {
  it.each([
    '/v1/events?format=ics',
    '/v1/events?format=ics&partner=universiteit-leiden',
    '/v1/events?format=ics&from=2022-07-01&to=2022-09-30&demo=false',
    '/v1/partners/naturalis/events?format=ics',
    '/v1/opgaven/internationalisering/events?format=ics',
    '/v1/places/kamerlingh-onnes-gebouw/events?format=ics',
  ])('%s has exactly the events the JSON has', async (path) => {
    const { res, events } = await feed(path)
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const json = await walk(`${path.replace('format=ics', 'limit=100')}`)
    expect(events.map((e) => e.uid).sort()).toEqual(json.items.map((e) => `${e.id}@kennisstad-open-data`).sort())
  })

  it('offers a feed on every path the tests below parse', () => {
    expect(FEEDS.length).toBeGreaterThanOrEqual(6)
  })

  it.each([...FEEDS, '/v1/partners/naturalis/events?format=ics', '/v1/events/esof2022?format=ics',
    '/v1/events/demo-rondleiding-zondag?format=ics'])('%s parses in ical.js strict mode, with DTSTAMP, CREATED and LAST-MODIFIED in UTC', async (path) => {
    ICAL.design.strict = true
    try {
      const { res, cal } = await feed(path)
      expect(res.status).toBe(200)
      expect(cal.getAllSubcomponents('vevent').length, `${path} has events`).toBeGreaterThan(0)
      for (const v of cal.getAllSubcomponents('vevent')) {
        for (const name of ['dtstamp', 'created', 'last-modified']) {
          const value = v.getFirstPropertyValue(name) as ICAL.Time | null
          if (name !== 'dtstamp' && !value) continue
          expect(value!.zone?.tzid, `${path} ${name}`).toBe('UTC')
        }
      }
    } finally {
      ICAL.design.strict = false
    }
  })

  it('names a partner’s feed after the partner, not its id', async () => {
    const { cal } = await feed('/v1/partners/naturalis/events?format=ics')
    expect(cal.getFirstPropertyValue('name')).toBe('Kennisstad Leiden · Naturalis Biodiversity Center')
  })

  it('is negotiated by Accept: text/calendar too', async () => {
    const { events } = await feed('/v1/events?demo=false', { Accept: 'text/calendar' })
    expect(events.length).toBeGreaterThan(20)
  })

  it('carries NAME, REFRESH-INTERVAL and a VTIMEZONE for Europe/Amsterdam', async () => {
    const { cal, text } = await feed('/v1/events?format=ics')
    expect(cal.getFirstPropertyValue('name')).toMatch(/^Kennisstad Leiden/)
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/)
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam')
  })

  it('round-trips times on both sides of the DST boundary', async () => {
    const { events } = await feed('/v1/events?format=ics&demo=false')
    const byId = new Map(events.map((e) => [e.uid.replace('@kennisstad-open-data', ''), e]))
    const { items } = await walk('/v1/events?limit=100&demo=false')
    for (const item of items.filter((e: any) => !e.allDay)) {
      const ev = byId.get(item.id)!
      expect(ev.startDate.zone?.tzid, item.id).toBe('Europe/Amsterdam')
      expect(ev.startDate.toJSDate().toISOString().replace('.000', ''), item.id).toBe(item.startsAt)
      if (item.endsAt) expect(ev.endDate.toJSDate().toISOString().replace('.000', ''), item.id).toBe(item.endsAt)
    }
    // Summer (CEST) and winter (CET) wall-clock times as a calendar app shows them:
    expect(byId.get('esof2022-expositievloer-2022-07-14')!.startDate.toString()).toBe('2022-07-14T14:00:00')
    expect(byId.get('leiden2022-finalefestival')!.startDate.toString()).toBe('2022-12-22T16:00:00')
    expect(byId.get('museumnacht-leiden-2022')!.endDate.toString()).toBe('2022-05-29T01:00:00')
  })

  it('writes all-day events as dates with an exclusive end', async () => {
    const { events } = await feed('/v1/events/esof2022?format=ics')
    expect(events).toHaveLength(1)
    expect(events[0]!.startDate.isDate).toBe(true)
    expect(events[0]!.startDate.toString()).toBe('2022-07-13')
    expect(events[0]!.endDate.toString()).toBe('2022-07-17')
  })

  it('keeps UIDs and SEQUENCE stable across requests, and marks cancellations', async () => {
    const a = await feed('/v1/events?format=ics')
    const b = await feed('/v1/events?format=ics')
    expect(a.events.map((e) => `${e.uid}#${e.sequence}`)).toEqual(b.events.map((e) => `${e.uid}#${e.sequence}`))
    const cancelled = a.events.find((e) => e.uid.startsWith('demo-hackathon-hogeschool'))!
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('gives LOCATION, GEO and a URL to the event page', async () => {
    const { events } = await feed('/v1/events/nacht-van-ontdekkingen-2022?format=ics')
    const ev = events[0]!
    expect(ev.location).toContain('Hortus botanicus Leiden, Rapenburg 73, Leiden')
    expect(ev.component.getFirstPropertyValue('geo')).toEqual([52.15611, 4.48417])
    expect(ev.component.getFirstPropertyValue('url')).toBe('http://localhost/events/nacht-van-ontdekkingen-2022')
  })

  it('uses English text when the client asks for it', async () => {
    const { events } = await feed('/v1/events/nacht-van-ontdekkingen-2022?format=ics', { 'Accept-Language': 'en' })
    expect(events[0]!.summary).toBe('Night of Discoveries')
  })
})
