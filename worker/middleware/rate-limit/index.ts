import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { problem } from '../../base/problem'

export type Policy = { name: string; limit: number; period: number }
type Limiter = 'READ_LIMITER' | 'WRITE_LIMITER'

/**
 * Workers Rate Limiting in front of the API. Every request counts against its client IP (so guessing keys is as
 * limited as reading); writes also count against their API key. A limited request gets a 429 problem with
 * `Retry-After` and the IETF `RateLimit`/`RateLimit-Policy` headers; the policy header is on every covered response.
 */
function limited(binding: Limiter, policy: Policy, keyOf: (c: Context<AppEnv>) => string | null, applies: (c: Context<AppEnv>) => boolean): MiddlewareHandler<AppEnv> {
  const header = `"${policy.name}";q=${policy.limit};w=${policy.period}`
  return async function rateLimit(c, next) {
    const key = applies(c) ? keyOf(c) : null
    const limiter = c.env[binding]
    if (key && limiter) {
      const { success } = await limiter.limit({ key })
      if (!success) {
        return problem(c, 429, `Too many requests (${policy.name}): at most ${policy.limit} per ${policy.period} seconds. Retry after ${policy.period} seconds.`, undefined, {
          'Retry-After': String(policy.period), 'RateLimit-Policy': header, RateLimit: `"${policy.name}";r=0;t=${policy.period}`,
        })
      }
    }
    await next()
    if (key) c.res.headers.append('RateLimit-Policy', header)
  }
}

const isWrite = (c: Context<AppEnv>) => !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)

/** Per client IP, every method but CORS preflights. */
export const perClient = (policy: Policy) =>
  limited('READ_LIMITER', policy, (c) => `ip:${c.req.header('CF-Connecting-IP') ?? 'local'}`, (c) => c.req.method !== 'OPTIONS')

/** Per API key, writes only; runs after authentication. */
export const perKey = (policy: Policy) =>
  limited('WRITE_LIMITER', policy, (c) => { const p = c.get('principal'); return p ? `key:${p.keyId}` : null }, isWrite)
