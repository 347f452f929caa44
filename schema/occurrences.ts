/**
 * An event's occurrences as rows of event_occurrences, from its times, schedule and overrides (core/recurrence.ts):
 * written by the write pipeline and by the seed, so both materialise a series the same way.
 */
import { applyOverrides, expand } from '../core/recurrence'
import type * as t from './tables'

type Series = {
  startsAt: string; endsAt?: string | null; allDay?: boolean | null; timeZone?: string | null; schedule?: t.Schedule | null
  overrides?: readonly { occurrence: string; status?: string | null; startsAt?: string | null; endsAt?: string | null; place?: string | null }[] | null
}

export function occurrenceRows(eventId: string, e: Series, now = new Date().toISOString()) {
  const dated = applyOverrides(
    expand({ startsAt: e.startsAt, endsAt: e.endsAt ?? null, allDay: e.allDay ?? false, timeZone: e.timeZone ?? undefined, schedule: e.schedule }, { now }),
    (e.overrides ?? []).map((o) => ({ recurrenceId: o.occurrence, status: o.status, startsAt: o.startsAt, endsAt: o.endsAt, placeId: o.place })),
  )
  const rows: (typeof t.eventOccurrences.$inferInsert)[] = dated.map((o) => ({
    eventId, recurrenceId: o.recurrenceId, startsAt: o.startsAt, endsAt: o.endsAt,
    status: o.status as (typeof t.EVENT_STATUSES)[number] | null, placeId: o.placeId,
  }))
  const ends = dated.map((o) => o.endsAt ?? o.startsAt).sort()
  return { rows, seriesEndsAt: e.schedule && ends.length ? ends.at(-1)! : null }
}
