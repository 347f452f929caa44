/**
 * Occurrences: every dated happening — a single event once, a series once per date — with overrides applied. The
 * event filters apply to the event an occurrence belongs to; the time window and the place apply to the occurrence
 * itself (a moved or relocated date is found where and when it now happens).
 */
import { inArray, type SQL, sql } from 'drizzle-orm'
import { nowRfc3339, windowEdge } from '../../../core/time'
import type { Event } from '../../../schema/api/events'
import { type Occurrence, OccurrenceEvent } from '../../../schema/api/occurrences'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Viewer } from '../../base/keys'
import { collection } from '../collection'
import { eventFilters } from '../events/filters'
import { type EventRow, eventColumns, hydrateEvents } from '../events/hydrate'
import { visibleEvents } from '../events/visibility'
import { dateFilter, type FilterTable, named, refFilter } from '../filters'
import { sortsBy } from '../pagination'
import { fastSelect } from '../select'
import { inList } from '../sql'

const o = t.eventOccurrences
const e = t.events

const { from: _from, to: _to, place: _place, ...onTheEvent } = eventFilters
export const occurrenceFilters = {
  from: dateFilter(named('Vanaf', 'From'), 'Only occurrences that have not ended by then (they overlap the window). A date is a local day in Europe/Amsterdam.',
    '2026-12-05', 'from', (from) => sql`(${o.endsAtEffective} > ${from} or ${o.startsAt} = ${from})`),
  to: dateFilter(named('Tot en met', 'Up to and including'), 'Only occurrences that start before then. A date includes that whole local day (Europe/Amsterdam).',
    '2026-12-06', 'to', (to) => sql`${o.startsAt} < ${to}`),
  // Labelled like the events' place filter; decided per occurrence.
  place: refFilter({ label: eventFilters.place.label, hint: eventFilters.place.hint }, 'places', 'Happening at this place (or a place inside it), after any change of place for a single date.', 'naturalis',
    (ids) => {
      const at = (column: SQL) => sql`(${column} in (select value from json_each(${JSON.stringify(ids)}))
        or ${column} in (select id from places where ${inList(sql`contained_in_id`, ids)}))`
      return sql`((${o.placeId} is not null and ${at(sql`${o.placeId}`)})
        or (${o.placeId} is null and ${e.id} in (select event_id from event_places where ${at(sql`place_id`)})))`
    }),
  event: refFilter(named('Evenement', 'Event', true), 'events', 'Occurrences of this event (series).', 'misleiden', (ids) => inList(o.eventId, ids)),
  ...onTheEvent,
} satisfies FilterTable

type Row = { occurrence: typeof o.$inferSelect; event: EventRow }
/** Each occurrence with its event and the event's relations, in one query (data/select.ts). */
const OCCURRENCES = fastSelect<Row>({ occurrence: o, event: eventColumns(sql.placeholder('now')) })

const EVENT_FIELDS = Object.keys(OccurrenceEvent.shape).filter((k) => k !== 'repeats') as (keyof Event)[]
const pickEventFields = (event: Event) => Object.fromEntries(EVENT_FIELDS.map((k) => [k, event[k]])) as Omit<Occurrence['event'], 'repeats'>

/** Rows → occurrences, each with the event it belongs to (its relations read with the row, hydrated once per event). */
async function hydrate(db: Db, rows: Row[], viewer: Viewer): Promise<Occurrence[]> {
  if (rows.length === 0) return []
  const seen = new Map(rows.map((r) => [r.event.id, r.event]))
  const movedTo = [...new Set(rows.flatMap((r) => (r.occurrence.placeId ? [r.occurrence.placeId] : [])))]
  const events = hydrateEvents([...seen.values()], viewer)
  // A date moved to another place names it (rare: only then a second query).
  const places = movedTo.length ? await db.select({ id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress, postalCode: t.places.postalCode,
    locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude }).from(t.places).where(inArray(t.places.id, movedTo)) : []
  const byId = new Map(events.map((x) => [x.id, x]))
  const placeById = new Map(places.map((p) => [p.id, p]))
  return rows.map(({ occurrence: occ }) => {
    const event = byId.get(occ.eventId)!
    return {
      eventId: occ.eventId, recurrenceId: occ.recurrenceId, startsAt: occ.startsAt, endsAt: occ.endsAt,
      allDay: event.allDay, timeZone: event.timeZone, status: occ.status ?? event.status,
      places: occ.placeId ? [placeById.get(occ.placeId)!].filter(Boolean) : event.places,
      moved: occ.startsAt !== occ.recurrenceId,
      // The fields the contract's OccurrenceEvent picks from Event, read from that schema (not listed again here).
      event: { ...pickEventFields(event), repeats: event.schedule?.summary ?? null },
    }
  })
}

export const occurrences = collection({
  id: 'occurrences', noun: 'occurrence', table: o as never, filters: occurrenceFilters, defaultSort: 'startsAt', hydrate,
  visible: (viewer) => visibleEvents(viewer),
  from: (db) => OCCURRENCES.from(db, { now: nowRfc3339() }, sql`${o} join ${e} on ${e.id} = ${o.eventId}`) as never,
  sorts: sortsBy<Row>(sql`${o.eventId} || ' ' || ${o.recurrenceId}`, {
    startsAt: [sql`${o.startsAt}`, (r) => r.occurrence.startsAt],
  }, (r) => `${r.occurrence.eventId} ${r.occurrence.recurrenceId}`),
})

/**
 * Listings, one per event: only the first occurrence of each event inside the window (the last one, `latest`,
 * for an archive read backwards). An agenda shows a weekly tour once, at its next date, instead of every Sunday.
 */
export function onePerEvent(values: { from?: string; to?: string }, latest = false): SQL {
  const after = values.from ? sql`and (x.ends_at_effective > ${windowEdge(values.from, 'from')} or x.starts_at = ${windowEdge(values.from, 'from')})` : sql``
  const before = values.to ? sql`and x.starts_at < ${windowEdge(values.to, 'to')}` : sql``
  const pick = latest ? sql.raw('max') : sql.raw('min')
  return sql`${o.startsAt} = (select ${pick}(x.starts_at) from event_occurrences x where x.event_id = ${o.eventId} ${after} ${before})`
}
