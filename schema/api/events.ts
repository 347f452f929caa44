import { AUDIENCES, events } from '../tables'
import { Bilingual, createSelectSchema, doc, Instant, orNull, page, pageMetaFields, z } from './common'
import { OpgaveRef, Role } from './opgaven'
import { PartnerRef, partnerRefFields } from './partners'
import { PlaceRef } from './places'
import { omitProvenance, Provenance } from './provenance'
import { NextOccurrence, OpeningHours, Schedule } from './schedule'
import { ThemeRef } from './themes'

const HttpUrl = z.url({ protocol: /^https?$/ })

const EventBase = createSelectSchema(events, {
  id: (s) => doc(s, 'Stable slug identifying the event.', 'nacht-van-ontdekkingen-2022'),
  kind: (s) => doc(s, 'What sort of event (maps to a schema.org Event subtype).', 'festival'),
  timeZone: (s) => doc(s, 'IANA time zone the event is planned in; show times in this zone.', 'Europe/Amsterdam'),
  allDay: (s) => doc(s, 'True when only the days are known or relevant: startsAt/endsAt are then local midnights.', false),
  status: (s) => doc(s, 'Scheduling status (schema.org eventStatus).', 'scheduled'),
  attendanceMode: (s) => doc(s, 'Offline, online, both (`mixed`), or `broadcast` (radio, television or stream: no place to attend).', 'offline'),
  verified: (s) => doc(s, 'False when the editors could not confirm the event in a primary source; `notes` then says what is uncertain.', true),
  onlineUrl: () => doc(HttpUrl.nullable(), 'Where to attend online.', null),
  minAge: (s) => doc(s, 'Youngest intended age, when there is one.', 14),
  maxAge: (s) => doc(s, 'Oldest intended age, when there is one.', 20),
  free: (s) => doc(s, 'True when free of charge, false when paid, null when unknown.', false),
  price: (s) => doc(s, 'Price in `priceCurrency`, when known.', 17.5),
  priceCurrency: (s) => doc(s, 'ISO 4217 currency of `price`.', 'EUR'),
  url: () => doc(HttpUrl.nullable(), 'Official web page of the event.', null),
  registrationUrl: () => doc(HttpUrl.nullable(), 'Where to register or buy tickets.', null),
  registrationRequired: (s) => doc(s, 'True when attending needs registration or a ticket.', true),
  workflow: (s) => doc(s, 'Moderation state. Public reads only ever show `published`; partners see their own drafts with their key.', 'published'),
  demo: (s) => doc(s, 'True for fictitious demo events that keep upcoming listings populated. Filter with `demo=false`.', false),
}).extend({
  title: doc(Bilingual, 'Name of the event.'),
  startsAt: doc(Instant, 'Start, UTC. For all-day events: local midnight of the first day.'),
  endsAt: doc(Instant.nullable(), 'End (exclusive), UTC; null when no end is known. All-day: local midnight after the last day.', '2022-09-17T22:00:00Z'),
  previousStartsAt: doc(Instant.nullable(), 'Former start of a rescheduled event.', null),
})

export const EventRef = EventBase.pick({ id: true, title: true, startsAt: true, endsAt: true, allDay: true })
  .openapi('EventRef')

const Image = z.object({
  url: doc(HttpUrl, 'Image address.', 'https://example.org/image.jpg'),
  alt: doc(orNull(Bilingual), 'What the image shows, for readers who cannot see it; null when it is decorative.', { nl: 'Bezoekers bij een vitrine met fossielen', en: 'Visitors at a display case with fossils' }),
  creditText: doc(z.string().nullable().optional(), 'Credit line to show with the image.', 'Photo: Jan Jansen'),
  license: doc(z.string().nullable().optional(), 'Licence of the image (SPDX id or URL).', 'CC-BY-4.0'),
}).openapi('Image')

const EventOrganiser = partnerRefFields.extend({
  role: Role,
  pending: doc(z.boolean().optional(), 'Present (true) while this partner has not confirmed that it organises the event; only editors and the event’s own organisers see such an entry.', true),
}).openapi('EventOrganiser')

