/**
 * schema.org JSON-LD feeds read into feed items: a JSON document (an Event, an array, an ItemList, an @graph) or an
 * HTML page with `<script type="application/ld+json">` blocks, as CMSs publish them for search engines. Dates with
 * an offset are instants; dates without one are local time in the event's zone (scheduleTimezone, else
 * Europe/Amsterdam); a date alone is a whole day (schema.org's endDate is then the last day itself).
 */
import { htmlToText } from '../../core/text'
import { AMSTERDAM, addDays, toRfc3339, utcToZoned, zonedToUtc } from '../../core/time'
import { FeedError, type FeedItem, type FeedText, isIanaZone, kindFrom, type ParsedFeed } from './item'

type Node = Record<string, unknown>
const SCHEMA = /^(?:https?:\/\/schema\.org\/)?/
/** Limits on what one document may make us walk (hostile input is nested deeply or enormously wide). */
const MAX_DEPTH = 12
const MAX_NODES = 20_000

const EVENT_TYPES = new Set(['Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent', 'MusicEvent',
  'PublicationEvent', 'SaleEvent', 'ScreeningEvent', 'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent'])
const TYPE_KIND: Record<string, FeedItem['kind']> = {
  ExhibitionEvent: 'exhibition', VisualArtsEvent: 'exhibition', Festival: 'festival', EducationEvent: 'lecture', Hackathon: 'workshop',
}
const STATUS: Record<string, FeedItem['status']> = {
  EventCancelled: 'cancelled', EventPostponed: 'postponed', EventRescheduled: 'rescheduled', EventMovedOnline: 'movedOnline', EventScheduled: 'scheduled',
}
const DAYS: Record<string, string> = { Monday: 'MO', Tuesday: 'TU', Wednesday: 'WE', Thursday: 'TH', Friday: 'FR', Saturday: 'SA', Sunday: 'SU' }
const FREQ: Record<string, string> = { D: 'DAILY', W: 'WEEKLY', M: 'MONTHLY', Y: 'YEARLY', Daily: 'DAILY', Weekly: 'WEEKLY', Monthly: 'MONTHLY', Yearly: 'YEARLY' }

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const typesOf = (n: Node) => list(n['@type']).map((t) => String(t).replace(SCHEMA, ''))
const str = (v: unknown): string | null => {
  const first = list(v)[0]
  if (typeof first === 'string') return first.trim() || null
  if (typeof first === 'number') return String(first)
  if (first && typeof first === 'object' && '@value' in first) return str((first as Node)['@value'])
  if (first && typeof first === 'object' && '@id' in first) return str((first as Node)['@id'])
  return null
}
const obj = (v: unknown): Node | null => (list(v).find((x) => x && typeof x === 'object' && !Array.isArray(x)) as Node | undefined) ?? null

/** Text, with its language where the document tags it (`{"@value": …, "@language": "nl"}`). */
function textOf(v: unknown, html = false): FeedText | null {
  const values = list(v)
  const clean = (s: unknown) => (typeof s === 'string' ? (html ? htmlToText(s) : htmlToText(s).replace(/\s+/g, ' ')) : '')
  const out: FeedText = { text: '' }
  for (const value of values) {
    if (typeof value === 'string') out.text ||= clean(value)
    else if (value && typeof value === 'object') {
      const text = clean((value as Node)['@value'])
      const lang = String((value as Node)['@language'] ?? '').slice(0, 2).toLowerCase()
      if (lang === 'nl' || lang === 'en') out[lang] ??= text
      out.text ||= text
    }
  }
  out.text ||= out.nl ?? out.en ?? ''
  return out.text ? out : null
}

/** Every Event node in the document: top level, arrays, @graph, ItemList elements, and events inside other nodes. */
function eventNodes(doc: unknown): Node[] {
  const found: Node[] = []
  let seen = 0
  const walk = (v: unknown, depth: number) => {
    if (depth > MAX_DEPTH || ++seen > MAX_NODES || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1)
      return
    }
    const n = v as Node
    if (typesOf(n).some((t) => EVENT_TYPES.has(t))) {
      found.push(n)
      return
    }
    for (const key of ['@graph', 'itemListElement', 'item', 'event', 'subEvent', 'mainEntity']) if (key in n) walk(n[key], depth + 1)
  }
  walk(doc, 0)
  return found
}

