/**
 * Filter tables: one entry per filter of a collection, the single place a filter is defined. From a table come the
 * query schema (hence the OpenAPI document and the widget attributes generated from it), the TypeScript type of the
 * values, the SQL, and what the configurator and the downloads page offer. Adding a filter is adding an entry.
 */
import { and, type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { windowEdge } from '../../core/time'
import type { z } from '../../schema/api/common'
import type { DatasetId } from '../../schema/tables'
import { booleanParam, dateParam, enumList, slugList, split, textQuery, updatedSinceParam } from './params'
import { type Searchable, matches } from './search'
import { inList } from './sql'

/** How people choose a value: a collection's ids, a fixed set, a date, a yes/no or free text. */
export type FilterInput =
  | { kind: 'ref'; dataset: DatasetId }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'text' }

export type Filter = {
  /** The query parameter: a zod schema with description and example, always optional. */
  schema: z.ZodOptional<z.ZodType<string>>
  /** The condition for a validated value. */
  toSql: (value: string) => SQL | undefined
  input: FilterInput
  /** What a form calls it. */
  label: { nl: string; en: string }
  /** What a form says under it, where the label alone could mislead. */
  hint?: { nl: string; en: string }
  /** False for filters meant for API clients only (moderation state, sync): forms and widgets leave them out. */
  form?: false
}
type Label = { label: { nl: string; en: string }; hint?: { nl: string; en: string }; form?: false }
const label = (nl: string, en: string = nl): Label => ({ label: { nl, en } })
export type FilterTable = Record<string, Filter>
/** The values of a table's filters, as validated query strings. */
export type FilterValues<T extends FilterTable> = { [K in keyof T]?: string }

/** Slugs of `dataset` (`partner=naturalis,lumc`). */
export const refFilter = (l: Label, dataset: DatasetId, description: string, example: string, toSql: (ids: string[]) => SQL): Filter =>
  ({ ...l, schema: slugList(description, example), toSql: (v) => toSql(split(v)), input: { kind: 'ref', dataset } })

/** Values from a fixed set, comma-separated. */
export const enumFilter = (l: Label, values: readonly string[], description: string, example: string, toSql: (values: string[]) => SQL): Filter =>
  ({ ...l, schema: enumList(values, description, example), toSql: (v) => toSql(split(v)), input: { kind: 'enum', values } })

/** An enum column matching any of the given values. */
export const columnIn = (l: Label, column: SQLiteColumn, values: readonly string[], description: string, example: string) =>
  enumFilter(l, values, description, example, (v) => inList(column, v))

export const booleanFilter = (l: Label, description: string, example: 'true' | 'false', toSql: (value: boolean) => SQL): Filter =>
  ({ ...l, schema: booleanParam(description, example), toSql: (v) => toSql(v === 'true'), input: { kind: 'boolean' } })

/** A date or date-time, turned into the instant that starts (`from`) or ends (`to`) the window. */
export const dateFilter = (l: Label, description: string, example: string, edge: 'from' | 'to', toSql: (instant: string) => SQL): Filter =>
  ({ ...l, schema: dateParam(description, example), toSql: (v) => toSql(windowEdge(v, edge)), input: { kind: 'date' } })

/** Full-text search in one resource's index. */
export const searchFilter = (table: Searchable): Filter =>
  ({ ...label('Zoekwoorden', 'Search words'), schema: textQuery, toSql: (v) => matches(table, v), input: { kind: 'text' } })

/** Changed at or after a moment: every collection has it. */
export const updatedSinceFilter = (column: SQLiteColumn): Filter => ({
  ...label('Gewijzigd sinds', 'Changed since'), form: false,
  schema: updatedSinceParam, toSql: (v) => sql`${column} >= ${windowEdge(v, 'from')}`, input: { kind: 'date' },
})

/** A label with a line of explanation under it in forms. */
export const hinted = (l: Label, nl: string, en: string): Label => ({ ...l, hint: { nl, en } })

/** A form label for a filter (Dutch, English); `apiOnly` keeps it out of forms and widgets. */
export const named = (nl: string, en: string, apiOnly = false): Label => ({ ...label(nl, en), ...(apiOnly ? { form: false as const } : {}) })

/**
 * The query-schema shape of a table, without the filters a path already fixes. Each parameter is marked in the
 * contract as a filter (`x-kennisstad-filter`: `form` for those people choose, `api` for clients only), so the
 * widgets' attributes are generated from the contract.
 */
export function filterShape<T extends FilterTable, O extends keyof T = never>(table: T, omit: readonly O[] = []) {
  return Object.fromEntries(Object.entries(table).filter(([name]) => !(omit as readonly string[]).includes(name))
    .map(([name, f]) => [name, f.schema.openapi({ [FILTER_MARK]: f.form === false ? 'api' : 'form' } as never)])) as { [K in Exclude<keyof T, O>]: T[K]['schema'] }
}
export const FILTER_MARK = 'x-kennisstad-filter'

/** All conditions for the given values (AND); a value that is absent does not filter. */
export function filterSql<T extends FilterTable>(table: T, values: FilterValues<T>): SQL | undefined {
  return and(...Object.entries(table).map(([name, f]) => {
    const value = values[name as keyof T]
    return value === undefined || value === '' ? undefined : f.toSql(value)
  }))
}

/** The filters people choose in forms and widgets. */
export const formFilters = <T extends FilterTable>(table: T) => (Object.keys(table) as (keyof T & string)[]).filter((k) => table[k]!.form !== false)

/** Only the entries of `query` that are filters of `table` (what a page or a form passes on). */
export const pickFilters = <T extends FilterTable>(table: T, query: Record<string, unknown>): FilterValues<T> =>
  Object.fromEntries(Object.keys(table).flatMap((k) => (typeof query[k] === 'string' && query[k] !== '' ? [[k, query[k]]] : []))) as FilterValues<T>
