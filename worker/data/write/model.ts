/**
 * How a resource is written, described once per resource (a write model) and applied by one pipeline
 * (worker/data/write/writer.ts; its HTTP routes in worker/http/write/pipeline.ts): input → table row, relation lists → join-table rows, and back again for the
 * stored state a PATCH is merged onto. Defaults come from the table definition only.
 */
import { and, eq, getTableColumns, isNull, type SQL, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { z } from '../../../schema/api/common'
import type { Relations } from '../../../schema/relations'
import type { Audited } from '../../../schema/tables'
import type { Db } from '../../base/env'
import { ProblemError } from '../../base/problem'
import type { Ref } from '../refs'
import type { LiveTable } from '../rows'


export type WriteModel<I extends { id: string }> = {
  entity: Audited
  /** False for a table without provenance columns (feeds: not published). */
  provenance?: false
  table: LiveTable
  /** The whole resource as writers send it (strict, normalising): what a create and a merged PATCH must satisfy. */
  input: z.ZodType<I> & { shape?: Record<string, unknown> }
  /** Input fields stored in join tables. */
  relations: Relations
  /** Input fields stored under another column name (`containedIn` → `containedInId`). */
  rename?: Record<string, string>
  /** References that must exist (and be live) before anything is written. */
  refs: (input: I) => Ref[]
  /** Why it cannot be deleted (still in use), or null. */
  inUse?: (db: Db, id: string) => Promise<string | null>
  /** Integrity checks against stored data (no cycles), before anything is written; throws a 400 problem. */
  check?: (db: Db, input: I) => Promise<void>
  /** Columns computed from the input (not sent by writers), written with the row. */
  derivedColumns?: (input: I) => Record<string, unknown>
  /** Rows kept in step with the input in other tables (an event's occurrences), written in the same batch. */
  derived?: (db: Db, id: string, input: I) => BatchItem<'sqlite'>[]
}

/** Columns the platform maintains itself; an input never sets them. */
const SYSTEM = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'version'])

type Column = SQLiteColumn & { default?: unknown; generated?: unknown }
const columnsOf = (table: SQLiteTable) => getTableColumns(table) as Record<string, Column>
const fieldsOf = <I extends { id: string }>(model: WriteModel<I>) =>
  Object.keys((model.input as unknown as { shape: Record<string, unknown> }).shape ?? {}).filter((k) => !SYSTEM.has(k) && !(k in model.relations))
const columnKey = <I extends { id: string }>(model: WriteModel<I>, field: string) => model.rename?.[field] ?? field

/**
 * The row values for a validated input. An insert names only what the input sets, so the table's defaults apply; an
 * update sets every field the input manages, using the table's default (or null) for one the merge cleared.
 */
export function rowOf<I extends { id: string }>(model: WriteModel<I>, input: I, mode: 'insert' | 'update'): Record<string, unknown> {
  const columns = columnsOf(model.table)
  const row: Record<string, unknown> = {}
  for (const field of fieldsOf(model)) {
    const key = columnKey(model, field)
    const column = columns[key]
    if (!column || column.generated) continue
    const value = (input as Record<string, unknown>)[field]
    if (value !== undefined) row[key] = value
    else if (mode === 'update') row[key] = isStatic(column.default) ? column.default : null
  }
  return row
}
const isStatic = (value: unknown) => value !== undefined && !(typeof value === 'object' && value !== null && 'queryChunks' in value)

/** Statements that write the relation lists; `only` limits them to the lists a PATCH sent (which are replaced). */
export function relationStatements<I extends { id: string }>(db: Db, model: WriteModel<I>, id: string, input: I, only?: ReadonlySet<string>) {
  const out: BatchItem<'sqlite'>[] = []
  for (const [name, r] of Object.entries(model.relations)) {
    if (only && !only.has(name)) continue
    if (only) out.push(db.delete(r.table).where(eq(r.owner, id)))
    const rows = r.toRows(id, ((input as Record<string, unknown>)[name] ?? []) as never[])
    if (rows.length) out.push(db.insert(r.table).values(rows))
  }
  return out
}

/** The stored resource in input shape — row and relations read in one batch — or undefined when absent or deleted. */
export async function loadInput<I extends { id: string }>(db: Db, model: WriteModel<I>, id: string, where?: SQL): Promise<(I & { row: Record<string, unknown> }) | undefined> {
  const t = model.table
  const relations = Object.entries(model.relations)
  const [rows, ...lists] = await db.batch([
    db.select().from(t as SQLiteTable).where(and(eq(t.id, id), isNull(t.deletedAt), where)),
    ...relations.map(([, r]) => db.select().from(r.table).where(eq(r.owner, id)).orderBy(...(r.order ? [r.order] : []))),
  ] as never) as unknown as Record<string, unknown>[][]
  const row = rows![0]
  if (!row) return undefined
  const input: Record<string, unknown> = { id }
  for (const field of fieldsOf(model)) input[field] = row[columnKey(model, field)]
  relations.forEach(([name, r], i) => { input[name] = r.fromRows(lists[i] as never[]) })
  return Object.assign(input as I, { row })
}

/** How many live events use `id` through `joinTable.column`, as a reason to refuse a delete; null when none. */
export async function usedByEvents(db: Db, joinTable: string, column: string, id: string): Promise<string | null> {
  const row = await db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(joinTable)} j join events e on e.id = j.event_id
    where j.${sql.identifier(column)} = ${id} and e.deleted_at is null`)
  return row && row.n > 0 ? `${row.n} event${row.n === 1 ? '' : 's'}` : null
}

/**
 * A self-reference (`parent_id`, `contained_in_id`) may not lead back to the row itself, directly or through the
 * rows it points at: an event inside itself, a place inside itself.
 */
export async function noCycle(db: Db, table: string, column: string, id: string, target: string | null | undefined, field: string) {
  if (!target) return
  const loop = target === id || (await db.all<{ id: string }>(sql`with recursive up(id, depth) as (
      select ${sql.identifier(column)}, 1 from ${sql.identifier(table)} where id = ${target}
      union all select t.${sql.identifier(column)}, up.depth + 1 from ${sql.identifier(table)} t join up on t.id = up.id where up.depth < 100)
    select id from up where id = ${id} limit 1`)).length > 0
  if (loop) {
    throw new ProblemError(400, `This would make "${id}" part of itself.`, {
      errors: [{ in: 'body', name: field, code: 'cycle', detail: `"${target}" is this record or lies inside it` }],
    })
  }
}
