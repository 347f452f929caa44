/**
 * schema.org JSON-LD: Event (with its subtype), Organization, Place, DefinedTerm and Project; collections as
 * ItemList. Bilingual text becomes language-tagged values; event times are local with offset, as schema.org
 * recommends; ids are the URLs of our own detail pages.
 */
import type { Event } from '../../schema/api/events'
import type { Occurrence } from '../../schema/api/occurrences'
import type { Opgave } from '../../schema/api/opgaven'
import type { Partner } from '../../schema/api/partners'
import type { Place } from '../../schema/api/places'
import type { Theme, ThemeRef } from '../../schema/api/themes'
import { LICENSE } from '../../core/license'
import { utcToZoned } from '../../core/time'
import type { Provenance } from '../../schema/api/provenance'

type Text = { nl: string; en: string | null } | null
export type Node = Record<string, unknown>
const SCHEMA = 'https://schema.org/'

const lang = (t: Text) => (t ? [{ '@value': t.nl, '@language': 'nl' }, ...(t.en ? [{ '@value': t.en, '@language': 'en' }] : [])] : undefined)
const clean = (node: Node): Node => Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)))

const EVENT_TYPES: Record<Event['kind'], string> = {
  event: 'Event', exhibition: 'ExhibitionEvent', festival: 'Festival', lecture: 'EducationEvent', symposium: 'EducationEvent',
  conference: 'EducationEvent', competition: 'Event', ceremony: 'SocialEvent', broadcast: 'BroadcastEvent', tour: 'Event',
  series: 'EventSeries', workshop: 'EducationEvent',
}
const STATUS: Record<Event['status'], string> = {
  scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed', rescheduled: 'EventRescheduled',
  movedOnline: 'EventMovedOnline',
}
/** A broadcast has no attendance mode in schema.org: it is a BroadcastEvent (see EVENT_TYPES) without one. */
const MODE: Record<Event['attendanceMode'], string | undefined> = {
  offline: 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', mixed: 'MixedEventAttendanceMode', broadcast: undefined,
}

/** All-day: the local calendar date; otherwise local date-time with the offset of that moment. */
function when(instant: string | null, allDay: boolean, isEnd = false): string | undefined {
  if (!instant) return undefined
  const z = utcToZoned(instant)
  if (!allDay) return `${z.date}T${z.time}${z.offset}`
  if (!isEnd) return z.date
  // An all-day end is the (exclusive) midnight after the last day; schema.org's endDate is the last day itself.
  return utcToZoned(new Date(Date.parse(instant) - 1000).toISOString()).date
}

const address = (p: { streetAddress: string | null; postalCode: string | null; locality: string | null; country?: string }) =>
  clean({ '@type': 'PostalAddress', streetAddress: p.streetAddress, postalCode: p.postalCode, addressLocality: p.locality, addressCountry: p.country ?? 'NL' })
const geo = (p: { latitude: number | null; longitude: number | null }) =>
  p.latitude !== null && p.longitude !== null ? { '@type': 'GeoCoordinates', latitude: p.latitude, longitude: p.longitude } : undefined

const DAY_URI = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const
const FREQUENCY = { DAILY: 'D', WEEKLY: 'W', MONTHLY: 'M', YEARLY: 'Y' } as const
const RULE_DAY = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' } as const

/** schema.org Schedule for a series (eventSchedule): frequency, days, times, zone, and the dates left out. */
function scheduleLd(e: Event): Node | undefined {
  const s = e.schedule
  if (!s?.rrule) return undefined
  const parts = Object.fromEntries(s.rrule.replace(/^RRULE:/, '').split(';').map((p) => p.split('=') as [string, string]))
  const start = utcToZoned(e.startsAt)
  const end = e.endsAt ? utcToZoned(e.endsAt) : null
  const byDay = (parts.BYDAY ?? '').split(',').filter(Boolean)
  return clean({
    '@type': 'Schedule', repeatFrequency: `P${parts.INTERVAL ?? 1}${FREQUENCY[parts.FREQ as keyof typeof FREQUENCY] ?? 'W'}`,
    byDay: byDay.map((d: string) => `${SCHEMA}${RULE_DAY[d.slice(-2) as keyof typeof RULE_DAY]}`),
    byMonthDay: parts.BYMONTHDAY ? parts.BYMONTHDAY.split(',').map(Number) : undefined,
    startDate: start.date, endDate: parts.UNTIL ? `${parts.UNTIL.slice(0, 4)}-${parts.UNTIL.slice(4, 6)}-${parts.UNTIL.slice(6, 8)}` : undefined,
    repeatCount: parts.COUNT ? Number(parts.COUNT) : undefined,
    startTime: e.allDay ? undefined : start.time, endTime: e.allDay || !end ? undefined : end.time,
    scheduleTimezone: e.timeZone, exceptDate: s.notOn,
  })
}

