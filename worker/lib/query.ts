/**
 * Query-parameter schemas shared by the collections. Lists are comma-separated strings validated by a pattern, so
 * the OpenAPI document states the exact accepted syntax and every bad value is reported by parameter name.
 */
import { type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { doc, Slug, z } from '../../schema/api/common'
import { isCursor } from './pagination'
import { addDays, toRfc3339, zonedToUtc } from './time'

const MAX_LIST = 20
const slug = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** `naturalis,lumc`: up to 20 slugs. */
export const slugList = (description: string, example: string) =>
  doc(
    z.string().max(2000).regex(new RegExp(`^${slug}(?:,${slug}){0,${MAX_LIST - 1}}$`),
      `must be up to ${MAX_LIST} comma-separated slugs`).optional(),
    `${description} Several values, comma-separated, match any of them.`, example)

/** `cancelled,postponed`: values from a fixed set. */
export const enumList = (values: readonly string[], description: string, example: string) => {
  const one = `(?:${values.map((v) => v.replace(/[-]/g, '\\-')).join('|')})`
  return doc(
    z.string().max(1000).regex(new RegExp(`^${one}(?:,${one})*$`), `must be one or more of: ${values.join(', ')} (comma-separated)`)
      .optional(),
    `${description} One or more of ${values.map((v) => `\`${v}\``).join(', ')}, comma-separated.`, example)
}

export const split = (value: string | undefined): string[] | undefined => (value ? [...new Set(value.split(','))] : undefined)

export const booleanParam = (description: string, example: 'true' | 'false') =>
  doc(z.enum(['true', 'false']).optional(), description, example)

const DATE_OR_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

function isRealDate(value: string): boolean {
  const m = DATE_OR_INSTANT.exec(value)
  if (!m) return false
  const [, y, mo, d] = m.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d &&
    !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)) && y >= 1000
}

export const dateParam = (description: string, example: string) =>
  doc(
    z.string().max(40).refine(isRealDate, 'must be a date (2022-07-13) or an RFC 3339 date-time with offset (2022-07-13T09:00:00+02:00)')
      .optional(),
    description, example)

/**
 * A date means local days in Europe/Amsterdam: `from=2022-07-13` starts at that local midnight, `to=2022-07-16`
 * includes the whole 16th. A date-time is taken as the exact instant.
 */
export function windowBound(value: string | undefined, edge: 'from' | 'to'): string | undefined {
  if (!value) return undefined
  if (value.length === 10) return zonedToUtc(`${edge === 'to' ? addDays(value, 1) : value}T00:00`)
  return toRfc3339(Date.parse(value))
}

export const textQuery = doc(
  z.string().trim().min(1).max(200).optional(),
  'Full-text search in names, titles and summaries, Dutch and English: every word must match, as a prefix, ignoring case and diacritics (`deja` finds “Déjà Vu”).', 'ontdekking')

/** `limit`, `cursor` and `sort` for a collection with the given sort keys. */
export function pagingParams<S extends readonly [string, ...string[]]>(sorts: S, defaultSort: S[number]) {
  return {
    sort: doc(z.enum(sorts).default(defaultSort),
      `Sort order; \`-\` before a key sorts descending. Ties are broken by id, so the order is deterministic. Default \`${defaultSort}\`.`,
      defaultSort),
    limit: doc(z.coerce.number().int().min(1).max(100).default(20), 'Items per page, 1–100 (default 20).', 20),
    cursor: doc(z.string().max(1000).refine(isCursor, 'is not a cursor issued by this API').optional(),
      'Opaque cursor from `links.next` (or the `Link` header) of the previous page.',
      'eyJzIjoic3RhcnRzQXQiLCJ2IjpbIjIwMjItMDctMTNUMjI6MDA6MDBaIiwiZXNvZjIwMjIiXX0'),
  }
}

/** `col IN (…)` with one bound JSON parameter, so a long list never exceeds D1's bound-parameter limit. */
export const inList = (column: SQLiteColumn | SQL, values: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(values)}))`

/** `{id}` path parameter of one resource. */
export const idParam = (what: string, example: string) =>
  z.object({ id: doc(Slug, `Id (slug) of the ${what}.`, example).openapi({ param: { name: 'id', in: 'path' } }) })

/**
 * `format` for links people click (NL ADR: no file extensions); code can send `Accept` instead. `dialect` picks
 * the CSV variant.
 */
export const exportParams = <F extends readonly [string, ...string[]]>(formats: F) => ({
  format: doc(z.enum(formats).optional(),
    `Representation, instead of an \`Accept\` header: ${formats.map((f) => `\`${f}\``).join(', ')}. CSV and iCalendar contain every matching row (limit and cursor do not apply).`,
    formats[1] ?? formats[0]),
  dialect: doc(z.enum(['rfc4180', 'excel-nl']).optional(),
    'CSV dialect: `rfc4180` (default: comma, `.` decimals) or `excel-nl` (UTF-8 BOM, `;`, `,` decimals: opens in columns in Dutch Excel).',
    'excel-nl'),
})

/** `?format=json|jsonld` on a single item. */
export const detailQuery = z.strictObject({ format: exportParams(['json', 'jsonld'] as const).format })

/** `updatedSince`: incremental sync. Deletions and unpublished events come from GET /v1/changes instead. */
export const updatedSinceParam = doc(
  z.iso.datetime({ offset: true }).max(40).optional(),
  'Only items changed at or after this instant (RFC 3339). For a full mirror, use /changes: it also reports deletions.',
  '2026-11-01T00:00:00Z')

/** `updated_at >= since` when given. */
export const changedSince = (column: SQLiteColumn, since: string | undefined) =>
  since ? sql`${column} >= ${toRfc3339(Date.parse(since))}` : undefined
