/**
 * What writers may send. Derived from the tables (drizzle-zod insert schemas) and tightened: strict objects (unknown
 * fields are rejected), http(s) URLs only, length limits, slugs for references. Every text field is normalised to plain
 * text by its schema (core/text.ts) before its length is checked, so `<b></b>` is an empty title on every path.
 */
import { AGREEMENTS, AUDIENCES, events, OPGAVE_STATUSES, opgaven, ORGANISER_ROLES, partners, places, THEME_SCHEMES, themes, WORKFLOW } from '../tables'
import { doc, PartialDate, Slug, z } from './common'
import { createSchemaFactory } from 'drizzle-zod'
import { bilingual, HttpUrl, OffsetDateTime, slugs, text } from './input-parts'
import { openingHoursInput, overridesInput, scheduleInput } from './schedule'
import { expand } from '../../core/recurrence'

const { createInsertSchema } = createSchemaFactory({ zodInstance: z })

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

const eventFields = createInsertSchema(events, {
  id: () => Slug.optional(),
  startsAt: () => doc(OffsetDateTime, 'Start, RFC 3339 with offset; stored in UTC.', '2027-03-12T20:00:00+01:00'),
  endsAt: () => doc(OffsetDateTime.nullable().optional(), 'End (exclusive), RFC 3339 with offset.', '2027-03-12T21:30:00+01:00'),
  previousStartsAt: () => OffsetDateTime.nullable().optional(),
  timeZone: () => z.string().max(64).regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA time zone (Europe/Amsterdam)').refine(isTimeZone, 'must be an IANA time zone').optional(),
  onlineUrl: () => HttpUrl.nullable().optional(),
  url: () => HttpUrl.nullable().optional(),
  registrationUrl: () => HttpUrl.nullable().optional(),
  minAge: () => z.number().int().min(0).max(120).nullable().optional(),
  maxAge: () => z.number().int().min(0).max(120).nullable().optional(),
  price: () => z.number().min(0).max(100_000).nullable().optional(),
  priceCurrency: () => z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').nullable().optional(),
  parentId: () => Slug.nullable().optional(),
  sourceUrl: () => HttpUrl.nullable().optional(),
}).pick({
  id: true, kind: true, startsAt: true, endsAt: true, timeZone: true, allDay: true, status: true, previousStartsAt: true,
  attendanceMode: true, onlineUrl: true, minAge: true, maxAge: true, free: true, price: true, priceCurrency: true, url: true,
  registrationUrl: true, registrationRequired: true, parentId: true, sourceUrl: true,
}).extend({
  title: bilingual(200),
  summary: bilingual(1000).nullable().optional(),
  description: bilingual(10_000).nullable().optional(),
  notes: bilingual(1000).nullable().optional(),
  image: z.strictObject({ url: HttpUrl, alt: bilingual(300).nullable().optional(), creditText: text(200).nullable().optional(), license: text(100).nullable().optional() }).nullable().optional(),
  places: slugs().optional(),
  organisers: z.array(z.strictObject({ id: Slug, role: z.enum(ORGANISER_ROLES) })).max(20).optional(),
  opgaven: slugs().optional(),
  themes: slugs().optional(),
  audiences: z.array(z.enum(AUDIENCES)).max(AUDIENCES.length).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code')).max(10).optional(),
  workflow: z.enum(WORKFLOW).optional(),
  schedule: scheduleInput.nullable().optional(),
  overrides: overridesInput.optional(),
  openingHours: openingHoursInput.nullable().optional(),
}).strict()

/** Attaches a description to each field of an input object (the docs page shows them on the request body). */
function described<T extends z.ZodObject>(schema: T, descriptions: Partial<Record<keyof T['shape'] & string, string>>): T {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => {
    const d = descriptions[key as keyof typeof descriptions]
    return [key, d ? (field as z.ZodType).openapi({ description: d }) : field]
  }))
  return z.strictObject(shape) as unknown as T
}

