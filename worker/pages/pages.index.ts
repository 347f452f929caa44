import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { docs } from './docs'
import { landing } from './landing'
import { problemPage } from './problems'

/** Server-rendered HTML; not part of the API contract. */
export default new Hono<AppEnv>({ strict: true })
  .get('/', landing)
  .get('/docs', docs)
  .get('/problems/:slug', problemPage)
