/** SQL fragments the collections share. */
import { Column, getTableColumns, is, Placeholder, SQL, sql, Table } from 'drizzle-orm'
import { type SQLiteColumn, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'

/** `col IN (…)` with one bound JSON parameter, so a long list never exceeds D1's bound-parameter limit. */
export const inList = (column: SQLiteColumn | SQL, values: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(values)}))`

/** `owner.id in (select <owner key> from <join table> where <key> in values)`: a many-to-many filter. */
export const linked = (id: SQLiteColumn, table: string, ownerKey: string, key: string, values: readonly string[]) =>
  sql`${id} in (select ${sql.identifier(ownerKey)} from ${sql.identifier(table)} where ${inList(sql`${sql.identifier(key)}`, values)})`

const dialect = new SQLiteSyncDialect()

/**
 * A fragment rendered to SQL text once, when the module loads, instead of on every query: drizzle builds SQL from
 * chunks, which for a large fragment (the events' relations) costs more CPU than running it. The result is a function
 * that returns the same fragment as a few raw chunks and its bound values; `sql.placeholder(name)` marks a value given
 * per call.
 */
export function frozen(fragment: SQL): (values?: Record<string, unknown>) => SQL {
  const { sql: text, params } = dialect.sqlToQuery(fragment)
  const parts = text.split('?')
  if (parts.length !== params.length + 1) throw new Error('frozen: the fragment holds a literal "?"')
  const last = sql.raw(parts[params.length]!)
  return (values = {}) => sql.join([
    ...params.map((p, i) => sql`${sql.raw(parts[i]!)}${p instanceof Placeholder ? values[p.name] : p}`),
    last,
  ])
}

type Decoder = ((value: unknown) => unknown) | null
type MappedField = { parent: string | null; key: string; decode: Decoder }

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
    if (is(field, Column) || is(field, SQL) || is(field, SQL.Aliased)) return [{ parent, key, decode: decoderOf(field) }]
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