/** The JSON-LD of a document: the whole text, or every ld+json script of an HTML page. */
function documents(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (!body.startsWith('<')) {
    try {
      return [JSON.parse(body)]
    } catch (e) {
      throw new FeedError(`not valid JSON (${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)})`)
    }
  }
  const scripts = [...body.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)]
  if (!scripts.length) throw new FeedError('an HTML page without schema.org JSON-LD (no <script type="application/ld+json">)')
  const docs: unknown[] = []
  for (const [, json] of scripts) {
    try {
      docs.push(JSON.parse(json!))
    } catch {
      // One broken block on a page does not make the others unreadable; reported when nothing is left.
    }
  }
  if (!docs.length) throw new FeedError('the page’s JSON-LD blocks are not valid JSON')
  return docs
}

export function parseJsonLd(text: string): ParsedFeed {
  const nodes = documents(text).flatMap(eventNodes)
  const items: FeedItem[] = []
  const skipped: ParsedFeed['skipped'] = []
  const seen = new Set<string>()
  for (const n of nodes) {
    const item = readEvent(n)
    if ('reason' in item) skipped.push(item)
    else if (seen.has(item.uid)) skipped.push({ item: item.uid, title: item.title.text, reason: 'the same @id appears more than once; the first was used' })
    else {
      seen.add(item.uid)
      items.push(item)
    }
  }
  return { items, skipped, notes: nodes.length ? [] : ['the document holds no schema.org Event'] }
}

function readEvent(n: Node): FeedItem | ParsedFeed['skipped'][number] {
  const notes: string[] = []
  const title = textOf(n.name)
  const uid = str(n['@id']) ?? str(n.identifier) ?? str(n.url)
  if (!uid) return { item: title?.text ?? '(untitled)', title: title?.text, reason: 'it has no @id, identifier or url, so it cannot be recognised on the next run' }
  if (!title) return { item: uid, reason: 'it has no name (title)' }
  const schedule = obj(n.eventSchedule)
  const zoneName = str(schedule?.scheduleTimezone)
  const zone = isIanaZone(zoneName) ? zoneName : AMSTERDAM
  const startText = str(n.startDate) ?? (schedule ? [str(schedule.startDate), str(schedule.startTime)].filter(Boolean).join('T') || null : null)
  const start = startText ? when(startText, zone, false) : null
  if (!start) return { item: uid, title: title.text, reason: startText ? `its startDate "${startText}" is not a date` : 'it has no startDate' }
  const endText = str(n.endDate) ?? (schedule && str(schedule.endTime) ? `${start.local.slice(0, 10)}T${str(schedule.endTime)}` : null)
  const end = endText ? when(endText, zone, true) : null
  if (endText && !end) notes.push(`its endDate "${endText}" is not a date; left out`)

  const places = list(n.location).map((l) => (typeof l === 'string' ? { '@type': 'Place', name: l } : l)).filter((l): l is Node => !!l && typeof l === 'object')
  const virtual = places.find((l) => typesOf(l).includes('VirtualLocation'))
  const place = places.find((l) => !typesOf(l).includes('VirtualLocation'))
  const address = place ? (typeof place.address === 'string' ? { streetAddress: place.address } : obj(place.address)) : null
  const geo = place ? obj(place.geo) : null
  const offer = obj(n.offers)
  const price = offer ? priceOf(offer.price) : null
  const image = obj(n.image) ?? (str(n.image) ? { url: str(n.image) } : null)
  const imageUrl = image ? str(image.url) ?? str(image.contentUrl) : null
  const status = STATUS[String(str(n.eventStatus) ?? '').replace(SCHEMA, '')] ?? 'scheduled'
  const types = typesOf(n)
  return {
    uid, url: str(n.url), title, description: textOf(n.description, true),
    startsAt: start.instant, endsAt: end?.instant ?? null, allDay: start.isDate, timeZone: zone, status,
    location: place ? {
      name: str(place.name), streetAddress: str(address?.streetAddress), locality: str(address?.addressLocality),
      latitude: numberOf(geo?.latitude), longitude: numberOf(geo?.longitude),
    } : null,
    onlineUrl: virtual ? str(virtual.url) : null,
    organizers: list(n.organizer).map((o) => (typeof o === 'string' ? { name: o, url: null } : { name: str((o as Node).name), url: str((o as Node).url) })),
    kind: types.map((t) => TYPE_KIND[t]).find(Boolean) ?? kindFrom([title.text, ...types]),
    registrationUrl: offer ? str(offer.url) : null,
    price, priceCurrency: offer ? str(offer.priceCurrency) : null,
    free: typeof n.isAccessibleForFree === 'boolean' ? n.isAccessibleForFree : price === 0 ? true : price !== null ? false : null,
    image: imageUrl ? { url: imageUrl, alt: str(image!.caption) ?? str(image!.description), creditText: str(image!.creditText) ?? str(obj(image!.author)?.name) } : null,
    languages: list(n.inLanguage).map((l) => (typeof l === 'string' ? l : str((l as Node).alternateName) ?? '')).map((l) => l.slice(0, 2).toLowerCase()).filter((l) => /^[a-z]{2}$/.test(l)),
    schedule: schedule ? scheduleOf(schedule, start, zone, notes) : null,
    overrides: [], notes,
  }
}

