/** What a request needs before a handler runs: a key, or an editor's key. */
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../base/env'
import type { Principal } from '../base/keys'
import { ProblemError } from '../base/problem'

export const unauthorized = (detail: string, error: 'invalid_request' | 'invalid_token') =>
  new ProblemError(401, detail, { headers: { 'WWW-Authenticate': `Bearer realm="kennisstad", error="${error}"` } })

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

/** The principal of a write of data: a partner's or an editor's key; a subscriber key only reads and subscribes. */
export function requireWriter(c: Context<AppEnv>): Principal {
  const principal = requireKey(c)
  if (principal.role === 'subscriber') throw new ProblemError(403, 'A subscriber key reads the data and manages its own webhooks; it cannot write events or feeds. Ask the editors for a partner key.')
  return principal
}

/** Route middleware: the request needs a partner's or an editor's key (401 / 403 before any body is read). */
export const needsWriter = (): MiddlewareHandler<AppEnv> =>
  async function needsWriter(c, next) {
    requireWriter(c)
    await next()
  }

/** Route middleware: the request needs an admin key (401 / 403 before any body is read). */
export const needsAdmin = (): MiddlewareHandler<AppEnv> =>
  async function needsAdmin(c, next) {
    requireAdmin(c)
    await next()
  }

/** OpenAPI security for operations that need a key. */
export const keyRequired: Record<string, string[]>[] = [{ apiKey: [] }]
/** OpenAPI security for public reads: anonymous, or a key (which also shows the key's own drafts). */
export const keyOptional: Record<string, string[]>[] = [{}, { apiKey: [] }]
/** Public data only: no key needed, and a key changes nothing (stated, so every linter and client generator knows). */
export const anonymous: Record<string, string[]>[] = [{}]
