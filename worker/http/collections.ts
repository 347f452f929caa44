/**
 * List and detail routes for any collection, derived from its filter table, sort table and dataset: the query
 * schema (so the OpenAPI document), content negotiation over the dataset's formats, and the responses. Every
 * collection — events included — is served by these two functions.
 */
import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { doc, z } from '../../schema/api/common'
import { patchOf } from '../../schema/api/inputs'
import type { AppEnv, Db } from '../base/env'
import { type InvalidParam, ProblemError } from '../base/problem'
import type { Collection, Viewer } from '../data/collection'
import type { WriteModel } from '../data/write/model'
import { writer } from '../data/write/writer'
import { type FilterTable, type FilterValues, filterShape } from '../data/filters'
import { unknownRefs } from '../data/unknown-refs'
import { idParam, pagingParams } from '../data/params'
import { DIALECT_IDS, type Dialect } from '../../schema/csv/dialect'
import type { DatasetId } from '../../schema/tables'
import { negotiate } from '../formats/negotiate'
import { type Dataset, FORMATS, type FormatId, itemFormats, type ListSource, type RenderOptions } from '../formats/registry'
import { keyOptional } from './authz'
import { jsonOk, jsonPage, notModified, problems } from './openapi'
import { createRouter } from './router'
import { writeRoutes } from './write/pipeline'

/**
 * `format` for links people click (NL ADR: no file extensions); code can send `Accept` instead. `dialect` picks the
 * CSV variant when the dataset has CSV.
 */
