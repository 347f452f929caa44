/** What the webhooks part of the contract says: endpoints that receive signed changes, their deliveries, tests. */
import { createRoute } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import { doc, z } from '../../../schema/api/common'
import { Webhook, WebhookDelivery, WebhookDeliveryPage, WebhookPage, WebhookWithSecret } from '../../../schema/api/webhooks'
import * as t from '../../../schema/tables'
import { sortsBy } from '../../data/pagination'
import { idParam, pagingParams } from '../../data/params'
import { WebhookInput, WebhookPatch } from '../../data/webhooks/write'
import { keyRequired, needsKey } from '../../http/authz'
import { commonHeaders, problems } from '../../http/openapi'
import { IfMatchHeader } from '../../http/write/if-match'
import { jsonBody } from '../../http/write/body'

export const hookSorts = sortsBy<typeof t.webhooks.$inferSelect>(sql`${t.webhooks.id}`, { id: [sql`${t.webhooks.id}`, (r) => r.id] })
export const deliverySorts = sortsBy<typeof t.webhookDeliveries.$inferSelect>(sql`${t.webhookDeliveries.id}`, { id: [sql`${t.webhookDeliveries.id}`, (r) => r.id] })

const header = (description: string, example: string) => ({ description, schema: { type: 'string' as const, example } })
const privateHeaders = { ...commonHeaders, 'Cache-Control': header('Authenticated responses are never cached.', 'no-store') }
const withEtag = { ...privateHeaders, ETag: header('Validator of the webhook; send it as `If-Match` with the next change.', '"3f2a9c0e"') }
const pageHeaders = { ...privateHeaders, Link: header('RFC 8288 links `first` and (when there is one) `next`.', '<http://localhost:8787/v1/webhooks?limit=20>; rel="first"') }
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } })
const hookId = idParam('webhook', 'whk_3k9x2ab7q1mz').extend({
  id: doc(z.string().regex(/^whk_[a-z0-9]{12}$/, 'must be a webhook id (whk_…)'), 'Id of the webhook.', 'whk_3k9x2ab7q1mz').openapi({ param: { name: 'id', in: 'path' } }),
})
const deliveryParams = hookId.extend({
  delivery: doc(z.coerce.number().int().min(1), 'Number of the delivery.', 88).openapi({ param: { name: 'delivery', in: 'path' } }),
})
const writes = problems(400, 401, 403, 404, 409, 412, 413, 415, 429, 500, 503)
const reads = problems(400, 401, 404, 429, 500, 503)
const tags = ['Webhooks']

const VERIFY = `Every message is a POST with \`webhook-id\` (the same on every attempt: drop one you already have),
\`webhook-timestamp\` (seconds) and \`webhook-signature\` (\`v1,<base64 HMAC-SHA256>\` over \`id.timestamp.body\`, with
the base64-decoded part of your \`whsec_\` secret; during a secret rotation one signature per valid secret). Verify
it before you trust the body — in TypeScript with the Standard Webhooks library:

\`\`\`ts
import { Webhook } from 'standardwebhooks'
const wh = new Webhook(process.env.KENNISSTAD_WEBHOOK_SECRET!) // whsec_…
export async function receive(req: Request): Promise<Response> {
  const body = await req.text()
  const message = wh.verify(body, Object.fromEntries(req.headers)) as { type: string; data: { seq: number; id: string } }
  // throws on a wrong signature or a timestamp older than 5 minutes; answer 2xx fast and work afterwards
  return new Response(null, { status: 204 })
}
\`\`\``

export const create = createRoute({
  method: 'post', path: '/webhooks', operationId: 'createWebhook', tags, security: keyRequired, middleware: [needsKey(), jsonBody()] as const,
  summary: 'Subscribe an endpoint',
  description: `Registers an endpoint for the changes of the change feed from now on: the kinds of record in \`entities\`, and for events only those matching \`filter\` (the filters of \`GET /events\`). Any key may subscribe (a \`subscriber\` key is made for it). The answer shows the signing \`secret\` once. Messages are sent in change order per endpoint, at least once; a failed attempt is tried again after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then given up; 5 messages given up in a row pause the endpoint.\n\n${VERIFY}`,
  request: { body: { required: true, content: json(WebhookInput) } },
  responses: {
    201: { description: 'Subscribed. `Location` is the webhook.', content: json(WebhookWithSecret), headers: { ...withEtag, Location: header('The webhook.', '/v1/webhooks/whk_3k9x2ab7q1mz') } },
    ...writes,
  },
})

