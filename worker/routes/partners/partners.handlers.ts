import { and, asc, type SQL, sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import type { Partner } from '../../../schema/api/partners'
import { partnerColumns } from '../../../schema/csv/others'
import * as t from '../../../schema/tables'
import type { AppRouteHandler, Db } from '../../env'
import { collection } from '../../lib/collection'
import { partnerLd } from '../../lib/formats/jsonld'
import { sortsBy } from '../../lib/pagination'
import { inList, split } from '../../lib/query'
import { matches } from '../../lib/search'
import { nullableBilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute, PartnerListQuery } from './partners.routes'

type Row = typeof t.partners.$inferSelect
const p = t.partners

function filters(q: z.infer<typeof PartnerListQuery>): SQL | undefined {
  const kinds = split(q.kind)
  const agreements = split(q.agreement)
  return and(
    kinds ? inList(p.kind, kinds) : undefined,
    agreements ? sql`${p.id} in (select partner_id from memberships where ${inList(t.memberships.agreement, agreements)})` : undefined,
    q.q ? matches('partners', q.q) : undefined,
  )
}

async function hydrate(db: Db, rows: Row[]): Promise<Partner[]> {
  if (rows.length === 0) return []
  const memberships = await db.select().from(t.memberships)
    .where(inList(t.memberships.partnerId, rows.map((r) => r.id))).orderBy(asc(t.memberships.agreement))
  return rows.map(({ deletedAt, ...r }) => ({
    ...r,
    description: nullableBilingual(r.description),
    altNames: r.altNames.map((a) => ({ name: a.name, validFrom: a.validFrom ?? null, validTo: a.validTo ?? null, note: a.note ?? null })),
    memberships: memberships.filter((m) => m.partnerId === r.id).map(({ partnerId, ...m }) => m),
  }))
}

export const partners = collection({
  dataset: 'partners', noun: 'partner', table: p, columns: partnerColumns, ld: partnerLd, hydrate, filters,
  sorts: sortsBy<Row>(sql`${p.id}`, {
    name: [sql`${p.name} collate nocase`, (r) => r.name],
    updatedAt: [sql`${p.updatedAt}`, (r) => r.updatedAt],
  }),
})

export const list: AppRouteHandler<typeof listRoute> = (c) => partners.list(c, c.req.valid('query'))
export const get: AppRouteHandler<typeof getRoute> = (c) => partners.get(c, c.req.valid('param').id, c.req.valid('query').format)
