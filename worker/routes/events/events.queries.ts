/**
 * SQL for events. Filters become index-served conditions (join tables for many-to-many filters, lists bound as
 * one JSON parameter); relations for a page are loaded in one D1 batch, so a page costs two round trips
 * whatever its size (no N+1).
 */
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { Event } from '../../../schema/api/events'
import * as t from '../../../schema/tables'
import type { Db } from '../../env'
import type { Principal } from '../../lib/auth'
import { sortsBy } from '../../lib/pagination'
import { changedSince, inList } from '../../lib/query'
import { matches } from '../../lib/search'
import { bilingual, nullableBilingual } from '../../lib/rows'

export type EventRow = typeof t.events.$inferSelect
export type EventFilter = {
  from?: string; to?: string; partner?: string[]; opgave?: string[]; theme?: string[]; place?: string[]
  audience?: string[]; language?: string[]; free?: boolean; status?: string[]; attendanceMode?: string[]
  kind?: string[]; demo?: boolean; q?: string; updatedSince?: string
  /** Who is asking: decides which moderation states are visible (see `visible`). */
  viewer?: Principal | null
  workflow?: string[]
}

const organisedBy = (partnerId: string) =>
  sql`${t.events.id} in (select event_id from event_organisers where partner_id = ${partnerId})`

/**
 * What a viewer may see. Anonymous: published, not deleted. A partner key: that, plus its own events in any state.
 * An admin key: everything not deleted. `workflow=` narrows further for keys (anonymous callers only see published).
 */
export function visible(viewer: Principal | null | undefined, workflow?: string[]): SQL {
  const e = t.events
  const notDeleted = isNull(e.deletedAt)
  const states = workflow ? inList(e.workflow, workflow) : undefined
  if (viewer?.role === 'admin') return and(notDeleted, states)!
  if (viewer?.role === 'partner' && viewer.partnerId) {
    return and(notDeleted, states, or(eq(e.workflow, 'published'), organisedBy(viewer.partnerId)))!
  }
  return and(notDeleted, eq(e.workflow, 'published'), states)!
}

export const eventSorts = sortsBy<EventRow>(sql`${t.events.id}`, {
  startsAt: [sql`${t.events.startsAt}`, (r) => r.startsAt],
  endsAt: [sql`${t.events.endsAtEffective}`, (r) => r.endsAt ?? r.startsAt],
  updatedAt: [sql`${t.events.updatedAt}`, (r) => r.updatedAt],
})

const linked = (table: string, key: string, values: string[]) =>
  sql`${t.events.id} in (select event_id from ${sql.identifier(table)} where ${inList(sql`${sql.identifier(key)}`, values)})`

export function eventConditions(f: EventFilter): SQL | undefined {
  const e = t.events
  const c: (SQL | undefined)[] = [visible(f.viewer, f.workflow)]
  // Overlap: not yet ended at `from` (a point-in-time event at exactly `from` counts), started before `to`.
  if (f.from) c.push(sql`(${e.endsAtEffective} > ${f.from} or ${e.startsAt} = ${f.from})`)
  if (f.to) c.push(sql`${e.startsAt} < ${f.to}`)
  if (f.partner) c.push(linked('event_organisers', 'partner_id', f.partner))
  if (f.opgave) c.push(linked('event_opgaven', 'opgave_id', f.opgave))
  if (f.theme) c.push(linked('event_themes', 'theme_id', f.theme))
  if (f.audience) c.push(linked('event_audiences', 'audience', f.audience))
  if (f.language) c.push(linked('event_languages', 'language', f.language))
  if (f.place) {
    const places = JSON.stringify(f.place)
    c.push(sql`${e.id} in (select event_id from event_places where place_id in (select value from json_each(${places}))
      or place_id in (select id from places where contained_in_id in (select value from json_each(${places}))))`)
  }
  if (f.free !== undefined) c.push(eq(e.free, f.free))
  if (f.status) c.push(inList(e.status, f.status))
  if (f.attendanceMode) c.push(inList(e.attendanceMode, f.attendanceMode))
  if (f.kind) c.push(inList(e.kind, f.kind))
  if (f.demo !== undefined) c.push(eq(e.demo, f.demo))
  if (f.q) c.push(matches('events', f.q))
  c.push(changedSince(e.updatedAt, f.updatedSince))
  return and(...c)
}

export const selectEvents = (db: Db, f: EventFilter) => (keyset: SQL | undefined, order: SQL[], limit: number) =>
  db.select().from(t.events).where(and(eventConditions(f), keyset)).orderBy(...order).limit(limit)

const eventRef = { id: t.events.id, title: t.events.title, startsAt: t.events.startsAt, endsAt: t.events.endsAt, allDay: t.events.allDay }
const partnerRef = { id: t.partners.id, name: t.partners.name, kind: t.partners.kind }

