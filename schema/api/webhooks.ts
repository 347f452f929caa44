/**
 * Webhooks in the API: what a developer registers (an endpoint, the kinds of record, the event filters), what it
 * sees of it afterwards (never the secret again), the deliveries to it, and the message it receives.
 */
import { DELIVERY_STATUSES, ENTITIES, webhookDeliveries, webhooks } from '../tables'
import { createSelectSchema, doc, Instant, page, z } from './common'

const EndpointUrl = doc(z.url({ protocol: /^https?$/ }).max(2000), 'Where the changes are POSTed: https on a public address (http and this machine only in local development).', 'https://mirror.example.org/kennisstad/hook')
const Entities = doc(z.array(z.enum(ENTITIES)).min(1).max(ENTITIES.length), 'Kinds of record to receive (default: events).', ['event'])

/** The webhook fields a writer sends; `filter` is checked against the events' filter table where it is used. */
export const webhookFields = (filter: z.ZodType) => ({
  url: EndpointUrl,
  description: doc(z.string().trim().max(200).nullable().optional(), 'What it is for, for its owner.', 'Mirror for Sleutelstad'),
  filter: doc(filter.optional(), 'Event filters, as `GET /v1/events` takes them (`partner`, `theme`, `place`, `from`, …); only events matching them are sent. Other kinds of record are sent whole.'),
  entities: Entities.optional(),
  paused: doc(z.boolean().optional(), 'True: nothing is sent; changes wait. Set after 5 messages in a row were given up; set it to false to resume.', false),
})

/** Unregistered, so the answer with the secret can extend it inline (extending a named schema renders as `allOf`). */
const WebhookBase = createSelectSchema(webhooks, {
  id: (s) => doc(s, 'Id of the webhook.', 'whk_3k9x2ab7q1mz'),
  url: (s) => doc(s, 'Its endpoint.', 'https://mirror.example.org/kennisstad/hook'),
  description: (s) => doc(s, 'What it is for.', 'Mirror for Sleutelstad'),
  paused: (s) => doc(s, 'True: nothing is sent until it is resumed.', false),
  pauseReason: (s) => doc(s, 'Why it was paused.', null),
  failures: (s) => doc(s, 'Messages given up in a row (a delivered one resets it).', 0),
  fromSeq: (s) => doc(s, 'It receives the changes after this position of the change log.', 1204),
}).omit({ ownerKeyId: true, ownerPartnerId: true, secret: true, previousSecret: true, deletedAt: true, version: true }).extend({
  filter: doc(z.record(z.string(), z.string()), 'The event filters it was registered with.', { partner: 'naturalis' }),
  entities: Entities,
  previousSecretUntil: doc(Instant.nullable(), 'After a rotation: until when messages are signed with the previous secret too.', null),
  createdAt: doc(Instant, 'When it was registered.'),
  updatedAt: doc(Instant, 'When its settings last changed.'),
})
export const Webhook = WebhookBase.openapi('Webhook', { description: 'An endpoint that receives signed changes (Standard Webhooks).' })
export type Webhook = z.infer<typeof Webhook>

export const WebhookWithSecret = WebhookBase.extend({
  secret: doc(z.string(), 'The signing secret, shown only now: keep it; a new one needs a rotation.', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
}).openapi('WebhookWithSecret')

export const WebhookDelivery = createSelectSchema(webhookDeliveries, {
  id: (s) => doc(s, 'Delivery number (increasing).', 88),
  seq: (s) => doc(s, 'The change’s position in the change log; null for a test message.', 1210),
  messageId: (s) => doc(s, '`webhook-id` of the message: the same on every attempt.', 'msg_whk_3k9x2ab7q1mz_1210'),
  type: (s) => doc(s, '`<entity>.upserted`, `<entity>.deleted`, or `webhook.test`.', 'event.upserted'),
  status: () => doc(z.enum(DELIVERY_STATUSES), '`pending` (not delivered yet, tried again later), `delivered`, or `failed` (given up).', 'delivered'),
  attempts: (s) => doc(s, 'Attempts so far.', 1),
  lastStatus: (s) => doc(s, 'HTTP status of the last attempt; null when it got no answer.', 200),
  lastError: (s) => doc(s, 'What went wrong with the last attempt.', null),
  lastDurationMs: (s) => doc(s, 'How long the last attempt took, in milliseconds.', 143),
}).omit({ webhookId: true, body: true, leaseUntil: true }).extend({
  nextAttemptAt: doc(Instant.nullable(), 'When it is tried again.', null),
  createdAt: doc(Instant, 'When the change was queued for the endpoint.'),
  deliveredAt: doc(Instant.nullable(), 'When the endpoint took it (2xx).'),
}).openapi('WebhookDelivery', { description: 'One message to one endpoint, with its attempts.' })

export const WebhookPage = page(Webhook, 'WebhookPage')
export const WebhookDeliveryPage = page(WebhookDelivery, 'WebhookDeliveryPage')

/** What an endpoint receives: the Standard Webhooks payload shape (`type`, `timestamp`, `data`). */
export const WebhookMessage = z.object({
  type: doc(z.string(), '`<entity>.upserted` (created, changed, published again) or `<entity>.deleted` (deleted or unpublished), or `webhook.test`.', 'event.upserted'),
  timestamp: doc(Instant, 'When the change was logged.'),
  data: z.object({
    seq: doc(z.number().int().nullable(), 'Position in the change log (`/v1/changes`); order messages by it.', 1210),
    entity: doc(z.enum(ENTITIES).nullable(), 'Kind of record.', 'event'),
    id: doc(z.string().nullable(), 'Id of the record.', 'naturalis-lezing-2027-03-12'),
    action: doc(z.enum(['upsert', 'delete']).nullable(), 'As in the change feed.', 'upsert'),
    resource: doc(z.unknown(), 'The record as the public sees it now (as `GET /v1/{entity}s/{id}` gives it); null for a deletion.'),
  }),
}).openapi('WebhookMessage', { description: 'The body POSTed to an endpoint, with `webhook-id`, `webhook-timestamp` and `webhook-signature` headers.' })
