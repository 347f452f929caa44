// Repeating events end to end on real D1: writing a series, its occurrences (exceptions, changes, DST), the time
// window, paging, hostile rules, caps — and the iCalendar export expanded by ical.js equals what the API lists.
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { zonedToUtc } from '../../core/time'
import { get, getJson, walk } from '../api'
import { call, eventBody, issueKey, type Who } from '../write-helpers'

let admin: Who
const SERIES = 'naturalis-test-zondagtour'
// Sundays 14:00–15:00 from 14 March 2027, across the switch to summer time on 28 March.
const body = eventBody('zondagtour', 'naturalis', {
  title: { nl: 'Zondagtour', en: 'Sunday tour' }, startsAt: '2027-03-14T14:00:00+01:00', endsAt: '2027-03-14T15:00:00+01:00',
  schedule: { rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=8', alsoOn: ['2027-04-01T10:00'], notOn: ['2027-04-11'] },
  overrides: [
    { occurrence: '2027-03-21T14:00:00+01:00', status: 'cancelled', note: { nl: 'Vervalt', en: 'Cancelled' } },
    { occurrence: '2027-04-04T14:00:00+02:00', startsAt: '2027-04-04T16:00:00+02:00', endsAt: '2027-04-04T17:00:00+02:00' },
    { occurrence: '2027-04-18T14:00:00+02:00', place: 'pieterskerk' },
  ],
  workflow: 'published',
})

beforeAll(async () => {
  admin = await issueKey('admin')
  const created = await call('POST', '/v1/events', admin, body)
  expect(created.status, await created.clone().text()).toBe(201)
})

describe('series', () => {
  it('lists every occurrence with its changes applied, at 14:00 local on both sides of the DST switch', async () => {
    const { items } = await walk(`/v1/events/${SERIES}/occurrences?limit=3`)
    const local = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))
    expect(items.map((o) => `${local(o.startsAt)} ${o.status}${o.places[0]?.id === 'pieterskerk' ? ' @pieterskerk' : ''}`)).toEqual([
      '2027-03-14 14:00 scheduled', '2027-03-21 14:00 cancelled', '2027-03-28 14:00 scheduled', '2027-04-01 10:00 scheduled',
      '2027-04-04 16:00 scheduled', '2027-04-18 14:00 scheduled @pieterskerk', '2027-04-25 14:00 scheduled', '2027-05-02 14:00 scheduled',
    ])
    // 14:00 in winter is 13:00 UTC, in summer 12:00 UTC.
    expect(items[0].startsAt).toBe('2027-03-14T13:00:00Z')
    expect(items[2].startsAt).toBe('2027-03-28T12:00:00Z')
    expect(items.find((o) => o.moved)?.recurrenceId).toBe('2027-04-04T12:00:00Z')
  })

  it('shows the schedule in words and the next occurrence on the event', async () => {
    const { body: event } = await getJson(`/v1/events/${SERIES}`)
    expect(event.schedule.summary).toEqual({ nl: 'Elke zondag om 14:00 (8 keer)', en: 'Every Sunday at 14:00 (8 times)' })
    expect(event.schedule.overrides).toHaveLength(3)
    expect(event.nextOccurrence).toEqual({ startsAt: '2027-03-14T13:00:00Z', endsAt: '2027-03-14T14:00:00Z' })
  })

  it('matches a time window only when an occurrence overlaps it', async () => {
    const ids = async (q: string) => (await walk(`/v1/events?${q}&limit=100`)).items.map((e) => e.id)
    expect(await ids('from=2027-03-28&to=2027-03-28')).toContain(SERIES) // a Sunday
    expect(await ids('from=2027-03-30&to=2027-03-31')).not.toContain(SERIES) // Tuesday and Wednesday: nothing on
    expect(await ids('from=2027-04-01&to=2027-04-01')).toContain(SERIES) // the extra date
    expect(await ids('from=2027-04-11&to=2027-04-11')).not.toContain(SERIES) // the excluded Sunday
    const on = (await walk('/v1/occurrences?from=2027-03-28&to=2027-03-28&limit=100')).items.filter((o) => o.eventId === SERIES)
    expect(on.map((o) => o.startsAt)).toEqual(['2027-03-28T12:00:00Z'])
    // The relocated date is found at its new place, and not at the old one.
    const atPieterskerk = (await walk('/v1/occurrences?place=pieterskerk&from=2027-04-18&to=2027-04-18')).items.map((o) => o.eventId)
    expect(atPieterskerk).toContain(SERIES)
    const atNaturalis = (await walk('/v1/occurrences?place=naturalis&from=2027-04-18&to=2027-04-18')).items.map((o) => o.eventId)
    expect(atNaturalis).not.toContain(SERIES)
  })

  it('pages through all occurrences to the end without duplicates or gaps, in start order', async () => {
    const all = (await walk('/v1/occurrences?limit=100')).items
    const paged = (await walk('/v1/occurrences?limit=7&from=2022-01-01&to=2022-03-31')).items
    const keys = paged.map((o) => `${o.eventId} ${o.recurrenceId}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(paged.map((o) => o.startsAt)).toEqual([...paged.map((o) => o.startsAt)].sort())
    expect(paged.filter((o) => o.eventId === 'radio-weetlust')).toHaveLength(31 + 28 + 31) // every day of Q1 2022
    expect(all.length).toBeGreaterThan(paged.length)
  })

  it('refuses rules that repeat too often or run away, and changes to dates the series does not have', async () => {
    const refused = async (extra: Record<string, unknown>, names: string[]) => {
      const res = await call('POST', '/v1/events', admin, eventBody(`bad-${names[0]!.replace(/[^a-z0-9]+/g, '-')}`, 'naturalis', extra))
      expect(res.status).toBe(400)
      const problem = (await res.json()) as { errors: { name: string; detail: string }[] }
      expect(problem.errors.map((e) => e.name)).toEqual(names)
      return problem.errors[0]!.detail
    }
    expect(await refused({ schedule: { rrule: 'FREQ=HOURLY' } }, ['schedule.rrule'])).toMatch(/repeats too often/)
    expect(await refused({ schedule: { rrule: 'FREQ=SECONDLY;COUNT=2' } }, ['schedule.rrule'])).toMatch(/repeats too often/)
    expect(await refused({ schedule: { rrule: 'FREQ=DAILY;COUNT=1000000' } }, ['schedule.rrule'])).toMatch(/at most 500/)
    expect(await refused({ schedule: { rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=3' }, overrides: [{ occurrence: '2027-03-13T20:00:00+01:00', status: 'cancelled' }] },
      ['overrides.0.occurrence'])).toMatch(/no occurrence/)
  })

  it('caps an open-ended series at 500 occurrences', async () => {
    const res = await call('POST', '/v1/events', admin, eventBody('daily-forever', 'naturalis', { schedule: { rrule: 'FREQ=DAILY' }, workflow: 'published' }))
    expect(res.status).toBe(201)
    const first = await getJson('/v1/events/naturalis-test-daily-forever/occurrences?limit=100')
    let count = first.body.data.length
    let next = first.body.links.next
    while (next) {
      const page = await getJson(next.replace('http://localhost', ''))
      count += page.body.data.length
      next = page.body.links.next
    }
    expect(count).toBe(500)
  })

  it('exports the series as one VEVENT with RRULE, RDATE, EXDATE and RECURRENCE-ID changes that ical.js expands to exactly the API’s occurrences', async () => {
    const text = await (await get(`/v1/events/${SERIES}?format=ics`)).text()
    const calendar = new ICAL.Component(ICAL.parse(text))
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!)
    const vevents = calendar.getAllSubcomponents('vevent')
    const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id'))!)
    for (const v of vevents.filter((x) => x.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(v))
    const rule = master.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect([rule.freq, rule.count, rule.parts.BYDAY]).toEqual(['WEEKLY', 8, ['SU']])
    const expanded: string[] = []
    const iterator = master.iterator()
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next)
      const status = details.item.component.getFirstPropertyValue('status')
      expanded.push(`${details.startDate.toJSDate().toISOString().replace('.000', '')} ${status === 'CANCELLED' ? 'cancelled' : 'scheduled'}`)
    }
    const api = (await walk(`/v1/events/${SERIES}/occurrences`)).items.map((o) => `${o.startsAt} ${o.status}`)
    expect(expanded.sort()).toEqual(api.sort())
    expect(zonedToUtc('2027-04-04T16:00')).toBe('2027-04-04T14:00:00Z')
  })
})
