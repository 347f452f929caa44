import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { problem } from '../../base/problem'
import { accepts } from '../../formats/negotiate'

type RouteDefinition = { type: string; route?: { method: string; path: string; responses?: Record<string, { content?: Record<string, unknown> }> } }

/**
 * 406 before any work is done when the `Accept` header allows none of the media types an operation answers with
 * (read from the operation's own contract: its 2xx responses). Every operation, not only those that negotiate a
 * format; a refused write writes nothing.
 */
export const acceptable = (base: string, definitions: () => RouteDefinition[]): MiddlewareHandler<AppEnv> => {
  let table: { method: string; re: RegExp; types: string[] }[] | undefined
  return async function acceptable(c, next) {
    const accept = c.req.header('Accept')
    if (!accept) return next()
    table ??= definitions().flatMap((d) => {
      if (d.type !== 'route' || !d.route) return []
      const types = Object.entries(d.route.responses ?? {}).filter(([code]) => /^2/.test(code))
        .flatMap(([, r]) => Object.keys(r.content ?? {}))
      if (types.length === 0) return [] // nothing in the body (204): any Accept will do
      const pattern = d.route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')
      return [{ method: d.route.method.toUpperCase(), re: new RegExp(`^${base}${pattern}$`), types }]
    })
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method
    const path = new URL(c.req.url).pathname
    const route = table.find((r) => r.method === method && r.re.test(path))
    if (route && !route.types.some((t) => accepts(accept, t))) {
      return problem(c, 406, `This operation answers with ${route.types.join(', ')}; the Accept header allows none of them.`)
    }
    return next()
  }
}
