import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import * as t from '../../../schema/tables'
import type { AppEnv, AppRouteHandler } from '../../base/env'
import { ProblemError } from '../../base/problem'
import { eventFacets, events, type Facet } from '../../data/events/collection'
import type { EventFilterValues } from '../../data/events/filters'
import { split } from '../../data/params'
import { dataset } from '../../formats/datasets'
import { respondList, respondOne } from '../../http/collections'
import type { get as getRoute, list as listRoute, nested } from './events.routes'

type Query = Parameters<typeof respondList>[3] & { facets?: string }

/** The event list in the negotiated format; a JSON page carries the facets that were asked for. */
function eventList(c: Context<AppEnv>, q: Query, fixed: EventFilterValues = {}, title?: string) {
  const page = async (values: Record<string, unknown>) => {
    const db = c.get('db')
    const viewer = c.get('principal')
    const wanted = q.facets ? (split(q.facets) as Facet[]) : undefined
    const [p, facets] = await Promise.all([
      events.page(c, db, values as never, viewer),
      wanted ? eventFacets(db, values as EventFilterValues, viewer, wanted) : undefined,
    ])
    return facets ? { ...p, meta: { ...p.meta, facets } } : p
  }
  return respondList(c, events, dataset('events'), q, { fixed, title, page })
}

export const list: AppRouteHandler<typeof listRoute> = (c) => eventList(c, c.req.valid('query') as Query) as never

export const get: AppRouteHandler<typeof getRoute> = (c) =>
  respondOne(c, events, dataset('events'), c.req.valid('param').id, c.req.valid('query').format) as never

const parents = { partner: t.partners, opgave: t.opgaven, place: t.places, theme: t.themes } as const

/** `/v1/{partners|opgaven|places|themes}/{id}/events`: 404 for an unknown parent, else the narrowed event list. */
export const nestedList = (filter: keyof typeof parents): AppRouteHandler<ReturnType<typeof nested>> => async (c) => {
  const id = c.req.param('id')!
  const table = parents[filter]
  const name = 'name' in table ? table.name : sql<string>`json_extract(${'title' in table ? table.title : table.label}, '$.nl')`
  const [found] = await c.get('db').select({ name }).from(table).where(and(eq(table.id, id), isNull(table.deletedAt)))
  if (!found) throw new ProblemError(404, `There is no ${filter} with id "${id}".`)
  // An iCalendar feed of a partner is named after the partner, not its id.
  return eventList(c, c.req.valid('query') as Query, { [filter]: id }, found.name as string) as never
}
