/**
 * GET /v1/search: one search box over everything — events, opgaven, partners and places, both languages,
 * diacritics folded, prefixes — best matches first (bm25), grouped by type.
 */
import { createRoute } from '@hono/zod-openapi'
import { isNull, sql } from 'drizzle-orm'
import { doc, z } from '../../../schema/api/common'
import { EventRef } from '../../../schema/api/events'
import { OpgaveRef } from '../../../schema/api/opgaven'
import { PartnerRef } from '../../../schema/api/partners'
import { PlaceRef } from '../../../schema/api/places'
import * as t from '../../../schema/tables'
import { jsonOk, notModified, problems } from '../../lib/openapi'
import { bilingual } from '../../lib/rows'
import { createRouter } from '../../lib/router'
import { ftsQuery } from '../../lib/search'
import { visible } from '../events/events.queries'

const SearchResults = z.object({
  data: doc(z.object({
    events: doc(z.array(EventRef), 'Matching published events, best first.'),
    opgaven: doc(z.array(OpgaveRef), 'Matching opgaven, best first.'),
    partners: doc(z.array(PartnerRef), 'Matching partners (current and former names), best first.'),
    places: doc(z.array(PlaceRef), 'Matching places (name and address), best first.'),
  }), 'Results per type.'),
  meta: doc(z.object({
    q: doc(z.string(), 'The search text.', 'nacht'),
    limit: doc(z.number().int(), 'Results per type.', 5),
  }), 'The query as understood.'),
}).openapi('SearchResults')

const route = createRoute({
  method: 'get', path: '/search', operationId: 'search', tags: ['Sync'],
  summary: 'Search everything',
  description: 'Every word must match as a prefix, ignoring case and diacritics; results are ranked per type.',
  request: {
    query: z.strictObject({
      q: doc(z.string().trim().min(1).max(200), 'What to look for.', 'nacht'),
      limit: doc(z.coerce.number().int().min(1).max(20).default(5), 'Results per type, 1–20 (default 5).', 5),
    }),
  },
  responses: { 200: jsonOk(SearchResults, 'Results per type.'), 304: notModified, ...problems(400, 500) },
})

// Titles weigh ten times the summary text.
const rank = (table: string) => sql.raw(`bm25(${table}_fts, 10.0, 10.0, 1.0, 1.0)`)

export default createRouter().openapi(route, async (c) => {
  const { q, limit } = c.req.valid('query')
  const db = c.get('db')
  const query = ftsQuery(q)
  if (!query) return c.json({ data: { events: [], opgaven: [], partners: [], places: [] }, meta: { q, limit } }, 200)
  // Rank by joining the FTS row; filter on the base table's own columns.
  const fts = (table: string) => sql`(select rowid, ${rank(table)} as score from ${sql.identifier(`${table}_fts`)} where ${sql.identifier(`${table}_fts`)} match ${query})`
  const [events, opgaven, partners, places] = await db.batch([
    db.select({ id: t.events.id, title: t.events.title, startsAt: t.events.startsAt, endsAt: t.events.endsAt, allDay: t.events.allDay })
      .from(t.events).innerJoin(sql`${fts('events')} as f`, sql`f.rowid = ${t.events}.rowid`).where(visible(null))
      .orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.opgaven.id, title: t.opgaven.title }).from(t.opgaven)
      .innerJoin(sql`${fts('opgaven')} as f`, sql`f.rowid = ${t.opgaven}.rowid`).where(isNull(t.opgaven.deletedAt)).orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.partners.id, name: t.partners.name, kind: t.partners.kind }).from(t.partners)
      .innerJoin(sql`${fts('partners')} as f`, sql`f.rowid = ${t.partners}.rowid`).where(isNull(t.partners.deletedAt)).orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress, postalCode: t.places.postalCode,
      locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude }).from(t.places)
      .innerJoin(sql`${fts('places')} as f`, sql`f.rowid = ${t.places}.rowid`).where(isNull(t.places.deletedAt)).orderBy(sql`f.score`).limit(limit),
  ])
  return c.json({
    data: {
      events: events.map((e) => ({ ...e, title: bilingual(e.title) })),
      opgaven: opgaven.map((o) => ({ ...o, title: bilingual(o.title) })),
      partners, places,
    },
    meta: { q, limit },
  }, 200)
})

