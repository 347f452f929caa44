import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import type { Partner } from '../../../schema/api/partners'
import * as t from '../../../schema/tables'
import type { AppRouteHandler, Db } from '../../env'
import { keysetPage, sortsBy } from '../../lib/pagination'
import { ProblemError } from '../../lib/problem'
import { inList, likePattern, split } from '../../lib/query'
import { nullableBilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute, PartnerListQuery } from './partners.routes'

type Row = typeof t.partners.$inferSelect
const p = t.partners

const sorts = sortsBy<Row>(sql`${p.id}`, {
  name: [sql`${p.name} collate nocase`, (r) => r.name],
  updatedAt: [sql`${p.updatedAt}`, (r) => r.updatedAt],
})

function conditions(q: z.infer<typeof PartnerListQuery>): SQL | undefined {
  const kinds = split(q.kind)
  const agreements = split(q.agreement)
  const like = q.q ? likePattern(q.q) : undefined
  return and(
    kinds ? inList(p.kind, kinds) : undefined,
    agreements ? sql`${p.id} in (select partner_id from memberships where ${inList(t.memberships.agreement, agreements)})` : undefined,
    like ? sql`(lower(${p.name}) like ${like} escape '\\' or lower(${p.altNames}) like ${like} escape '\\')` : undefined,
  )
}

async function hydrate(db: Db, rows: Row[]): Promise<Partner[]> {
  if (rows.length === 0) return []
  const memberships = await db.select().from(t.memberships)
    .where(inList(t.memberships.partnerId, rows.map((r) => r.id))).orderBy(asc(t.memberships.agreement))
  return rows.map((r) => ({
    ...r,
    description: nullableBilingual(r.description),
    altNames: r.altNames.map((a) => ({ name: a.name, validFrom: a.validFrom ?? null, validTo: a.validTo ?? null, note: a.note ?? null })),
    memberships: memberships.filter((m) => m.partnerId === r.id).map(({ partnerId, ...m }) => m),
  }))
}

export const list: AppRouteHandler<typeof listRoute> = async (c) => {
  const q = c.req.valid('query')
  const db = c.get('db')
  const page = await keysetPage(c, q, sorts,
    (keyset, order, limit) => db.select().from(p).where(and(conditions(q), keyset)).orderBy(...order).limit(limit),
    (rows) => hydrate(db, rows))
  return c.json(page, 200)
}

export const get: AppRouteHandler<typeof getRoute> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.get('db')
  const [partner] = await hydrate(db, await db.select().from(p).where(eq(p.id, id)))
  if (!partner) throw new ProblemError(404, `There is no partner with id "${id}".`)
  return c.json(partner, 200)
}
