/** The places collection: venues, buildings, halls and squares, with what they are part of and who runs them. */
import { asc, sql } from 'drizzle-orm'
import type { Place } from '../../../schema/api/places'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { collection } from '../collection'
import { type FilterTable, named, refFilter, searchFilter, updatedSinceFilter } from '../filters'
import { sortsBy } from '../pagination'
import { provenanceOf, withoutProvenance } from '../provenance'
import { nullableBilingual } from '../rows'
import { inList } from '../sql'

type Row = typeof t.places.$inferSelect
const pl = t.places

export const placeFilters = {
  operator: refFilter(named('Beheerder', 'Operator'), 'partners', 'Run by this partner.', 'universiteit-leiden', (ids) => inList(pl.operatorId, ids)),
  containedIn: refFilter(named('Ligt in', 'Inside'), 'places', 'Inside this place (the halls of a building).', 'kamerlingh-onnes-gebouw', (ids) => inList(pl.containedInId, ids)),
  q: searchFilter('places'),
  updatedSince: updatedSinceFilter(pl.updatedAt),
} satisfies FilterTable

export const placeRef = {
  id: pl.id, name: pl.name, streetAddress: pl.streetAddress, postalCode: pl.postalCode,
  locality: pl.locality, latitude: pl.latitude, longitude: pl.longitude,
}

async function hydrate(db: Db, rows: Row[]): Promise<Place[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [parents, children, operators] = await db.batch([
    db.select(placeRef).from(pl).where(inList(pl.id, rows.flatMap((r) => (r.containedInId ? [r.containedInId] : [])))),
    db.select({ ...placeRef, parentId: pl.containedInId }).from(pl).where(inList(pl.containedInId, ids)).orderBy(asc(pl.name)),
    db.select({ id: t.partners.id, name: t.partners.name, kind: t.partners.kind }).from(t.partners)
      .where(inList(t.partners.id, rows.flatMap((r) => (r.operatorId ? [r.operatorId] : [])))),
  ])
  return rows.map((row) => {
    const { containedInId, operatorId, deletedAt, version, ...r } = withoutProvenance(row)
    return {
    ...r,
    description: nullableBilingual(r.description),
    accessibility: nullableBilingual(r.accessibility),
    containedIn: parents.find((x) => x.id === containedInId) ?? null,
    contains: children.filter((x) => x.parentId === r.id).map(({ parentId, ...x }) => x),
    operator: operators.find((x) => x.id === operatorId) ?? null,
    provenance: provenanceOf(row),
  }
  })
}

export const places = collection({
  id: 'places', noun: 'place', table: pl, filters: placeFilters, hydrate, defaultSort: 'name',
  sorts: sortsBy<Row>(sql`${pl.id}`, {
    name: [sql`${pl.name} collate nocase`, (r) => r.name],
    updatedAt: [sql`${pl.updatedAt}`, (r) => r.updatedAt],
  }),
})
