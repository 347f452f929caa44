/**
 * Fast selects for collections whose reads are many rows wide (events: pages, exports of 100,000 rows): the select
 * list rendered to SQL once per isolate, and D1's raw rows mapped to objects without drizzle's per-cell work. Each is a
 * faster way to the same rows drizzle's query builder gives (test/worker/perf/event-rows.test.ts).
 */
import { Column, getTableColumns, is, SQL, sql, Table } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import type { Db } from '../base/env'
import { frozen } from './sql'

type Decoder = ((value: unknown) => unknown) | null
type MappedField = { parent: string | null; key: string; decode: Decoder; sql: SQL }

const decoderOf = (field: unknown): Decoder => {
  if (is(field, Column)) return field.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : (v) => field.mapFromDriverValue(v)
  // `decoder` is what .mapWith() sets (drizzle marks it internal; its row mapping reads it the same way).
  const sqlOf = is(field, SQL.Aliased) ? field.sql : is(field, SQL) ? field : undefined
  const decoder = (sqlOf as unknown as { decoder?: { mapFromDriverValue: (v: unknown) => unknown } } | undefined)?.decoder
  if (!decoder) throw new Error('rowMapper: a selection holds columns, SQL and tables only')
  return (v) => decoder.mapFromDriverValue(v)
}

/** A selection's fields in drizzle's order (the order of the select list), at most one level deep. */
function fieldsOf(selection: Record<string, unknown>, parent: string | null = null): MappedField[] {
  return Object.entries(selection).flatMap(([key, field]): MappedField[] => {
    if (is(field, Column) || is(field, SQL)) return [{ parent, key, decode: decoderOf(field), sql: sql`${field}` }]
    if (is(field, SQL.Aliased)) return [{ parent, key, decode: decoderOf(field), sql: field.sql }]
    if (parent !== null) throw new Error('rowMapper: a selection is at most one level deep')
    return fieldsOf(is(field, Table) ? getTableColumns(field) : (field as Record<string, unknown>), key)
  })
}

/**
 * D1's raw rows (arrays, in select-list order) → objects, for one fixed selection, as drizzle maps them: the fields
 * are worked out once, and only the columns that need a decoder (JSON text, booleans) get one. Drizzle does the entity
 * checks and path walking per cell; for an export of 100,000 events of 45 columns that was a fifth of its CPU. For
 * inner joins (a left join's all-null object would need drizzle's null handling).
 */
export function rowMapper<R>(selection: Record<string, unknown>): (rows: unknown[][]) => R[] {
  const fields = fieldsOf(selection)
  return (rows) => rows.map((raw) => {
    const out: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) {
      const { parent, key, decode } = fields[i]!
      if (parent !== null && !out[parent]) out[parent] = {}
      const target = (parent === null ? out : out[parent]) as Record<string, unknown>
      const value = raw[i]
      target[key] = value === null || value === undefined ? null : decode ? decode(value) : value
    }
    return out as R
  })
}

/** A query that runs when awaited (like drizzle's), or as raw rows with `values()`; `toSQL()` for query plans. */
export type FastQuery<R> = PromiseLike<R[]> & { values: () => Promise<unknown[][]>; toSQL: () => { sql: string; params: unknown[] } }

/**
 * A select with a fixed selection: its list rendered once (`sql.placeholder(name)` for what each query binds, such as
 * the current instant), its rows mapped by rowMapper. `from(db, values, source)` starts a query over `source` (a
 * table, or tables joined) with the chain a collection uses: where → orderBy → limit.
 */
export function fastSelect<R>(selection: Record<string, unknown>) {
  const fields = fieldsOf(selection)
  const list = frozen(sql.join(fields.map((f) => f.sql), sql`, `))
  const map = rowMapper<R>(selection)
  const dialect = new SQLiteSyncDialect()
  const query = (db: Db, q: SQL): FastQuery<R> => ({
    // biome-ignore lint/suspicious/noThenProperty: a lazy query, awaited like drizzle's own builders
    then: (done, failed) => db.values<unknown[]>(q).then(map).then(done, failed),
    values: () => db.values<unknown[]>(q),
    toSQL: () => dialect.sqlToQuery(q),
  })
  return {
    map,
    from: (db: Db, values: Record<string, unknown>, source: SQL) => ({
      where: (where: SQL | undefined) => {
        const base = sql`select ${list(values)} from ${source}${where ? sql` where ${where}` : sql``}`
        return Object.assign(query(db, base), {
          orderBy: (...order: SQL[]) => ({
            limit: (n: number) => query(db, sql`${base} order by ${sql.join(order, sql`, `)} limit ${n}`),
          }),
        })
      },
    }),
  }
}