const eventDocs = {
  id: 'Slug for the new event; left out, one is made from the Dutch title and the start date.',
  kind: 'What sort of event.', startsAt: 'Start, RFC 3339 with offset; stored in UTC.', endsAt: 'End (exclusive), RFC 3339 with offset.',
  timeZone: 'IANA time zone (default Europe/Amsterdam).', allDay: 'True when only the days matter: send local midnights.',
  status: 'Scheduling status.', previousStartsAt: 'Former start of a rescheduled event.', attendanceMode: 'offline, online or mixed.',
  onlineUrl: 'Where to attend online (http/https).', minAge: 'Youngest intended age.',
  maxAge: 'Oldest intended age.', free: 'Free of charge?', price: 'Price in priceCurrency (≥ 0).', priceCurrency: 'ISO 4217 (default EUR when a price is given).',
  url: 'Official web page (http/https).', registrationUrl: 'Where to register or buy tickets (http/https).',
  registrationRequired: 'Registration or a ticket needed?', parentId: 'Id of the event this one is part of.',
  sourceUrl: 'Public source of the facts (http/https).', title: 'Name in Dutch (required) and English.',
  summary: 'One or two sentences, nl/en.', description: 'Longer text, nl/en.', notes: 'Editorial notes, nl/en.',
  image: 'Image URL with credit and licence.', places: 'Place ids, main place first.', organisers: 'Partners with their role; a partner key is always among them.',
  opgaven: 'Opgave ids.', themes: 'Theme ids.', audiences: 'Intended audiences.', languages: 'Languages spoken (ISO 639-1).',
  workflow: 'Moderation state to put the event in; what a key may choose depends on its role.',
  schedule: 'Makes the event a series: it repeats its own start and end (local wall-clock time) by an iCalendar rule, with dates added or left out. Occurrences are listed at /events/{id}/occurrences and /occurrences.',
  overrides: 'Single occurrences of the series that are cancelled, moved or at another place, by their original start (replaced whole).',
  openingHours: 'When a long event (an exhibition) is open: hours per weekday and closed days.',
} as const

const eventRules = (e: z.infer<typeof eventFields>, ctx: z.core.$RefinementCtx) => {
  if (e.endsAt && Date.parse(e.endsAt) < Date.parse(e.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before startsAt' })
  if (e.minAge != null && e.maxAge != null && e.maxAge < e.minAge) ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'must not be below minAge' })
  if (e.overrides?.length) {
    // A change can only be made to an occurrence the series has.
    let series: Set<string>
    try {
      series = new Set(e.schedule ? expand({ startsAt: e.startsAt, endsAt: e.endsAt ?? null, allDay: e.allDay ?? false, schedule: e.schedule }).map((o) => o.recurrenceId) : [])
    } catch {
      return // the schedule or the times are invalid themselves, and reported on their own
    }
    e.overrides.forEach((o, i) => {
      if (!series.has(o.occurrence)) {
        ctx.addIssue({ code: 'custom', path: ['overrides', i, 'occurrence'], message: e.schedule ? `the series has no occurrence starting at ${o.occurrence}` : 'only a series (with a schedule) has occurrences to change' })
      }
    })
  }
}

const eventExample = {
  id: 'naturalis-lezing-2027-03-12', kind: 'lecture',
  title: { nl: 'Avondlezing: de stad als ecosysteem', en: 'Evening lecture: the city as an ecosystem' },
  summary: { nl: 'Over biodiversiteit in Leiden.', en: 'On biodiversity in Leiden.' },
  startsAt: '2027-03-12T20:00:00+01:00', endsAt: '2027-03-12T21:30:00+01:00', allDay: false, status: 'scheduled',
  attendanceMode: 'offline', free: true, registrationRequired: true, registrationUrl: 'https://www.naturalis.nl/agenda',
  places: ['naturalis'], organisers: [{ id: 'naturalis', role: 'organiser' }], themes: ['biodiversiteit-en-duurzaamheid'],
  audiences: ['general'], languages: ['nl'], workflow: 'submitted',
}

export const EventInput = described(eventFields, eventDocs).superRefine(eventRules)
  .openapi('EventInput', { description: 'A new event. Times need an offset; references are slugs that must exist.', example: eventExample })
export type EventInput = z.infer<typeof eventFields>

export const EventPatch = described(eventFields, eventDocs).omit({ id: true }).partial()
  .openapi('EventPatch', {
    description: 'JSON merge patch (RFC 7396): fields sent replace the stored ones, `null` clears a field, lists are replaced whole. The result must be a valid event.',
    example: { status: 'cancelled', notes: { nl: 'Afgelast wegens storm.', en: 'Cancelled because of a storm.' } },
  })

const address = {
  streetAddress: text(200).nullable().optional(), postalCode: z.string().regex(/^\d{4} ?[A-Z]{2}$/).nullable().optional(),
  locality: text(100).nullable().optional(), country: z.string().regex(/^[A-Z]{2}$/).optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(), longitude: z.number().min(-180).max(180).nullable().optional(),
}

const addressDocs = {
  streetAddress: 'Street and number.', postalCode: 'Dutch postcode (1234 AB).', locality: 'Town or city.',
  country: 'ISO 3166-1 alpha-2 (default NL).', latitude: 'WGS 84 latitude.', longitude: 'WGS 84 longitude.',
}

