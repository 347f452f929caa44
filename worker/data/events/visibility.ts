import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import { events } from '../../../schema/tables'
import type { Viewer } from '../../base/keys'

const organisedBy = (partnerId: string, id: AnySQLiteColumn) =>
  sql`${id} in (select event_id from event_organisers where partner_id = ${partnerId})`

/**
 * Which events a viewer may see — the one place this is decided. Anonymous: published, not deleted. A partner key:
 * that, plus its own events in any moderation state. An admin key: everything not deleted. `table`: the events table
 * or an alias of it (the parent and sub-events read inside an event's relations).
 */
export function visibleEvents(viewer: Viewer, table: Record<'id' | 'deletedAt' | 'workflow', AnySQLiteColumn> = events): SQL {
  const notDeleted = isNull(table.deletedAt)
  if (viewer?.role === 'admin') return notDeleted
  if (viewer?.role === 'partner' && viewer.partnerId) return and(notDeleted, or(eq(table.workflow, 'published'), organisedBy(viewer.partnerId, table.id)))!
  return and(notDeleted, eq(table.workflow, 'published'))!
}
