/**
 * iCalendar feeds (RFC 5545 + RFC 7986 NAME/REFRESH-INTERVAL) with ical-generator doing the escaping, folding and
 * property syntax. Times are written as Europe/Amsterdam wall-clock time under `TZID`, with the VTIMEZONE in the
 * feed, so no calendar shifts them by an hour; all-day events are `VALUE=DATE`. The feed is streamed: header,
 * then the events of each database chunk, then the footer.
 */
import ical, { ICalEventStatus } from 'ical-generator'
import type { Event } from '../../schema/api/events'
import { type Bilingual, inLang } from '../../core/locale'
import { AMSTERDAM, offsetMinutes, utcToZoned } from '../../core/time'
import { chunkedText } from './stream'

/** Europe/Amsterdam as published by tzurl.org (Olson 2018g), the rules in force since 1996. */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Amsterdam', 'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
].join('\r\n')

/**
 * ical-generator prints a Date's UTC fields under the event's TZID (it expects a zone-aware date library), so it is
 * given the Amsterdam wall-clock time as those fields.
 */
const wallClock = (instant: string) => {
  const ms = Date.parse(instant)
  return new Date(ms + offsetMinutes(ms, AMSTERDAM) * 60000)
}

const STATUS: Record<Event['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  movedOnline: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}

/** Increases with every change of the event (seconds since 2020 of `updatedAt`), as RFC 5545 asks of SEQUENCE. */
const sequence = (e: Event) => Math.max(0, Math.floor((Date.parse(e.updatedAt) - Date.UTC(2020, 0, 1)) / 1000))

export type FeedOptions = { name: string; description: string; url: string; origin: string; lang: 'nl' | 'en' }

const calendar = (o: FeedOptions) =>
  ical({
    name: o.name, description: o.description, url: o.url, ttl: 60 * 60,
    prodId: { company: 'Kennisstad Open Data', product: 'Kennisstad API', language: o.lang.toUpperCase() },
    timezone: { name: AMSTERDAM, generator: () => VTIMEZONE_AMSTERDAM },
  })

function addEvent(cal: ReturnType<typeof ical>, e: Event, o: FeedOptions) {
  const text = (b: Bilingual | null) => inLang(b, o.lang)
  const page = `${o.origin}/events/${e.id}${o.lang === 'en' ? '?lang=en' : ''}`
  const located = e.places.find((p) => p.latitude !== null && p.longitude !== null)
  const where = e.places.map((p) => [p.name, p.streetAddress, p.locality].filter(Boolean).join(', ')).join(' · ')
    || (e.onlineUrl ? 'Online' : '')
  const event = cal.createEvent({
    id: `${e.id}@kennisstad-open-data`,
    sequence: sequence(e),
    stamp: new Date(e.updatedAt),
    created: new Date(e.createdAt),
    lastModified: new Date(e.updatedAt),
    start: wallClock(e.startsAt),
    end: e.endsAt ? wallClock(e.endsAt) : null,
    allDay: e.allDay,
    timezone: AMSTERDAM,
    summary: text(e.title)!,
    description: [text(e.summary), text(e.notes), page].filter(Boolean).join('\n\n'),
    location: where ? { title: where, ...(located ? { geo: { lat: located.latitude!, lon: located.longitude! } } : {}) } : null,
    url: e.url ?? page,
    status: STATUS[e.status],
    repeating: e.schedule ? repeatLines(e) : null,
  })
  // A changed occurrence is its own VEVENT with the series' UID and the RECURRENCE-ID of the date it replaces.
  for (const change of e.schedule?.overrides ?? []) {
    const moved = change.startsAt ?? change.occurrence
    cal.createEvent({
      id: `${e.id}@kennisstad-open-data`, sequence: sequence(e), stamp: new Date(e.updatedAt),
      recurrenceId: wallClock(change.occurrence), timezone: AMSTERDAM, allDay: e.allDay,
      start: wallClock(moved), end: change.endsAt ? wallClock(change.endsAt) : change.startsAt ? null : e.endsAt ? wallClock(shift(e, change.occurrence)) : null,
      summary: text(e.title)!, description: [text(change.note), text(e.summary), page].filter(Boolean).join('\n\n'),
      location: change.place ? { title: [change.place.name, change.place.streetAddress, change.place.locality].filter(Boolean).join(', ') } : where ? { title: where } : null,
      url: e.url ?? page, status: STATUS[change.status ?? e.status],
    })
  }
  return event
}

/** The end of the occurrence that starts at `start`, keeping the series' own duration. */
const shift = (e: Event, start: string) => new Date(Date.parse(start) + (Date.parse(e.endsAt!) - Date.parse(e.startsAt))).toISOString()

/** `2027-01-05T10:00` (local) → `20270105T100000`; a date alone takes the series' start time. */
function icalLocal(local: string, e: Event): string {
  const time = local.length > 10 ? local.slice(11, 16) : utcToZoned(e.startsAt).time.slice(0, 5)
  return e.allDay ? local.slice(0, 10).replaceAll('-', '') : `${local.slice(0, 10).replaceAll('-', '')}T${time.replace(':', '')}00`
}

/** RRULE, RDATE and EXDATE of a series, in Europe/Amsterdam wall-clock time (what ical-generator inserts as given). */
function repeatLines(e: Event): string {
  const s = e.schedule!
  const tz = e.allDay ? ';VALUE=DATE' : `;TZID=${AMSTERDAM}`
  return [
    ...(s.rrule ? [`RRULE:${s.rrule.replace(/^RRULE:/, '')}`] : []),
    ...(s.alsoOn.length ? [`RDATE${tz}:${s.alsoOn.map((d) => icalLocal(d, e)).join(',')}`] : []),
    ...(s.notOn.length ? [`EXDATE${tz}:${s.notOn.map((d) => icalLocal(d, e)).join(',')}`] : []),
  ].join('\r\n')
}

const END = 'END:VCALENDAR'

/**
 * RFC 5545 wants DTSTAMP, CREATED and LAST-MODIFIED in UTC form (`…Z`). ical-generator writes them in the calendar's
 * zone form without the `Z` although the digits are UTC (it was given the UTC instant); the `Z` is added here.
 */
const utcStamps = (text: string) => text.replace(/^(DTSTAMP|CREATED|LAST-MODIFIED):(\d{8}T\d{6})\r$/gm, '$1:$2Z\r')

/** One event as a whole calendar (for `/v1/events/{id}?format=ics`). */
export function icsOne(e: Event, o: FeedOptions): string {
  const cal = calendar(o)
  addEvent(cal, e, o)
  return utcStamps(cal.toString())
}

export function icsStream(o: FeedOptions, chunks: AsyncGenerator<Event[]>): ReadableStream<Uint8Array> {
  const head = calendar(o).toString()
  return chunkedText(head.slice(0, head.lastIndexOf(END)), chunks, (events) => {
    const cal = calendar(o)
    for (const e of events) addEvent(cal, e, o)
    // Every component of the chunk: a series' changed occurrences are VEVENTs of their own.
    return utcStamps(cal.events().map((ev) => ev.toString()).join(''))
  }, `${END}\r\n`)
}
