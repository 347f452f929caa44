/**
 * The events' writer: the one write pipeline with the events' ownership and moderation rules (policy.ts). The HTTP
 * routes (worker/routes/events/events.writes.ts) and the feed importer write events only through it.
 */
import { ALL_STATES } from '../collection'
import { writer } from '../write/writer'
import { events } from './collection'
import { checkAccess, newEventId, organiserAccess, prepareCreate, prepareUpdate } from './policy'
import { type EventWrite, eventModel } from './write'

export const eventWriter = writer<EventWrite>({
  model: eventModel, path: 'events', noun: 'event',
  one: (db, id) => events.one(db, id, ALL_STATES),
  policy: {
    create: (_w, who, input) => prepareCreate(who, input),
    newId: (w, who, input) => newEventId(w.db, who, input),
    access: (w, who, stored, action) => (action === 'organisers' ? organiserAccess(who, stored) : checkAccess(w.db, who, stored.id, stored.row, action)),
    update: (w, who, before, merged, patch) => prepareUpdate(w.db, who, before, merged, patch),
    extraColumns: (who, _input, before) => (!before && who.partnerId ? { sourcePartnerId: who.partnerId } : {}),
    updateAction: (before, after) => (after.workflow !== before.workflow ? `update:${after.workflow}` : 'update'),
  },
})
