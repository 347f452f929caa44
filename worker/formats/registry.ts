/**
 * The output formats, one entry each: media type, how the OpenAPI document describes it, how the DCAT catalog and
 * the downloads page name its distributions, and how it renders a page, a stream of chunks or one item. A dataset
 * declares which formats it offers; content negotiation, the OpenAPI content maps, the catalog and /data all read
 * this table, so a new format is one entry here (plus its tests).
 */
import type { Context } from 'hono'
import { type Bilingual, inLang } from '../../core/locale'
import { today } from '../../core/time'
import type { Event } from '../../schema/api/events'
import type { DatasetId } from '../../schema/tables'
import type { AppEnv } from '../base/env'
import { requestLang } from '../base/request-lang'
import { type Column, csvStream, DIALECTS, type Dialect } from './csv'
import { type FeedOptions, icsOne, icsStream } from './ics'
import { itemList, type Node, withContext } from './jsonld'
import { downloadName } from './file-name'
import { streamResponse, textResponse, variantEtag } from './respond'

/** A published collection: what its CSV columns are, how an item reads as schema.org, which formats it offers. */
export type Dataset<T = any> = {
  id: DatasetId
  title: { nl: string; en: string }
  description: { nl: string; en: string }
  columns: Column<T>[]
  ld: (item: T, origin: string) => Node
  formats: readonly FormatId[]
}

type Page<T> = { data: T[]; links: { self: string; next: string | null } }
/** What a list renders from: one page (JSON, JSON-LD) or every matching item, chunk by chunk (exports). */
export type ListSource<T> = { page: () => Promise<Page<T>>; chunks: () => AsyncGenerator<T[]> }
export type RenderOptions = {
  dialect?: Dialect
  /** What the selection is, for a feed's name. */
  title?: string
  /** The filter values the list ran with (nested paths included), for the file name. */
  values?: Record<string, unknown>
}

type Distribution = { query: string; title: Bilingual & { en: string }; dialect?: Dialect }
type Entry = {
  mediaType: string
  /** File type in the EU vocabulary (publications.europa.eu/resource/authority/file-type), where it has one. */
  fileType?: string
  /** The content description in the OpenAPI document (JSON itself is described by the route's schema). */
  openapi?: { type: 'string' | 'object'; description: string }
  /** The download links of a dataset in this format (query strings on `/v1/{dataset}`). */
  distributions: Distribution[]
  list: (c: Context<AppEnv>, dataset: Dataset, source: ListSource<any>, options: RenderOptions) => Promise<Response>
  one?: (c: Context<AppEnv>, dataset: Dataset, item: any) => Promise<Response>
}

const origin = (c: Context) => new URL(c.req.url).origin

/** iCalendar feeds are named after the selection and point at the same selection as JSON. */
function feedOptions(c: Context<AppEnv>, title: string | undefined): FeedOptions {
  const lang = requestLang(c)
  const url = new URL(c.req.url)
  return {
    lang, origin: url.origin, url: url.toString(),
    name: `Kennisstad Leiden${title ? ` · ${title}` : ''}`,
    description: lang === 'en' ? 'Events of the Kennisstad Leiden programme (open data; each event names its licence).' : 'Evenementen van het programma Kennisstad Leiden (open data; elk evenement noemt zijn licentie).',
  }
}
const alternateJson = (c: Context) => {
  const url = new URL(c.req.url)
  url.searchParams.delete('format')
  return `<${url}>; rel="alternate"; type="application/json"`
}

export const FORMATS = {
  json: {
    mediaType: 'application/json', fileType: 'JSON',
    distributions: [{ query: 'limit=100', title: { nl: 'JSON (API)', en: 'JSON (API)' } }],
    list: async (c, _d, source) => c.json(await source.page(), 200),
    one: async (c, _d, item) => c.json(item, 200),
  },
  csv: {
    mediaType: 'text/csv', fileType: 'CSV',
    openapi: { type: 'string', description: 'Every matching row (limit and cursor are ignored), streamed; RFC 4180, or `dialect=excel-nl` for Dutch Excel. Columns: /v1/csv-metadata/{dataset}.' },
    distributions: [
      { query: 'format=csv', dialect: 'rfc4180', title: { nl: 'CSV (RFC 4180, komma)', en: 'CSV (RFC 4180, comma)' } },
      { query: 'format=csv&dialect=excel-nl', dialect: 'excel-nl', title: { nl: 'CSV voor Nederlandse Excel (puntkomma)', en: 'CSV for Dutch Excel (semicolon)' } },
    ],
    list: async (c, dataset, source, { dialect = 'rfc4180', values = {} }) => {
      const file = downloadName({ dataset: dataset.id, values, lang: requestLang(c), ext: 'csv', dialect, today: today() })
      return streamResponse(c, csvStream(dataset.columns, dialect, source.chunks()), 'text/csv; charset=utf-8; header=present', `csv:${dialect}`, {
        'Content-Disposition': `attachment; filename="${file}"`,
        Link: `<${origin(c)}/v1/csv-metadata/${dataset.id}${dialect === 'rfc4180' ? '' : `?dialect=${dialect}`}>; rel="describedby"; type="application/csvm+json"`,
      })
    },
  },
  ics: {
    mediaType: 'text/calendar',
    openapi: { type: 'string', description: 'Every matching event as an iCalendar feed (RFC 5545/7986) with a VTIMEZONE; subscribe to it.' },
    distributions: [{ query: 'format=ics', title: { nl: 'iCalendar-feed', en: 'iCalendar feed' } }],
    list: async (c, dataset, source: ListSource<Event>, { title, values = {} }) =>
      streamResponse(c, icsStream(feedOptions(c, title), source.chunks()), 'text/calendar; charset=utf-8', 'ics', {
        'Content-Disposition': `inline; filename="${downloadName({ dataset: dataset.id, values, lang: requestLang(c), ext: 'ics', today: today() })}"`,
        Link: alternateJson(c),
      }),
    one: async (c, _d, e: Event) =>
      textResponse(c, icsOne(e, feedOptions(c, inLang(e.title, requestLang(c)))), 'text/calendar; charset=utf-8', {
        ETag: await variantEtag(c, 'ics'), 'Content-Disposition': `inline; filename="${e.id}.ics"`,
      }),
  },
  jsonld: {
    mediaType: 'application/ld+json', fileType: 'JSON_LD',
    openapi: { type: 'object', description: 'This page as a schema.org ItemList (or one schema.org node).' },
    distributions: [{ query: 'format=jsonld&limit=100', title: { nl: 'JSON-LD (schema.org)', en: 'JSON-LD (schema.org)' } }],
    list: async (c, dataset, source) => {
      const page = await source.page()
      const body = itemList(page.data.map((i) => dataset.ld(i, origin(c))), page.links.self, page.links.next)
      return textResponse(c, JSON.stringify(body), 'application/ld+json; charset=utf-8')
    },
    one: async (c, dataset, item) => textResponse(c, JSON.stringify(withContext(dataset.ld(item, origin(c)))), 'application/ld+json; charset=utf-8'),
  },
} as const satisfies Record<string, Entry>

export type FormatId = keyof typeof FORMATS
export const FORMAT_IDS = Object.keys(FORMATS) as [FormatId, ...FormatId[]]
export const mediaTypeOf = (format: FormatId) => FORMATS[format].mediaType
/** Formats that can render one item. */
export const itemFormats = (formats: readonly FormatId[]) => formats.filter((f) => 'one' in FORMATS[f] && FORMATS[f].one)
export { DIALECTS }
