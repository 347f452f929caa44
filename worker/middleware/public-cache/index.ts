import type { MiddlewareHandler } from 'hono'

/**
 * Public, anonymous GET responses are open data: shared caches may keep them for `maxAge` seconds and serve them
 * stale while revalidating. A documented deviation from ADR's `no-store`, which is meant for personal data.
 * Routes that set their own Cache-Control keep it.
 */
export const publicCache = (options: { maxAge: number; staleWhileRevalidate?: number }): MiddlewareHandler =>
  async function publicCache(c, next) {
    await next()
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return
    if (!(c.res.ok || c.res.status === 304) || c.res.headers.has('Cache-Control')) return
    const swr = options.staleWhileRevalidate ? `, stale-while-revalidate=${options.staleWhileRevalidate}` : ''
    c.res.headers.set('Cache-Control', `public, max-age=${options.maxAge}${swr}`)
    // The representation depends on Accept (JSON, CSV, iCalendar, JSON-LD): shared caches must key on it.
    if (!c.res.headers.has('Vary')) c.res.headers.set('Vary', 'Accept')
  }
