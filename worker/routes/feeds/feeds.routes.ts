/** What the feeds part of the contract says: partners' calendar feeds, their runs, and asking for a run. */
import { createRoute } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import { doc, z } from '../../../schema/api/common'
import { Feed, FeedPage, FeedRun, FeedRunPage } from '../../../schema/api/feeds'
import * as t from '../../../schema/tables'
import { feedFilters } from '../../data/feeds/filters'
import { filterShape } from '../../data/filters'
import { sortsBy } from '../../data/pagination'
import { idParam, pagingParams } from '../../data/params'
import { keyRequired, needsWriter } from '../../http/authz'
import { commonHeaders, problems } from '../../http/openapi'

export const feedSorts = sortsBy<typeof t.feeds.$inferSelect>(sql`${t.feeds.id}`, { id: [sql`${t.feeds.id}`, (r) => r.id] })
export const runSorts = sortsBy<typeof t.feedRuns.$inferSelect>(sql`${t.feedRuns.id}`, { id: [sql`${t.feedRuns.id}`, (r) => r.id] })

const header = (description: string, example: string) => ({ description, schema: { type: 'string' as const, example } })
const privateHeaders = { ...commonHeaders, 'Cache-Control': header('Authenticated responses are never cached.', 'no-store') }
const pageHeaders = { ...privateHeaders, Link: header('RFC 8288 links `first` and (when there is one) `next`.', '<http://localhost:8787/v1/feeds?limit=20>; rel="first"') }
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } })
const feedId = idParam('feed', 'naturalis-agenda')
const runParams = feedId.extend({
  run: doc(z.coerce.number().int().min(1), 'Number of the run.', 17).openapi({ param: { name: 'run', in: 'path' } }),
})

export const list = createRoute({
  method: 'get', path: '/feeds', operationId: 'listFeeds', tags: ['Feeds'], security: keyRequired, middleware: [needsWriter()] as const,
  summary: 'List feeds', description: 'The feeds a key may see: a partner key its own partner’s, an editor every feed. Each with its latest run.',
  request: { query: z.strictObject({ ...filterShape(feedFilters), ...pagingParams(feedSorts, 'id') }) },
  responses: { 200: { description: 'A page of feeds.', headers: pageHeaders, content: json(FeedPage) }, ...problems(400, 401, 429, 500, 503) },
})

export const get = createRoute({
  method: 'get', path: '/feeds/{id}', operationId: 'getFeed', tags: ['Feeds'], security: keyRequired, middleware: [needsWriter()] as const,
  summary: 'Get one feed', description: 'A feed with its settings, its state (failures in a row, paused, last fetched) and its latest run.',
  request: { params: feedId },
  responses: { 200: { description: 'The feed.', headers: privateHeaders, content: json(Feed) }, ...problems(400, 401, 404, 429, 500, 503) },
})

export const runs = createRoute({
  method: 'get', path: '/feeds/{id}/runs', operationId: 'listFeedRuns', tags: ['Feeds'], security: keyRequired, middleware: [needsWriter()] as const,
  summary: 'List the runs of a feed', description: 'Run reports, newest first: what each run fetched, created, updated, cancelled and rejected (with the reasons).',
  request: { params: feedId, query: z.strictObject(pagingParams(runSorts, '-id')) },
  responses: { 200: { description: 'A page of runs.', headers: pageHeaders, content: json(FeedRunPage) }, ...problems(400, 401, 404, 429, 500, 503) },
})

export const run = createRoute({
  method: 'get', path: '/feeds/{id}/runs/{run}', operationId: 'getFeedRun', tags: ['Feeds'], security: keyRequired, middleware: [needsWriter()] as const,
  summary: 'Get one run of a feed', description: 'One run report. A run asked for with POST is `queued`, then `running`, then `imported`, `unchanged` or `failed`.',
  request: { params: runParams },
  responses: { 200: { description: 'The run.', headers: privateHeaders, content: json(FeedRun) }, ...problems(400, 401, 404, 429, 500, 503) },
})

export const startRun = createRoute({
  method: 'post', path: '/feeds/{id}/runs', operationId: 'createFeedRun', tags: ['Feeds'], security: keyRequired, middleware: [needsWriter()] as const,
  summary: 'Import a feed now', description: 'Queues a run of the feed at once (a paused feed too, to try it), instead of waiting for its next round. While a run of the feed is queued or running, that run is the answer: one feed is never imported twice at the same time.',
  request: { params: feedId },
  responses: {
    202: {
      description: 'The run is queued (or already under way). Follow `Location` to see it end.', content: json(FeedRun),
      headers: { ...privateHeaders, Location: header('The run.', '/v1/feeds/naturalis-agenda/runs/17') },
    },
    ...problems(400, 401, 404, 429, 500, 503),
  },
})
