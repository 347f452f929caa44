import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import * as t from '../../../schema/tables'
import type { AppEnv, AppRouteHandler } from '../../env'
import { keysetPage } from '../../lib/pagination'
import { ProblemError } from '../../lib/problem'
import { split, windowBound } from '../../lib/query'
import type { EventListQuery, GetRoute, ListRoute, nested } from './events.routes'
import { type EventFilter, eventSorts, hydrateEvents, selectEvents } from './events.queries'

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
    ...fixed,
  }
}

/** One page of events as the JSON envelope; shared by /v1/events and the nested lists. */
export async function eventPage(c: Context<AppEnv>, q: Partial<EventListQuery> & Pick<EventListQuery, 'sort' | 'limit'>,
  fixed: EventFilter = {}) {
  const db = c.get('db')
  return keysetPage(c, q, eventSorts, selectEvents(db, eventFilter(q, fixed)), (rows) => hydrateEvents(db, rows))
}

export const list: AppRouteHandler<ListRoute> = async (c) => c.json(await eventPage(c, c.req.valid('query')), 200)

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.get('db')
  const rows = await db.select().from(t.events).where(eq(t.events.id, id))
  if (rows.length === 0) throw new ProblemError(404, `There is no event with id "${id}".`)
  const [event] = await hydrateEvents(db, rows)
  return c.json(event!, 200)
}

const parents = { partner: t.partners, opgave: t.opgaven, place: t.places } as const

/** `/v1/{partners|opgaven|places}/{id}/events`: 404 for an unknown parent, else the narrowed event list. */
export const nestedList = (filter: keyof typeof parents): AppRouteHandler<ReturnType<typeof nested>> => async (c) => {
  const { id } = c.req.valid('param')
  const table = parents[filter]
  const found = await c.get('db').select({ id: table.id }).from(table).where(eq(table.id, id))
  if (found.length === 0) throw new ProblemError(404, `There is no ${filter} with id "${id}".`)
  return c.json(await eventPage(c, c.req.valid('query'), { [filter]: [id] }), 200)
}
