/** The four editor-managed resources, described for adminRouter: their rows, relations, references and users. */
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import { OpgaveInput, PartnerInput, PlaceInput, patchOf, ThemeInput } from '../../../schema/api/inputs'
import { Opgave } from '../../../schema/api/opgaven'
import { Partner } from '../../../schema/api/partners'
import { Place } from '../../../schema/api/places'
import { Theme } from '../../../schema/api/themes'
import * as t from '../../../schema/tables'
import type { Db } from '../../env'
import { liveRow } from '../../lib/rows'
import { refsAt } from '../../lib/write/refs'
import { opgaven } from '../opgaven/opgaven.handlers'
import { partners } from '../partners/partners.handlers'
import { places } from '../places/places.handlers'
import { themes } from '../themes/themes.handlers'
import { adminRouter } from './admin.factory'

/** How many live (not deleted) events use `id` through `joinTable.column`, as a reason to refuse a delete. */
async function usedByEvents(db: Db, joinTable: string, column: string, id: string): Promise<string | null> {
  const row = await db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(joinTable)} j join events e on e.id = j.event_id
    where j.${sql.identifier(column)} = ${id} and e.deleted_at is null`)
  return row && row.n > 0 ? `${row.n} event${row.n === 1 ? '' : 's'}` : null
}

type PartnerIn = z.infer<typeof PartnerInput>
const partnerRouter = adminRouter<PartnerIn>({
  path: 'partners', noun: 'partner', tag: 'Partner', example: 'bplusc-bibliotheek', table: t.partners,
  input: PartnerInput, patch: patchOf(PartnerInput, 'PartnerPatch'), output: Partner, one: partners.one,
  load: async (db, id) => {
    const row = await liveRow(db, t.partners, id)
    if (!row) return undefined
    const memberships = await db.select().from(t.memberships).where(eq(t.memberships.partnerId, id))
    return {
      id, name: row.name, kind: row.kind, url: row.url, description: row.description, notes: row.notes, altNames: row.altNames,
      streetAddress: row.streetAddress, postalCode: row.postalCode, locality: row.locality, country: row.country,
      latitude: row.latitude, longitude: row.longitude, memberships: memberships.map(({ partnerId, ...m }) => m),
    }
  },
  row: ({ id, memberships, ...p }) => ({ ...p, altNames: p.altNames ?? [], country: p.country ?? 'NL' }),
  relations: (db, p, only) => {
    if (only && !only.has('memberships')) return []
    const out = [db.delete(t.memberships).where(eq(t.memberships.partnerId, p.id))]
    const rows = (p.memberships ?? []).map((m) => ({ partnerId: p.id, ...m }))
    return rows.length ? [...out, db.insert(t.memberships).values(rows)] : out
  },
  refs: () => [],
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_organisers', 'partner_id', id)
    if (events) return events
    const [place] = await db.select({ id: t.places.id }).from(t.places).where(and(eq(t.places.operatorId, id), isNull(t.places.deletedAt)))
    return place ? `place "${place.id}" is operated by it` : null
  },
})

type PlaceIn = z.infer<typeof PlaceInput>
const placeRouter = adminRouter<PlaceIn>({
  path: 'places', noun: 'place', tag: 'Place', example: 'pieterskerk-koor', table: t.places,
  input: PlaceInput, patch: patchOf(PlaceInput, 'PlacePatch'), output: Place, one: places.one,
  load: async (db, id) => {
    const row = await liveRow(db, t.places, id)
    if (!row) return undefined
    const { containedInId, operatorId, deletedAt, createdAt, updatedAt, ...rest } = row
    return { ...rest, containedIn: containedInId, operator: operatorId }
  },
  row: ({ id, containedIn, operator, ...p }) => ({ ...p, containedInId: containedIn ?? null, operatorId: operator ?? null, country: p.country ?? 'NL' }),
  relations: () => [],
  refs: (p) => [
    ...(p.containedIn ? [{ table: 'places' as const, id: p.containedIn, path: 'containedIn' }] : []),
    ...(p.operator ? [{ table: 'partners' as const, id: p.operator, path: 'operator' }] : []),
  ],
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_places', 'place_id', id)
    if (events) return events
    const [inside] = await db.select({ id: t.places.id }).from(t.places).where(and(eq(t.places.containedInId, id), isNull(t.places.deletedAt)))
    return inside ? `place "${inside.id}" is inside it` : null
  },
})

type OpgaveIn = z.infer<typeof OpgaveInput>
const opgaveRouter = adminRouter<OpgaveIn>({
  path: 'opgaven', noun: 'opgave', tag: 'Opgave', example: 'gezonde-stad', table: t.opgaven,
  input: OpgaveInput, patch: patchOf(OpgaveInput, 'OpgavePatch'), output: Opgave, one: opgaven.one,
  load: async (db, id) => {
    const row = await liveRow(db, t.opgaven, id)
    if (!row) return undefined
    const [themeRows, partnerRows] = await db.batch([
      db.select().from(t.opgaveThemes).where(eq(t.opgaveThemes.opgaveId, id)),
      db.select().from(t.opgavePartners).where(eq(t.opgavePartners.opgaveId, id)),
    ])
    const { deletedAt, createdAt, updatedAt, ...rest } = row
    return { ...rest, themes: themeRows.map((x) => x.themeId), partners: partnerRows.map((x) => ({ id: x.partnerId, role: x.role })) }
  },
  row: ({ id, themes: _themes, partners: _partners, ...o }) => o,
  relations: (db, o, only) => {
    const out = []
    if (!only || only.has('themes')) {
      out.push(db.delete(t.opgaveThemes).where(eq(t.opgaveThemes.opgaveId, o.id)))
      if (o.themes?.length) out.push(db.insert(t.opgaveThemes).values(o.themes.map((themeId) => ({ opgaveId: o.id, themeId }))))
    }
    if (!only || only.has('partners')) {
      out.push(db.delete(t.opgavePartners).where(eq(t.opgavePartners.opgaveId, o.id)))
      if (o.partners?.length) out.push(db.insert(t.opgavePartners).values(o.partners.map((p) => ({ opgaveId: o.id, partnerId: p.id, role: p.role }))))
    }
    return out
  },
  refs: (o) => [...refsAt('themes', 'themes', o.themes), ...refsAt('partners', 'partners', o.partners?.map((p) => p.id))],
  inUse: (db, id) => usedByEvents(db, 'event_opgaven', 'opgave_id', id),
})

type ThemeIn = z.infer<typeof ThemeInput>
const themeRouter = adminRouter<ThemeIn>({
  path: 'themes', noun: 'theme', tag: 'Theme', example: 'open-science', table: t.themes,
  input: ThemeInput, patch: patchOf(ThemeInput, 'ThemePatch'), output: Theme, one: themes.one,
  load: async (db, id) => {
    const row = await liveRow(db, t.themes, id)
    return row ? { id: row.id, scheme: row.scheme, label: row.label } : undefined
  },
  row: ({ id, ...x }) => x,
  relations: () => [],
  refs: () => [],
  inUse: async (db, id) => {
    const events = await usedByEvents(db, 'event_themes', 'theme_id', id)
    if (events) return events
    const [opgave] = await db.select().from(t.opgaveThemes).where(eq(t.opgaveThemes.themeId, id))
    return opgave ? `opgave "${opgave.opgaveId}" is classified under it` : null
  },
})

export const adminRouters = [partnerRouter, placeRouter, opgaveRouter, themeRouter]
