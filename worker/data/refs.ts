/**
 * Referenced rows must exist, be live and be visible to the writer before anything is written; every missing one is
 * reported by its place in the body (`places[1]`), all in one 400. A row the writer may not see (another partner's
 * draft) is answered exactly like one that does not exist, so references cannot probe for hidden ids.
 */
import { and, inArray, isNull } from 'drizzle-orm'
import * as t from '../../schema/tables'
import type { Db } from '../base/env'
import type { Viewer } from '../base/keys'
import type { InvalidParam } from '../base/problem'
import { ProblemError } from '../base/problem'
import { visibleEvents } from './events/visibility'

const TABLES = { partners: t.partners, places: t.places, opgaven: t.opgaven, themes: t.themes, events: t.events } as const
export type RefTable = keyof typeof TABLES
export type Ref = { table: RefTable; id: string; path: string }

export async function requireRefs(db: Db, refs: Ref[], viewer: Viewer): Promise<void> {
  if (refs.length === 0) return
  const byTable = new Map<RefTable, Set<string>>()
  for (const r of refs) byTable.set(r.table, (byTable.get(r.table) ?? new Set()).add(r.id))
  const names = [...byTable.keys()]
  const results = await db.batch(names.map((name) => {
    const table = TABLES[name]
    const visible = name === 'events' ? visibleEvents(viewer) : isNull(table.deletedAt)
    return db.select({ id: table.id }).from(table).where(and(inArray(table.id, [...byTable.get(name)!]), visible))
  }) as never) as unknown as { id: string }[][]
  const found = new Set(names.flatMap((name, i) => results[i]!.map((row) => `${name}:${row.id}`)))
  const errors: InvalidParam[] = refs.filter((r) => !found.has(`${r.table}:${r.id}`))
    .map((r) => ({ in: 'body', name: r.path, code: 'unknown_reference', detail: `there is no ${r.table.replace(/s$|en$/, '')} "${r.id}"` }))
  if (errors.length) throw new ProblemError(400, `The body refers to ${errors.length} thing${errors.length === 1 ? '' : 's'} that do${errors.length === 1 ? 'es' : ''} not exist.`, { errors })
}

/** `['a', 'b']` at `places` → refs `places[0]`, `places[1]`. */
export const refsAt = (table: RefTable, path: string, ids: readonly string[] | null | undefined): Ref[] =>
  (ids ?? []).map((id, i) => ({ table, id, path: `${path}[${i}]` }))