/** Rows → API events, with every relation of every row fetched in one batch. */
export async function hydrateEvents(db: Db, rows: EventRow[]): Promise<Event[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const parentIds = [...new Set(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))]
  const sourceIds = [...new Set(rows.flatMap((r) => (r.sourcePartnerId ? [r.sourcePartnerId] : [])))]
  const [places, organisers, opgaven, themes, audiences, languages, parents, subs, sources] = await db.batch([
    db.select({ eventId: t.eventPlaces.eventId, id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress,
      postalCode: t.places.postalCode, locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude })
      .from(t.eventPlaces).innerJoin(t.places, eq(t.places.id, t.eventPlaces.placeId))
      .where(inList(t.eventPlaces.eventId, ids)).orderBy(asc(t.eventPlaces.position)),
    db.select({ eventId: t.eventOrganisers.eventId, ...partnerRef, role: t.eventOrganisers.role })
      .from(t.eventOrganisers).innerJoin(t.partners, eq(t.partners.id, t.eventOrganisers.partnerId))
      .where(inList(t.eventOrganisers.eventId, ids)).orderBy(asc(t.eventOrganisers.position)),
    db.select({ eventId: t.eventOpgaven.eventId, id: t.opgaven.id, title: t.opgaven.title })
      .from(t.eventOpgaven).innerJoin(t.opgaven, eq(t.opgaven.id, t.eventOpgaven.opgaveId))
      .where(inList(t.eventOpgaven.eventId, ids)).orderBy(asc(t.opgaven.id)),
    db.select({ eventId: t.eventThemes.eventId, id: t.themes.id, scheme: t.themes.scheme, label: t.themes.label })
      .from(t.eventThemes).innerJoin(t.themes, eq(t.themes.id, t.eventThemes.themeId))
      .where(inList(t.eventThemes.eventId, ids)).orderBy(asc(t.themes.scheme), asc(t.themes.id)),
    db.select().from(t.eventAudiences).where(inList(t.eventAudiences.eventId, ids)).orderBy(asc(t.eventAudiences.audience)),
    db.select().from(t.eventLanguages).where(inList(t.eventLanguages.eventId, ids)).orderBy(asc(t.eventLanguages.language)),
    db.select(eventRef).from(t.events).where(and(inList(t.events.id, parentIds), visible(null))),
    db.select({ ...eventRef, parentId: t.events.parentId }).from(t.events)
      .where(and(inList(t.events.parentId, ids), visible(null))).orderBy(asc(t.events.startsAt), asc(t.events.id)),
    db.select(partnerRef).from(t.partners).where(inList(t.partners.id, sourceIds)),
  ])
  const group = <R extends { eventId: string }>(list: R[]) => {
    const m = new Map<string, Omit<R, 'eventId'>[]>()
    for (const { eventId, ...rest } of list) {
      const items = m.get(eventId)
      if (items) items.push(rest)
      else m.set(eventId, [rest])
    }
    return (id: string) => m.get(id) ?? []
  }
  const toRef = (r: typeof parents[number]) => ({ ...r, title: bilingual(r.title) })
  const byPlace = group(places)
  const byOrganiser = group(organisers)
  const byOpgave = group(opgaven)
  const byTheme = group(themes)
  const byAudience = group(audiences)
  const byLanguage = group(languages)
  const bySub = group(subs.map(({ parentId, ...r }) => ({ eventId: parentId!, ...r })))
  const parentById = new Map(parents.map((p) => [p.id, toRef(p)]))
  const sourceById = new Map(sources.map((p) => [p.id, p]))

  return rows.map(({ endsAtEffective, startsLocalDate, deletedAt, parentId, sourcePartnerId, sourceLicense, sourceUrl, ...r }) => ({
    ...r,
    title: bilingual(r.title),
    summary: nullableBilingual(r.summary),
    description: nullableBilingual(r.description),
    notes: nullableBilingual(r.notes),
    image: r.image ? { url: r.image.url, creditText: r.image.creditText ?? null, license: r.image.license ?? null } : null,
    places: byPlace(r.id),
    organisers: byOrganiser(r.id),
    opgaven: byOpgave(r.id).map((o) => ({ ...o, title: bilingual(o.title) })),
    themes: byTheme(r.id).map((th) => ({ ...th, label: bilingual(th.label) })),
    audiences: byAudience(r.id).map((a) => a.audience),
    languages: byLanguage(r.id).map((l) => l.language),
    parent: parentId ? (parentById.get(parentId) ?? null) : null,
    subEvents: bySub(r.id).map(toRef),
    source: { partner: sourcePartnerId ? (sourceById.get(sourcePartnerId) ?? null) : null, license: sourceLicense, url: sourceUrl },
  }))
}

/** Counts over every event matching `f` (not one page): per theme, organising partner and Amsterdam month. */
export async function eventFacets(db: Db, f: EventFilter, wanted: string[]) {
  const ids = db.select({ id: t.events.id }).from(t.events).where(eventConditions(f))
  const count = sql<number>`count(*)`.mapWith(Number)
  const [themes, partners, months] = await db.batch([
    db.select({ id: t.themes.id, label: t.themes.label, count }).from(t.eventThemes)
      .innerJoin(t.themes, eq(t.themes.id, t.eventThemes.themeId)).where(inArray(t.eventThemes.eventId, ids))
      .groupBy(t.themes.id).orderBy(sql`count(*) desc`, asc(t.themes.id)),
    db.select({ id: t.partners.id, name: t.partners.name, count }).from(t.eventOrganisers)
      .innerJoin(t.partners, eq(t.partners.id, t.eventOrganisers.partnerId)).where(inArray(t.eventOrganisers.eventId, ids))
      .groupBy(t.partners.id).orderBy(sql`count(*) desc`, asc(t.partners.id)),
    db.select({ month: sql<string>`substr(${t.events.startsLocalDate}, 1, 7)`, count }).from(t.events)
      .where(eventConditions(f)).groupBy(sql`1`).orderBy(sql`1`),
  ])
  return {
    ...(wanted.includes('theme') ? { theme: themes.map((x) => ({ ...x, label: bilingual(x.label) })) } : {}),
    ...(wanted.includes('partner') ? { partner: partners } : {}),
    ...(wanted.includes('month') ? { month: months } : {}),
  }
}
