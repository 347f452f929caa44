/**
 * Sending webhook messages, one endpoint at a time: a message on the deliveries queue names an endpoint, and its
 * consumer sends that endpoint's messages oldest first (so each endpoint gets its changes in change order), signed
 * with every secret still valid. A failed attempt is tried again after the schedule's pause — as a delayed queue
 * message — and later messages wait behind it. At least once: an endpoint can get a message twice (the consumer died
 * after sending), and drops the second by its `webhook-id`.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/d1'
import * as tables from '../../../schema/tables'
import type { Bindings, DeliveryMessage } from '../../base/env'
import { nudge } from '../../base/hub'
import { outboundUrlProblem } from '../../base/outbound'
import { signedHeaders } from '../../base/signature'
import { type Attempt, headOf, lease, recordAttempt } from '../../data/webhooks/deliveries'

const t = tables
export const DELIVERY_QUEUE = 'kennisstad-deliveries'
export const DELIVERY_DEAD_LETTERS = 'kennisstad-deliveries-dlq'
/** Messages one invocation sends to one endpoint before it hands over to a new queue message. */
const PER_INVOCATION = 25

type Hook = typeof tables.webhooks.$inferSelect
type Delivery = typeof tables.webhookDeliveries.$inferSelect

/** One attempt: POST the message, signed; any 2xx is delivered. Redirects are not followed; the answer is not read. */
export async function send(env: Bindings, hook: Hook, d: Delivery): Promise<Attempt> {
  const started = Date.now()
  const problem = outboundUrlProblem(hook.url, { development: env.ENVIRONMENT === 'development' })
  if (problem) return { ok: false, status: null, error: `the endpoint ${problem}`, ms: 0 }
  const secrets = [hook.secret, ...(hook.previousSecret && hook.previousSecretUntil && hook.previousSecretUntil > new Date().toISOString() ? [hook.previousSecret] : [])]
  try {
    const res = await fetch(hook.url, {
      method: 'POST', body: d.body, redirect: 'manual', signal: AbortSignal.timeout(Number(env.WEBHOOK_TIMEOUT_MS ?? 10_000)),
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'KennisstadOpenData-Webhooks/1.0', ...signedHeaders(secrets, d.messageId, d.body) },
    })
    await res.body?.cancel().catch(() => undefined)
    const ms = Date.now() - started
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, error: null, ms }
    const error = res.status >= 300 && res.status < 400 ? `it answered ${res.status} (redirects are not followed)` : `it answered HTTP ${res.status}`
    return { ok: false, status: res.status, error, ms }
  } catch (err) {
    const ms = Date.now() - started
    const timedOut = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError'
    return { ok: false, status: null, error: timedOut ? `it did not answer within ${Math.round(Number(env.WEBHOOK_TIMEOUT_MS ?? 10_000) / 1000)} s` : `it could not be reached (${(err as Error).message.slice(0, 200)})`, ms }
  }
}

/**
 * Sends what `webhookId` is owed, oldest first, until its queue is empty, a message must wait for its retry, or
 * another sender holds the head. Returns when to look again: seconds, `0` (more to send now), or null (nothing).
 */
export async function deliverFor(env: Bindings, webhookId: string, now = () => Date.now()): Promise<number | null> {
  const db = drizzle(env.DB)
  const [hook] = await db.select().from(t.webhooks).where(and(eq(t.webhooks.id, webhookId), isNull(t.webhooks.deletedAt)))
  if (!hook || hook.paused) return null // a paused endpoint's messages wait; resuming it sends them
  const scale = Number(env.WEBHOOK_RETRY_SCALE ?? 1)
  for (let i = 0; i < PER_INVOCATION; i++) {
    const head = await headOf(db, webhookId)
    if (!head) return null
    const wait = head.nextAttemptAt ? Date.parse(head.nextAttemptAt) - now() : 0
    if (wait > 0) return Math.ceil(wait / 1000)
    if (!(await lease(db, head.id, now()))) return null // another sender has it, and will go on from there
    const attempt = await send(env, hook, head)
    const { retryIn, paused } = await recordAttempt(db, head, attempt, { now: now(), scale })
    if (paused) return null // its later messages wait until it is resumed
    // A pause of zero (a test's scale) is no pause: tried again at once, in this invocation.
    if (retryIn !== null && retryIn > 0) return Math.ceil(retryIn)
  }
  return 0
}

/** Queues a look at `webhookId`'s messages, after `delaySeconds` (Queues delay a message up to 12 hours). */
export async function consumeDeliveries(batch: MessageBatch<DeliveryMessage>, env: Bindings): Promise<void> {
  for (const message of batch.messages) {
    try {
      const again = await deliverFor(env, message.body.webhookId)
      if (again !== null) await nudge(env, message.body.webhookId, again)
      message.ack()
    } catch (err) {
      console.error(`webhook ${message.body.webhookId}, attempt ${message.attempts}:`, err)
      message.retry({ delaySeconds: Math.min(3600, 30 * 2 ** message.attempts) })
    }
  }
}

/**
 * A sender that kept failing on our side (not the endpoint's): its endpoint's head message counts an attempt with
 * that reason (so it is eventually given up, not retried for ever), and the endpoint is looked at again later.
 */
export async function deadDeliveries(batch: MessageBatch<DeliveryMessage>, env: Bindings): Promise<void> {
  const db = drizzle(env.DB)
  for (const message of batch.messages) {
    const head = await headOf(db, message.body.webhookId)
    if (head) {
      const { retryIn, paused } = await recordAttempt(db, head, { ok: false, status: null, error: 'sending failed on our side repeatedly (see the Worker’s log)', ms: 0 }, { scale: Number(env.WEBHOOK_RETRY_SCALE ?? 1) })
      if (!paused) await nudge(env, message.body.webhookId, retryIn ?? 0)
    }
    message.ack()
  }
}
