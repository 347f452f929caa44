/**
 * The change feed's data: what changed after a position in the change log, each with the resource as the public
 * sees it now (or nothing: it left the public data).
 */
import { and, asc, gt, inArray, ne, or } from 'drizzle-orm'
import * as t from '../../schema/tables'
import { ENTITIES, type Entity } from '../../schema/tables'
import type { Db } from '../base/env'
import { events } from './events/collection'
import { opgaven } from './opgaven/collection'
import { partners } from './partners/collection'
import { places } from './places/collection'
import { themes } from './themes/collection'

const COLLECTIONS = { event: events, partner: partners, place: places, opgave: opgaven, theme: themes } as const

/** Current public state of the changed resources: one read per kind, all at once. */
async function currentState(db: Db, ids: Record<Entity, string[]>): Promise<Map<string, unknown>> {
  const found = await Promise.all(ENTITIES.map(async (entity) => [entity, await COLLECTIONS[entity].many(db, ids[entity])] as const))
  const state = new Map<string, unknown>()
  for (const [entity, items] of found) for (const item of items as { id: string }[]) state.set(`${entity}:${item.id}`, item)
  return state
}

/**
 * Up to `limit` log entries after `after`, several changes of one resource collapsed to the last, each as an
 * `upsert` with the current public representation or a `delete`.
 */
export async function changesAfter(db: Db, after: number, limit: number) {
  // Events only once they have been public: a draft, a rejected event or one deleted before publication never
  // appears, not even as a tombstone (its id is made from its title).
  const everPublic = db.select({ id: t.eventPublications.eventId }).from(t.eventPublications)
  const rows = await db.select().from(t.changes)
    .where(and(gt(t.changes.seq, after), or(ne(t.changes.entity, 'event'), inArray(t.changes.entityId, everPublic))))
    .orderBy(asc(t.changes.seq)).limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = new Map<string, (typeof page)[number]>()
  for (const r of page) {
    last.delete(`${r.entity}:${r.entityId}`)
    last.set(`${r.entity}:${r.entityId}`, r)
  }
  const ids = Object.fromEntries(ENTITIES.map((e) => [e, [] as string[]])) as Record<Entity, string[]>
  for (const r of last.values()) ids[r.entity].push(r.entityId)
  const state = await currentState(db, ids)
  const data = [...last.values()].map((r) => {
    const item = state.get(`${r.entity}:${r.entityId}`) ?? null
    return { seq: r.seq, entity: r.entity, id: r.entityId, action: item ? 'upsert' as const : 'delete' as const, at: r.at, data: item }
  })
  return { data, lastSeq: page.at(-1)?.seq ?? after, hasMore: rows.length > limit }
}
