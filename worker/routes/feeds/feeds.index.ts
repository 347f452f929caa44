/**
 * Partners' feeds: registered, changed and removed through the one write pipeline (a partner key its own partner's,
 * an editor every one), read with their run reports, and imported on demand through the feeds queue.
 */
import { and, eq, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import { FeedInput, FeedPatch, Feed } from '../../../schema/api/feeds'
import * as t from '../../../schema/tables'
import type { AppEnv } from '../../base/env'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { feedFilters } from '../../data/feeds/filters'
import { feedRunOf, hydrateFeeds } from '../../data/feeds/rows'
import { filterSql } from '../../data/filters'
import { queueRun, runRow } from '../../data/feeds/runs'
import { feedWriter } from '../../data/feeds/write'
import { keysetPage } from '../../data/pagination'
import { needsWriter } from '../../http/authz'
import { assertKnownRefs } from '../../http/collections'
import { writeRoutes } from '../../http/write/pipeline'
import * as routes from './feeds.routes'

/** Feeds a key may see: its own partner's, or (editors) all. Another partner's feed is answered like a missing one. */
const mine = (who: Principal) => and(isNull(t.feeds.deletedAt), who.role === 'admin' ? undefined : eq(t.feeds.partnerId, who.partnerId ?? ''))

async function feedFor(c: Context<AppEnv>, id: string) {
  const [row] = await c.get('db').select().from(t.feeds).where(and(eq(t.feeds.id, id), mine(c.get('principal')!)))
  if (!row) throw new ProblemError(404, `There is no feed with id "${id}".`)
  return row
}

const writes = writeRoutes({
  writer: feedWriter, name: 'Feed', tag: 'Feeds', example: 'naturalis-agenda', create: FeedInput, patch: FeedPatch, output: Feed, admit: needsWriter,
  describe: {
    create: 'Registers a partner’s calendar feed (iCalendar, or schema.org JSON-LD as a document or embedded in a page). A partner key registers its own partner’s feeds; an editor any. Its events belong to the partner; they are imported on its interval (and at once with `POST /feeds/{id}/runs`), published directly when the feed is `trusted`, otherwise `submitted` for an editor. The address is checked the way every fetch is: https, no private addresses.',
    update: 'JSON merge patch of a feed’s settings. `paused: false` resumes a paused feed (its failures count again from zero).',
    remove: 'Stops importing the feed. Its events stay (they belong to the partner) and keep their provenance.',
  },
})

export default writes
  .openapi(routes.list, async (c) => {
    const q = c.req.valid('query')
    const db = c.get('db')
    await assertKnownRefs(db, feedFilters, q, c.get('principal'))
    const page = await keysetPage(c, q, routes.feedSorts,
      (keyset, order, limit) => db.select().from(t.feeds)
        .where(and(mine(c.get('principal')!), filterSql(feedFilters, q), keyset)).orderBy(...order).limit(limit),
      (rows) => hydrateFeeds(db, rows))
    return c.json(page, 200)
  })
  .openapi(routes.get, async (c) => {
    const [feed] = await hydrateFeeds(c.get('db'), [await feedFor(c, c.req.valid('param').id)])
    return c.json(feed!, 200)
  })
  .openapi(routes.runs, async (c) => {
    const feed = await feedFor(c, c.req.valid('param').id)
    const q = c.req.valid('query')
    const db = c.get('db')
    const page = await keysetPage(c, q, routes.runSorts,
      (keyset, order, limit) => db.select().from(t.feedRuns).where(and(eq(t.feedRuns.feedId, feed.id), keyset)).orderBy(...order).limit(limit),
      async (rows) => rows.map(feedRunOf))
    return c.json(page, 200)
  })
  .openapi(routes.run, async (c) => {
    const { id, run } = c.req.valid('param')
    const feed = await feedFor(c, id)
    const row = await runRow(c.get('db'), run)
    if (!row || row.feedId !== feed.id) throw new ProblemError(404, `Feed "${id}" has no run ${run}.`)
    return c.json(feedRunOf(row), 200)
  })
  .openapi(routes.startRun, async (c) => {
    const feed = await feedFor(c, c.req.valid('param').id)
    const db = c.get('db')
    const { runId, queued } = await queueRun(db, feed.id, 'request')
    if (queued) await c.env.FEED_QUEUE.send({ runId, feedId: feed.id })
    const row = await runRow(db, runId)
    return c.json(feedRunOf(row!), 202, { Location: `/v1/feeds/${feed.id}/runs/${runId}` })
  })
