import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { sha256Hex } from '../../base/keys'
import { dataVersion } from '../../data/data-version'
import { etagOf } from '../../base/etag'

const STREAMED = /^(text\/csv|text\/calendar)/

/**
 * The Workers Cache API in front of D1 for anonymous GETs. The cache key includes the data version (the change-log
 * position every write advances; held by the isolate for a few seconds, so a hit reads nothing from D1 — see
 * data/data-version.ts for the freshness bound), so old entries are simply never asked for again; and the
 * deployment's version, so new code never answers with the last one's bodies. Streamed exports are not cached (they
 * answer 304 from their own ETag).
 * `X-Cache: HIT | MISS` tells which path a response took.
 */
export const edgeCache = (): MiddlewareHandler<AppEnv> =>
  async function edgeCache(c, next) {
    const cacheable = (c.req.method === 'GET' || c.req.method === 'HEAD') && !c.req.header('Authorization') && typeof caches !== 'undefined'
    if (!cacheable) return next()
    const version = await dataVersion(c)
    const variant = [c.req.url, c.req.header('Accept') ?? '', c.req.header('Accept-Language') ?? ''].join('\n')
    const code = c.env?.CF_VERSION_METADATA?.id ?? 'unversioned'
    const key = new Request(`https://edge-cache.kennisstad.internal/${code}/${version}/${await sha256Hex(variant)}`)
    const cache = caches.default
    // `Cache-Control: no-cache` on the request (RFC 9111) skips the lookup; the fresh answer is stored again.
    const hit = /no-cache/.test(c.req.header('Cache-Control') ?? '') ? undefined : await cache.match(key)
    if (hit) {
      c.res = new Response(hit.body, hit)
      c.res.headers.set('X-Cache', 'HIT')
      c.res.headers.delete('Cache-Control') // the public policy is set again on the way out
      return c.res
    }
    await next()
    const res = c.res
    const type = res.headers.get('Content-Type') ?? ''
    if (res.status !== 200 || STREAMED.test(type) || res.headers.get('Cache-Control')?.includes('no-store')) return
    const body = await res.clone().text()
    const stored = new Response(body, res)
    if (!stored.headers.has('ETag')) stored.headers.set('ETag', await etagOf(body))
    // Entries are keyed by version, so they can live long; they are only read while the data is unchanged.
    stored.headers.set('Cache-Control', 'public, max-age=86400')
    stored.headers.delete('X-Cache')
    const put = cache.put(key, stored)
    try {
      c.executionCtx.waitUntil(put)
    } catch {
      await put
    }
    c.res = new Response(body, res)
    c.res.headers.set('ETag', stored.headers.get('ETag')!)
    c.res.headers.set('X-Cache', 'MISS')
  }
