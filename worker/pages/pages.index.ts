import { SAMPLE_FEED, sampleFeed } from '../../schema/seed/sample-feed'
import { today } from '../../core/time'
import { Hono } from 'hono'
import type { AppEnv } from '../base/env'
import { agendaPage } from './agenda'
import { configurator } from './configurator'
import { dataPage, downloadRedirect, monthsCsv } from './data'
import { eventPage, resourcePage } from './detail'
import { docs } from './docs'
import { notFoundPage } from './errors'
import { indexPage } from './indexes'
import { landing } from './landing'
import { problemPage } from './problems'
import { searchPage } from './search'
import { robots, sitemap, sitemapIndex } from './seo'

/** Server-rendered HTML; not part of the API contract. */
export default new Hono<AppEnv>({ strict: true })
  .get('/', landing)
  .get('/events', agendaPage)
  .get('/events/:id', eventPage)
  .get('/partners', (c) => indexPage(c, 'partners'))
  .get('/partners/:id', (c) => resourcePage(c, 'partners'))
  .get('/places', (c) => indexPage(c, 'places'))
  .get('/places/:id', (c) => resourcePage(c, 'places'))
  .get('/opgaven', (c) => indexPage(c, 'opgaven'))
  .get('/opgaven/:id', (c) => resourcePage(c, 'opgaven'))
  .get('/themes', (c) => indexPage(c, 'themes'))
  .get('/themes/:id', (c) => resourcePage(c, 'themes'))
  .get('/search', searchPage)
  .get('/data', dataPage)
  .get('/data/download', downloadRedirect)
  .get('/data/months', monthsCsv)
  .get('/widgets', configurator)
  .get('/docs', docs)
  .get('/problems/:slug', problemPage)
  .get('/robots.txt', robots)
  // The sample feed `npm start` imports: local development only, so production never serves fictitious events.
  .get(SAMPLE_FEED.path, (c) => (c.env.ENVIRONMENT === 'development'
    ? c.body(sampleFeed(today()), 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' })
    : notFoundPage(c)))
  .get('/sitemap.xml', sitemapIndex)
  .get('/sitemaps/:name', sitemap)
