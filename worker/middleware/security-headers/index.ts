import type { MiddlewareHandler } from 'hono'

/**
 * Security headers for the server-rendered HTML pages. Scripts only from this origin (no inline scripts), and no
 * request may leave the origin: the docs UI's optional font and registry calls are refused by the browser.
 * Inline styles stay allowed because the vendored docs UI sets them at run time.
 */
export const DEFAULT_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
  "object-src 'none'",
].join('; ')

export const securityHeaders = (options: { csp?: string } = {}): MiddlewareHandler =>
  async function securityHeaders(c, next) {
    await next()
    if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return
    c.res.headers.set('Content-Security-Policy', options.csp ?? DEFAULT_CSP)
    c.res.headers.set('X-Content-Type-Options', 'nosniff')
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  }
