/**
 * The many-to-many relations of events and opgaven, written once in both directions: an input's lists → join-table
 * rows (the write pipeline and the seed) and join-table rows → the input's lists (what a PATCH is merged onto).
 */
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import * as t from './tables'

type Role = (typeof t.ORGANISER_ROLES)[number]
/** A changed occurrence as writers send it (schema/api/schedule.ts). */
type Change = {
  occurrence: string; status?: (typeof t.EVENT_STATUSES)[number] | null; startsAt?: string | null; endsAt?: string | null
  place?: string | null; note?: t.Bilingual | null
}
type Relation<V, Row> = {
  table: SQLiteTable & { $inferInsert: Row }
  owner: SQLiteColumn
  /** The order rows are read back in, so a list round-trips in the order it was written. */
  order?: SQLiteColumn
  toRows: (ownerId: string, values: readonly V[]) => Row[]
  fromRows: (rows: Row[]) => V[]
}
const relation = <V, Row>(r: Relation<V, Row>) => r

export const EVENT_RELATIONS = {
  places: relation({
    table: t.eventPlaces, owner: t.eventPlaces.eventId, order: t.eventPlaces.position,
    toRows: (eventId, ids: readonly string[]) => ids.map((placeId, position) => ({ eventId, placeId, position })),
    fromRows: (rows) => rows.map((r) => r.placeId),
  }),
  organisers: relation({
    table: t.eventOrganisers, owner: t.eventOrganisers.eventId, order: t.eventOrganisers.position,
    // `confirmed` is set by the events' policy (a partner named by another partner has not agreed yet).
    toRows: (eventId, list: readonly { id: string; role: Role; confirmed?: boolean }[]) =>
      list.map((o, position) => ({ eventId, partnerId: o.id, role: o.role, position, ...(o.confirmed === false ? { confirmed: false } : {}) })),
    fromRows: (rows) => rows.map((r) => ({ id: r.partnerId, role: r.role ?? 'organiser' })),
  }),
  opgaven: relation({
    table: t.eventOpgaven, owner: t.eventOpgaven.eventId,
    toRows: (eventId, ids: readonly string[]) => ids.map((opgaveId) => ({ eventId, opgaveId })),
    fromRows: (rows) => rows.map((r) => r.opgaveId),
  }),
  themes: relation({
    table: t.eventThemes, owner: t.eventThemes.eventId,
    toRows: (eventId, ids: readonly string[]) => ids.map((themeId) => ({ eventId, themeId })),
    fromRows: (rows) => rows.map((r) => r.themeId),
  }),
  audiences: relation({
    table: t.eventAudiences, owner: t.eventAudiences.eventId,
    toRows: (eventId, list: readonly (typeof t.AUDIENCES)[number][]) => list.map((audience) => ({ eventId, audience })),
    fromRows: (rows) => rows.map((r) => r.audience),
  }),
  overrides: relation({
    table: t.eventOverrides, owner: t.eventOverrides.eventId, order: t.eventOverrides.recurrenceId,
    toRows: (eventId, list: readonly Change[]) => list.map((o) => ({
      eventId, recurrenceId: o.occurrence, status: o.status ?? null, startsAt: o.startsAt ?? null, endsAt: o.endsAt ?? null, placeId: o.place ?? null, note: o.note ?? null,
    })),
    fromRows: (rows) => rows.map((r): Change => ({
      occurrence: r.recurrenceId, status: r.status ?? null, startsAt: r.startsAt ?? null, endsAt: r.endsAt ?? null, place: r.placeId ?? null, note: r.note ?? null,
    })),
  }),
  languages: relation({
    table: t.eventLanguages, owner: t.eventLanguages.eventId,
    toRows: (eventId, list: readonly string[]) => list.map((language) => ({ eventId, language })),
    fromRows: (rows) => rows.map((r) => r.language),
  }),
}

export const OPGAVE_RELATIONS = {
  themes: relation({
    table: t.opgaveThemes, owner: t.opgaveThemes.opgaveId,
    toRows: (opgaveId, ids: readonly string[]) => ids.map((themeId) => ({ opgaveId, themeId })),
    fromRows: (rows) => rows.map((r) => r.themeId),
  }),
  partners: relation({
    table: t.opgavePartners, owner: t.opgavePartners.opgaveId,
    toRows: (opgaveId, list: readonly { id: string; role: Role }[]) => list.map((p) => ({ opgaveId, partnerId: p.id, role: p.role })),
    fromRows: (rows) => rows.map((r) => ({ id: r.partnerId, role: r.role })),
  }),
}

export const PARTNER_RELATIONS = {
  memberships: relation({
    table: t.memberships, owner: t.memberships.partnerId,
    toRows: (partnerId, list: readonly Omit<typeof t.memberships.$inferInsert, 'partnerId'>[]) => list.map((m) => ({ partnerId, ...m })),
    fromRows: (rows) => rows.map(({ partnerId, ...m }) => m),
  }),
}

export type Relations = Record<string, Relation<any, any>>
/** The relation lists of an input, as join-table rows per relation. */
export const relationRows = <R extends Relations>(relations: R, ownerId: string, input: { [K in keyof R]?: readonly unknown[] | null }) =>
  Object.entries(relations).map(([name, r]) => ({ name, table: r.table, rows: r.toRows(ownerId, (input[name] ?? []) as never[]) }))
