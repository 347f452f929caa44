/**
 * API keys: `ksk_<prefix>_<secret>`. 256 random bits of secret; only the SHA-256 of the whole key is stored, so a
 * database leak reveals no usable key. The public prefix finds the row; the hash comparison is constant-time.
 */
import { eq } from 'drizzle-orm'
import type { Context, MiddlewareHandler } from 'hono'
import * as t from '../../schema/tables'
import type { AppEnv, Db } from '../env'
import { ProblemError } from './problem'
import { nowRfc3339 } from './time'

export type Principal = { keyId: string; role: 'admin' | 'partner'; partnerId: string | null; trusted: boolean }

const KEY = /^ksk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function base64url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** A new key: what to show the operator once, and what to store. */
export async function newKey(): Promise<{ key: string; prefix: string; hash: string }> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const prefix = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % 36]).join('')
  const key = `ksk_${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`
  return { key, prefix, hash: await sha256Hex(key) }
}

function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a)
  const y = new TextEncoder().encode(b)
  if (x.length !== y.length) return false
  return crypto.subtle.timingSafeEqual(x, y)
}

const unauthorized = (detail: string, error: 'invalid_request' | 'invalid_token') =>
  new ProblemError(401, detail, { headers: { 'WWW-Authenticate': `Bearer realm="kennisstad", error="${error}"` } })

/** The principal behind `Authorization: Bearer …`, or null for an anonymous request; 401 for a bad key. */
export async function principalOf(db: Db, header: string | undefined): Promise<(Principal & { lastUsedAt: string | null }) | null> {
  if (header === undefined) return null
  const match = /^Bearer ([^\s]+)$/.exec(header.trim())
  if (!match) throw unauthorized('Send the key as `Authorization: Bearer <key>`.', 'invalid_request')
  const parts = KEY.exec(match[1]!)
  // Unknown and malformed keys take the same path (hash + compare), so timing does not tell them apart.
  const [row] = parts ? await db.select().from(t.apiKeys).where(eq(t.apiKeys.prefix, parts[1]!)) : []
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
      const db = c.get('db')
      const touch = db.update(t.apiKeys).set({ lastUsedAt: nowRfc3339() })
        .where(eq(t.apiKeys.id, found.keyId))
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

/** The principal of a write; anonymous → 401. */
export function requireKey(c: Context<AppEnv>): Principal {
  const principal = c.get('principal')
  if (!principal) throw unauthorized('This operation needs an API key: `Authorization: Bearer <key>`.', 'invalid_request')
  return principal
}

export function requireAdmin(c: Context<AppEnv>): Principal {
  const principal = requireKey(c)
  if (principal.role !== 'admin') throw new ProblemError(403, 'Only editors (admin keys) may do this.')
  return principal
}

/** Route middleware: the request needs a key (401 before any body is read or validated). */
export const needsKey = (): MiddlewareHandler<AppEnv> =>
  async function needsKey(c, next) {
    requireKey(c)
    await next()
  }

/** Route middleware: the request needs an admin key (401 / 403 before any body is read). */
export const needsAdmin = (): MiddlewareHandler<AppEnv> =>
  async function needsAdmin(c, next) {
    requireAdmin(c)
    await next()
  }
