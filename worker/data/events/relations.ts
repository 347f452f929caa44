/**
 * Every relation of an event — places, organisers, opgaven, themes, audiences, languages, its parent, its sub-events,
 * the partner that supplied it, a series' overrides and its next occurrence — as one JSON column of the event's own
 * row, built by correlated subqueries on the outer `events` row. A page, an export chunk or a detail read is then one
 * query: its rows arrive with their relations, so there is no second round trip and drizzle maps one row per event,
 * not one per relation. The SQL text is rendered once per isolate (`frozen`); only the current instant is bound per
 * query. Hydration (hydrate.ts) parses the column into the contract's shape.
 */
import type { Placeholder } from 'drizzle-orm'
import { type SQL, sql } from 'drizzle-orm'
import { type AnySQLiteColumn, alias, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import * as t from '../../../schema/tables'
import type { Bilingual } from '../../../schema/tables'
import { frozen } from '../sql'
import { visibleEvents } from './visibility'

const e = t.events
const parent = alias(t.events, 'parent_event')
const sub = alias(t.events, 'sub_event')
const supplier = alias(t.partners, 'supplier')
const movedTo = alias(t.places, 'moved_to')
type Columns<K extends string> = Record<K, AnySQLiteColumn>
const as = (table: SQLiteTable, name: string) => sql`${table} as ${sql.identifier(name)}`

const place = (p: Columns<'id' | 'name' | 'streetAddress' | 'postalCode' | 'locality' | 'latitude' | 'longitude'>) => sql`json_object('id', ${p.id}, 'name', ${p.name}, 'streetAddress', ${p.streetAddress},
  'postalCode', ${p.postalCode}, 'locality', ${p.locality}, 'latitude', ${p.latitude}, 'longitude', ${p.longitude})`
const eventRef = (x: Columns<'id' | 'title' | 'startsAt' | 'endsAt' | 'allDay'>) => sql`json_object('id', ${x.id}, 'title', json(${x.title}), 'startsAt', ${x.startsAt},
  'endsAt', ${x.endsAt}, 'allDay', ${x.allDay})`
/** A JSON array of `item` over `from`, in `order`; `[]` when there is none. json() keeps it JSON inside json_object. */
const list = (item: SQL, order: SQL, from: SQL) => sql`json((select json_group_array(${item} order by ${order}) from ${from}))`
/** One JSON object, or null. */
const one = (item: SQL, from: SQL) => sql`json((select ${item} from ${from}))`

const RELATIONS = frozen(sql`json_object(
  'places', ${list(place(t.places), sql`${t.eventPlaces.position}`,
    sql`${t.eventPlaces} join ${t.places} on ${t.places.id} = ${t.eventPlaces.placeId} where ${t.eventPlaces.eventId} = ${e.id}`)},
  'organisers', ${list(sql`json_object('id', ${t.partners.id}, 'name', ${t.partners.name}, 'kind', ${t.partners.kind},
      'role', ${t.eventOrganisers.role}, 'confirmed', ${t.eventOrganisers.confirmed})`, sql`${t.eventOrganisers.position}`,
    sql`${t.eventOrganisers} join ${t.partners} on ${t.partners.id} = ${t.eventOrganisers.partnerId} where ${t.eventOrganisers.eventId} = ${e.id}`)},
  'opgaven', ${list(sql`json_object('id', ${t.opgaven.id}, 'title', json(${t.opgaven.title}))`, sql`${t.opgaven.id}`,
    sql`${t.eventOpgaven} join ${t.opgaven} on ${t.opgaven.id} = ${t.eventOpgaven.opgaveId} where ${t.eventOpgaven.eventId} = ${e.id}`)},
  'themes', ${list(sql`json_object('id', ${t.themes.id}, 'scheme', ${t.themes.scheme}, 'label', json(${t.themes.label}))`, sql`${t.themes.scheme}, ${t.themes.id}`,
    sql`${t.eventThemes} join ${t.themes} on ${t.themes.id} = ${t.eventThemes.themeId} where ${t.eventThemes.eventId} = ${e.id}`)},
  'audiences', ${list(sql`${t.eventAudiences.audience}`, sql`${t.eventAudiences.audience}`, sql`${t.eventAudiences} where ${t.eventAudiences.eventId} = ${e.id}`)},
  'languages', ${list(sql`${t.eventLanguages.language}`, sql`${t.eventLanguages.language}`, sql`${t.eventLanguages} where ${t.eventLanguages.eventId} = ${e.id}`)},
  'parent', ${one(eventRef(parent), sql`${as(t.events, 'parent_event')} where ${parent.id} = ${e.parentId} and ${visibleEvents(null, parent)}`)},
  'subEvents', ${list(eventRef(sub), sql`${sub.startsAt}, ${sub.id}`, sql`${as(t.events, 'sub_event')} where ${sub.parentId} = ${e.id} and ${visibleEvents(null, sub)}`)},
  'supplier', ${one(sql`json_object('id', ${supplier.id}, 'name', ${supplier.name}, 'kind', ${supplier.kind})`,
    sql`${as(t.partners, 'supplier')} where ${supplier.id} = ${e.sourcePartnerId}`)},
  'overrides', ${list(sql`json_object('occurrence', ${t.eventOverrides.recurrenceId}, 'status', ${t.eventOverrides.status},
      'startsAt', ${t.eventOverrides.startsAt}, 'endsAt', ${t.eventOverrides.endsAt}, 'note', json(${t.eventOverrides.note}),
      'place', json(case when ${movedTo.id} is null then null else ${place(movedTo)} end))`, sql`${t.eventOverrides.recurrenceId}`,
    sql`${t.eventOverrides} left join ${as(t.places, 'moved_to')} on ${movedTo.id} = ${t.eventOverrides.placeId} where ${t.eventOverrides.eventId} = ${e.id}`)},
  'next', ${one(sql`json_object('startsAt', ${t.eventOccurrences.startsAt}, 'endsAt', ${t.eventOccurrences.endsAt})`,
    // The next occurrence that has not ended: one index seek (event_occurrences_event_idx).
    sql`${t.eventOccurrences} where ${t.eventOccurrences.eventId} = ${e.id} and ${t.eventOccurrences.endsAtEffective} > ${sql.placeholder('now')}
      and coalesce(${t.eventOccurrences.status}, '') <> 'cancelled' order by ${t.eventOccurrences.startsAt} limit 1`)}
)`)

/** The relations column for the outer `events` row; `now` decides which occurrence is next (or a placeholder for it). */
export const relationsColumn = (now: string | Placeholder) => sql<string>`${RELATIONS({ now })}`.as('relations')

type Ref = { id: string; title: Bilingual; startsAt: string; endsAt: string | null; allDay: 0 | 1 }
type PlaceRef = { id: string; name: string; streetAddress: string | null; postalCode: string | null; locality: string | null; latitude: number | null; longitude: number | null }
/** The parsed column, as SQLite writes it (booleans as 0 and 1). */
export type Relations = {
  places: PlaceRef[]
  organisers: { id: string; name: string; kind: (typeof t.partners.$inferSelect)['kind']; role: (typeof t.eventOrganisers.$inferSelect)['role']; confirmed: 0 | 1 }[]
  opgaven: { id: string; title: Bilingual }[]
  themes: { id: string; scheme: (typeof t.themes.$inferSelect)['scheme']; label: Bilingual }[]
  audiences: (typeof t.eventAudiences.$inferSelect)['audience'][]
  languages: string[]
  parent: Ref | null
  subEvents: Ref[]
  supplier: { id: string; name: string; kind: (typeof t.partners.$inferSelect)['kind'] } | null
  overrides: { occurrence: string; status: (typeof t.eventOverrides.$inferSelect)['status']; startsAt: string | null; endsAt: string | null; note: Bilingual | null; place: PlaceRef | null }[]
  next: { startsAt: string; endsAt: string | null } | null
}
