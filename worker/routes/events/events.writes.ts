/** Writing events: create, merge-patch, soft delete — the one write pipeline with the events' moderation rules. */
import { Event } from '../../../schema/api/events'
import { EventInput, EventPatch } from '../../../schema/api/inputs'
import { ALL_STATES } from '../../data/collection'
import { events } from '../../data/events/collection'
import { checkAccess, type EventWrite, eventModel, newEventId, prepareCreate, prepareUpdate } from '../../data/events/write'
import { needsKey } from '../../http/authz'
import { writeRoutes } from '../../http/write/pipeline'

export default writeRoutes<EventWrite>({
  model: eventModel, path: 'events', noun: 'event', name: 'Event', tag: 'Events', example: 'naturalis-lezing-2027-03-12',
  create: EventInput, patch: EventPatch, output: Event,
  one: (db, id) => events.one(db, id, ALL_STATES),
  describe: {
    create: 'A partner key creates events its partner organises (it is added as organiser if missing), as `draft` or `submitted`; trusted partner keys and admin keys may publish directly (their default). Only `published` events are public.',
    update: 'JSON merge patch. Set `workflow` to move it through moderation: a partner `draft` → `submitted`; an editor `submitted` → `published` or `rejected`. An edit of a published event by an untrusted partner key sends it back to `submitted`.',
    remove: 'Soft delete: the event leaves every public read and export at once, and is kept (it appears as a tombstone in the change feed).',
  },
  policy: {
    admit: needsKey,
    create: (_c, who, input) => prepareCreate(who, input),
    newId: (db, input) => newEventId(db, input),
    access: (c, who, stored) => checkAccess(c.get('db'), who, stored.id, String(stored.row.workflow)),
    update: (_c, who, before, merged, patch) => prepareUpdate(who, before, merged, patch),
    extraColumns: (who, _input, before) => (!before && who.partnerId ? { sourcePartnerId: who.partnerId } : {}),
    updateAction: (before, after) => (after.workflow !== before.workflow ? `update:${after.workflow}` : 'update'),
  },
})
