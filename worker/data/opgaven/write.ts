import { OpgaveInput } from '../../../schema/api/inputs'
import { OPGAVE_RELATIONS } from '../../../schema/relations'
import * as t from '../../../schema/tables'
import { refsAt } from '../refs'
import { usedByEvents, type WriteModel } from '../write/model'

export const opgaveModel: WriteModel<typeof OpgaveInput._output & { id: string }> = {
  entity: 'opgave', table: t.opgaven, input: OpgaveInput, relations: OPGAVE_RELATIONS,
  refs: (o) => [...refsAt('themes', 'themes', o.themes), ...refsAt('partners', 'partners', o.partners?.map((p) => p.id))],
  inUse: (db, id) => usedByEvents(db, 'event_opgaven', 'opgave_id', id),
}
