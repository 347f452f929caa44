/**
 * How events are written: the write model (input ↔ rows, and the occurrences a schedule produces). The rules about
 * who may write are in policy.ts.
 */
import { eq, sql } from 'drizzle-orm'
import { type EventInput as EventInputType, EventInput } from '../../../schema/api/inputs'
import { EVENT_RELATIONS } from '../../../schema/relations'
import * as t from '../../../schema/tables'
import { occurrenceRows } from '../../../schema/occurrences'
import { type Ref, refsAt } from '../refs'
import { noCycle, type WriteModel } from '../write/model'

export type EventWrite = EventInputType & { id: string; workflow: (typeof t.WORKFLOW)[number] }

export const eventModel: WriteModel<EventWrite> = {
  entity: 'event', table: t.events, input: EventInput as never, relations: EVENT_RELATIONS,
  refs: (e): Ref[] => [
    ...refsAt('places', 'places', e.places), ...refsAt('partners', 'organisers', e.organisers?.map((o) => o.id)),
    ...refsAt('opgaven', 'opgaven', e.opgaven), ...refsAt('themes', 'themes', e.themes),
    ...(e.parentId ? [{ table: 'events' as const, id: e.parentId, path: 'parentId' }] : []),
    ...(e.overrides ?? []).flatMap((o, i) => (o.place ? [{ table: 'places' as const, id: o.place, path: `overrides[${i}].place` }] : [])),
  ],
  check: (db, e) => noCycle(db, 'events', 'parent_id', e.id, e.parentId, 'parentId'),
  derivedColumns: (e) => ({ seriesEndsAt: occurrenceRows(e.id, e).seriesEndsAt }),
  derived: (db, id, e) => {
    const { rows } = occurrenceRows(id, e)
    // Up to 500 rows as one JSON parameter (D1 binds at most 100 parameters per statement).
    const json = JSON.stringify(rows)
    const field = (key: string) => sql`json_extract(value, ${`$.${key}`})`
    return [
      db.delete(t.eventOccurrences).where(eq(t.eventOccurrences.eventId, id)),
      // Columns in table order (drizzle lists every stored column for an insert … select).
      ...(rows.length ? [db.insert(t.eventOccurrences).select(sql`select ${field('eventId')}, ${field('recurrenceId')}, ${field('startsAt')},
        ${field('endsAt')}, ${field('status')}, ${field('placeId')} from json_each(${json})`)] : []),
    ]
  },
}
