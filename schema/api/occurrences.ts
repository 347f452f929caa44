import { Bilingual, doc, Instant, orNull, page, z } from './common'
import { Event } from './events'
import { PlaceRef } from './places'

/** What an occurrence says about its event: enough to list it, from the Event schema itself. */
export const OccurrenceEvent = Event.pick({
  id: true, title: true, summary: true, kind: true, url: true, registrationUrl: true, registrationRequired: true, free: true,
  price: true, priceCurrency: true, attendanceMode: true, onlineUrl: true, image: true, demo: true, organisers: true,
}).extend({
  repeats: doc(orNull(Bilingual), 'How the event repeats, in words, when it is a series.'),
}).openapi('OccurrenceEvent')

export const Occurrence = z.object({
  eventId: doc(z.string(), 'The event (or series) this is an occurrence of.', 'rondleiding-naturalis-zondag'),
  recurrenceId: doc(Instant, 'Identifies the occurrence within its series: its original start, UTC (for a single event: its start).', '2026-12-06T13:00:00Z'),
  startsAt: doc(Instant, 'Start, UTC (after a change of date).', '2026-12-06T13:00:00Z'),
  endsAt: doc(Instant.nullable(), 'End (exclusive), UTC; null when not known.', '2026-12-06T14:30:00Z'),
  allDay: doc(z.boolean(), 'Whole days only.', false),
  timeZone: doc(z.string(), 'Show times in this zone.', 'Europe/Amsterdam'),
  status: doc(Event.shape.status, 'This occurrence’s status (a single date of a series can be cancelled).', 'scheduled'),
  places: doc(z.array(PlaceRef), 'Where this occurrence happens (after a change of place for this date).'),
  moved: doc(z.boolean(), 'True when this date was moved from its original time.', false),
  event: OccurrenceEvent,
}).openapi('Occurrence', { description: 'One dated occurrence of an event: a single event has one, a series one per date.' })
export type Occurrence = z.infer<typeof Occurrence>

export const OccurrencePage = page(Occurrence, 'OccurrencePage')
