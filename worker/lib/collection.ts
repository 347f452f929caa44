/**
 * The list and detail behaviour every collection shares: keyset pages as JSON, every row as streamed CSV, a page or
 * an item as schema.org JSON-LD, 404 for an unknown id. A resource supplies its queries, hydration and mappings.
 */
import { and, isNull, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv, Db } from '../env'
import type { Column, Dialect } from './formats/csv'
import { itemList, withContext } from './formats/jsonld'
import { type Format, negotiate } from './formats/negotiate'
import { csvResponse, jsonLdResponse } from './formats/respond'
import { chunksOf, keysetPage, type PageQuery, type SortSpec } from './pagination'
import { ProblemError } from './problem'
import { changedSince, inList } from './query'
import type { LiveTable } from './rows'

type Fetch<R> = (keyset: SQL | undefined, order: SQL[], limit: number) => Promise<R[]>
export type ListQuery = PageQuery & { format?: 'json' | 'csv' | 'jsonld'; dialect?: Dialect; updatedSince?: string }

export function collection<R extends { id: string }, T, Q extends ListQuery>(spec: {
  dataset: string
  noun: string
  table: LiveTable
  sorts: Record<string, SortSpec<R>>
  /** The resource's own filters; not deleted and `updatedSince` apply to every collection and are added here. */
  filters: (q: Q) => SQL | undefined
  hydrate: (db: Db, rows: R[]) => Promise<T[]>
  columns: Column<T>[]
  ld: (item: T, origin: string) => Record<string, unknown>
}) {
  const formats: readonly Format[] = ['json', 'csv', 'jsonld']
  const { table } = spec
  const live = isNull(table.deletedAt)
  const select = (db: Db, q: Q): Fetch<R> => (keyset, order, limit) =>
    db.select().from(table).where(and(live, changedSince(table.updatedAt, q.updatedSince), spec.filters(q), keyset))
      .orderBy(...order).limit(limit) as unknown as Promise<R[]>
  const byIds = (db: Db, ids: string[]) => db.select().from(table).where(and(inList(table.id, ids), live)) as unknown as Promise<R[]>
  const many = async (db: Db, ids: string[]): Promise<T[]> => (ids.length ? spec.hydrate(db, await byIds(db, ids)) : [])
  const one = (db: Db, id: string) => many(db, [id])
  return {
    one,
    many,
    async list(c: Context<AppEnv>, q: Q): Promise<Response> {
      const format = negotiate(c, formats, q.format)
      const db = c.get('db')
      const hydrate = (rows: R[]) => spec.hydrate(db, rows)
      if (format === 'csv') {
        return csvResponse(c, spec.dataset, spec.columns, q.dialect ?? 'rfc4180', chunksOf(spec.sorts[q.sort]!, select(db, q), hydrate))
      }
      const page = await keysetPage(c, q, spec.sorts, select(db, q), hydrate)
      if (format === 'jsonld') {
        const origin = new URL(c.req.url).origin
        return jsonLdResponse(c, itemList(page.data.map((i) => spec.ld(i, origin)), page.links.self, page.links.next))
      }
      return c.json(page, 200)
    },
    async get(c: Context<AppEnv>, id: string, queryFormat?: 'json' | 'jsonld'): Promise<Response> {
      const format = negotiate(c, ['json', 'jsonld'], queryFormat)
      const [item] = await one(c.get('db'), id)
      if (!item) throw new ProblemError(404, `There is no ${spec.noun} with id "${id}".`)
      if (format === 'jsonld') return jsonLdResponse(c, withContext(spec.ld(item, new URL(c.req.url).origin)))
      return c.json(item as object, 200)
    },
  }
}
