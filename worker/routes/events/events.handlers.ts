import { and, eq, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import { eventColumns } from '../../../schema/csv/events'
import * as t from '../../../schema/tables'
import type { AppEnv, AppRouteHandler } from '../../env'
import { icsOne, icsStream } from '../../lib/formats/ics'
import { eventLd, itemList, withContext } from '../../lib/formats/jsonld'
import { negotiate } from '../../lib/formats/negotiate'
import { csvResponse, jsonLdResponse, textStreamResponse, variantEtag } from '../../lib/formats/respond'
import { inLang } from '../../lib/locale'
import { chunksOf, keysetPage } from '../../lib/pagination'
import { ProblemError } from '../../lib/problem'
import { split, windowBound } from '../../lib/query'
import { pageLang } from '../../pages/layout'
import { type EventFilter, eventFacets, eventSorts, hydrateEvents, selectEvents, visible } from './events.queries'
import { EVENT_FORMATS, type EventListQuery, type GetRoute, type ListRoute, type nested } from './events.routes'

const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true')

/** Query parameters → a filter in UTC instants and lists; `fixed` holds what a nested path already decides. */
export function eventFilter(q: Partial<EventListQuery>, fixed: EventFilter = {}): EventFilter {
  const from = windowBound(q.from, 'from')
  const to = windowBound(q.to, 'to')
  if (from && to && to <= from) {
    throw new ProblemError(400, 'The time window is empty: `to` must come after `from`.', {
      errors: [{ in: 'query', name: 'to', code: 'empty_window', detail: 'must be after from' }],
    })
  }
  return {
    from, to, q: q.q,
    partner: split(q.partner), opgave: split(q.opgave), theme: split(q.theme), place: split(q.place),
    audience: split(q.audience), language: split(q.language), status: split(q.status),
    attendanceMode: split(q.attendanceMode), kind: split(q.kind), free: bool(q.free), demo: bool(q.demo),
    workflow: split(q.workflow), updatedSince: q.updatedSince,
    ...fixed,
  }
}

type ListQuery = Partial<EventListQuery> & Pick<EventListQuery, 'sort' | 'limit'>

/** One page of events as the JSON envelope. */
export async function eventPage(c: Context<AppEnv>, q: ListQuery, fixed: EventFilter = {}) {
  const db = c.get('db')
  const filter = eventFilter(q, { viewer: c.get('principal'), ...fixed })
  const wanted = split(q.facets)
  const [page, facets] = await Promise.all([
    keysetPage(c, q, eventSorts, selectEvents(db, filter), (rows) => hydrateEvents(db, rows)),
    wanted ? eventFacets(db, filter, wanted) : undefined,
  ])
  return facets ? { ...page, meta: { ...page.meta, facets } } : page
}

/** Every matching event, chunk by chunk (CSV and iCalendar exports). */
export function allEvents(c: Context<AppEnv>, q: ListQuery, fixed: EventFilter = {}) {
  const db = c.get('db')
  const filter = eventFilter(q, { viewer: c.get('principal'), ...fixed })
  return chunksOf(eventSorts[q.sort]!, selectEvents(db, filter), (rows) => hydrateEvents(db, rows))
}

/** iCalendar feeds point at the same selection as JSON. */
const alternateJson = (c: Context<AppEnv>) => {
  const url = new URL(c.req.url)
  url.searchParams.delete('format')
  return `<${url}>; rel="alternate"; type="application/json"`
}

const feedOptions = (c: Context<AppEnv>, title: string) => {
  const lang = pageLang(c)
  const url = new URL(c.req.url)
  return {
    lang, origin: url.origin, url: url.toString(),
    name: `Kennisstad Leiden${title ? ` · ${title}` : ''}`,
    description: lang === 'en' ? 'Events of the Kennisstad Leiden programme (open data, CC0).' : 'Evenementen van het programma Kennisstad Leiden (open data, CC0).',
  }
}

/** The event list in the negotiated representation; shared by /v1/events and the nested lists. */
export async function eventsResponse(c: Context<AppEnv>, q: ListQuery, fixed: EventFilter = {}, title = '') {
  const format = negotiate(c, EVENT_FORMATS, q.format)
  if (format === 'csv') {
    eventFilter(q, fixed) // validates the window before the response starts
    return csvResponse(c, 'events', eventColumns, q.dialect ?? 'rfc4180', allEvents(c, q, fixed))
  }
  if (format === 'ics') {
    eventFilter(q, fixed)
    return textStreamResponse(c, icsStream(feedOptions(c, title), allEvents(c, q, fixed)), 'text/calendar; charset=utf-8', 'ics',
      { 'Content-Disposition': 'inline; filename="kennisstad.ics"', Link: alternateJson(c) })
  }
  const page = await eventPage(c, q, fixed)
  if (format === 'jsonld') {
    const origin = new URL(c.req.url).origin
    return jsonLdResponse(c, itemList(page.data.map((e) => eventLd(e, origin)), page.links.self, page.links.next))
  }
  return c.json(page, 200)
}

export const list: AppRouteHandler<ListRoute> = async (c) => eventsResponse(c, c.req.valid('query'))

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { id } = c.req.valid('param')
  const format = negotiate(c, ['json', 'jsonld', 'ics'], c.req.valid('query').format)
  const db = c.get('db')
  const rows = await db.select().from(t.events).where(and(eq(t.events.id, id), visible(c.get('principal'))))
  if (rows.length === 0) throw new ProblemError(404, `There is no event with id "${id}".`)
  const [event] = await hydrateEvents(db, rows)
  if (format === 'jsonld') return jsonLdResponse(c, withContext(eventLd(event!, new URL(c.req.url).origin)))
  if (format === 'ics') {
    return c.body(icsOne(event!, feedOptions(c, inLang(event!.title, pageLang(c)))), 200, {
      'Content-Type': 'text/calendar; charset=utf-8', ETag: await variantEtag(c, 'ics'), Vary: 'Accept',
      'Content-Disposition': `inline; filename="${event!.id}.ics"`,
    })
  }
  return c.json(event!, 200)
}

const parents = { partner: t.partners, opgave: t.opgaven, place: t.places } as const

/** `/v1/{partners|opgaven|places}/{id}/events`: 404 for an unknown parent, else the narrowed event list. */
export const nestedList = (filter: keyof typeof parents): AppRouteHandler<ReturnType<typeof nested>> => async (c) => {
  const { id } = c.req.valid('param')
  const table = parents[filter]
  const found = await c.get('db').select({ id: table.id }).from(table).where(and(eq(table.id, id), isNull(table.deletedAt)))
  if (found.length === 0) throw new ProblemError(404, `There is no ${filter} with id "${id}".`)
  return eventsResponse(c, c.req.valid('query'), { [filter]: [id] }, id)
}
