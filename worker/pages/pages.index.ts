import { Hono } from 'hono'
import type { AppEnv } from '../base/env'
import { configurator } from './configurator'
import { dataPage, downloadRedirect } from './data'
import { eventPage, resourcePage } from './detail'
import { docs } from './docs'
import { landing } from './landing'
import { problemPage } from './problems'

/** Server-rendered HTML; not part of the API contract. */
export default new Hono<AppEnv>({ strict: true })
  .get('/', landing)
  .get('/docs', docs)
  .get('/data', dataPage)
  .get('/data/download', downloadRedirect)
  .get('/widgets', configurator)
  .get('/events/:id', eventPage)
  .get('/partners/:id', (c) => resourcePage(c, 'partners'))
  .get('/places/:id', (c) => resourcePage(c, 'places'))
  .get('/opgaven/:id', (c) => resourcePage(c, 'opgaven'))
  .get('/problems/:slug', problemPage)
