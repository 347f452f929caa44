/**
 * Keyset ("cursor") pagination. A cursor holds the sort key and id of the last row of a page, so the next page is
 * `(key, id) > (lastKey, lastId)` on an index: constant cost at any depth, no OFFSET, no duplicates or gaps when
 * rows are added between requests. The cursor is opaque to clients (base64url JSON) and bound to its sort order.
 */
import { type SQL, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { ProblemError } from '../base/problem'

type CursorValue = string | number
/** How to order by one sort key (ties broken by id) and read that key back from a row for the cursor. */
/** `idOf` reads the tie-breaker back from a row; default: its `id`. */
export type SortSpec<R> = { key: SQL; id: SQL; desc: boolean; keyOf: (row: R) => CursorValue; idOf?: (row: R) => CursorValue }
const idOf = <R>(spec: SortSpec<R>, row: R): CursorValue => spec.idOf?.(row) ?? (row as { id: CursorValue }).id
export type Cursor = { s: string; v: [CursorValue, string | number] }

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export function encodeCursor(cursor: Cursor): string {
  let bin = ''
  for (const byte of encoder.encode(JSON.stringify(cursor))) bin += String.fromCharCode(byte)
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** Null for anything that is not a cursor this API issued (used by the query schemas' validation). */
export function decodeCursor(raw: string): Cursor | null {
  try {
    const bin = atob(raw.replaceAll('-', '+').replaceAll('_', '/'))
    const value: unknown = JSON.parse(decoder.decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))))
    if (typeof value !== 'object' || value === null) return null
    const { s, v } = value as Record<string, unknown>
    if (typeof s !== 'string' || !Array.isArray(v) || v.length !== 2) return null
    const [key, id] = v as unknown[]
    const scalar = (x: unknown): x is CursorValue => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x))
    if (!scalar(key) || !scalar(id)) return null
    if ((typeof id === 'string' && id.length > 200) || (typeof key === 'string' && key.length > 500)) return null
    return { s, v: [key, id] }
  } catch {
    return null
  }
}

export const isCursor = (raw: string) => decodeCursor(raw) !== null

/** The WHERE part that continues after `cursor`, which must have been issued for the same sort. */
export function after(spec: SortSpec<never>, sort: string, raw: string | undefined): SQL | undefined {
  if (!raw) return undefined
  const cursor = decodeCursor(raw)
  if (!cursor || cursor.s !== sort) {
    throw new ProblemError(400, 'The cursor does not belong to this sort order; start again without a cursor.', {
      errors: [{ in: 'query', name: 'cursor', code: 'invalid_cursor', detail: `was issued for another sort than "${sort}"` }],
    })
  }
  return keysetAfter(spec, ...cursor.v)
}

/** Rows that come after (`key`, `id`) in the order of `spec`: one row-value comparison an index can serve. */
const keysetAfter = (spec: SortSpec<never>, key: CursorValue, id: CursorValue): SQL =>
  spec.desc ? sql`(${spec.key}, ${spec.id}) < (${key}, ${id})` : sql`(${spec.key}, ${spec.id}) > (${key}, ${id})`

/**
 * Every row in `spec` order, `size` rows per query, hydrated chunk by chunk: what exports stream (a chunk of 1000
 * events is about 1 MB: few round trips, bounded memory). Keyset, never
 * OFFSET, so each chunk costs the same however deep the export is.
 */
export async function* chunksOf<R, T>(
  spec: SortSpec<R>,
  fetch: (keyset: SQL | undefined, order: SQL[], limit: number) => Promise<R[]>,
  hydrate: (rows: R[]) => Promise<T[]>,
  size = 1000,
): AsyncGenerator<T[]> {
  let keyset: SQL | undefined
  for (;;) {
    const rows = await fetch(keyset, orderBy(spec), size)
    if (rows.length > 0) yield await hydrate(rows)
    if (rows.length < size) return
    const last = rows[rows.length - 1]!
    keyset = keysetAfter(spec, spec.keyOf(last), idOf(spec, last))
  }
}

export const orderBy = (spec: SortSpec<never>): SQL[] =>
  spec.desc ? [sql`${spec.key} desc`, sql`${spec.id} desc`] : [sql`${spec.key} asc`, sql`${spec.id} asc`]

export type PageQuery = { sort: string; limit: number; cursor?: string }

/**
 * One page of a collection: `fetch` runs the query with the keyset condition and order it is given, for
 * limit+1 rows (the extra row only tells that a next page exists); `hydrate` turns rows into API items.
 */
export async function keysetPage<R, T>(
  c: Context,
  q: PageQuery,
  sorts: Record<string, SortSpec<R>>,
  fetch: (keyset: SQL | undefined, order: SQL[], limit: number) => Promise<R[]>,
  hydrate: (rows: R[]) => Promise<T[]>,
) {
  const spec = sorts[q.sort]!
  const rows = await fetch(after(spec, q.sort, q.cursor), orderBy(spec), q.limit + 1)
  const items = await hydrate(rows.slice(0, q.limit))
  return pageOf(c, rows, { limit: q.limit, sort: q.sort, keyOf: spec.keyOf, idOf: (r) => idOf(spec, r), items })
}

/** The page envelope and Link header (RFC 8288) for `rows` (up to limit+1) and their hydrated `items`. */
function pageOf<R, T>(
  c: Context,
  rows: R[],
  opts: { limit: number; sort: string; keyOf: (r: R) => CursorValue; idOf: (r: R) => CursorValue; items: T[] },
) {
  const url = new URL(c.req.url)
  const self = url.toString()
  url.searchParams.delete('cursor')
  const first = url.toString()
  let next: string | null = null
  if (rows.length > opts.limit) {
    const last = rows[opts.limit - 1]!
    url.searchParams.set('cursor', encodeCursor({ s: opts.sort, v: [opts.keyOf(last), opts.idOf(last)] }))
    next = url.toString()
  }
  const link = [`<${first}>; rel="first"`, ...(next ? [`<${next}>; rel="next"`] : [])].join(', ')
  c.header('Link', link)
  return {
    data: opts.items,
    links: { self, first, next },
    meta: { limit: opts.limit, count: opts.items.length, sort: opts.sort },
  }
}

/** `{ name: [expr, keyOf] }` → sort specs for `name` (ascending) and `-name` (descending). */
export function sortsBy<R>(id: SQL, keys: Record<string, [SQL, (row: R) => CursorValue]>, idOf?: (row: R) => CursorValue): Record<string, SortSpec<R>> {
  return Object.fromEntries(Object.entries(keys).flatMap(([name, [key, keyOf]]) => [
    [name, { key, id, desc: false, keyOf, idOf }],
    [`-${name}`, { key, id, desc: true, keyOf, idOf }],
  ]))
}
