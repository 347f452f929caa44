import { HTTPException } from 'hono/http-exception'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import type { App } from './base/env'
import { ProblemError, problem } from './base/problem'
import { createRouter } from './http/router'
import { conflictOf } from './data/write/commit'
import { API_VERSION } from './base/version'
import { acceptable } from './middleware/acceptable'
import { apiVersion } from './middleware/api-version'
import { authenticate } from './middleware/authenticate'
import { d1Session } from './middleware/d1-session'
import { edgeCache } from './middleware/edge-cache'
import { allowedMethods, notFoundOrMethodNotAllowed, optionsAllow } from './middleware/method-not-allowed'
import { publicCache } from './middleware/public-cache'
import { perClient, perKey } from './middleware/rate-limit'
import { securityHeaders } from './middleware/security-headers'
import { openApiInfo } from './base/openapi-info'
import { withExamples } from './http/openapi-examples'
import { kickHub } from './base/hub'
import recordedExamples from '../openapi/examples.json'
import { errorPage, notFoundPage, wantsHtml } from './pages/errors'
import pages from './pages/pages.index'
import audit from './routes/audit/audit.index'
import changes from './routes/changes/changes.index'
import stream, { STREAM_PATH } from './routes/changes/stream'
import search from './routes/search/search.index'
import datasets from './routes/datasets/datasets.index'
import events from './routes/events/events.index'
import feeds from './routes/feeds/feeds.index'
import occurrences from './routes/occurrences/occurrences.index'
import opgaven from './routes/opgaven/opgaven.index'
import partners from './routes/partners/partners.index'
import places from './routes/places/places.index'
import themes from './routes/themes/themes.index'
import webhooks from './routes/webhooks/webhooks.index'

/** The v1 API: every route here is in the OpenAPI document served at /v1/openapi.json. */
function createApi(): App {
  const api = createRouter()
  // Limits as configured for the bindings in wrangler.toml ([[ratelimits]]); stated here for the headers.
  api.use('*', perClient({ name: 'client', limit: 600, period: 10 }))
  api.use('*', authenticate())
  api.use('*', perKey({ name: 'writes', limit: 60, period: 60 }))
  api.use('*', acceptable('/v1', () => api.openAPIRegistry.definitions as never))
  api.use('*', edgeCache())
  // After every write that went through, the change hub hears of it: webhooks and live streams get it at once.
  api.use('*', async function kickHubAfterWrites(c, next) {
    await next()
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || c.res.status >= 400) return
    try {
      c.executionCtx.waitUntil(kickHub(c.env))
    } catch {
      await kickHub(c.env) // no execution context (app.request in a script)
    }
  })
  for (const router of [events, occurrences, opgaven, partners, places, themes, datasets, feeds, webhooks, audit, changes, stream, search]) api.route('/', router)
  api.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http', scheme: 'bearer', description: 'An API key from the Kennisstad editors: `Authorization: Bearer ksk_…`. Needed for writes; optional for reads (a partner key also sees its own drafts).',
  })
  api.get('/openapi.json', (c) => c.json(contractOf(api)))
  return api
}

/** The contract (built once per isolate), and the same with example bodies for /docs. */
let contract: object | undefined
let documented: object | undefined
function contractOf(api: App) {
  contract ??= api.getOpenAPI31Document(openApiInfo)
  return contract
}

export function createApp(): App {
  const app = createRouter()
  const methodsOf = allowedMethods(app)
  app.use('*', apiVersion(API_VERSION))
  app.use('/v1/*', optionsAllow(methodsOf))
  app.use('/v1/*', cors({
    origin: '*',
    // Never `Allow-Credentials`: cookies are not used, and keys travel in Authorization, which a page must set itself.
    // A preflight is told exactly the methods of the path it asks about (the same as `Allow`).
    allowMethods: (_origin, c) => methodsOf(new URL(c.req.url).pathname),
    allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'If-Match', 'Idempotency-Key', 'Accept', 'Accept-Language', 'X-D1-Bookmark', 'Last-Event-ID'],
    exposeHeaders: ['API-Version', 'ETag', 'Link', 'Location', 'Content-Disposition', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-D1-Bookmark', 'X-Cache'],
    maxAge: 86400,
  }))
  app.use('*', securityHeaders())
  app.use('*', publicCache({ maxAge: 60, staleWhileRevalidate: 300 }))
  // A 304 keeps the CORS headers, so a cross-origin revalidation can be read by the page that asked. A live stream has
  // no ETag: hashing its body would wait for it to end, which it never does.
  const etags = etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] })
  app.use('*', (c, next) => (c.req.path === STREAM_PATH ? next() : etags(c, next)))
  app.use('*', d1Session())
  const api = createApi()
  app.route('/v1', api)
  // The contract as /docs shows it: with a real or composed example body on every JSON body.
  app.get('/docs/openapi.json', (c) => {
    documented ??= withExamples(contractOf(api) as never, recordedExamples)
    return c.json(documented)
  })
  app.route('/', pages)
  const notFound = notFoundOrMethodNotAllowed(app)
  app.notFound(async (c) => {
    const res = await notFound(c)
    if (res.status !== 404 || !wantsHtml(c)) return res
    // A person typed or followed a wrong address: an HTML page in their language (a trailing slash is just dropped).
    const url = new URL(c.req.url)
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) return c.redirect(`${url.pathname.replace(/\/+$/, '')}${url.search}`, 301)
    return notFoundPage(c)
  })
  app.onError((err, c) => {
    if (wantsHtml(c) && (err instanceof ProblemError || err instanceof HTTPException) && err.status < 500) {
      return err.status === 404 ? notFoundPage(c) : errorPage(c, 400, ['Dit verzoek klopt niet helemaal; begin opnieuw via het menu.', 'This request is not quite right; start again from the menu.'])
    }
    if (err instanceof ProblemError) return problem(c, err.status, err.detail, err.extra.errors, err.extra.headers)
    if (err instanceof HTTPException && err.status < 500) return problem(c, err.status, err.message || 'The request could not be handled.')
    if (conflictOf(err)) return problem(c, 409, 'The request conflicts with the current state of the data (a concurrent change, a taken id or a removed reference); nothing was changed. Read again and retry.')
    console.error(err)
    if (wantsHtml(c)) return errorPage(c, isDatabaseError(err) ? 503 : 500, ['Er ging aan onze kant iets mis; het is gelogd. Probeer het zo nog eens.', 'Something went wrong on our side; it has been logged. Please try again shortly.'])
    if (isDatabaseError(err)) {
      return problem(c, 503, 'The database is briefly unavailable; nothing was changed. Retry in a few seconds.', undefined, { 'Retry-After': '2' })
    }
    return problem(c, 500, 'Something went wrong on our side. The error has been logged; please try again later.')
  })
  return app
}

/** D1 failures (and drizzle's wrappers of them) are transient for the client: 503 with Retry-After, not 500. */
function isDatabaseError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/D1_|SQLITE_|Failed query|D1 /.test(e.message)) return true
  }
  return false
}
