/** Feed and run rows → what the API shows of them (a feed with its partner and its latest run). */
import { desc, inArray, sql } from 'drizzle-orm'
import type { Feed, FeedRun } from '../../../schema/api/feeds'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { inList } from '../sql'

type FeedRow = typeof t.feeds.$inferSelect
type RunRow = typeof t.feedRuns.$inferSelect

export function feedRunOf(r: RunRow): FeedRun {
  const { items, created, updated, cancelled, unchanged, rejected, report, ...rest } = r
  return {
    ...rest,
    counts: { items, created, updated, cancelled, unchanged, rejected },
    rejected: report?.rejected ?? [], kept: report?.kept ?? [], notes: report?.notes ?? [],
  }
}

export async function hydrateFeeds(db: Db, rows: FeedRow[]): Promise<Feed[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [partners, runs] = await db.batch([
    db.select({ id: t.partners.id, name: t.partners.name, kind: t.partners.kind }).from(t.partners).where(inList(t.partners.id, rows.map((r) => r.partnerId))),
    db.select().from(t.feedRuns).where(inArray(t.feedRuns.id,
      db.select({ id: sql<number>`max(${t.feedRuns.id})` }).from(t.feedRuns).where(inList(t.feedRuns.feedId, ids)).groupBy(t.feedRuns.feedId))).orderBy(desc(t.feedRuns.id)),
  ])
  return rows.map(({ partnerId, etag, lastModified, requestedAt, createdBy, deletedAt, version, ...r }) => {
    const run = runs.find((x) => x.feedId === r.id)
    return { ...r, partner: partners.find((p) => p.id === partnerId)!, lastRun: run ? feedRunOf(run) : null }
  })
}
