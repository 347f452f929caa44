/**
 * iCalendar feeds (RFC 5545, as museums' and universities' CMSs export them) read into feed items with ical.js.
 * Times: a TZID the tz database knows is converted by it (a feed's own VTIMEZONE can be outdated); another TZID
 * (Outlook's "W. Europe Standard Time") by the feed's VTIMEZONE; UTC as UTC; floating times and dates in the
 * calendar's zone (X-WR-TIMEZONE, else Europe/Amsterdam). A series keeps its rule in local wall-clock time, with
 * EXDATE/RDATE as dates left out or added and RECURRENCE-ID components as changed occurrences.
 */
import ICAL from 'ical.js'
import { htmlToText } from '../../core/text'
import { AMSTERDAM, toRfc3339, utcToZoned, zonedToUtc } from '../../core/time'
import { FeedError, type FeedItem, type FeedText, isIanaZone, kindFrom, type ParsedFeed } from './item'

type Moment = { instant: string; isDate: boolean; local: string }

const pad = (n: number) => String(n).padStart(2, '0')
const wallOf = (t: ICAL.Time) => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}${t.isDate ? '' : `T${pad(t.hour)}:${pad(t.minute)}`}`
/** Local wall-clock of an instant in `zone`: `2027-01-03T14:00`. */
const localIn = (instant: string, zone: string) => {
  const z = utcToZoned(instant, zone)
  return `${z.date}T${z.time.slice(0, 5)}`
}

/** Reads one calendar. Throws FeedError when the text is not an iCalendar file at all. */
export function parseIcal(text: string): ParsedFeed {
  let root: ICAL.Component
  try {
    root = new ICAL.Component(ICAL.parse(text) as never)
  } catch (e) {
    throw new FeedError(`not a valid iCalendar file (${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)})`)
  }
  if (root.name !== 'vcalendar') throw new FeedError(`not an iCalendar file: it starts with ${root.name.toUpperCase()}, not VCALENDAR`)
  const notes: string[] = []
  const declared = root.getFirstPropertyValue('x-wr-timezone')
  const calendarZone = isIanaZone(String(declared ?? '')) ? String(declared) : AMSTERDAM

  /** An instant from a time of a DTSTART-like property (with its TZID), in the zone the event is planned in. */
  const momentOf = (t: unknown, tzid: string | undefined, zone: string, itemNotes: string[]): Moment | null => {
    if (!(t instanceof ICAL.Time)) return null
    const wall = wallOf(t)
    if (t.isDate) return { instant: zonedToUtc(`${wall}T00:00`, zone), isDate: true, local: wall }
    let instant: string
    if (t.zone === ICAL.Timezone.utcTimezone) instant = toRfc3339(t.toUnixTime() * 1000)
    else if (isIanaZone(tzid)) instant = zonedToUtc(wall, tzid)
    else if (tzid && t.zone && t.zone.tzid === tzid) instant = toRfc3339(t.toUnixTime() * 1000)
    else {
      if (tzid) itemNotes.push(`time zone "${tzid}" is not defined in the feed; its times were read as ${calendarZone}`)
      instant = zonedToUtc(wall, calendarZone)
    }
    return { instant, isDate: false, local: localIn(instant, zone) }
  }
  const moment = (prop: ICAL.Property | null, zone: string, itemNotes: string[]) =>
    prop ? momentOf(prop.getFirstValue(), prop.getParameter('tzid') as string | undefined, zone, itemNotes) : null

  const vevents = root.getAllSubcomponents('vevent')
  const byUid = new Map<string, { master?: ICAL.Component; changes: ICAL.Component[] }>()
  const skipped: ParsedFeed['skipped'] = []
  for (const v of vevents) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '').trim()
    const title = String(v.getFirstPropertyValue('summary') ?? '').trim() || undefined
    if (!uid) {
      skipped.push({ item: title ?? '(untitled)', title, reason: 'it has no UID, so it cannot be recognised on the next run' })
      continue
    }
    const entry = byUid.get(uid) ?? { changes: [] }
    if (v.hasProperty('recurrence-id')) entry.changes.push(v)
    else if (entry.master) notes.push(`UID ${uid} appears more than once; the first was used`)
    else entry.master = v
    byUid.set(uid, entry)
  }

  const items: FeedItem[] = []
  for (const [uid, { master, changes }] of byUid) {
    // Changed dates of a series the feed does not contain: each is an event of its own.
    const singles = master ? [{ uid, v: master, changes }] : changes.map((v) => ({ uid: `${uid}#${String(v.getFirstPropertyValue('recurrence-id'))}`, v, changes: [] }))
    for (const one of singles) {
      const item = readEvent(one.uid, one.v, one.changes)
      if ('reason' in item) skipped.push(item)
      else items.push(item)
    }
  }
  return { items, skipped, notes }

  function readEvent(uid: string, v: ICAL.Component, changes: ICAL.Component[]): FeedItem | ParsedFeed['skipped'][number] {
    const itemNotes: string[] = []
    const title = textOf(v, 'summary')
    const name = title?.text ?? uid
    const klass = String(v.getFirstPropertyValue('class') ?? 'PUBLIC').toUpperCase()
    if (klass !== 'PUBLIC') return { item: uid, title: name, reason: `it is marked CLASS:${klass}: not for publication` }
    if (!title) return { item: uid, reason: 'it has no SUMMARY (title)' }
    const startProp = v.getFirstProperty('dtstart')
    const startTzid = startProp?.getParameter('tzid') as string | undefined
    const zone = isIanaZone(startTzid) ? startTzid : calendarZone
    const start = moment(startProp, zone, itemNotes)
    if (!start) return { item: uid, title: name, reason: 'it has no DTSTART (start)' }
    let end = moment(v.getFirstProperty('dtend'), zone, itemNotes)
    const duration = v.getFirstPropertyValue('duration') as ICAL.Duration | null
    if (!end && duration instanceof ICAL.Duration) {
      const ms = Date.parse(start.instant) + duration.toSeconds() * 1000
      end = { instant: toRfc3339(ms), isDate: start.isDate, local: localIn(toRfc3339(ms), zone) }
    }
    // A date without an end lasts that one day (RFC 5545 §3.6.1).
    if (!end && start.isDate) end = { instant: zonedToUtc(`${nextDay(start.local)}T00:00`, zone), isDate: true, local: nextDay(start.local) }

    const categories = v.getAllProperties('categories').flatMap((p) => p.getValues().map(String))
    const geo = v.getFirstPropertyValue('geo') as number[] | null
    const location = String(v.getFirstPropertyValue('location') ?? '').trim()
    const organizers = v.getAllProperties('organizer').map((p) => ({
      name: (p.getParameter('cn') as string | undefined)?.trim() || null,
      url: /^https?:/i.test(String(p.getFirstValue())) ? String(p.getFirstValue()) : null,
    }))
    const image = [...v.getAllProperties('image'), ...v.getAllProperties('attach')]
      .find((p) => p.name === 'image' || String(p.getParameter('fmttype') ?? '').startsWith('image/'))
    const url = String(v.getFirstPropertyValue('url') ?? '').trim() || null
    const conference = String(v.getFirstPropertyValue('conference') ?? '').trim() || null

    const item: FeedItem = {
      uid, url, title, description: textOf(v, 'description') ?? htmlText(v.getFirstPropertyValue('x-alt-desc')),
      startsAt: start.instant, endsAt: end?.instant ?? null, allDay: start.isDate, timeZone: zone,
      status: statusOf(v), onlineUrl: conference,
      location: location || geo ? { name: location || null, latitude: geo?.[0] ?? null, longitude: geo?.[1] ?? null } : null,
      organizers, kind: kindFrom(categories), registrationUrl: null, price: null, priceCurrency: null, free: null,
      image: image ? { url: String(image.getFirstValue()), alt: null, creditText: null } : null,
      languages: [...new Set(['summary', 'description'].flatMap((p) => {
        const l = String(v.getFirstProperty(p)?.getParameter('language') ?? '').slice(0, 2).toLowerCase()
        return /^[a-z]{2}$/.test(l) ? [l] : []
      }))],
      schedule: null, overrides: [], notes: itemNotes,
    }
    const rules = v.getAllProperties('rrule')
    const rdates = v.getAllProperties('rdate').flatMap((p) => p.getValues().map((value) => dated(p, value, zone, start.isDate, itemNotes)))
    if (rules.length || rdates.length) {
      if (rules.length > 1) itemNotes.push('it has more than one RRULE; the first was used')
      const notOn = v.getAllProperties('exdate').flatMap((p) => p.getValues().map((value) => dated(p, value, zone, start.isDate, itemNotes)))
      item.schedule = { rrule: rules[0] ? ruleText(rules[0].getFirstValue() as ICAL.Recur, zone) : null, alsoOn: rdates.filter(Boolean) as string[], notOn: notOn.filter(Boolean) as string[] }
      for (const change of changes) {
        const occurrence = moment(change.getFirstProperty('recurrence-id'), zone, itemNotes)
        if (!occurrence) continue
        const moved = moment(change.getFirstProperty('dtstart'), zone, itemNotes)
        const movedEnd = moment(change.getFirstProperty('dtend'), zone, itemNotes)
        const status = statusOf(change)
        item.overrides.push({
          occurrence: occurrence.instant, ...(status !== 'scheduled' ? { status } : {}),
          ...(moved && moved.instant !== occurrence.instant ? { startsAt: moved.instant, endsAt: movedEnd?.instant ?? null } : {}),
        })
      }
    } else if (changes.length) {
      itemNotes.push('it has changed dates (RECURRENCE-ID) but no rule; they were left out')
    }
    return item
  }

  /** A date of EXDATE/RDATE as the schedule takes it: local date (all-day) or local date and time. */
  function dated(prop: ICAL.Property, value: unknown, zone: string, allDay: boolean, itemNotes: string[]): string | null {
    const t = value instanceof ICAL.Period ? value.start : value
    if (!(t instanceof ICAL.Time)) return null
    if (t.isDate || allDay) return wallOf(t).slice(0, 10)
    return momentOf(t, prop.getParameter('tzid') as string | undefined, zone, itemNotes)?.local ?? null
  }
}

