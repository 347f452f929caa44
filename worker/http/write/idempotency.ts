/**
 * `Idempotency-Key` on POST (draft-ietf-httpapi-idempotency-key-header): the same key with the same request
 * replays the first response; the same key with a different request is a 422. Keys are scoped to the API key that
 * sent them. The record is written in the same batch as the write it belongs to.
 */
import { and, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import { doc, z } from '../../../schema/api/common'
import * as t from '../../../schema/tables'
import type { AppEnv, Db } from '../../base/env'
import { type Principal, sha256Hex } from '../../base/keys'
import { ProblemError } from '../../base/problem'

export const IdempotencyHeader = z.object({
  'Idempotency-Key': doc(z.string().max(255).optional(), 'Makes a retried POST safe: the same key and body return the first response; the same key with another body is a 422.', '6f1c2a4e-3b7d-4c1e-9a55-0d9e8f7b6a21'),
})

export type Idempotency = { key: string; hash: string } | null

/**
 * The idempotency record, written in the same batch as the write it belongs to: a retry after a failure finds no
 * record and simply tries again; a retry after success finds it. The response body is added right after the batch
 * (rememberResponse); a replay that finds none re-reads the resource at `location`.
 */
export function idempotencyStatements(db: Db, who: Principal, idem: Idempotency, status: number, location: string) {
  if (!idem) return []
  return [db.insert(t.idempotency).values({
    keyId: who.keyId, idempotencyKey: idem.key, requestHash: idem.hash, status, body: '', location,
  })]
}

export async function rememberResponse(c: Context<AppEnv>, who: Principal, idem: Idempotency, body: string) {
  if (!idem) return
  await c.get('db').update(t.idempotency).set({ body })
    .where(and(eq(t.idempotency.keyId, who.keyId), eq(t.idempotency.idempotencyKey, idem.key))).catch(() => undefined)
}

/**
 * The idempotency record to write with this POST, or the stored response when the POST repeats an earlier one.
 * `reload` reads the resource at the stored location when the first response's body was not kept.
 */
export async function idempotentOrReplay(c: Context<AppEnv>, who: Principal, body: unknown,
  reload: (location: string) => Promise<string>): Promise<{ idem: Idempotency } | { replay: Response }> {
  const key = c.req.header('Idempotency-Key')
  if (key === undefined) return { idem: null }
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ProblemError(400, 'Idempotency-Key must be 1–255 visible ASCII characters.', {
      errors: [{ in: 'header', name: 'Idempotency-Key', code: 'invalid', detail: 'must be 1–255 visible ASCII characters' }],
    })
  }
  const hash = await sha256Hex(`${c.req.method} ${new URL(c.req.url).pathname}\n${JSON.stringify(body)}`)
  const [seen] = await c.get('db').select().from(t.idempotency)
    .where(and(eq(t.idempotency.keyId, who.keyId), eq(t.idempotency.idempotencyKey, key)))
  if (!seen) return { idem: { key, hash } }
  if (seen.requestHash !== hash) {
    throw new ProblemError(422, 'This Idempotency-Key was already used for a different request; use a new key.')
  }
  const stored = seen.body || (seen.location ? await reload(seen.location) : '')
  return {
    replay: new Response(stored, {
      status: seen.status,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Idempotent-Replayed': 'true', ...(seen.location ? { Location: seen.location } : {}) },
    }),
  }
}
