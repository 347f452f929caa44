import type { Occurrence } from '../api/occurrences'
import { utcToZoned } from '../../core/time'
import { bilingualCols, type Column, col, joined } from './column'

const localDate = (instant: string | null) => (instant ? utcToZoned(instant).date : null)
const localTime = (instant: string | null) => (instant ? utcToZoned(instant).time.slice(0, 5) : null)

/** One row per occurrence, local date and time in separate columns: what a spreadsheet sorts and filters on. */
export const occurrenceColumns: Column<Occurrence>[] = [
  col('event_id', 'string', 'Evenement of reeks (id)', 'Event or series (id)', 'misleiden', (o) => o.eventId),
  ...bilingualCols<Occurrence>('title', 'Titel', 'Title', ['Rondleiding', 'Guided tour'], (o) => o.event.title),
  col('date', 'date', 'Datum (lokaal, Amsterdam)', 'Date (local, Amsterdam)', '2026-12-06', (o) => localDate(o.startsAt)),
  col('start_time', 'string', 'Begintijd (lokaal); leeg bij hele dagen', 'Start time (local); empty for all-day', '14:00', (o) => (o.allDay ? null : localTime(o.startsAt))),
  col('end_date', 'date', 'Laatste dag (lokaal)', 'Last day (local)', '2026-12-06',
    (o) => (o.endsAt ? localDate(o.allDay ? new Date(Date.parse(o.endsAt) - 1000).toISOString() : o.endsAt) : null)),
  col('end_time', 'string', 'Eindtijd (lokaal)', 'End time (local)', '15:30', (o) => (o.allDay ? null : localTime(o.endsAt))),
  col('all_day', 'boolean', 'Hele dag(en)', 'All day', 'false', (o) => o.allDay),
  col('status', 'string', 'Status van deze datum', 'Status of this date', 'scheduled', (o) => o.status),
  col('place_ids', 'string', 'Plekken (ids)', 'Places (ids)', 'naturalis', (o) => joined(o.places.map((p) => p.id))),
  col('place_names', 'string', 'Plekken (namen)', 'Places (names)', 'Naturalis Biodiversity Center', (o) => joined(o.places.map((p) => p.name))),
  ...bilingualCols<Occurrence>('repeats', 'Herhaling', 'Repeats', ['Elke zondag om 14:00', 'Every Sunday at 14:00'], (o) => o.event.repeats),
  col('starts_at_utc', 'dateTime', 'Begin in UTC', 'Start in UTC', '2026-12-06T13:00:00Z', (o) => o.startsAt),
  col('recurrence_id', 'dateTime', 'Oorspronkelijk begin in de reeks (UTC)', 'Original start within the series (UTC)', '2026-12-06T13:00:00Z', (o) => o.recurrenceId),
  col('demo', 'boolean', 'Fictief demo-evenement', 'Fictitious demo event', 'false', (o) => o.event.demo),
]