/** SUMMARY/DESCRIPTION with its LANGUAGE, as plain text (descriptions are often HTML). */
function textOf(v: ICAL.Component, name: string): FeedText | null {
  const prop = v.getFirstProperty(name)
  const raw = String(prop?.getFirstValue() ?? '').trim()
  if (!raw) return null
  const text = htmlToText(raw)
  if (!text) return null
  const lang = String(prop?.getParameter('language') ?? '').slice(0, 2).toLowerCase()
  return { text, ...(lang === 'nl' || lang === 'en' ? { [lang]: text } : {}) }
}
const htmlText = (value: unknown): FeedText | null => {
  const text = typeof value === 'string' ? htmlToText(value) : ''
  return text ? { text } : null
}

function statusOf(v: ICAL.Component): FeedItem['status'] {
  return String(v.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled'
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * The rule as the schedule takes it: its UNTIL in local wall-clock time of the event's zone (the series repeats in
 * that zone's wall-clock time), everything else as the feed wrote it.
 */
function ruleText(recur: ICAL.Recur, zone: string): string {
  const rule = recur.clone()
  // A floating UNTIL is local time already; one in UTC (or in a defined zone) is turned into the event's wall-clock.
  if (rule.until && !rule.until.isDate && rule.until.zone && rule.until.zone.tzid !== 'floating') {
    const local = localIn(toRfc3339(rule.until.toUnixTime() * 1000), zone)
    rule.until = ICAL.Time.fromData({ year: +local.slice(0, 4), month: +local.slice(5, 7), day: +local.slice(8, 10), hour: +local.slice(11, 13), minute: +local.slice(14, 16), second: 0, isDate: false })
  }
  return rule.toString()
}
