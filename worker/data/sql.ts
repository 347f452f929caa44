/** SQL fragments the collections share. */
import { Placeholder, type SQL, sql } from 'drizzle-orm'
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
