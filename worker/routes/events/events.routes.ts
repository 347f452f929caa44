import { Event, EventPage } from '../../../schema/api/events'
import { events, FACETS } from '../../data/events/collection'
import { windowRule } from '../../data/events/filters'
import { enumList, idParam } from '../../data/params'
import { dataset } from '../../formats/datasets'
import { getRoute, listRoute } from '../../http/collections'

const facets = enumList(FACETS, 'Also count all matching events per theme, organising partner or month (in `meta.facets`).', 'theme,month')
const common = { collection: events, dataset: dataset('events'), tag: 'Events', page: EventPage, extra: { facets }, refine: windowRule }

export const list = listRoute({
  ...common, path: '/events', operationId: 'listEvents', summary: 'List events',
  description: 'Events matching every given filter, sorted, a page at a time. Follow `links.next` until it is null.',
})

export const get = getRoute({
  collection: events, dataset: dataset('events'), tag: 'Events', operationId: 'getEvent', item: Event, example: 'esof2022',
  summary: 'Get one event', description: 'One event with its places, organisers, opgaven, themes, parent and sub-events embedded.',
})

const OPERATION = { partner: 'listPartnerEvents', opgave: 'listOpgaveEvents', place: 'listPlaceEvents', theme: 'listThemeEvents' } as const
const PATH = { partner: 'partners', opgave: 'opgaven', place: 'places', theme: 'themes' } as const

/** `/{parent}/{id}/events`: the event list narrowed to one partner, opgave, place or theme. */
export const nested = (filter: keyof typeof PATH, example: string) => listRoute({
  ...common, path: `/${PATH[filter]}/{id}/events`, operationId: OPERATION[filter], omit: [filter], params: idParam(filter, example), notFound: true,
  summary: `List events of one ${filter}`,
  description: `Same as \`GET /events?${filter}={id}\`, but answers 404 when the ${filter} does not exist.`,
})