export const list = createRoute({
  method: 'get', path: '/webhooks', operationId: 'listWebhooks', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'List webhooks', description: 'The webhooks a key may see: its own (a partner key also its partner’s), an editor all.',
  request: { query: z.strictObject(pagingParams(hookSorts, 'id')) },
  responses: { 200: { description: 'A page of webhooks.', headers: pageHeaders, content: json(WebhookPage) }, ...reads },
})

export const get = createRoute({
  method: 'get', path: '/webhooks/{id}', operationId: 'getWebhook', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'Get one webhook', description: 'Its settings and state: paused and why, messages given up in a row.',
  request: { params: hookId },
  responses: { 200: { description: 'The webhook.', headers: withEtag, content: json(Webhook) }, ...reads },
})

export const update = createRoute({
  method: 'patch', path: '/webhooks/{id}', operationId: 'updateWebhook', tags, security: keyRequired,
  middleware: [needsKey(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
  summary: 'Change a webhook', description: 'JSON merge patch. `paused: false` resumes a paused endpoint: the changes that waited are sent, oldest first.',
  request: { params: hookId, headers: IfMatchHeader, body: { required: true, content: { ...json(WebhookPatch), 'application/merge-patch+json': { schema: WebhookPatch } } } },
  responses: { 200: { description: 'Changed.', headers: withEtag, content: json(Webhook) }, ...writes },
})

export const remove = createRoute({
  method: 'delete', path: '/webhooks/{id}', operationId: 'deleteWebhook', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'Unsubscribe', description: 'Nothing more is sent to the endpoint.',
  request: { params: hookId, headers: IfMatchHeader },
  responses: { 204: { description: 'Unsubscribed.', headers: commonHeaders }, ...writes },
})

export const rotate = createRoute({
  method: 'post', path: '/webhooks/{id}/secret', operationId: 'rotateWebhookSecret', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'Rotate the signing secret',
  description: 'Makes a new secret, shown once. For the next 24 hours messages are signed with the new and the previous secret (two signatures in `webhook-signature`), so the receiver can switch without missing one.',
  request: { params: hookId },
  responses: { 200: { description: 'The webhook with its new secret.', headers: withEtag, content: json(WebhookWithSecret) }, ...writes },
})

export const test = createRoute({
  method: 'post', path: '/webhooks/{id}/test', operationId: 'testWebhook', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'Send a test message', description: 'Queues a `webhook.test` message, signed like every other, behind the endpoint’s other messages. Follow `Location` to see how it went.',
  request: { params: hookId },
  responses: {
    202: { description: 'Queued.', content: json(WebhookDelivery), headers: { ...privateHeaders, Location: header('The delivery.', '/v1/webhooks/whk_3k9x2ab7q1mz/deliveries/88') } },
    ...writes,
  },
})

export const deliveries = createRoute({
  method: 'get', path: '/webhooks/{id}/deliveries', operationId: 'listWebhookDeliveries', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'List the deliveries of a webhook', description: 'The latest messages first, each with its status, attempts, the last HTTP status, error and duration, and when it is tried again.',
  request: { params: hookId, query: z.strictObject(pagingParams(deliverySorts, '-id')) },
  responses: { 200: { description: 'A page of deliveries.', headers: pageHeaders, content: json(WebhookDeliveryPage) }, ...reads },
})

export const delivery = createRoute({
  method: 'get', path: '/webhooks/{id}/deliveries/{delivery}', operationId: 'getWebhookDelivery', tags, security: keyRequired, middleware: [needsKey()] as const,
  summary: 'Get one delivery', description: 'One message to the endpoint and how its attempts went.',
  request: { params: deliveryParams },
  responses: { 200: { description: 'The delivery.', headers: privateHeaders, content: json(WebhookDelivery) }, ...reads },
})
