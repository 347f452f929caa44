import { drizzle } from 'drizzle-orm/d1'
import { HTTPException } from 'hono/http-exception'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import * as schema from '../schema/tables'
import type { App } from './env'
import { ProblemError, problem } from './lib/problem'
import { createRouter } from './lib/router'
import { API_VERSION } from './lib/version'
import { apiVersion } from './middleware/api-version'
import { notFoundOrMethodNotAllowed } from './middleware/method-not-allowed'
import { publicCache } from './middleware/public-cache'
import { securityHeaders } from './middleware/security-headers'
import { openApiInfo } from './openapi-info'
import pages from './pages/pages.index'
import datasets from './routes/datasets/datasets.index'
import events from './routes/events/events.index'
import opgaven from './routes/opgaven/opgaven.index'
import partners from './routes/partners/partners.index'
import places from './routes/places/places.index'
import themes from './routes/themes/themes.index'

/** The v1 API: every route here is in the OpenAPI document served at /v1/openapi.json. */
function createApi(): App {
  const api = createRouter()
  for (const router of [events, opgaven, partners, places, themes, datasets]) api.route('/', router)
  api.doc31('/openapi.json', openApiInfo)
  return api
}

export function createApp(): App {
  const app = createRouter()
  app.use('*', apiVersion(API_VERSION))
  app.use('/v1/*', cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['API-Version', 'ETag', 'Link', 'Content-Disposition', 'Retry-After'],
    maxAge: 86400,
  }))
  app.use('*', securityHeaders())
  app.use('*', publicCache({ maxAge: 60 }))
  // A 304 keeps the CORS headers, so a cross-origin revalidation can be read by the page that asked.
  app.use('*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }))
  app.use('*', async (c, next) => {
    c.set('db', drizzle(c.env.DB, { schema }))
    await next()
  })
  app.route('/v1', createApi())
  app.route('/', pages)
  app.notFound(notFoundOrMethodNotAllowed(app))
  app.onError((err, c) => {
    if (err instanceof ProblemError) return problem(c, err.status, err.detail, err.extra.errors, err.extra.headers)
    if (err instanceof HTTPException && err.status < 500) return problem(c, err.status, err.message || 'The request could not be handled.')
    console.error(err)
    return problem(c, 500, 'Something went wrong on our side. The error has been logged; please try again later.')
  })
  return app
}