const partnerFields = createInsertSchema(partners, { id: () => Slug, kind: (s) => s, url: () => HttpUrl.nullable().optional(), sourceUrl: () => HttpUrl.nullable().optional() })
  .pick({ id: true, kind: true, url: true, sourceUrl: true }).extend({
    name: text(200), description: bilingual(2000).nullable().optional(), notes: text(2000).nullable().optional(), ...address,
    altNames: z.array(z.strictObject({ name: text(200), validFrom: PartialDate.nullable().optional(), validTo: PartialDate.nullable().optional(), note: text(500).nullable().optional() })).max(20).optional(),
    memberships: z.array(z.strictObject({ agreement: z.enum(AGREEMENTS), validFrom: PartialDate.nullable().optional(), validTo: PartialDate.nullable().optional(), verified: z.boolean().optional(), note: text(500).nullable().optional() })).max(10).optional(),
  }).strict()
const partnerDocs = { id: 'Slug.', sourceUrl: 'Public source of the facts (http/https).', name: 'Current name.', kind: 'Kind of organisation.', url: 'Website (http/https).', description: 'Short description, nl/en.', notes: 'Editorial notes.', altNames: 'Other and former names with their period.', memberships: 'Kennisstad agreements (replaced whole).', ...addressDocs }
export const PartnerInput = described(partnerFields, partnerDocs)
  .openapi('PartnerInput', { example: { id: 'bplusc-bibliotheek', name: 'BplusC', kind: 'foundation', locality: 'Leiden' } })

const placeFields = createInsertSchema(places, { id: () => Slug, url: () => HttpUrl.nullable().optional(), sourceUrl: () => HttpUrl.nullable().optional(), rijksmonument: () => z.number().int().min(1).max(10_000_000).nullable().optional() })
  .pick({ id: true, url: true, sourceUrl: true, rijksmonument: true }).extend({
    name: text(200), description: bilingual(2000).nullable().optional(), accessibility: bilingual(2000).nullable().optional(), ...address,
    containedIn: Slug.nullable().optional(), operator: Slug.nullable().optional(),
  }).strict()
export const PlaceInput = described(placeFields, { id: 'Slug.', sourceUrl: 'Public source of the facts (http/https).', name: 'Name.', url: 'Website (http/https).', rijksmonument: 'Rijksmonument number.', description: 'Short description, nl/en.', accessibility: 'Accessibility notes, nl/en.', containedIn: 'Id of the place this one is inside.', operator: 'Id of the partner that runs it.', ...addressDocs })
  .openapi('PlaceInput', { example: { id: 'pieterskerk-koor', name: 'Koor van de Pieterskerk', containedIn: 'pieterskerk', locality: 'Leiden' } })

const opgaveFields = createInsertSchema(opgaven, { id: () => Slug, status: () => z.enum(OPGAVE_STATUSES), sourceUrl: () => HttpUrl.nullable().optional() })
  .pick({ id: true, status: true, sourceUrl: true }).extend({
    title: bilingual(200), summary: bilingual(1000).nullable().optional(), description: bilingual(10_000).nullable().optional(),
    validFrom: PartialDate.nullable().optional(), validTo: PartialDate.nullable().optional(),
    themes: slugs().optional(), partners: z.array(z.strictObject({ id: Slug, role: z.enum(ORGANISER_ROLES) })).max(50).optional(),
  }).strict()
export const OpgaveInput = described(opgaveFields, { id: 'Slug.', status: 'Whether the programme works on it.', sourceUrl: 'Where it is published (http/https).', title: 'Title, nl/en.', summary: 'One or two sentences, nl/en.', description: 'Longer text, nl/en.', validFrom: 'Start of the period.', validTo: 'End of the period.', themes: 'Theme ids (replaced whole).', partners: 'Partners with their role (replaced whole).' })
  .openapi('OpgaveInput', { example: { id: 'gezonde-stad', status: 'planned', title: { nl: 'Gezonde stad', en: 'Healthy city' }, themes: ['gezondheid-en-welzijn'] } })

const themeFields = createInsertSchema(themes, { id: () => Slug, scheme: () => z.enum(THEME_SCHEMES), sourceUrl: () => HttpUrl.nullable().optional() })
  .pick({ id: true, scheme: true, sourceUrl: true }).extend({ label: bilingual(200) }).strict()
export const ThemeInput = described(themeFields, { id: 'Slug.', scheme: 'Which scheme it belongs to.', label: 'Label, nl/en.', sourceUrl: 'Public source (http/https).' })
  .openapi('ThemeInput', { example: { id: 'open-science', scheme: 'kennisstad-2023', label: { nl: 'Open wetenschap', en: 'Open science' } } })

/** PATCH bodies of the admin resources: every field optional, the id fixed by the path. */
export const patchOf = <T extends z.ZodObject>(schema: T, name: string) =>
  schema.omit({ id: true } as never).partial().openapi(name, { description: 'JSON merge patch (RFC 7396) of the resource.' })
