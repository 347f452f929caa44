import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm'
import { events as e } from '../../../schema/tables'
import type { Viewer } from '../../base/keys'

const organisedBy = (partnerId: string) =>
  sql`${e.id} in (select event_id from event_organisers where partner_id = ${partnerId})`

/**
 * Which events a viewer may see — the one place this is decided. Anonymous: published, not deleted. A partner key:
 * that, plus its own events in any moderation state. An admin key: everything not deleted.
 */
export function visibleEvents(viewer: Viewer): SQL {
  const notDeleted = isNull(e.deletedAt)
  if (viewer?.role === 'admin') return notDeleted
  if (viewer?.role === 'partner' && viewer.partnerId) return and(notDeleted, or(eq(e.workflow, 'published'), organisedBy(viewer.partnerId)))!
  return and(notDeleted, eq(e.workflow, 'published'))!
}