/** schema.org OpeningHoursSpecification: one per set of weekdays, plus each closed day (opens = closes = 00:00). */
function openingLd(e: Event): Node[] | undefined {
  if (!e.openingHours) return undefined
  const validThrough = e.endsAt ? when(e.endsAt, true, true) : undefined
  return [
    ...e.openingHours.hours.map((h) => clean({ '@type': 'OpeningHoursSpecification', dayOfWeek: h.days.map((d) => `${SCHEMA}${DAY_URI[d]}`),
      opens: h.opens, closes: h.closes, validFrom: when(e.startsAt, true), validThrough })),
    ...(e.openingHours.closed ?? []).map((day) => ({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: day, validThrough: day })),
  ]
}

/** Where: the places, and the online address when there is one (a VirtualLocation). */
const locationLd = (places: Event['places'], onlineUrl: string | null, origin: string) => [
  ...places.map((p) => clean({ '@type': 'Place', '@id': `${origin}/places/${p.id}`, name: p.name, address: address(p), geo: geo(p) })),
  ...(onlineUrl ? [{ '@type': 'VirtualLocation', url: onlineUrl }] : []),
]

type Parties = Pick<Event, 'organisers' | 'free' | 'price' | 'priceCurrency' | 'registrationUrl'>
/** Who organises and funds it, and what it costs (an Offer with the registration link). */
const partiesLd = (e: Parties, origin: string) => ({
  organizer: e.organisers.filter((o) => o.role !== 'funder').map((o) => ({ '@type': 'Organization', '@id': `${origin}/partners/${o.id}`, name: o.name })),
  funder: e.organisers.filter((o) => o.role === 'funder').map((o) => ({ '@type': 'Organization', '@id': `${origin}/partners/${o.id}`, name: o.name })),
  isAccessibleForFree: e.free ?? undefined,
  offers: e.price !== null || e.registrationUrl
    ? clean({ '@type': 'Offer', price: e.price ?? (e.free ? 0 : undefined), priceCurrency: e.priceCurrency ?? (e.price !== null ? 'EUR' : undefined), url: e.registrationUrl })
    : undefined,
})

const imageLd = (image: Event['image']) => image ? clean({ '@type': 'ImageObject', url: image.url, description: lang(image.alt), creditText: image.creditText, license: image.license }) : undefined

/**
 * Where the record came from: the source it is based on, its licence, when its data were taken from there (the
 * structured data's own publication date) and, for a licence that asks for attribution, whom to credit.
 */
const provenanceLd = (p: Provenance) => ({
  isBasedOn: p.url ?? undefined,
  license: LICENSE[p.license].url,
  sdDatePublished: p.retrievedAt,
  creditText: LICENSE[p.license].attribution && p.partner ? p.partner.name : undefined,
})

export function eventLd(e: Event, origin: string): Node {
  const id = `${origin}/events/${e.id}`
  return clean({
    '@type': EVENT_TYPES[e.kind], '@id': id, identifier: e.id, url: e.url ?? id,
    name: lang(e.title), description: lang(e.summary),
    startDate: when(e.startsAt, e.allDay), endDate: when(e.endsAt, e.allDay, true),
    previousStartDate: e.previousStartsAt ? when(e.previousStartsAt, e.allDay) : undefined,
    eventStatus: `${SCHEMA}${STATUS[e.status]}`, eventAttendanceMode: MODE[e.attendanceMode] && `${SCHEMA}${MODE[e.attendanceMode]}`,
    location: locationLd(e.places, e.onlineUrl, origin),
    ...partiesLd(e, origin),
    inLanguage: e.languages,
    audience: e.audiences.map((a) => clean({ '@type': 'PeopleAudience', audienceType: a, suggestedMinAge: e.minAge, suggestedMaxAge: e.maxAge })),
    typicalAgeRange: e.minAge !== null || e.maxAge !== null ? `${e.minAge ?? ''}-${e.maxAge ?? ''}` : undefined,
    image: imageLd(e.image),
    superEvent: e.parent ? { '@type': 'Event', '@id': `${origin}/events/${e.parent.id}`, name: lang(e.parent.title) } : undefined,
    subEvent: e.subEvents.map((s) => ({ '@type': 'Event', '@id': `${origin}/events/${s.id}`, name: lang(s.title) })),
    about: e.themes.map((t) => ({ '@type': 'DefinedTerm', '@id': `${origin}/v1/themes/${t.id}`, name: lang(t.label) })),
    eventSchedule: scheduleLd(e),
    openingHoursSpecification: openingLd(e),
    ...provenanceLd(e.provenance),
    dateModified: e.updatedAt,
  })
}

