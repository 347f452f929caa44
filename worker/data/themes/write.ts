import { eq } from 'drizzle-orm'
import { ThemeInput } from '../../../schema/api/inputs'
import * as t from '../../../schema/tables'
import { usedByEvents, type WriteModel } from '../write/model'

export const themeModel: WriteModel<typeof ThemeInput._output & { id: string }> = {
  entity: 'theme', table: t.themes, input: ThemeInput, relations: {},
  refs: () => [],
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_themes', 'theme_id', id)
    if (events) return events
    const [opgave] = await db.select().from(t.opgaveThemes).where(eq(t.opgaveThemes.themeId, id))
    return opgave ? `opgave "${opgave.opgaveId}" is classified under it` : null
  },
}
