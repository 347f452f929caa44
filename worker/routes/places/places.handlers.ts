import { and, asc, type SQL, sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import type { Place } from '../../../schema/api/places'
import { placeColumns } from '../../../schema/csv/others'
import * as t from '../../../schema/tables'
import type { AppRouteHandler, Db } from '../../env'
import { collection } from '../../lib/collection'
import { placeLd } from '../../lib/formats/jsonld'
import { sortsBy } from '../../lib/pagination'
import { inList, split } from '../../lib/query'
import { matches } from '../../lib/search'
import { nullableBilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute, PlaceListQuery } from './places.routes'

type Row = typeof t.places.$inferSelect
const pl = t.places

const sorts = sortsBy<Row>(sql`${pl.id}`, {
  name: [sql`${pl.name} collate nocase`, (r) => r.name],
  updatedAt: [sql`${pl.updatedAt}`, (r) => r.updatedAt],
})

function filters(q: z.infer<typeof PlaceListQuery>): SQL | undefined {
  const operators = split(q.operator)
  const containers = split(q.containedIn)
  return and(
    operators ? inList(pl.operatorId, operators) : undefined,
    containers ? inList(pl.containedInId, containers) : undefined,
    q.q ? matches('places', q.q) : undefined,
  )
}

const ref = {
  id: pl.id, name: pl.name, streetAddress: pl.streetAddress, postalCode: pl.postalCode,
  locality: pl.locality, latitude: pl.latitude, longitude: pl.longitude,
}

async function hydrate(db: Db, rows: Row[]): Promise<Place[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [parents, children, operators] = await db.batch([
    db.select(ref).from(pl).where(inList(pl.id, rows.flatMap((r) => (r.containedInId ? [r.containedInId] : [])))),
    db.select({ ...ref, parentId: pl.containedInId }).from(pl).where(inList(pl.containedInId, ids)).orderBy(asc(pl.name)),
    db.select({ id: t.partners.id, name: t.partners.name, kind: t.partners.kind }).from(t.partners)
      .where(inList(t.partners.id, rows.flatMap((r) => (r.operatorId ? [r.operatorId] : [])))),
  ])
  return rows.map(({ containedInId, operatorId, deletedAt, ...r }) => ({
    ...r,
    description: nullableBilingual(r.description),
    accessibility: nullableBilingual(r.accessibility),
    containedIn: parents.find((x) => x.id === containedInId) ?? null,
    contains: children.filter((x) => x.parentId === r.id).map(({ parentId, ...x }) => x),
    operator: operators.find((x) => x.id === operatorId) ?? null,
  }))
}

export const places = collection({
  dataset: 'places', noun: 'place', table: pl, columns: placeColumns, ld: placeLd, hydrate, sorts, filters,
})

export const list: AppRouteHandler<typeof listRoute> = (c) => places.list(c, c.req.valid('query'))
export const get: AppRouteHandler<typeof getRoute> = (c) => places.get(c, c.req.valid('param').id, c.req.valid('query').format)
