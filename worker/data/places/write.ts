import { and, eq, isNull } from 'drizzle-orm'
import { PlaceInput } from '../../../schema/api/inputs'
import * as t from '../../../schema/tables'
import { noCycle, usedByEvents, type WriteModel } from '../write/model'

export const placeModel: WriteModel<typeof PlaceInput._output & { id: string }> = {
  entity: 'place', table: t.places, input: PlaceInput, relations: {},
  rename: { containedIn: 'containedInId', operator: 'operatorId' },
  refs: (p) => [
    ...(p.containedIn ? [{ table: 'places' as const, id: p.containedIn, path: 'containedIn' }] : []),
    ...(p.operator ? [{ table: 'partners' as const, id: p.operator, path: 'operator' }] : []),
  ],
  check: (db, p) => noCycle(db, 'places', 'contained_in_id', p.id, p.containedIn, 'containedIn'),
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_places', 'place_id', id)
    if (events) return events
    const [inside] = await db.select({ id: t.places.id }).from(t.places).where(and(eq(t.places.containedInId, id), isNull(t.places.deletedAt)))
    return inside ? `place "${inside.id}" is inside it` : null
  },
}
