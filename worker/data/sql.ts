/** SQL fragments the collections share. */
import { type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'

/** `col IN (…)` with one bound JSON parameter, so a long list never exceeds D1's bound-parameter limit. */
export const inList = (column: SQLiteColumn | SQL, values: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(values)}))`

/** `owner.id in (select <owner key> from <join table> where <key> in values)`: a many-to-many filter. */
export const linked = (id: SQLiteColumn, table: string, ownerKey: string, key: string, values: readonly string[]) =>
  sql`${id} in (select ${sql.identifier(ownerKey)} from ${sql.identifier(table)} where ${inList(sql`${sql.identifier(key)}`, values)})`
