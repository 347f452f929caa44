/** The events collection: filters, sorts, visibility and hydration in one place, plus facet counts. */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import { windowEdge } from '../../../core/time'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { type AccessPath, collection, type Viewer } from '../collection'
import { sortsBy } from '../pagination'
import { bilingual } from '../rows'
import { type EventFilterValues, eventFilters, seriesInWindow } from './filters'
import { type EventRow, eventRows, hydrateEvents } from './hydrate'
import { visibleEvents } from './visibility'

/** The many-to-many filters with an access path (schema/tables.ts eventAccess), in the order they are tried. */
const ACCESS_KEYS = ['partner', 'theme', 'opgave'] as const
const x = t.eventAccess

/**
 * One partner's, theme's or opgave's events in start order, from the access table's index: a page reads its rows in
 * order and stops, instead of sorting every match. For a single value (a list of several is the plain query's); the
 * window bounds are repeated on the access table so its index skips what has ended or starts too late.
 */
function accessPath(values: EventFilterValues): AccessPath<EventRow> | undefined {
  const name = ACCESS_KEYS.find((k) => values[k] && !values[k].includes(','))
  if (!name) return undefined
  const from = values.from ? windowEdge(values.from, 'from') : undefined
  const to = values.to ? windowEdge(values.to, 'to') : undefined
  return {
    from: (db) => eventRows(db, sql`${x} join ${t.events} on ${t.events.id} = ${x.eventId}`) as never,
    where: and(eq(x.key, `${name}:${values[name]!.trim()}`), from ? sql`(${x.endsUntil} > ${from} or ${x.startsAt} = ${from})` : undefined, to ? sql`${x.startsAt} < ${to}` : undefined),
    sorts: sortsBy<EventRow>(sql`${x.eventId}`, { startsAt: [sql`${x.startsAt}`, (r) => r.startsAt] }),
  }
}

export const events = collection({
  id: 'events', noun: 'event', table: t.events, filters: eventFilters, visible: visibleEvents, combine: seriesInWindow, accessPath,
  // Every read of events selects their relations too (relations.ts), so hydrating a page needs no second query.
  from: (db) => eventRows(db) as never,
  hydrate: async (_db, rows: EventRow[], viewer) => hydrateEvents(rows, viewer),
  defaultSort: 'startsAt',
  sorts: sortsBy<EventRow>(sql`${t.events.id}`, {
    startsAt: [sql`${t.events.startsAt}`, (r) => r.startsAt],
    endsAt: [sql`${t.events.endsAtEffective}`, (r) => r.endsAt ?? r.startsAt],
    updatedAt: [sql`${t.events.updatedAt}`, (r) => r.updatedAt],
  }),
})

export const FACETS = ['theme', 'partner', 'month'] as const
export type Facet = (typeof FACETS)[number]

/** Counts over every event matching the filters (not one page): per theme, organising partner and Amsterdam month. */
export async function eventFacets(db: Db, values: EventFilterValues, viewer: Viewer, wanted: readonly Facet[]) {
  const where: SQL | undefined = events.where(values, viewer)
  const ids = db.select({ id: t.events.id }).from(t.events).where(where)
  const count = sql<number>`count(*)`.mapWith(Number)
  const [themes, partners, months] = await db.batch([
    db.select({ id: t.themes.id, label: t.themes.label, count }).from(t.eventThemes)
      .innerJoin(t.themes, eq(t.themes.id, t.eventThemes.themeId)).where(inArray(t.eventThemes.eventId, ids))
      .groupBy(t.themes.id).orderBy(sql`count(*) desc`, asc(t.themes.id)),
    db.select({ id: t.partners.id, name: t.partners.name, count }).from(t.eventOrganisers)
      .innerJoin(t.partners, eq(t.partners.id, t.eventOrganisers.partnerId)).where(and(inArray(t.eventOrganisers.eventId, ids), eq(t.eventOrganisers.confirmed, true)))
      .groupBy(t.partners.id).orderBy(sql`count(*) desc`, asc(t.partners.id)),
    db.select({ month: sql<string>`substr(${t.events.startsLocalDate}, 1, 7)`, count }).from(t.events)
      .where(where).groupBy(sql`1`).orderBy(sql`1`),
  ])
  return {
    ...(wanted.includes('theme') ? { theme: themes.map((x) => ({ ...x, label: bilingual(x.label) })) } : {}),
    ...(wanted.includes('partner') ? { partner: partners } : {}),
    ...(wanted.includes('month') ? { month: months } : {}),
  }
}
