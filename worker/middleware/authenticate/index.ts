import { eq } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { nowRfc3339 } from '../../../core/time'
import * as tables from '../../../schema/tables'
import type { AppEnv, Db } from '../../base/env'
import { constantTimeEqual, KEY, type Principal, sha256Hex } from '../../base/keys'
import { unauthorized } from '../../http/authz'

/** The principal behind `Authorization: Bearer …`, or null for an anonymous request; 401 for a bad key. */
export async function principalOf(db: Db, header: string | undefined): Promise<(Principal & { lastUsedAt: string | null }) | null> {
  if (header === undefined) return null
  // RFC 9110 §11.1: the scheme name is case-insensitive (`bearer`, `BEARER`).
  const match = /^Bearer +([^\s]+)$/i.exec(header.trim())
  if (!match) throw unauthorized('Send the key as `Authorization: Bearer <key>`.', 'invalid_request')
  const parts = KEY.exec(match[1]!)
  // Unknown and malformed keys take the same path (hash + compare), so timing does not tell them apart.
  const [row] = parts ? await db.select().from(tables.apiKeys).where(eq(tables.apiKeys.prefix, parts[1]!)) : []
  const hash = await sha256Hex(match[1]!)
  const valid = constantTimeEqual(hash, row?.hash ?? '0'.repeat(64)) && row !== undefined
  if (!row || !valid || row.revokedAt) throw unauthorized('The API key is unknown or revoked.', 'invalid_token')
  return { keyId: row.id, role: row.role, partnerId: row.partnerId, trusted: row.trusted, lastUsedAt: row.lastUsedAt }
}

/**
 * Resolves the key (if any) for every request: an invalid key is a 401 even on a public GET, so a client never
 * mistakes a broken key for anonymous access. `lastUsedAt` is refreshed at most once a minute, after the response.
 */
export const authenticate = (): MiddlewareHandler<AppEnv> =>
  async function authenticate(c, next) {
    const found = await principalOf(c.get('db'), c.req.header('Authorization'))
    const principal = found && { keyId: found.keyId, role: found.role, partnerId: found.partnerId, trusted: found.trusted }
    c.set('principal', principal)
    if (found && (!found.lastUsedAt || Date.now() - Date.parse(found.lastUsedAt) > 60_000)) {
      const touch = c.get('db').update(tables.apiKeys).set({ lastUsedAt: nowRfc3339() }).where(eq(tables.apiKeys.id, found.keyId))
      try {
        c.executionCtx.waitUntil(touch.run().catch(() => undefined))
      } catch {
        await touch.run().catch(() => undefined) // no execution context (e.g. app.request in a script)
      }
    }
    await next()
    // Authenticated responses may hold drafts: never cached anywhere.
    if (principal) c.res.headers.set('Cache-Control', 'no-store')
  }
