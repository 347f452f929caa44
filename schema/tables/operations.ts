/**
 * What running the platform keeps: API keys, the audit log, publications, write guards, idempotency records and
 * the change log.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { ENTITIES, ROLES } from './base'
import { partners } from './reference'

/**
 * API keys. The secret is shown once at creation and stored only as a SHA-256 hash; `prefix` (public, unique)
 * finds the row. A partner key is bound to one partner; `trusted` lets it publish without moderation.
 */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  prefix: text('prefix').notNull().unique(),
  hash: text('hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  partnerId: text('partner_id').references(() => partners.id),
  trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
  label: text('label'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
})

/** Who changed what, when: one row per successful write, with the changed fields before and after. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  keyId: text('key_id').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  partnerId: text('partner_id'),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_key_idx').on(t.keyId)])

/**
 * Events that have been public at some moment (kept by triggers): the change feed names only these, so drafts,
 * rejected and withdrawn-before-publication events never reach it, not even as a tombstone.
 */
export const eventPublications = sqliteTable('event_publications', {
  eventId: text('event_id').primaryKey(),
  firstPublishedAt: text('first_published_at').notNull(),
})

/**
 * Never holds a row: a write's precondition is an insert here that fails its CHECK when the condition does not hold,
 * which rolls back the whole batch it is part of (D1 runs a batch as one transaction).
 */
export const writeGuards = sqliteTable('write_guards', {
  ok: integer('ok').notNull(),
}, () => [check('write_guards_ok', sql`ok = 1`)])

/** Replays of POSTs sent with an `Idempotency-Key`: same key and body → the first response again. */
export const idempotency = sqliteTable('idempotency', {
  keyId: text('key_id').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  body: text('body').notNull(),
  location: text('location'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}, (t) => [primaryKey({ columns: [t.keyId, t.idempotencyKey] })])

/**
 * The change log behind `GET /v1/changes`: one row per write (and per seeded row), in commit order. `seq` is the
 * resumable cursor and, as max(seq), the data version that keys caches and export ETags.
 */
export const changes = sqliteTable('changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  entity: text('entity', { enum: ENTITIES }).notNull(),
  entityId: text('entity_id').notNull(),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}, (t) => [index('changes_entity_idx').on(t.entity, t.entityId)])

/** What a feed adds to every event it brings, unless the item says otherwise. */
