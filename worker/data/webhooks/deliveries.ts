/**
 * Webhook deliveries in the database: the messages each endpoint is owed (one per change it subscribed to, in change
 * order), which one is next, who holds it, and how each attempt went. Per endpoint one message is sent at a time, the
 * oldest first, so an endpoint receives its changes in the order of the change log; a failing message holds the
 * later ones back until it is delivered or given up (after the retry schedule: about 27 hours).
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { nowRfc3339, toRfc3339 } from '../../../core/time'
import type { Entity } from '../../../schema/tables'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { matchingEvents, selects } from './match'

/** Pauses after each failed attempt, in seconds (Standard Webhooks' schedule: 5 s … 10 h); then it is given up. */
export const RETRY_SCHEDULE = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const
export const MAX_ATTEMPTS = RETRY_SCHEDULE.length + 1
/** Messages given up in a row after which an endpoint is paused (its later changes wait for it). */
export const PAUSE_AFTER = 5
/** How long a sender holds a message before another may take it (its attempt died with it). */
const LEASE_MS = 60_000

export type ChangeEntry = { seq: number; entity: Entity; id: string; action: 'upsert' | 'delete'; at: string; data: unknown }
type Hook = typeof t.webhooks.$inferSelect
type Delivery = typeof t.webhookDeliveries.$inferSelect

/** The message an endpoint receives for a change (the Standard Webhooks payload shape). */
export const messageOf = (e: ChangeEntry) => JSON.stringify({
  type: `${e.entity}.${e.action === 'upsert' ? 'upserted' : 'deleted'}`, timestamp: e.at,
  data: { seq: e.seq, entity: e.entity, id: e.id, action: e.action, resource: e.data },
})

/**
 * Queues these changes for every live webhook that wants them (its kinds of record, its event filters, registered
 * before the change). Idempotent: a change already queued for an endpoint is not queued again. Returns the webhooks
 * that got messages.
 */
export async function queueChanges(db: Db, entries: readonly ChangeEntry[]): Promise<string[]> {
  if (entries.length === 0) return []
  const hooks = await db.select().from(t.webhooks).where(isNull(t.webhooks.deletedAt))
  if (hooks.length === 0) return []
  const eventIds = [...new Set(entries.filter((e) => e.entity === 'event').map((e) => e.id))]
  const found = await matchingEvents(db, hooks.map((h) => h.filter), eventIds)
  const rows = hooks.flatMap((h) => entries
    .filter((e) => e.seq > h.fromSeq && h.entities.includes(e.entity) && (e.entity !== 'event' || selects(found, h.filter, e.id)))
    .map((e) => ({ webhookId: h.id, seq: e.seq, messageId: `msg_${h.id}_${e.seq}`, type: `${e.entity}.${e.action === 'upsert' ? 'upserted' : 'deleted'}`, body: messageOf(e) })))
  // A few rows per statement: bodies are whole records, and a statement stays far below D1's size limit.
  const statements = []
  for (let i = 0; i < rows.length; i += 10) {
    statements.push(db.insert(t.webhookDeliveries).select(sql`select null, json_extract(value, '$.webhookId'), json_extract(value, '$.seq'),
      json_extract(value, '$.messageId'), json_extract(value, '$.type'), json_extract(value, '$.body'), 'pending', 0, null, null, null, null, null,
      strftime('%Y-%m-%dT%H:%M:%SZ','now'), null from json_each(${JSON.stringify(rows.slice(i, i + 10))}) where true`).onConflictDoNothing())
  }
  if (statements.length) await db.batch(statements as never)
  return [...new Set(rows.map((r) => r.webhookId))]
}

/** A test message for one endpoint, queued behind its other messages. */
export async function queueTest(db: Db, hook: Hook): Promise<Delivery> {
  const at = nowRfc3339()
  const messageId = `msg_${hook.id}_test_${Date.now().toString(36)}`
  const body = JSON.stringify({ type: 'webhook.test', timestamp: at, data: { seq: null, entity: null, id: null, action: null, resource: { webhook: hook.id, message: 'A test message from Kennisstad Open Data: if you can read this and the signature verifies, your endpoint works.' } } })
  const [row] = await db.insert(t.webhookDeliveries).values({ webhookId: hook.id, seq: null, messageId, type: 'webhook.test', body }).returning()
  return row!
}

/** The endpoint's oldest message that is not delivered or given up. */
export async function headOf(db: Db, webhookId: string): Promise<Delivery | undefined> {
  const [row] = await db.select().from(t.webhookDeliveries)
    .where(and(eq(t.webhookDeliveries.webhookId, webhookId), eq(t.webhookDeliveries.status, 'pending'))).orderBy(asc(t.webhookDeliveries.id)).limit(1)
  return row
}

/** Takes the message for one attempt; false when another sender holds it (one statement: two senders never both). */
export async function lease(db: Db, id: number, now = Date.now()): Promise<boolean> {
  const rows = await db.all(sql`update ${t.webhookDeliveries} set lease_until = ${toRfc3339(now + LEASE_MS)}
    where id = ${id} and status = 'pending' and (lease_until is null or lease_until < ${toRfc3339(now)}) returning id`)
  return rows.length === 1
}

export type Attempt = { ok: boolean; status: number | null; error: string | null; ms: number }

/**
 * Records an attempt. Delivered: done, and the endpoint's failures start again. Failed: tried again after the
 * schedule's next pause (times `scale`; returned, in seconds), or given up after the last; the PAUSE_AFTER-th message given up in a
 * row pauses the endpoint.
 */
export async function recordAttempt(db: Db, d: Delivery, a: Attempt, opts: { now?: number; scale?: number } = {}): Promise<{ retryIn: number | null; paused: boolean }> {
  const now = opts.now ?? Date.now()
  const attempts = d.attempts + 1
  const common = { attempts, lastStatus: a.status, lastError: a.error, lastDurationMs: a.ms, leaseUntil: null }
  if (a.ok) {
    await db.batch([
      db.update(t.webhookDeliveries).set({ ...common, status: 'delivered', deliveredAt: toRfc3339(now), nextAttemptAt: null }).where(eq(t.webhookDeliveries.id, d.id)),
      db.update(t.webhooks).set({ failures: 0 }).where(eq(t.webhooks.id, d.webhookId)),
    ])
    return { retryIn: null, paused: false }
  }
  if (attempts < MAX_ATTEMPTS) {
    const retryIn = RETRY_SCHEDULE[attempts - 1]! * (opts.scale ?? 1)
    await db.update(t.webhookDeliveries).set({ ...common, nextAttemptAt: toRfc3339(now + retryIn * 1000) }).where(eq(t.webhookDeliveries.id, d.id))
    return { retryIn, paused: false }
  }
  const [hook] = await db.select({ failures: t.webhooks.failures }).from(t.webhooks).where(eq(t.webhooks.id, d.webhookId))
  const failures = (hook?.failures ?? 0) + 1
  await db.batch([
    db.update(t.webhookDeliveries).set({ ...common, status: 'failed', nextAttemptAt: null }).where(eq(t.webhookDeliveries.id, d.id)),
    db.update(t.webhooks).set({
      failures, ...(failures >= PAUSE_AFTER ? { paused: true, pauseReason: `${failures} messages in a row were given up after ${MAX_ATTEMPTS} attempts each; the last: ${a.error}` } : {}),
    }).where(eq(t.webhooks.id, d.webhookId)),
  ])
  return { retryIn: null, paused: failures >= PAUSE_AFTER }
}
