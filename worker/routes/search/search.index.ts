/**
 * GET /v1/search: one search box over everything — events, opgaven, partners and places, both languages,
 * diacritics folded, prefixes — best matches first (bm25), grouped by type.
 */
import { createRoute } from '@hono/zod-openapi'
import { doc, z } from '../../../schema/api/common'
import { EventRef } from '../../../schema/api/events'
import { OpgaveRef } from '../../../schema/api/opgaven'
import { PartnerRef } from '../../../schema/api/partners'
import { PlaceRef } from '../../../schema/api/places'
import { jsonOk, notModified, problems } from '../../http/openapi'
import { anonymous } from '../../http/authz'
import { searchAll } from '../../data/search'
import { createRouter } from '../../http/router'

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
  method: 'get', path: '/search', operationId: 'search', security: anonymous, tags: ['Sync'],
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

export default createRouter().openapi(route, async (c) => {
  const { q, limit } = c.req.valid('query')
  return c.json({ data: await searchAll(c.get('db'), q, limit), meta: { q, limit } }, 200)
})