type When = { instant: string; isDate: boolean; local: string }
/** A schema.org date or date-time: with an offset an instant, without one local time in `zone`, a date a whole day. */
function when(value: string, zone: string, isEnd: boolean): When | null {
  const date = /^(\d{4}-\d{2}-\d{2})$/.exec(value)
  if (date) {
    // schema.org's endDate of a whole-day event is its last day; our end is the midnight after it.
    const day = isEnd ? addDays(date[1]!, 1) : date[1]!
    return { instant: zonedToUtc(`${day}T00:00`, zone), isDate: true, local: day }
  }
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value)
  if (local) return { instant: zonedToUtc(`${local[1]}T${local[2]}`, zone), isDate: false, local: `${local[1]}T${local[2]}` }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return null
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return null
  const instant = toRfc3339(ms)
  const z = utcToZoned(instant, zone)
  return { instant, isDate: false, local: `${z.date}T${z.time.slice(0, 5)}` }
}

/** schema.org Schedule → the rule and dates of a series. */
function scheduleOf(s: Node, start: When, zone: string, notes: string[]): FeedItem['schedule'] {
  const frequency = str(s.repeatFrequency) ?? ''
  const iso = /^P(\d+)([DWMY])$/.exec(frequency)
  const freq = iso ? FREQ[iso[2]!] : FREQ[frequency]
  if (!freq) {
    notes.push(`its eventSchedule repeats "${frequency}", which is not a daily, weekly, monthly or yearly frequency; imported as a single event`)
    return null
  }
  const parts = [`FREQ=${freq}`]
  if (iso && iso[1] !== '1') parts.push(`INTERVAL=${iso[1]}`)
  const byDay = list(s.byDay).map((d) => DAYS[String(str(d) ?? '').replace(SCHEMA, '')]).filter(Boolean)
  if (byDay.length) parts.push(`BYDAY=${byDay.join(',')}`)
  const byMonthDay = list(s.byMonthDay).map(Number).filter((d) => Number.isInteger(d) && d !== 0 && Math.abs(d) <= 31)
  if (byMonthDay.length) parts.push(`BYMONTHDAY=${byMonthDay.join(',')}`)
  const count = Number(str(s.repeatCount))
  const until = str(s.endDate)
  if (Number.isInteger(count) && count > 0) parts.push(`COUNT=${count}`)
  else if (until && /^\d{4}-\d{2}-\d{2}$/.test(until)) parts.push(`UNTIL=${until.replaceAll('-', '')}`)
  const notOn = list(s.exceptDate).map((d) => str(d)).filter((d): d is string => !!d).map((d) => when(d, zone, false)?.local).filter((d): d is string => !!d)
  return { rrule: parts.join(';'), alsoOn: [], notOn: start.isDate ? notOn.map((d) => d.slice(0, 10)) : notOn }
}

/** "17,50", "17.50", 17.5, "€ 17,50" → 17.5; "gratis" → 0; anything else null. */
function priceOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null
  const s = str(v)
  if (!s) return null
  if (/^(?:gratis|free)$/i.test(s)) return 0
  const m = /^[^\d-]*(\d+(?:[.,]\d{1,2})?)\s*$/.exec(s)
  return m ? Number(m[1]!.replace(',', '.')) : null
}

const numberOf = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : Number(str(v))
  return Number.isFinite(n) ? n : null
}
