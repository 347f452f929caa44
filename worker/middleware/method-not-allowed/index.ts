import type { Hono, MiddlewareHandler, NotFoundHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { problem } from '../../base/problem'

/** `/v1/events/{id}` → a regexp matching concrete paths of that route. */
const toRegExp = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\/:[^/]+|\/\{[^}]+\}/g, '/[^/]+')}$`)

/** The methods each path of the app answers (HEAD with GET, OPTIONS with any), from the app's own routes. */
export function allowedMethods(app: Hono<AppEnv>): (path: string) => string[] {
  let table: { re: RegExp; methods: Set<string> }[] | undefined
  return (path) => {
    if (!table) {
      const byPath = new Map<string, { re: RegExp; methods: Set<string> }>()
      for (const r of app.routes) {
        if (r.method === 'ALL') continue
        const entry = byPath.get(r.path) ?? { re: toRegExp(r.path), methods: new Set<string>() }
        entry.methods.add(r.method)
        if (r.method === 'GET') entry.methods.add('HEAD')
        byPath.set(r.path, entry)
      }
      table = [...byPath.values()]
    }
    const allowed = new Set<string>()
    for (const { re, methods } of table) if (re.test(path)) for (const m of methods) allowed.add(m)
    if (allowed.size) allowed.add('OPTIONS')
    return [...allowed].sort()
  }
}

/**
 * A path that exists with other methods answers 405 with `Allow` (RFC 9110), anything else 404 — both as
 * problem+json (after a last look among the static assets). Hono answers 404 for both and ships no 405 helper.
 */
export const notFoundOrMethodNotAllowed = (app: Hono<AppEnv>): NotFoundHandler<AppEnv> => {
  const methodsOf = allowedMethods(app)
  return async function notFound(c) {
    const path = new URL(c.req.url).pathname
    const allowed = methodsOf(path)
    if (allowed.length > 0) {
      const allow = allowed.join(', ')
      return problem(c, 405, `${c.req.method} is not supported on ${path}; use ${allow}.`, undefined, { Allow: allow })
    }
    // In production the asset router answers before the Worker; this keeps wrangler's test runtime (and any
    // request routed to the Worker first) serving the same static files.
    if (!path.startsWith('/v1/') && c.env?.ASSETS && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const asset = await c.env.ASSETS.fetch(c.req.raw)
      if (asset.status !== 404) return new Response(asset.body, asset) // mutable headers for the middleware
    }
    const hint = path.length > 1 && path.endsWith('/') ? ` Paths have no trailing slash: try ${path.replace(/\/+$/, '')}.` : ''
    return problem(c, 404, `Nothing lives at ${path}.${hint} The API is described at /v1/openapi.json.`)
  }
}

/**
 * OPTIONS says what the path allows: `Allow` (and, for a CORS preflight, Access-Control-Allow-Methods) lists exactly
 * the methods the path answers; OPTIONS on a path that does not exist is a 404.
 */
export const optionsAllow = (methodsOf: (path: string) => string[]): MiddlewareHandler<AppEnv> =>
  async function optionsAllow(c, next) {
    if (c.req.method !== 'OPTIONS') return next()
    const path = new URL(c.req.url).pathname
    const allowed = methodsOf(path)
    if (allowed.length === 0) return problem(c, 404, `Nothing lives at ${path}. The API is described at /v1/openapi.json.`)
    await next()
    c.res.headers.set('Allow', allowed.join(', '))
  }
