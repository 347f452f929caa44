/**
 * Query-parameter schemas the filter tables and list routes are built from. Lists are comma-separated strings
 * validated by a pattern, so the OpenAPI document states the exact accepted syntax and every bad value is reported by
 * parameter name. Patterns use only syntax that is valid with and without the Unicode flag JSON Schema implies.
 */
import { SLUG_PATTERN } from '../../core/slug'
import { dateOrInstantInWindow, TIME_WINDOW_TEXT } from '../../core/time'
import { doc, Slug, z } from '../../schema/api/common'
import { isCursor, type SortSpec } from './pagination'

export const MAX_LIST = 20

/** `naturalis,lumc`: up to 20 slugs. */
export const slugList = (description: string, example: string) =>
  doc(
    z.string().max(2000).regex(new RegExp(`^${SLUG_PATTERN}(?:,${SLUG_PATTERN}){0,${MAX_LIST - 1}}$`),
      `must be up to ${MAX_LIST} comma-separated slugs`).optional(),
    `${description} Several values, comma-separated, match any of them.`, example)

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `cancelled,postponed`: values from a fixed set. */
export const enumList = (values: readonly string[], description: string, example: string) => {
  const one = `(?:${values.map(escapeRegExp).join('|')})`
  return doc(
    z.string().max(1000).regex(new RegExp(`^${one}(?:,${one})*$`), `must be one or more of: ${values.join(', ')} (comma-separated)`)
      .optional(),
    `${description} One or more of ${values.map((v) => `\`${v}\``).join(', ')}, comma-separated.`, example)
}

/** `a,b,a` → `['a', 'b']`. */
export const split = (value: string): string[] => [...new Set(value.split(','))]

export const booleanParam = (description: string, example: 'true' | 'false') =>
  doc(z.enum(['true', 'false']).optional(), description, example)

const DATE_MESSAGE = `must be a date (2022-07-13) or an RFC 3339 date-time with offset (2022-07-13T09:00:00+02:00), ${TIME_WINDOW_TEXT}`

/** A date (a local day in Europe/Amsterdam) or a date-time with offset, inside the platform's time window. */
export const dateParam = (description: string, example: string) =>
  doc(z.string().max(40).refine(dateOrInstantInWindow, DATE_MESSAGE).optional(), `${description} Accepted ${TIME_WINDOW_TEXT}.`, example)

export const textQuery = doc(
  z.string().trim().min(1).max(200).optional(),
  'Full-text search in names, titles and summaries, Dutch and English: every word must match, as a prefix, ignoring case and diacritics (`deja` finds “Déjà Vu”).', 'ontdekking')

/** `updatedSince`: incremental sync. Takes what `from` takes; deletions come from GET /v1/changes instead. */
export const updatedSinceParam = dateParam(
  'Only items changed at or after this moment (a date is local midnight in Europe/Amsterdam). For a full mirror, use /changes: it also reports deletions.',
  '2026-11-01T00:00:00Z')

/** `limit`, `cursor` and `sort` for a collection; the sort values are the keys of its sort table. */
export function pagingParams<R>(sorts: Record<string, SortSpec<R>>, defaultSort: string, maxLimit = 100) {
  const keys = Object.keys(sorts) as [string, ...string[]]
  return {
    sort: doc(z.enum(keys).default(defaultSort),
      `Sort order; \`-\` before a key sorts descending. Ties are broken by id, so the order is deterministic. Default \`${defaultSort}\`.`,
      defaultSort),
    limit: doc(z.coerce.number().int().min(1).max(maxLimit).default(20), `Items per page, 1–${maxLimit} (default 20).`, 20),
    cursor: doc(z.string().max(1000).refine(isCursor, 'is not a cursor issued by this API').optional(),
      'Opaque cursor from `links.next` (or the `Link` header) of the previous page.',
      'eyJzIjoic3RhcnRzQXQiLCJ2IjpbIjIwMjItMDctMTNUMjI6MDA6MDBaIiwiZXNvZjIwMjIiXX0'),
  }
}

/** `{id}` path parameter of one resource. */
export const idParam = (what: string, example: string) =>
  z.object({ id: doc(Slug, `Id (slug) of the ${what}.`, example).openapi({ param: { name: 'id', in: 'path' } }) })
