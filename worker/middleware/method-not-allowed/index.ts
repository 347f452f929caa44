import type { Hono, NotFoundHandler } from 'hono'
import { problem } from '../../lib/problem'

/** `/v1/events/{id}` → a regexp matching concrete paths of that route. */
const toRegExp = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\/:[^/]+|\/\{[^}]+\}/g, '/[^/]+')}$`)

/**
 * A path that exists with other methods answers 405 with `Allow` (RFC 9110), anything else 404 — both as
 * problem+json. Hono itself answers 404 for both.
 */
export const notFoundOrMethodNotAllowed = (app: Hono<any>): NotFoundHandler => {
  let table: { re: RegExp; methods: Set<string> }[] | undefined
  return function notFound(c) {
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
    const hint = path.length > 1 && path.endsWith('/') ? ` Paths have no trailing slash: try ${path.replace(/\/+$/, '')}.` : ''
    return problem(c, 404, `Nothing lives at ${path}.${hint} The API is described at /v1/openapi.json.`)
  }
}
