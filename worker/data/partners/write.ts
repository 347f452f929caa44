import { and, eq, isNull } from 'drizzle-orm'
import { PartnerInput } from '../../../schema/api/inputs'
import { PARTNER_RELATIONS } from '../../../schema/relations'
import * as t from '../../../schema/tables'
import { usedByEvents, type WriteModel } from '../write/model'

export const partnerModel: WriteModel<typeof PartnerInput._output & { id: string }> = {
  entity: 'partner', table: t.partners, input: PartnerInput, relations: PARTNER_RELATIONS,
  refs: () => [],
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_organisers', 'partner_id', id)
    if (events) return events
    const [place] = await db.select({ id: t.places.id }).from(t.places).where(and(eq(t.places.operatorId, id), isNull(t.places.deletedAt)))
    return place ? `place "${place.id}" is operated by it` : null
  },
}
