import type { AUDIENCES, EVENT_STATUSES, events, ORGANISER_ROLES } from '../tables'

/** An event row plus its relations, as the seed files write it; schema/seed/sql.ts splits it into table rows. */
export type EventSeed = typeof events.$inferInsert & {
  id: string
  places?: readonly string[]
  organisers?: readonly { id: string; role: (typeof ORGANISER_ROLES)[number] }[]
  opgaven?: readonly string[]
  themes?: readonly string[]
  audiences?: readonly (typeof AUDIENCES)[number][]
  languages?: readonly string[]
  overrides?: readonly { occurrence: string; status?: (typeof EVENT_STATUSES)[number] | null; startsAt?: string | null; endsAt?: string | null; place?: string | null; note?: { nl: string; en?: string | null } | null }[]
}
