import type { MiddlewareHandler } from 'hono'

/**
 * `API-Version` on every response (NL API Design Rules, /core/version-header), including errors, 404s and
 * static assets, whose immutable headers are copied first.
 */
export const apiVersion = (version: string): MiddlewareHandler =>
  async function apiVersion(c, next) {
    await next()
    try {
      c.res.headers.set('API-Version', version)
    } catch {
      c.res = new Response(c.res.body, c.res)
      c.res.headers.set('API-Version', version)
    }
  }
