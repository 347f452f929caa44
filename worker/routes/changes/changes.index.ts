/**
 * GET /v1/changes: everything that changed, across all resources, in commit order, from a resumable cursor. Each
 * entry carries the resource as it is now (`upsert`) or says it left the public data (`delete`: deleted,
 * unpublished or never published). Applying the feed from the start to an empty copy reproduces the published data.
 */
import { createRoute } from '@hono/zod-openapi'
import { doc, z } from '../../../schema/api/common'
import { Event } from '../../../schema/api/events'
import { Opgave } from '../../../schema/api/opgaven'
import { Partner } from '../../../schema/api/partners'
import { Place } from '../../../schema/api/places'
import { Theme } from '../../../schema/api/themes'
import { jsonOk, notModified, problems } from '../../http/openapi'
import { anonymous } from '../../http/authz'
import { decodeCursor, encodeCursor, isCursor } from '../../data/pagination'
import { ProblemError } from '../../base/problem'
import { createRouter } from '../../http/router'
import { ENTITIES } from '../../../schema/tables'
import { changesAfter } from '../../data/changes'

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
  method: 'get', path: '/changes', operationId: 'listChanges', security: anonymous, tags: ['Sync'],
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

export default createRouter().openapi(route, async (c) => {
  const { since, limit } = c.req.valid('query')
  let after = 0
  if (since) {
    const cursor = decodeCursor(since)
    if (cursor?.s !== 'changes' || typeof cursor.v[0] !== 'number') {
      throw new ProblemError(400, 'This cursor does not belong to the change feed.', { errors: [{ in: 'query', name: 'since', code: 'invalid_cursor', detail: 'was issued for another list' }] })
    }
    after = cursor.v[0]
  }
  const { data, lastSeq, hasMore } = await changesAfter(c.get('db'), after, limit)
  const cursor = encodeCursor({ s: 'changes', v: [lastSeq, lastSeq] })
  const url = new URL(c.req.url)
  const self = url.toString()
  url.searchParams.set('since', cursor)
  return c.json({
    data: data as never, links: { self, next: url.toString() },
    meta: { limit, count: data.length, cursor, hasMore },
  }, 200)
})
