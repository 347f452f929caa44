/**
 * A collection of one resource: its table, filter table, sort table, who may see which rows, and how rows become
 * API items. Every list, export, detail read, page and sync read goes through one of these, so "only published
 * events are public" and "deleted rows are gone" are each written once.
 */
import { and, isNull, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import type { DatasetId } from '../../schema/tables'
import type { Db } from '../base/env'
import type { Viewer } from '../base/keys'
import { type FilterTable, type FilterValues, filterSql } from './filters'
import { chunksOf, keysetPage, orderBy, type PageQuery, type SortSpec } from './pagination'
import type { LiveTable } from './rows'
import { inList } from './sql'

type Fetch<R> = (keyset: SQL | undefined, order: SQL[], limit: number) => Promise<R[]>
type Query<R> = PromiseLike<R[]>
type Rows<R> = { where: (where: SQL | undefined) => Query<R> & { orderBy: (...order: SQL[]) => { limit: (n: number) => Query<R> } } }
export type { Viewer }

/**
 * A faster way to the same rows for some filter values: read from an access table in its index order, joined to the
 * resource's rows, with a condition on the access table that every matching row meets (so the index can skip what
 * cannot match) and the sorts it serves — the same orders, keyed on the access table's columns, so cursors are
 * interchangeable with the plain query's.
 */
export type AccessPath<R> = { from: (db: Db) => Rows<R>; where?: SQL; sorts: Record<string, SortSpec<R>> }

export type CollectionSpec<R, T, F extends FilterTable> = {
  id: DatasetId
  noun: string
  table: LiveTable
  filters: F
  sorts: Record<string, SortSpec<R>>
  defaultSort: string
  /** Rows this viewer may see; default: every row that is not deleted. */
  visible?: (viewer: Viewer) => SQL
  /** A condition on several filters at once (events: a series must have an occurrence inside the window). */
  combine?: (values: FilterValues<F>) => SQL | undefined
  /** The rows to read, when they are more than the table's own (events with their relations, occurrences with their events). */
  from?: (db: Db) => Rows<R>
  /** Access paths for some filters (events: one partner, theme or opgave in start order); see AccessPath. */
  accessPath?: (values: FilterValues<F>) => AccessPath<R> | undefined
  /** Rows → API items; `viewer` may see more of an item (events: organisers that have not confirmed yet). */
  hydrate: (db: Db, rows: R[], viewer: Viewer) => Promise<T[]>
}

export function collection<R, T, F extends FilterTable>(spec: CollectionSpec<R, T, F>) {
  const { table } = spec
  const visible = spec.visible ?? (() => isNull(table.deletedAt))
  const where = (values: FilterValues<F>, viewer: Viewer, extra?: SQL) => and(visible(viewer), filterSql(spec.filters, values), spec.combine?.(values), extra)
  const rows = (db: Db) => spec.from?.(db) ?? (db.select().from(table) as unknown as NonNullable<typeof spec.from> extends (db: Db) => infer Q ? Q : never)
  /** The access path for these values in this sort, if there is one. */
  const pathFor = (values: FilterValues<F>, sort: string | undefined) => {
    const path = sort ? spec.accessPath?.(values) : undefined
    return path && sort && path.sorts[sort] ? path : undefined
  }
  /**
   * The rows for filter values (and an extra condition), as a keyset fetch. With `sort`, through the access path
   * that serves it (then use `sortsFor` for that sort's keyset and order).
   */
  const select = (db: Db, values: FilterValues<F>, viewer: Viewer, extra?: SQL, sort?: string): Fetch<R> => {
    const built = query(db, values, viewer, extra, sort)
    return async (keyset, order, limit) => await built(keyset, order, limit)
  }
  /** The query `select` runs, unexecuted: for query plans and the benchmark's raw-D1 Worker. */
  const query = (db: Db, values: FilterValues<F>, viewer: Viewer, extra?: SQL, sort?: string) => {
    const path = pathFor(values, sort)
    return (keyset: SQL | undefined, order: SQL[], limit: number) =>
      (path ? path.from(db) : rows(db)).where(and(where(values, viewer, extra), path?.where, keyset)).orderBy(...order).limit(limit)
  }
  /** The sort table that goes with `select(…, sort)`. */
  const sortsFor = (values: FilterValues<F>, sort: string | undefined): Record<string, SortSpec<R>> => pathFor(values, sort)?.sorts ?? spec.sorts
  const hydrate = (db: Db, viewer: Viewer) => (rows: R[]) => spec.hydrate(db, rows, viewer)
  const many = async (db: Db, ids: readonly string[], viewer: Viewer = null): Promise<T[]> => {
    if (ids.length === 0) return []
    const found = await rows(db).where(and(inList(table.id, ids), visible(viewer)))
    return spec.hydrate(db, found, viewer)
  }
  return {
    ...spec,
    visible,
    /** The WHERE clause for filter values (also what facets count over). */
    where,
    select,
    query,
    sortsFor,
    many,
    one: async (db: Db, id: string, viewer: Viewer = null): Promise<T | undefined> => (await many(db, [id], viewer))[0],
    /** One keyset page as the JSON envelope (sets the Link header). */
    page: (c: Context, db: Db, q: PageQuery & FilterValues<F>, viewer: Viewer) =>
      keysetPage(c, q, sortsFor(q, q.sort), select(db, q, viewer, undefined, q.sort), hydrate(db, viewer)),
    /** Every matching item, chunk by chunk, in `sort` order: what exports stream. */
    chunks: (db: Db, values: FilterValues<F>, sort: string, viewer: Viewer) => {
      const name = spec.sorts[sort] ? sort : spec.defaultSort
      return chunksOf(sortsFor(values, name)[name]!, select(db, values, viewer, undefined, name), hydrate(db, viewer))
    },
    /** Up to `limit` items in `sort` order, with an extra condition: for pages that show a short list. */
    top: async (db: Db, values: FilterValues<F>, opts: { sort: string; limit: number; where?: SQL; viewer?: Viewer }) =>
      spec.hydrate(db, await select(db, values, opts.viewer ?? null, opts.where, opts.sort)(undefined, orderBy(sortsFor(values, opts.sort)[opts.sort] as SortSpec<never>), opts.limit), opts.viewer ?? null),
  }
}
export type Collection = ReturnType<typeof collection<any, any, FilterTable>>

/** The view a writer gets of what it just wrote: every moderation state (the pipeline has checked access). */
export const ALL_STATES: Viewer = { keyId: '', role: 'admin', partnerId: null, trusted: true }
