/** How events are written: the write model (input ↔ rows). The rules about who may write are in policy.ts. */
import { type EventInput as EventInputType, EventInput } from '../../../schema/api/inputs'
import { EVENT_RELATIONS } from '../../../schema/relations'
import * as t from '../../../schema/tables'
import { type Ref, refsAt } from '../refs'
import { noCycle, type WriteModel } from '../write'

export type EventWrite = EventInputType & { id: string; workflow: (typeof t.WORKFLOW)[number] }

export const eventModel: WriteModel<EventWrite> = {
  entity: 'event', table: t.events, input: EventInput as never, relations: EVENT_RELATIONS,
  refs: (e): Ref[] => [
    ...refsAt('places', 'places', e.places), ...refsAt('partners', 'organisers', e.organisers?.map((o) => o.id)),
    ...refsAt('opgaven', 'opgaven', e.opgaven), ...refsAt('themes', 'themes', e.themes),
    ...(e.parentId ? [{ table: 'events' as const, id: e.parentId, path: 'parentId' }] : []),
  ],
  check: (db, e) => noCycle(db, 'events', 'parent_id', e.id, e.parentId, 'parentId'),
}
