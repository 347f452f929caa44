import type { MiddlewareHandler } from 'hono'
import { every, except } from 'hono/combine'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Hono's secure headers on every response, with what open data needs: other origins may load it (the widget script,
 * the API: `Cross-Origin-Resource-Policy: cross-origin`), and referrers keep their origin for our own logs. HTML pages
 * also get a Content-Security-Policy: scripts only from this origin (no inline scripts), and no request may leave
 * the origin but an event's picture (https) — the docs UI's optional font and registry calls are refused by the browser. Inline styles stay allowed
 * because the vendored docs UI sets them at run time. API responses carry no CSP (it means nothing to JSON).
 */
const shared = {
  crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: 'same-origin', referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: 'DENY',
} as const

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'https:'],
  fontSrc: ["'self'", 'data:'], connectSrc: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"],
  objectSrc: ["'none'"],
}

export const securityHeaders = (options: { csp?: typeof CONTENT_SECURITY_POLICY } = {}): MiddlewareHandler =>
  every(
    except('/v1/*', secureHeaders({ ...shared, contentSecurityPolicy: options.csp ?? CONTENT_SECURITY_POLICY })),
    secureHeaders(shared),
  )
