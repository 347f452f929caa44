/**
 * Writing events: create, merge-patch, soft delete — the one write pipeline with the events' ownership and
 * moderation rules — and the organiser sub-resource through which a named partner confirms or withdraws.
 */
import { createRoute } from '@hono/zod-openapi'
import { doc, Slug, z } from '../../../schema/api/common'
import { Event } from '../../../schema/api/events'
import { EventInput, EventPatch } from '../../../schema/api/inputs'
import type { Db } from '../../base/env'
import { ProblemError } from '../../base/problem'
import { organiserRows } from '../../data/events/policy'
import type { EventWrite } from '../../data/events/write'
import { eventWriter } from '../../data/events/writer'
import type { Stored } from '../../data/write/writer'
import { idParam } from '../../data/params'
import { keyRequired, needsWriter } from '../../http/authz'
import { commonHeaders } from '../../http/openapi'
import { jsonBody } from '../../http/write/body'
import { IfMatchHeader } from '../../http/write/if-match'
import { writeCtxOf, writeRoutes } from '../../http/write/pipeline'

const writes = writeRoutes<EventWrite>({
  writer: eventWriter, name: 'Event', tag: 'Events', example: 'naturalis-lezing-2027-03-12',
  create: EventInput, patch: EventPatch, output: Event, admit: needsWriter,
  describe: {
    create: 'A partner key creates events its partner owns (it is added as organiser if missing; ids start with the partner’s own id), as `draft` or `submitted`; trusted partner keys and admin keys may publish directly (their default). Other partners named as organisers are listed as such only after they confirm (`PATCH /events/{id}/organisers/{partner}`). Only `published` events are public.',
    update: 'JSON merge patch. Set `workflow` to move it through moderation: a partner `draft` → `submitted`; an editor `submitted` → `published` or `rejected`. An edit of a published event by an untrusted partner key or by a co-organiser sends it back to `submitted`. With `If-Match`, exactly one of several concurrent changes wins; the others get 412.',
    remove: 'Soft delete, by the owner or an editor: the event leaves every public read and export at once, and is kept (a published one appears as a tombstone in the change feed).',
  },
})

const params = idParam('event', 'esof2022').extend({
  partner: doc(Slug, 'Id of the partner named as organiser.', 'naturalis').openapi({ param: { name: 'partner', in: 'path' } }),
})
const Confirmation = z.strictObject({
  confirmed: doc(z.literal(true), 'Confirms that this partner organises the event (in the role it was named in).', true),
}).openapi('OrganiserConfirmation')

const confirmRoute = createRoute({
  method: 'patch', path: '/events/{id}/organisers/{partner}', operationId: 'updateEventOrganiser', tags: ['Events'], security: keyRequired,
  middleware: [needsWriter(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
  summary: 'Confirm being an organiser',
  description: 'The named partner’s key (or an editor) confirms; from then on the event is listed as that partner’s (its page, feeds, widgets, `partner=`). Audited like any change; `If-Match` applies.',
  request: { params, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: Confirmation }, 'application/merge-patch+json': { schema: Confirmation } } } },
  responses: { 200: { description: 'The event as the writer now sees it.', headers: commonHeaders, content: { 'application/json': { schema: Event } } }, ...writes.writeProblems },
})
const withdrawRoute = createRoute({
  method: 'delete', path: '/events/{id}/organisers/{partner}', operationId: 'deleteEventOrganiser', tags: ['Events'], security: keyRequired,
  middleware: [needsWriter()] as const,
  summary: 'Withdraw an organiser',
  description: 'A named partner withdraws (confirmed or not); the owner or an editor removes a co-organiser. The owner itself cannot be removed.',
  request: { params, headers: IfMatchHeader },
  responses: { 204: { description: 'Withdrawn.', headers: commonHeaders }, ...writes.writeProblems },
})

/** The organiser list with the stored confirmations, and the one being acted on. */
async function organisersOf(db: Db, before: Stored<EventWrite>, partner: string) {
  const rows = await organiserRows(db, before.id)
  const target = rows.find((r) => r.id === partner)
  if (!target) throw new ProblemError(404, `"${partner}" is not named as an organiser of "${before.id}".`)
  const confirmed = new Set(rows.filter((r) => r.confirmed).map((r) => r.id))
  return { list: (before.organisers ?? []).map((o) => ({ ...o, confirmed: confirmed.has(o.id) })), owner: before.row.sourcePartnerId as string | null }
}

export default writes
  .openapi(confirmRoute, async (c) => {
    const who = c.get('principal')!
    const { id, partner } = c.req.valid('param')
    const w = writeCtxOf(c)
    const rep = await eventWriter.change(w, who, id, async (before) => {
      if (who.role !== 'admin' && who.partnerId !== partner) throw new ProblemError(403, `Only "${partner}" itself or an editor may confirm that it organises this event.`)
      const { list } = await organisersOf(w.db, before, partner)
      const { row: _row, ...input } = before
      return { after: { ...input, organisers: list.map((o) => (o.id === partner ? { ...o, confirmed: true } : o)) }, action: `confirm-organiser:${partner}`, lists: new Set(['organisers']) }
    }, 'organisers')
    return writes.respond(c, 200, rep) as never
  })
  .openapi(withdrawRoute, async (c) => {
    const who = c.get('principal')!
    const { id, partner } = c.req.valid('param')
    const w = writeCtxOf(c)
    await eventWriter.change(w, who, id, async (before) => {
      const { list, owner } = await organisersOf(w.db, before, partner)
      if (who.role !== 'admin' && who.partnerId !== partner && who.partnerId !== owner) {
        throw new ProblemError(403, `Only "${partner}" itself, the partner that created the event or an editor may remove it.`)
      }
      if (partner === owner) throw new ProblemError(409, `"${partner}" created this event and stays its organiser; delete the event instead.`)
      const { row: _row, ...input } = before
      return { after: { ...input, organisers: list.filter((o) => o.id !== partner) }, action: `withdraw-organiser:${partner}`, lists: new Set(['organisers']) }
    }, 'organisers')
    return c.body(null, 204, { 'Cache-Control': 'no-store' }) as never
  })
