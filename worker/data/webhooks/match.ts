/**
 * Which changed events a subscription's filters select — the filters of `GET /v1/events`, applied to the stored rows
 * whatever their state, so an event that was deleted or unpublished is matched by what it was (its partner, its
 * themes…) and its subscribers hear of the deletion. One query per distinct set of filters, all in one D1 batch.
 */
import { and, type SQL } from 'drizzle-orm'
import { canonicalJson } from '../../../core/json'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { eventFilters, seriesInWindow } from '../events/filters'
import { filterSql } from '../filters'
import { inList } from '../sql'

export type FilterValues = Record<string, string>

/** For each distinct filter (by its canonical JSON), the ids among `ids` it selects. */
export async function matchingEvents(db: Db, filters: readonly FilterValues[], ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const distinct = new Map(filters.map((f) => [canonicalJson(f), f]))
  const out = new Map<string, Set<string>>()
  const queries: [string, SQL | undefined][] = []
  for (const [key, f] of distinct) {
    const where = and(filterSql(eventFilters, f), seriesInWindow(f))
    if (!where) out.set(key, new Set(ids)) // no filter: every event
    else queries.push([key, where])
  }
  if (ids.length && queries.length) {
    const results = await db.batch(queries.map(([, where]) =>
      db.select({ id: t.events.id }).from(t.events).where(and(inList(t.events.id, ids), where))) as never) as unknown as { id: string }[][]
    queries.forEach(([key], i) => {
      out.set(key, new Set(results[i]!.map((r) => r.id)))
    })
  }
  for (const key of distinct.keys()) if (!out.has(key)) out.set(key, new Set())
  return out
}

/** Whether `id` is selected by `filter`, from what matchingEvents found. */
export const selects = (found: Map<string, Set<string>>, filter: FilterValues, id: string) => found.get(canonicalJson(filter))?.has(id) ?? false
