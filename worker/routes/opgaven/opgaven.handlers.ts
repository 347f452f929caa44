import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import type { Opgave } from '../../../schema/api/opgaven'
import { opgaveColumns } from '../../../schema/csv/others'
import * as t from '../../../schema/tables'
import type { AppRouteHandler, Db } from '../../env'
import { collection } from '../../lib/collection'
import { opgaveLd } from '../../lib/formats/jsonld'
import { sortsBy } from '../../lib/pagination'
import { inList, split } from '../../lib/query'
import { matches } from '../../lib/search'
import { bilingual, nullableBilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute, OpgaveListQuery } from './opgaven.routes'

type Row = typeof t.opgaven.$inferSelect
const o = t.opgaven

const sorts = sortsBy<Row>(sql`${o.id}`, {
  title: [sql`json_extract(${o.title}, '$.nl') collate nocase`, (r) => r.title.nl],
  updatedAt: [sql`${o.updatedAt}`, (r) => r.updatedAt],
})

function filters(q: z.infer<typeof OpgaveListQuery>): SQL | undefined {
  const statuses = split(q.status)
  const themes = split(q.theme)
  const partners = split(q.partner)
  return and(
    statuses ? inList(o.status, statuses) : undefined,
    themes ? sql`${o.id} in (select opgave_id from opgave_themes where ${inList(t.opgaveThemes.themeId, themes)})` : undefined,
    partners ? sql`${o.id} in (select opgave_id from opgave_partners where ${inList(t.opgavePartners.partnerId, partners)})` : undefined,
    q.q ? matches('opgaven', q.q) : undefined,
  )
}

async function hydrate(db: Db, rows: Row[]): Promise<Opgave[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [themes, partners] = await db.batch([
    db.select({ opgaveId: t.opgaveThemes.opgaveId, id: t.themes.id, scheme: t.themes.scheme, label: t.themes.label })
      .from(t.opgaveThemes).innerJoin(t.themes, eq(t.themes.id, t.opgaveThemes.themeId))
      .where(inList(t.opgaveThemes.opgaveId, ids)).orderBy(asc(t.themes.id)),
    db.select({ opgaveId: t.opgavePartners.opgaveId, id: t.partners.id, name: t.partners.name, kind: t.partners.kind,
      role: t.opgavePartners.role })
      .from(t.opgavePartners).innerJoin(t.partners, eq(t.partners.id, t.opgavePartners.partnerId))
      .where(inList(t.opgavePartners.opgaveId, ids)).orderBy(asc(t.partners.name)),
  ])
  return rows.map(({ deletedAt, ...r }) => ({
    ...r,
    title: bilingual(r.title),
    summary: nullableBilingual(r.summary),
    description: nullableBilingual(r.description),
    themes: themes.filter((x) => x.opgaveId === r.id).map(({ opgaveId, ...x }) => ({ ...x, label: bilingual(x.label) })),
    partners: partners.filter((x) => x.opgaveId === r.id).map(({ opgaveId, ...x }) => x),
  }))
}

export const opgaven = collection({
  dataset: 'opgaven', noun: 'opgave', table: o, columns: opgaveColumns, ld: opgaveLd, hydrate, sorts, filters,
})

export const list: AppRouteHandler<typeof listRoute> = (c) => opgaven.list(c, c.req.valid('query'))
export const get: AppRouteHandler<typeof getRoute> = (c) => opgaven.get(c, c.req.valid('param').id, c.req.valid('query').format)
