/**
 * Webhooks: developers' endpoints and the deliveries to them.
 */
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { Entity } from './base'
import { deletable, timestamps } from './columns'

/**
 * A developer's endpoint that receives the changes of the change feed it subscribed to (its entity types, and for
 * events the same filters as /v1/events), signed as Standard Webhooks describe. Not published itself.
 */
export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  /** Who may see and change it: the key that registered it, and for a partner key also that partner's other keys. */
  ownerKeyId: text('owner_key_id').notNull(),
  ownerPartnerId: text('owner_partner_id'),
  url: text('url').notNull(),
  description: text('description'),
  /** Event filters as /v1/events takes them (`{ "partner": "naturalis" }`); empty: every event. */
  filter: text('filter', { mode: 'json' }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
  entities: text('entities', { mode: 'json' }).$type<Entity[]>().notNull(),
  /** The signing secret (`whsec_…`), and the one before it, still signed with until `previousSecretUntil`. */
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretUntil: text('previous_secret_until'),
  /** It receives the changes after this position of the change log (where the log stood when it was registered). */
  fromSeq: integer('from_seq').notNull().default(0),
  paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
  pauseReason: text('pause_reason'),
  /** Deliveries given up in a row; a delivered one resets it. */
  failures: integer('failures').notNull().default(0),
  ...deletable,
  ...timestamps,
}, (t) => [index('webhooks_owner_idx').on(t.ownerKeyId), index('webhooks_partner_idx').on(t.ownerPartnerId)])

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const
/** One message to one endpoint: a change (or a test), its attempts and how the last one went. */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  webhookId: text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  /** The change's position in the change log; null for a test message. */
  seq: integer('seq'),
  /** `webhook-id`: the same on every attempt, so a receiver can drop a message it already has. */
  messageId: text('message_id').notNull(),
  type: text('type').notNull(),
  body: text('body').notNull(),
  status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  /** Not tried again before this moment (a retry's pause); a sender holds it until `leaseUntil`. */
  nextAttemptAt: text('next_attempt_at'),
  leaseUntil: text('lease_until'),
  lastStatus: integer('last_status'),
  lastError: text('last_error'),
  lastDurationMs: integer('last_duration_ms'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  deliveredAt: text('delivered_at'),
}, (t) => [
  uniqueIndex('webhook_deliveries_change_idx').on(t.webhookId, t.seq),
  index('webhook_deliveries_queue_idx').on(t.webhookId, t.status, t.id),
])
