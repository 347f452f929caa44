// An event's page, export chunk or detail read is one query: its relations arrive as one JSON column
// (worker/data/events/relations.ts), its select list is rendered once and its raw rows are mapped by rowMapper
// (worker/data/select.ts), not drizzle.
// Both are faster ways to the same answer: here they are checked against the plain way for every event of the seed
// and every row it has, through drafts, deletions, series, overrides and unconfirmed organisers alike.
import { env } from 'cloudflare:test'
import { asc, eq, getTableColumns, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/d1'
import { describe, expect, it } from 'vitest'
import * as t from '../../../schema/tables'
import { eventColumns } from '../../../worker/data/events/hydrate'
import { type Relations, relationsColumn } from '../../../worker/data/events/relations'
import { fastSelect, rowMapper } from '../../../worker/data/select'

const db = drizzle(env.DB)
const all = async <R>(query: string) => (await env.DB.prepare(query).all<R>()).results
const NOW = '2026-12-02T12:00:00Z'

describe('event rows', () => {
  it('rowMapper maps raw rows exactly as drizzle does: events alone, joined, and nested', async () => {
    const selections = [
      { name: 'events', query: () => db.select(eventColumns()).from(t.events).orderBy(asc(t.events.id)), mapper: rowMapper(eventColumns()) },
      { name: 'access path', query: () => db.select(eventColumns()).from(t.eventAccess).innerJoin(t.events, eq(t.events.id, t.eventAccess.eventId))
        .orderBy(asc(t.eventAccess.key), asc(t.events.id)), mapper: rowMapper(eventColumns()) },
      { name: 'occurrences', query: () => db.select({ occurrence: t.eventOccurrences, event: eventColumns() }).from(t.eventOccurrences)
        .innerJoin(t.events, eq(t.events.id, t.eventOccurrences.eventId)).orderBy(asc(t.eventOccurrences.eventId), asc(t.eventOccurrences.recurrenceId)),
      mapper: rowMapper({ occurrence: t.eventOccurrences, event: eventColumns() }) },
      { name: 'a mapped SQL field', query: () => db.select({ id: t.events.id, n: sql<number>`length(${t.events.id})`.mapWith(String), allDay: t.events.allDay })
        .from(t.events).orderBy(asc(t.events.id)), mapper: rowMapper({ id: t.events.id, n: sql<number>`length(${t.events.id})`.mapWith(String), allDay: t.events.allDay }) },
    ]
    for (const { name, query, mapper } of selections) {
      const byDrizzle = await query()
      expect(byDrizzle.length, name).toBeGreaterThan(20)
      expect(mapper(await query().values()), name).toEqual(byDrizzle)
    }
  })

  it('fastSelect returns what drizzle\'s query builder returns, through a join, a filter, an order and a limit', async () => {
    const events = fastSelect(eventColumns(sql.placeholder('now')))
    const occurrences = fastSelect({ occurrence: t.eventOccurrences, event: eventColumns(sql.placeholder('now')) })
    const where = sql`${t.events.workflow} = 'published'`
    const cases = [
      [events.from(db, { now: NOW }, sql`${t.events}`).where(where).orderBy(asc(t.events.startsAt), asc(t.events.id)).limit(30),
        db.select(eventColumns(NOW)).from(t.events).where(where).orderBy(asc(t.events.startsAt), asc(t.events.id)).limit(30), true],
      [events.from(db, { now: NOW }, sql`${t.eventAccess} join ${t.events} on ${t.events.id} = ${t.eventAccess.eventId}`).where(where).orderBy(asc(t.eventAccess.key), asc(t.events.id)).limit(500),
        db.select(eventColumns(NOW)).from(t.eventAccess).innerJoin(t.events, eq(t.events.id, t.eventAccess.eventId)).where(where).orderBy(asc(t.eventAccess.key), asc(t.events.id)).limit(500), true],
      [occurrences.from(db, { now: NOW }, sql`${t.eventOccurrences} join ${t.events} on ${t.events.id} = ${t.eventOccurrences.eventId}`).where(undefined),
        db.select({ occurrence: t.eventOccurrences, event: eventColumns(NOW) }).from(t.eventOccurrences).innerJoin(t.events, eq(t.events.id, t.eventOccurrences.eventId)), false],
    ] as const
    for (const [fast, plain, ordered] of cases) {
      const expected = await plain
      expect(expected.length).toBeGreaterThan(20)
      const got = await fast
      // Without an order the two may return rows in another order: compare as sets, by JSON.
      expect(new Set(got.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))))
      if (ordered) expect(got).toEqual(expected)
    }
  })

  it('the relations column holds exactly what the join tables say, in their order, for every event', async () => {
    const rows = await db.select({ id: t.events.id, relations: eventColumns().relations }).from(t.events)
    const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.relations) as Relations]))
    const expectEach = async (query: string, pick: (rel: Relations) => unknown[], as: (row: Record<string, unknown>) => unknown) => {
      const grouped = new Map<string, unknown[]>()
      for (const row of await all<Record<string, unknown>>(query)) {
        const list = grouped.get(row.event_id as string) ?? []
        list.push(as(row))
        grouped.set(row.event_id as string, list)
      }
      let nonEmpty = 0
      for (const [id, rel] of byId) {
        expect(pick(rel), `${id}: ${query}`).toEqual(grouped.get(id) ?? [])
        if (pick(rel).length) nonEmpty++
      }
      expect(nonEmpty, query).toBeGreaterThan(0)
    }
    await expectEach('select event_id, place_id from event_places order by event_id, position', (r) => r.places.map((p) => p.id), (x) => x.place_id)
    await expectEach('select j.event_id, j.partner_id, j.role, j.confirmed from event_organisers j order by j.event_id, j.position',
      (r) => r.organisers.map((o) => [o.id, o.role, o.confirmed]), (x) => [x.partner_id, x.role, x.confirmed])
    await expectEach('select event_id, opgave_id from event_opgaven order by event_id, opgave_id', (r) => r.opgaven.map((o) => o.id), (x) => x.opgave_id)
    await expectEach('select j.event_id, j.theme_id from event_themes j join themes th on th.id = j.theme_id order by j.event_id, th.scheme, th.id',
      (r) => r.themes.map((o) => o.id), (x) => x.theme_id)
    await expectEach('select event_id, audience from event_audiences order by event_id, audience', (r) => r.audiences, (x) => x.audience)
    await expectEach('select event_id, language from event_languages order by event_id, language', (r) => r.languages, (x) => x.language)
    await expectEach(`select parent_id as event_id, id from events where parent_id is not null and deleted_at is null and workflow = 'published'
      order by parent_id, starts_at, id`, (r) => r.subEvents.map((s) => s.id), (x) => x.id)
    await expectEach('select event_id, recurrence_id from event_overrides order by event_id, recurrence_id', (r) => r.overrides.map((o) => o.occurrence), (x) => x.recurrence_id)
    // One row each: the parent (if visible), the supplying partner, the next occurrence that has not ended.
    const [parents, suppliers] = [
      await all<{ id: string; parent: string | null }>(`select e.id, p.id as parent from events e left join events p on p.id = e.parent_id
        and p.deleted_at is null and p.workflow = 'published'`),
      await all<{ id: string; supplier: string | null }>('select id, source_partner_id as supplier from events'),
    ]
    for (const { id, parent } of parents) expect(byId.get(id)!.parent?.id ?? null, id).toBe(parent)
    for (const { id, supplier } of suppliers) expect(byId.get(id)!.supplier?.id ?? null, id).toBe(supplier)
  })

  it('the next occurrence is the earliest one that has not ended and is not cancelled', async () => {
    const expected = await all<{ event_id: string; starts_at: string }>(`select event_id, min(starts_at) as starts_at from event_occurrences
      where coalesce(ends_at, starts_at) > '${NOW}' and coalesce(status, '') <> 'cancelled' group by event_id`)
    expect(expected.length).toBeGreaterThan(0)
    const columns = { ...getTableColumns(t.events), relations: relationsColumn(NOW) }
    const rows = await db.select({ id: columns.id, relations: columns.relations }).from(t.events)
    const want = new Map(expected.map((x) => [x.event_id, x.starts_at]))
    for (const r of rows) expect((JSON.parse(r.relations) as Relations).next?.startsAt ?? null, r.id).toBe(want.get(r.id) ?? null)
  })
})
