/**
 * /v1/occurrences — what is on when: every dated occurrence in start order, with the event filters — and the
 * occurrences of one event at /v1/events/{id}/occurrences.
 */
import { OccurrencePage } from '../../../schema/api/occurrences'
import { ProblemError } from '../../base/problem'
import { events } from '../../data/events/collection'
import { windowRule } from '../../data/events/filters'
import { occurrences } from '../../data/occurrences/collection'
import { idParam } from '../../data/params'
import { dataset } from '../../formats/datasets'
import { listRoute, respondList } from '../../http/collections'
import { createRouter } from '../../http/router'

const common = { collection: occurrences, dataset: dataset('occurrences'), tag: 'Events', page: OccurrencePage, refine: windowRule }

const list = listRoute({
  ...common, path: '/occurrences', operationId: 'listOccurrences', summary: 'List occurrences (what is on when)',
  description: 'Every occurrence of every public event in start order: a single event once, a series (a tour every Sunday) once per date, with cancelled and moved dates as they now are. The same filters as `/events`; the time window and the place apply to the occurrence itself. Series are materialised two years ahead.',
})

const ofEvent = listRoute({
  ...common, path: '/events/{id}/occurrences', operationId: 'listEventOccurrences', omit: ['event'], params: idParam('event', 'misleiden'), notFound: true,
  summary: 'List the occurrences of one event',
  description: 'The dates of one event or series, in start order; 404 when there is no such event.',
})

export default createRouter()
  .openapi(list, (c) => respondList(c, occurrences, dataset('occurrences'), c.req.valid('query') as never) as never)
  .openapi(ofEvent, async (c) => {
    const id = c.req.param('id')!
    if (!(await events.one(c.get('db'), id, c.get('principal')))) throw new ProblemError(404, `There is no event with id "${id}".`)
    return respondList(c, occurrences, dataset('occurrences'), c.req.valid('query') as never, { fixed: { event: id }, title: id }) as never
  })
