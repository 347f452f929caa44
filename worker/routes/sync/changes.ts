/**
 * GET /v1/changes: everything that changed, across all resources, in commit order, from a resumable cursor. Each
 * entry carries the resource as it is now (`upsert`) or says it left the public data (`delete`: deleted,
 * unpublished or never published). Applying the feed from the start to an empty copy reproduces the published data.
 */
import { createRoute } from '@hono/zod-openapi'
import { and, asc, gt } from 'drizzle-orm'
import { doc, z } from '../../../schema/api/common'
import { Event } from '../../../schema/api/events'
import { Opgave } from '../../../schema/api/opgaven'
import { Partner } from '../../../schema/api/partners'
import { Place } from '../../../schema/api/places'
import { Theme } from '../../../schema/api/themes'
import * as t from '../../../schema/tables'
import type { Db } from '../../env'
import { jsonOk, notModified, problems } from '../../lib/openapi'
import { decodeCursor, encodeCursor, isCursor } from '../../lib/pagination'
import { ProblemError } from '../../lib/problem'
import { inList } from '../../lib/query'
import { createRouter } from '../../lib/router'
import { hydrateEvents, visible } from '../events/events.queries'
import { opgaven } from '../opgaven/opgaven.handlers'
import { partners } from '../partners/partners.handlers'
import { places } from '../places/places.handlers'
import { themes } from '../themes/themes.handlers'

const ENTITIES = ['event', 'partner', 'place', 'opgave', 'theme'] as const
type Entity = (typeof ENTITIES)[number]

const Change = z.object({
  seq: doc(z.number().int(), 'Position in the feed (increasing).', 1204),
  entity: doc(z.enum(ENTITIES), 'Kind of resource.', 'event'),
  id: doc(z.string(), 'Id of the resource.', 'esof2022'),
  action: doc(z.enum(['upsert', 'delete']), '`upsert`: store `data` under this id. `delete`: remove the id (deleted, unpublished or never published).', 'upsert'),
  at: doc(z.iso.datetime(), 'When the change was committed.', '2026-11-27T20:53:24Z'),
  data: doc(z.union([Event, Partner, Place, Opgave, Theme, z.null()]), 'The resource as it is now (upserts), null for deletes.'),
}).openapi('Change')

const ChangePage = z.object({
  data: doc(z.array(Change), 'Changes in commit order; several changes of one resource in a page are collapsed to the last.'),
  links: doc(z.object({
    self: doc(z.string(), 'This page.', '/v1/changes?since=…'),
    next: doc(z.string(), 'Where to continue: the next page, or (when `meta.hasMore` is false) the URL to poll for new changes.', '/v1/changes?since=…'),
  }), 'Links to this page and where to continue.'),
  meta: doc(z.object({
    limit: doc(z.number().int(), 'Page size used.', 100),
    count: doc(z.number().int(), 'Entries on this page.', 100),
    cursor: doc(z.string(), 'Resume token: pass it as `since`.', 'eyJzIjoiY2hhbmdlcyIsInYiOlsxMjA0LDEyMDRdfQ'),
    hasMore: doc(z.boolean(), 'True when more changes are waiting right now.', true),
  }), 'Paging facts and the resume token.'),
}).openapi('ChangePage')

const route = createRoute({
  method: 'get', path: '/changes', operationId: 'listChanges', tags: ['Sync'],
  summary: 'Changes since a cursor (incremental sync)',
  description: 'Start without `since` to read everything, then keep following `links.next`. A mirror that applies every entry (upsert → store `data`, delete → remove) holds exactly the published data.',
  request: {
    query: z.strictObject({
      since: doc(z.string().max(200).refine(isCursor, 'is not a cursor issued by this API').optional(), 'Resume token from `meta.cursor` or `links.next`; omit to start at the beginning.', 'eyJzIjoiY2hhbmdlcyIsInYiOlsxMjA0LDEyMDRdfQ'),
      limit: doc(z.coerce.number().int().min(1).max(1000).default(100), 'Changes per page, 1–1000 (default 100).', 100),
    }),
  },
  responses: { 200: jsonOk(ChangePage, 'A page of changes.'), 304: notModified, ...problems(400, 500) },
})

/** Current public state of the changed resources, one query (set) per kind. */
async function currentState(db: Db, ids: Record<Entity, string[]>): Promise<Map<string, unknown>> {
  const publishedEvents = async () =>
    ids.event.length ? hydrateEvents(db, await db.select().from(t.events).where(and(inList(t.events.id, ids.event), visible(null)))) : []
  // Every kind at once: each is one or two round trips, none waits for another.
  const [events, partnerItems, placeItems, opgaveItems, themeItems] = await Promise.all([
    publishedEvents(), partners.many(db, ids.partner), places.many(db, ids.place), opgaven.many(db, ids.opgave),
    themes.many(db, ids.theme),
  ])
  const state = new Map<string, unknown>()
  const put = (entity: Entity, items: { id: string }[]) => { for (const item of items) state.set(`${entity}:${item.id}`, item) }
  put('event', events)
  put('partner', partnerItems as { id: string }[])
  put('place', placeItems as { id: string }[])
  put('opgave', opgaveItems as { id: string }[])
  put('theme', themeItems as { id: string }[])
  return state
}

export default createRouter().openapi(route, async (c) => {
  const { since, limit } = c.req.valid('query')
  const db = c.get('db')
  let after = 0
  if (since) {
    const cursor = decodeCursor(since)
    if (cursor?.s !== 'changes' || typeof cursor.v[0] !== 'number') {
      throw new ProblemError(400, 'This cursor does not belong to the change feed.', { errors: [{ in: 'query', name: 'since', code: 'invalid_cursor', detail: 'was issued for another list' }] })
    }
    after = cursor.v[0]
  }
  const rows = await db.select().from(t.changes).where(gt(t.changes.seq, after)).orderBy(asc(t.changes.seq)).limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = new Map<string, (typeof page)[number]>()
  for (const r of page) {
    last.delete(`${r.entity}:${r.entityId}`)
    last.set(`${r.entity}:${r.entityId}`, r)
  }
  const ids = Object.fromEntries(ENTITIES.map((e) => [e, [] as string[]])) as Record<Entity, string[]>
  for (const r of last.values()) ids[r.entity].push(r.entityId)
  const state = await currentState(db, ids)
  const data = [...last.values()].map((r) => {
    const item = state.get(`${r.entity}:${r.entityId}`) ?? null
    return { seq: r.seq, entity: r.entity, id: r.entityId, action: item ? 'upsert' as const : 'delete' as const, at: r.at, data: item as never }
  })
  const cursor = encodeCursor({ s: 'changes', v: [page.at(-1)?.seq ?? after, page.at(-1)?.seq ?? after] })
  const url = new URL(c.req.url)
  const self = url.toString()
  url.searchParams.set('since', cursor)
  return c.json({
    data, links: { self, next: url.toString() },
    meta: { limit, count: data.length, cursor, hasMore: rows.length > limit },
  }, 200)
})

