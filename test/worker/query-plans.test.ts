// Every list query shape uses an index: no query reads the whole events table (EXPLAIN QUERY PLAN on real D1).
import { env } from 'cloudflare:test'
import { drizzle } from 'drizzle-orm/d1'
import { describe, expect, it } from 'vitest'
import * as schema from '../../schema/tables'
import { after, encodeCursor, orderBy, type SortSpec } from '../../worker/data/pagination'
import { events } from '../../worker/data/events/collection'
import { occurrences } from '../../worker/data/occurrences/collection'
import type { EventFilterValues as EventFilter } from '../../worker/data/events/filters'
import { sql } from 'drizzle-orm'

const db = drizzle(env.DB)
type Query = { toSQL(): { sql: string; params: unknown[] } }

async function plan(query: Query): Promise<string[]> {
  const { sql: text, params } = query.toSQL()
  const { results } = await env.DB.prepare(`explain query plan ${text}`).bind(...params).all<{ detail: string }>()
  return results.map((r) => r.detail)
}

/** A plan line that reads events without an index is a full scan. */
const fullScans = (lines: string[]) => lines.filter((l) => /\b(SCAN) events\b/.test(l) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(l))

/** The condition a cursor in the middle of the list adds. */
const keyset = (sort: string) =>
  after(events.sorts[sort] as SortSpec<never>, sort, encodeCursor({ s: sort, v: ['2022-07-01T00:00:00Z', 'x'] }))

// [label, filter, sort, deep cursor?, ordered by an index?]. Unfiltered shapes read the sort index in order and stop
// after a page; filtered shapes start from the filter's index and sort only the matching events.
const shapes: [string, EventFilter, string, boolean, boolean][] = [
  ['default listing', {}, 'startsAt', false, true],
  ['upcoming (from)', { from: '2026-11-27T00:00:00Z' }, 'startsAt', false, true],
  ['a window', { from: '2022-07-01T00:00:00Z', to: '2022-08-01T00:00:00Z' }, 'startsAt', false, true],
  ['newest first', {}, '-startsAt', false, true],
  ['by end', { from: '2022-01-01T00:00:00Z' }, 'endsAt', false, true],
  ['recently changed', { updatedSince: '2026-01-01T00:00:00Z' }, '-updatedAt', false, true],
  ['a deep cursor page', { from: '2022-01-01T00:00:00Z' }, 'startsAt', true, true],
  ['by partner', { partner: 'naturalis', from: '2022-01-01T00:00:00Z' }, 'startsAt', false, false],
  ['by theme', { theme: 'cultureel-erfgoed' }, 'startsAt', false, false],
  ['by place (and places inside it)', { place: 'kamerlingh-onnes-gebouw' }, 'startsAt', false, false],
  ['by opgave, audience, language', { opgave: 'internationalisering', audience: 'general', language: 'en' }, 'startsAt', false, false],
  ['full-text search', { q: 'nacht' }, 'startsAt', false, false],
  ['a deep cursor page, by partner', { partner: 'universiteit-leiden' }, '-startsAt', true, false],
]

describe('query plans', () => {
  it.each(shapes)('%s uses an index', async (_label, filter, sort, deep, ordered) => {
    const query = events.query(db, filter, null)(deep ? keyset(sort) : undefined, orderBy(events.sorts[sort] as SortSpec<never>), 21) as unknown as Query
    const lines = await plan(query)
    expect(fullScans(lines), lines.join('\n')).toEqual([])
    expect(lines.join('\n')).toMatch(/(SCAN|SEARCH) events USING (INDEX|INTEGER PRIMARY KEY)/)
    if (ordered) expect(lines.join('\n')).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
  })

  it.each([
    ['one partner, upcoming', { partner: 'naturalis', from: '2026-11-27T00:00:00Z' }, 'startsAt'],
    ['one theme, newest first', { theme: 'cultureel-erfgoed' }, '-startsAt'],
    ['one opgave in a window, with a partner list', { opgave: 'internationalisering', partner: 'lumc,naturalis', to: '2027-01-01' }, 'startsAt'],
  ] as [string, EventFilter, string][])('%s reads its access path in order and stops after a page', async (_label, filter, sort) => {
    const query = events.query(db, filter, null, undefined, sort)(undefined, orderBy(events.sortsFor(filter, sort)[sort] as SortSpec<never>), 21) as unknown as Query
    const lines = (await plan(query)).join('\n')
    expect(lines).toMatch(/SEARCH event_access USING (COVERING )?INDEX event_access_order_idx \(key=\?/)
    expect(lines).toMatch(/SEARCH events USING INDEX sqlite_autoindex_events_1 \(id=\?\)|SEARCH events USING INTEGER PRIMARY KEY/)
    expect(lines).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
  })

  it('lists occurrences from the start index, and finds a series’ dates by its own index', async () => {
    const lines = await plan(occurrences.query(db, { from: '2026-11-27T00:00:00Z' }, null)(undefined, orderBy(occurrences.sorts.startsAt as SortSpec<never>), 21) as unknown as Query)
    expect(lines.join('\n')).toMatch(/event_occurrences USING (COVERING )?INDEX event_occurrences_starts_idx/)
    expect(lines.join('\n')).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
    const series = await plan(occurrences.query(db, { event: 'radio-weetlust' }, null)(undefined, orderBy(occurrences.sorts.startsAt as SortSpec<never>), 21) as unknown as Query)
    expect(series.join('\n')).toMatch(/SEARCH event_occurrences USING (COVERING )?INDEX (event_occurrences_event_idx|sqlite_autoindex_event_occurrences_1)/)
  })

  it('each relation of each event on a page is one index seek (the relations column), for events and occurrences', async () => {
    for (const query of [
      events.query(db, {}, null)(undefined, orderBy(events.sorts.startsAt as SortSpec<never>), 21),
      events.query(db, { partner: 'naturalis' }, null, undefined, 'startsAt')(undefined, orderBy(events.sortsFor({ partner: 'naturalis' }, 'startsAt').startsAt as SortSpec<never>), 21),
      occurrences.query(db, { from: '2026-11-27T00:00:00Z' }, null)(undefined, orderBy(occurrences.sorts.startsAt as SortSpec<never>), 21),
    ]) {
      const lines = await plan(query as unknown as Query)
      const subqueries = lines.filter((l) => l.startsWith('CORRELATED SCALAR SUBQUERY')).length
      expect(subqueries, lines.join('\n')).toBeGreaterThanOrEqual(11)
      // Every table the subqueries read is searched by a key; at most the page's own driving index is scanned (a bound
      // id list, json_each, is the query's own parameter).
      const scans = lines.filter((l) => /^SCAN (?!json_each)/.test(l))
      expect(scans.length, lines.join('\n')).toBeLessThanOrEqual(1)
      for (const scan of scans) expect(scan, lines.join('\n')).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/)
    }
  })

  it('facet counts and the change feed use indexes too', async () => {
    const facet = db.select({ n: sql`count(*)` }).from(schema.events).where(events.where({ theme: 'cultureel-erfgoed' }, null))
    expect(fullScans(await plan(facet as unknown as Query))).toEqual([])
    const feed = db.select().from(schema.changes).where(sql`${schema.changes.seq} > ${100}`).orderBy(schema.changes.seq).limit(100)
    expect((await plan(feed as unknown as Query)).join('\n')).toMatch(/SEARCH changes USING INTEGER PRIMARY KEY/)
  })
})
