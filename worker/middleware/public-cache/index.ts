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
    // What the representation depends on, so shared caches key on it: the format (Accept) and, for API reads, the key
    // (a key shows its own drafts; `public` would otherwise let a cache serve the anonymous answer to a key holder);
    // for pages, the reader's language.
    const html = c.res.headers.get('Content-Type')?.startsWith('text/html')
    const vary = html ? ['Accept-Language'] : new URL(c.req.url).pathname.startsWith('/v1/') ? ['Accept', 'Authorization'] : ['Accept']
    const present = (c.res.headers.get('Vary') ?? '').split(',').map((v) => v.trim()).filter(Boolean)
    c.res.headers.set('Vary', [...new Set([...present, ...vary])].join(', '))
  }
