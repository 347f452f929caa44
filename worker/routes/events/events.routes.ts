import { createRoute } from '@hono/zod-openapi'
import { doc, z } from '../../../schema/api/common'
import { Event, EventPage } from '../../../schema/api/events'
import { ATTENDANCE_MODES, AUDIENCES, EVENT_KINDS, EVENT_STATUSES, WORKFLOW } from '../../../schema/tables'
import { jsonOk, jsonPage, notModified, problems } from '../../lib/openapi'
import { booleanParam, dateParam, enumList, exportParams, idParam, pagingParams, slugList, textQuery, updatedSinceParam } from '../../lib/query'

export const EVENT_SORTS = ['startsAt', '-startsAt', 'endsAt', '-endsAt', 'updatedAt', '-updatedAt'] as const
export const EVENT_FORMATS = ['json', 'csv', 'ics', 'jsonld'] as const

const eventFilters = {
  from: dateParam('Only events that have not ended by then: an event overlapping the window matches, so an '
    + 'exhibition running through `from` is included. A date is a local day in Europe/Amsterdam.', '2022-07-01'),
  to: dateParam('Only events that start before then. A date includes that whole local day (Europe/Amsterdam).', '2022-09-30'),
  partner: slugList('Organised (in any role) by this partner.', 'naturalis'),
  opgave: slugList('Contributing to this opgave.', 'leiden2022-inclusieve-stad'),
  theme: slugList('Classified under this theme or track.', 'cultureel-erfgoed'),
  place: slugList('Happening at this place, or in a place inside it (a hall inside a building).', 'pieterskerk'),
  audience: enumList(AUDIENCES, 'For this audience.', 'children'),
  language: doc(z.string().max(200).regex(/^[a-z]{2,3}(?:,[a-z]{2,3}){0,9}$/, 'must be ISO 639 language codes, comma-separated')
    .optional(), 'Spoken in this language (ISO 639-1, e.g. `nl`, `en`). Several, comma-separated, match any.', 'en'),
  free: booleanParam('`true`: only free events; `false`: only paid events. Events with unknown price match neither.', 'true'),
  status: enumList(EVENT_STATUSES, 'With this scheduling status.', 'scheduled'),
  attendanceMode: enumList(ATTENDANCE_MODES, 'With this attendance mode.', 'online'),
  kind: enumList(EVENT_KINDS, 'Of this kind.', 'exhibition'),
  demo: booleanParam('`false` leaves out the fictitious demo events; `true` returns only those.', 'false'),
  workflow: enumList(WORKFLOW, 'Moderation state. Anonymous callers only ever see `published`; a partner key also sees its own drafts, an admin key everything.', 'draft'),
  q: textQuery,
  updatedSince: updatedSinceParam,
  facets: enumList(['theme', 'partner', 'month'] as const, 'Also count all matching events per theme, organising partner or month (in `meta.facets`).', 'theme,month'),
}

type Filter = keyof typeof eventFilters
/** The list query; nested lists leave out the filter their path already fixes. */
const eventListQuery = <O extends Filter = never>(omit: readonly O[] = []) => {
  const shape = { ...eventFilters, ...pagingParams(EVENT_SORTS, 'startsAt'), ...exportParams(EVENT_FORMATS) }
  for (const key of omit) delete (shape as Partial<typeof shape>)[key]
  return z.strictObject(shape as Omit<typeof shape, O>)
}
export const EventListQuery = eventListQuery()
export type EventListQuery = z.infer<typeof EventListQuery>

export const list = createRoute({
  method: 'get', path: '/events', operationId: 'listEvents', tags: ['Events'],
  summary: 'List events',
  description: 'Events matching every given filter, sorted, a page at a time. Follow `links.next` until it is null.',
  request: { query: EventListQuery },
  responses: { 200: jsonPage(EventPage, 'A page of events.', ['csv', 'ics', 'jsonld']), 304: notModified, ...problems(400, 406, 500) },
})

export const get = createRoute({
  method: 'get', path: '/events/{id}', operationId: 'getEvent', tags: ['Events'],
  summary: 'Get one event',
  description: 'One event with its places, organisers, opgaven, themes, parent and sub-events embedded.',
  request: {
    params: idParam('event', 'esof2022'),
    query: z.strictObject({ format: exportParams(['json', 'jsonld', 'ics'] as const).format }),
  },
  responses: { 200: jsonOk(Event, 'The event.', ['ics', 'jsonld']), 304: notModified, ...problems(400, 404, 406, 500) },
})

/** `/{parent}/{id}/events`: the event list narrowed to one partner, opgave or place. */
export const nested = (parent: 'partners' | 'opgaven' | 'places', filter: 'partner' | 'opgave' | 'place', example: string) =>
  createRoute({
    method: 'get', path: `/${parent}/{id}/events`,
    operationId: `list${parent === 'opgaven' ? 'Opgave' : parent === 'partners' ? 'Partner' : 'Place'}Events`,
    tags: ['Events'],
    summary: `List events of one ${filter}`,
    description: `Same as \`GET /events?${filter}={id}\`, but answers 404 when the ${filter} does not exist.`,
    request: { params: idParam(filter, example), query: eventListQuery([filter]) },
    responses: {
      200: jsonPage(EventPage, `A page of events of the ${filter}.`, ['csv', 'ics', 'jsonld']), 304: notModified,
      ...problems(400, 404, 406, 500),
    },
  })

export type ListRoute = typeof list
export type GetRoute = typeof get
