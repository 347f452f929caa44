import type { Hono, NotFoundHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { problem } from '../../base/problem'

/** `/v1/events/{id}` → a regexp matching concrete paths of that route. */
const toRegExp = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\/:[^/]+|\/\{[^}]+\}/g, '/[^/]+')}$`)

/**
 * A path that exists with other methods answers 405 with `Allow` (RFC 9110), anything else 404 — both as
 * problem+json (after a last look among the static assets). Hono itself answers 404 for both.
 */
export const notFoundOrMethodNotAllowed = (app: Hono<AppEnv>): NotFoundHandler<AppEnv> => {
  let table: { re: RegExp; methods: Set<string> }[] | undefined
  return async function notFound(c) {
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
    const path = new URL(c.req.url).pathname
    const allowed = new Set<string>()
    for (const { re, methods } of table) if (re.test(path)) for (const m of methods) allowed.add(m)
    if (allowed.size > 0) {
      allowed.add('OPTIONS')
      const allow = [...allowed].sort().join(', ')
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