export function formatParams<F extends readonly [FormatId, ...FormatId[]]>(formats: F) {
  const streamed = formats.filter((f) => f === 'csv' || f === 'ics').map((f) => FORMATS[f].mediaType.split('/')[1])
  return {
    format: doc(z.enum(formats).optional(),
      `Representation, instead of an \`Accept\` header: ${formats.map((f) => `\`${f}\``).join(', ')}.${streamed.length ? ' CSV and iCalendar contain every matching row (limit and cursor do not apply).' : ''}`,
      formats[1] ?? formats[0]),
    ...(formats.includes('csv' as F[number]) ? {
      dialect: doc(z.enum(DIALECT_IDS).optional(),
        'CSV dialect: `rfc4180` (default: comma, `.` decimals) or `excel-nl` (UTF-8 BOM, `;`, `,` decimals: opens in columns in Dutch Excel).',
        'excel-nl'),
    } : {}),
  }
}

type ListOptions<C extends Collection> = {
  collection: C
  dataset: Dataset
  path: string
  operationId: string
  tag: string
  summary: string
  description: string
  page: z.ZodType
  /** Filters the path already fixes (nested lists). */
  omit?: readonly (keyof C['filters'])[]
  /** More query parameters of this list (events: `facets`). */
  extra?: z.ZodRawShape
  params?: ReturnType<typeof idParam>
  /** Cross-parameter rules (events: `to` after `from`). */
  refine?: (values: Record<string, unknown>, ctx: z.core.$RefinementCtx) => void
  notFound?: boolean
}

/** The list route of a collection: its filters, paging, formats, and every problem it can answer. */
export function listRoute<C extends Collection>(o: ListOptions<C>) {
  const shape = { ...filterShape(o.collection.filters, o.omit as never[]), ...o.extra, ...pagingParams(o.collection.sorts, o.collection.defaultSort), ...formatParams(o.dataset.formats as [FormatId, ...FormatId[]]) }
  const query = o.refine ? z.strictObject(shape).superRefine(o.refine) : z.strictObject(shape)
  return createRoute({
    method: 'get', path: o.path, operationId: o.operationId, tags: [o.tag], security: keyOptional,
    summary: o.summary, description: o.description,
    request: { query, ...(o.params ? { params: o.params } : {}) },
    responses: {
      200: jsonPage(o.page, `A page of ${o.collection.noun}s.`, o.dataset.formats.filter((f) => f !== 'json')), 304: notModified,
      ...problems(400, ...(o.notFound ? [404] as const : []), 406, 500),
    },
  })
}

/** The detail route of a collection: one item by id, in the formats that can show one item. */
export function getRoute(o: { collection: Collection; dataset: Dataset; tag: string; operationId: string; summary: string; description: string; item: z.ZodType; example: string }) {
  const formats = itemFormats(o.dataset.formats) as [FormatId, ...FormatId[]]
  return createRoute({
    method: 'get', path: `/${o.dataset.id}/{id}`, operationId: o.operationId, tags: [o.tag], security: keyOptional,
    summary: o.summary, description: o.description,
    request: { params: idParam(o.collection.noun, o.example), query: z.strictObject({ format: formatParams(formats).format }) },
    responses: { 200: jsonOk(o.item, `The ${o.collection.noun}.`, formats.filter((f) => f !== 'json')), 304: notModified, ...problems(400, 404, 406, 500) },
  })
}

type ListQuery = Record<string, unknown> & { sort: string; limit: number; cursor?: string; format?: FormatId; dialect?: Dialect }

/**
 * A list in the negotiated format. `fixed` holds filters a nested path decides; `page` replaces the plain page
 * (events add facets to it).
 */
export async function respondList<C extends Collection>(c: Context<AppEnv>, col: C, dataset: Dataset, q: ListQuery,
  opts: { fixed?: FilterValues<C['filters']>; title?: string; page?: (values: Record<string, unknown>) => Promise<unknown> } = {}) {
  const format = negotiate(c, dataset.formats, q.format)
  const values = { ...q, ...opts.fixed }
  const viewer = c.get('principal')
  const db = c.get('db')
  // Checked alongside the page query, not before it: one D1 round trip less to wait for (a 400 still wins).
  const known = assertKnownRefs(db, col.filters, q, viewer, Object.keys(opts.fixed ?? {}))
  known.catch(() => undefined) // awaited below; this only keeps a refusal from counting as unhandled meanwhile
  const source: ListSource<unknown> = {
    page: async () => (await Promise.all([known, opts.page ? opts.page(values) : col.page(c, db, values as never, viewer)]))[1] as never,
    chunks: async function* () {
      await known
      yield* col.chunks(db, values as never, q.sort, viewer)
    } as never,
  }
  const options: RenderOptions = { dialect: q.dialect, title: opts.title, values }
  const res = await FORMATS[format].list(c, dataset, source as never, options)
  try {
    await known
  } catch (e) {
    await res.body?.cancel().catch(() => undefined) // a stream that has not been read: nothing was sent
    throw e
  }
  return res
}

const NOUNS: Partial<Record<DatasetId, string>> = { events: 'event', partners: 'partner', places: 'place', themes: 'theme', opgaven: 'opgave' }

/** A reference filter naming an id that does not exist is a 400 naming it, with the closest ids as suggestions. */
export async function assertKnownRefs(db: Db, table: FilterTable, values: Record<string, unknown>, viewer: Viewer, skip: readonly string[] = []) {
  const unknown = await unknownRefs(db, table, values, viewer, skip)
  if (unknown.length === 0) return
  const errors: InvalidParam[] = unknown.map((u) => ({
    in: 'query', name: u.name, code: 'unknown_id', value: u.value, suggestions: u.suggestions,
    detail: `"${u.value}" is not the id of any ${NOUNS[u.dataset] ?? u.dataset}${u.suggestions.length ? ` (closest: ${u.suggestions.map((s) => `"${s}"`).join(', ')})` : ''}`,
  }))
  throw new ProblemError(400, `The request names ${errors.length === 1 ? 'an id that does' : 'ids that do'} not exist: ${errors.map((e) => `${e.name}: ${e.detail}`).join('; ')}.`, { errors })
}

/** One item in the negotiated format, or a 404 problem. */
export async function respondOne(c: Context<AppEnv>, col: Collection, dataset: Dataset, id: string, queryFormat?: FormatId) {
  const format = negotiate(c, itemFormats(dataset.formats), queryFormat)
  const item = await col.one(c.get('db'), id, c.get('principal'))
  if (!item) throw new ProblemError(404, `There is no ${col.noun} with id "${id}".`)
  const entry = FORMATS[format]
  return 'one' in entry ? entry.one(c, dataset, item) : FORMATS.json.one(c, dataset, item)
}

/** A collection's list and detail routes with their handlers (events add facets and nested lists themselves). */
export function collectionRouter(o: {
  collection: Collection; dataset: Dataset; tag: string; page: z.ZodType; item: z.ZodType; example: string
  list: { operationId: string; summary: string; description: string }
  get: { operationId: string; summary: string; description: string }
}) {
  const list = listRoute({ collection: o.collection, dataset: o.dataset, path: `/${o.dataset.id}`, tag: o.tag, page: o.page, ...o.list })
  const get = getRoute({ collection: o.collection, dataset: o.dataset, tag: o.tag, item: o.item, example: o.example, ...o.get })
  return createRouter()
    .openapi(list, (c) => respondList(c, o.collection, o.dataset, c.req.valid('query') as never) as never)
    .openapi(get, (c) => respondOne(c, o.collection, o.dataset, c.req.valid('param').id, c.req.valid('query').format) as never)
}

/**
 * A reference-data resource (partners, places, opgaven, themes): its public reads and its editors' writes, named
 * after the collection (`listPartners`, `getPartner`, `createPartner`, …).
 */
export function resourceRouter<I extends { id: string }>(o: {
  collection: Collection; dataset: Dataset; name: string; page: z.ZodType; item: z.ZodType
  input: z.ZodObject; model: WriteModel<I>; examples: [read: string, write: string]; describe: [list: string, get: string]
}) {
  const tag = o.dataset.id[0]!.toUpperCase() + o.dataset.id.slice(1)
  return createRouter()
    .route('/', collectionRouter({
      collection: o.collection, dataset: o.dataset, tag, page: o.page, item: o.item, example: o.examples[0],
      list: { operationId: `list${tag}`, summary: `List ${o.dataset.id}`, description: o.describe[0] },
      get: { operationId: `get${o.name}`, summary: `Get one ${o.collection.noun}`, description: o.describe[1] },
    }))
    .route('/', writeRoutes({
      writer: writer({ model: o.model, path: o.dataset.id, noun: o.collection.noun, one: (db, id) => o.collection.one(db, id) }),
      name: o.name, tag, example: o.examples[1], create: o.input, patch: patchOf(o.input, `${o.name}Patch`), output: o.item,
    }))
}