const Source = z.object({
  partner: doc(orNull(PartnerRef), 'The partner that supplied the record; null for records the platform compiled from public sources.'),
  license: doc(z.string(), 'Licence of this record (SPDX id).', 'CC0-1.0'),
  url: doc(HttpUrl.nullable(), 'Public source the facts come from.', 'https://leiden2022.nl/activiteiten/nacht-van-ontdekkingen'),
}).openapi('Source', { description: 'Deprecated: the same as `provenance.partner`, `provenance.license` and `provenance.url`; kept until API v2.' })

export const Event = EventBase.omit({ endsAtEffective: true, startsLocalDate: true, deletedAt: true, version: true, schedule: true, openingHours: true, seriesEndsAt: true, parentId: true, sourcePartnerId: true, ...omitProvenance })
  .extend({
    summary: doc(orNull(Bilingual), 'One or two sentences.', { nl: 'Voorheen Nacht van Kunst & Kennis. Betaald; vroegboekkorting tot 1 juli.', en: 'Formerly Nacht van Kunst & Kennis. Paid; early-bird tickets until 1 July.' }),
    description: doc(orNull(Bilingual), 'Longer text.', null),
    notes: doc(orNull(Bilingual), 'Editorial notes: what the sources leave open or disagree on.', null),
    image: doc(orNull(Image), 'Image with credit and licence.'),
    places: doc(z.array(PlaceRef), 'Where it happens, main place first; empty when not known or online only.'),
    organisers: doc(z.array(EventOrganiser), 'Partners behind the event, with their role. A partner named by another partner appears once it has confirmed.'),
    opgaven: doc(z.array(OpgaveRef), 'Opgaven the event contributes to.'),
    themes: doc(z.array(ThemeRef), 'Themes and tracks.'),
    audiences: doc(z.array(z.enum(AUDIENCES)), 'Intended audiences.', ['general']),
    languages: doc(z.array(z.string()), 'Languages spoken, BCP 47; empty when not known.', ['nl', 'en']),
    parent: doc(orNull(EventRef), 'The event this one is part of (ESOF2022 for its exhibition floor).'),
    subEvents: doc(z.array(EventRef), 'Events that are part of this one, by start.'),
    schedule: doc(orNull(Schedule), 'How the event repeats, when it is a series; null for a single event.'),
    nextOccurrence: doc(orNull(NextOccurrence), 'The first occurrence that has not ended yet (for a single event: itself), or null when all are past.'),
    openingHours: doc(orNull(OpeningHours), 'When it is open, for long events such as exhibitions.'),
    provenance: Provenance,
    source: doc(Source, 'Deprecated: use `provenance`, which says the same and more.').openapi({ deprecated: true }),
    createdAt: doc(Instant, 'When this record was first published.'),
    updatedAt: doc(Instant, 'When this record last changed.'),
  })
  .openapi('Event', { description: 'Something that happens at a time, at places or online, in the Kennisstad programme.' })
export type Event = z.infer<typeof Event>

const Count = doc(z.number().int(), 'Matching events.', 3)
export const EventFacets = z.object({
  theme: doc(z.array(z.object({ id: doc(z.string(), 'Theme id.', 'cultureel-erfgoed'), label: Bilingual, count: Count })).optional(), 'Events per theme.'),
  partner: doc(z.array(z.object({ id: doc(z.string(), 'Partner id.', 'naturalis'), name: doc(z.string(), 'Partner name.', 'Naturalis Biodiversity Center'), count: Count })).optional(), 'Events per organising partner.'),
  month: doc(z.array(z.object({ month: doc(z.string(), 'Month of the start, Europe/Amsterdam (YYYY-MM).', '2022-07'), count: Count })).optional(), 'Events per month.'),
}).openapi('EventFacets', { description: 'Counts over all events matching the filters (not just this page), most frequent first (months in order).' })

export const EventPage = page(Event, 'EventPage', pageMetaFields.extend({
  facets: doc(EventFacets.optional(), 'Present when `facets` was asked for.'),
}).openapi('EventPageMeta'))