/** One occurrence: an Event of its own, part of the series it belongs to. */
export function occurrenceLd(o: Occurrence, origin: string): Node {
  return clean({
    '@type': EVENT_TYPES[o.event.kind], '@id': `${origin}/events/${o.eventId}#${o.recurrenceId}`, name: lang(o.event.title),
    description: lang(o.event.summary),
    startDate: when(o.startsAt, o.allDay), endDate: when(o.endsAt, o.allDay, true), eventStatus: `${SCHEMA}${STATUS[o.status]}`,
    eventAttendanceMode: MODE[o.event.attendanceMode] && `${SCHEMA}${MODE[o.event.attendanceMode]}`,
    location: locationLd(o.places, o.event.onlineUrl, origin),
    ...partiesLd(o.event, origin),
    image: imageLd(o.event.image),
    superEvent: { '@type': 'EventSeries', '@id': `${origin}/events/${o.eventId}` },
    url: `${origin}/events/${o.eventId}`,
  })
}

export function partnerLd(p: Partner, origin: string): Node {
  return clean({
    '@type': 'Organization', '@id': `${origin}/partners/${p.id}`, identifier: p.id, name: p.name,
    alternateName: p.altNames.map((a) => a.name), url: p.url, description: lang(p.description),
    address: p.streetAddress || p.locality ? address(p) : undefined,
    location: geo(p) ? { '@type': 'Place', geo: geo(p) } : undefined,
    ...provenanceLd(p.provenance),
    dateModified: p.updatedAt,
  })
}

export function placeLd(p: Place, origin: string): Node {
  return clean({
    '@type': 'Place', '@id': `${origin}/places/${p.id}`, identifier: p.id, name: p.name, description: lang(p.description),
    address: address(p), geo: geo(p), url: p.url,
    containedInPlace: p.containedIn ? { '@type': 'Place', '@id': `${origin}/places/${p.containedIn.id}`, name: p.containedIn.name } : undefined,
    containsPlace: p.contains.map((x) => ({ '@type': 'Place', '@id': `${origin}/places/${x.id}`, name: x.name })),
    amenityFeature: p.accessibility ? { '@type': 'LocationFeatureSpecification', name: lang(p.accessibility), value: true } : undefined,
    additionalProperty: p.rijksmonument ? { '@type': 'PropertyValue', propertyID: 'rijksmonumentnummer', value: p.rijksmonument } : undefined,
    ...provenanceLd(p.provenance),
    dateModified: p.updatedAt,
  })
}

export const themeLd = (t: ThemeRef | Theme, origin: string): Node => clean({
  '@type': 'DefinedTerm', '@id': `${origin}/v1/themes/${t.id}`, identifier: t.id, name: lang(t.label), inDefinedTermSet: `${origin}/v1/themes?scheme=${t.scheme}`,
  ...('provenance' in t ? provenanceLd(t.provenance) : {}),
})

export const opgaveLd = (o: Opgave, origin: string): Node => clean({
  '@type': 'Project', '@id': `${origin}/opgaven/${o.id}`, identifier: o.id, name: lang(o.title), description: lang(o.summary),
  url: o.provenance.url, about: o.themes.map((t) => themeLd(t, origin)),
  member: o.partners.map((p) => ({ '@type': 'Organization', '@id': `${origin}/partners/${p.id}`, name: p.name })),
  ...provenanceLd(o.provenance),
  dateModified: o.updatedAt,
})

/** One item with the schema.org context. */
export const withContext = (node: Node): Node => ({ '@context': 'https://schema.org', ...node })

/** A page of items as an ItemList. */
export const itemList = (items: Node[], url: string, next: string | null): Node => clean({
  '@context': 'https://schema.org', '@type': 'ItemList', url, numberOfItems: items.length,
  itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
  relatedLink: next ?? undefined,
})
