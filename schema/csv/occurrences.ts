import type { Occurrence } from '../api/occurrences'
import { EVENT_STATUSES } from '../tables'
import { bilingualCols, type Column, col, joined, spanCols } from './column'

/** One row per occurrence, local date and time in separate columns: what a spreadsheet sorts and filters on. */
export const occurrenceColumns: Column<Occurrence>[] = [
  col('event_id', 'string', 'Vaste code van het evenement of de reeks (/events/…)', 'Fixed code of the event or series (/events/…)', 'misleiden', (o) => o.eventId),
  ...bilingualCols<Occurrence>('title', 'Titel', 'Title', ['Rondleiding', 'Guided tour'], (o) => o.event.title),
  ...spanCols<Occurrence>({ start: ['2026-12-06', '14:00'], end: ['2026-12-06', '15:30'] }),
  col('all_day', 'boolean', 'Gaat over hele dagen, zonder tijden', 'Covers whole days, without times', 'false', (o) => o.allDay),
  col('status', 'string', 'Gaat deze datum door?', 'Is this date going ahead?', 'scheduled', (o) => o.status, { field: 'status', values: EVENT_STATUSES }),
  col('place_ids', 'string', 'Plekken, als vaste code; meerdere gescheiden door ;', 'Places, as fixed code; several separated by ;', 'naturalis', (o) => joined(o.places.map((p) => p.id))),
  col('place_names', 'string', 'Plekken, als naam; meerdere gescheiden door ;', 'Places, as name; several separated by ;', 'Naturalis Biodiversity Center', (o) => joined(o.places.map((p) => p.name))),
  ...bilingualCols<Occurrence>('repeats', 'Herhaling (leeg: eenmalig)', 'Repeats (empty: once)', ['Elke zondag om 14:00', 'Every Sunday at 14:00'], (o) => o.event.repeats),
  col('starts_at_utc', 'dateTime', 'Begin in UTC (wereldtijd)', 'Start in UTC', '2026-12-06T13:00:00Z', (o) => o.startsAt),
  col('recurrence_id', 'dateTime', 'Oorspronkelijk begin binnen de reeks (UTC); wijkt af van het begin als deze datum verschoven is', 'Original start within the series (UTC); differs from the start when this date was moved', '2026-12-06T13:00:00Z', (o) => o.recurrenceId),
  col('demo', 'boolean', 'Fictief voorbeeld, geen echt evenement', 'Fictitious example, not a real event', 'false', (o) => o.event.demo),
]
