/**
 * GET /v1/changes/stream: the change feed as it happens, for pages (the widgets' `live` attribute): Server-Sent
 * Events, one per changed event that the filters of `GET /v1/events` select (published, changed, cancelled, deleted).
 * The change hub (a Durable Object) holds the stream; this route checks the filters first, as every list does.
 */
import { createRoute } from '@hono/zod-openapi'
import { z } from '../../../schema/api/common'
import { hubOf, LIVE_MAX_PER_CLIENT } from '../../base/hub'
import { ProblemError } from '../../base/problem'
import { eventFilters } from '../../data/events/filters'
import { filterShape, pickFilters } from '../../data/filters'
import { anonymous } from '../../http/authz'
import { assertKnownRefs } from '../../http/collections'
import { commonHeaders, problems } from '../../http/openapi'
import { createRouter } from '../../http/router'

/** Anonymous streams carry public data only: no moderation filter. */
const StreamQuery = z.strictObject(filterShape(eventFilters, ['workflow']))

export const STREAM_PATH = '/v1/changes/stream'

const route = createRoute({
  method: 'get', path: '/changes/stream', operationId: 'streamChanges', tags: ['Sync'], security: anonymous,
  summary: 'Changes as they happen (Server-Sent Events)',
  description: `A stream (\`text/event-stream\`) with an event \`change\` for every event that the filters select (the filters of \`GET /events\`) and that is published, changed, cancelled, unpublished or deleted: \`{ "seq", "entity": "event", "id", "action": "upsert" | "delete", "at" }\`, with \`seq\` as its event id. Read what changed with \`GET /events/{id}\` (or refresh a listing). A comment every 15 seconds keeps the connection open. A client that reconnects with \`Last-Event-ID\` (EventSource does) first gets what it missed. Public data only; at most ${LIVE_MAX_PER_CLIENT} open streams per client address.`,
  request: { query: StreamQuery },
  responses: {
    200: {
      description: 'The stream. It stays open; every change is an SSE event.',
      headers: { ...commonHeaders, 'Cache-Control': { description: 'A stream is never cached.', schema: { type: 'string' as const, example: 'no-store' } } },
      content: { 'text/event-stream': { schema: { type: 'string' as const, description: 'Server-Sent Events: `id: <seq>`, `event: change`, `data: {"seq":1210,"entity":"event","id":"…","action":"upsert","at":"…"}`.' } } },
    },
    ...problems(400, 406, 429, 500, 503),
  },
})

export default createRouter().openapi(route, async (c) => {
  const values = pickFilters(eventFilters, c.req.valid('query'))
  await assertKnownRefs(c.get('db'), eventFilters, values, null)
  const filter = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''))
  const res = await hubOf(c.env).fetch('https://hub/stream', {
    headers: {
      'X-Filter': JSON.stringify(filter), 'X-Client-Address': c.req.header('CF-Connecting-IP') ?? 'local',
      ...(c.req.header('Last-Event-ID') ? { 'Last-Event-ID': c.req.header('Last-Event-ID')! } : {}),
    },
  })
  if (res.status === 429) {
    const { max } = (await res.json()) as { max: number }
    throw new ProblemError(429, `Too many live streams from this address at once (at most ${max}); close one, or poll instead.`, { headers: { 'Retry-After': '30' } })
  }
  return new Response(res.body, { status: 200, headers: res.headers }) as never
})
