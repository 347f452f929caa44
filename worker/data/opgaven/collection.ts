/** The opgaven collection: the challenges of the programme, with their themes and the partners involved. */
import { asc, eq, sql } from 'drizzle-orm'
import type { Opgave } from '../../../schema/api/opgaven'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { collection } from '../collection'
import { columnIn, type FilterTable, named, refFilter, searchFilter, updatedSinceFilter } from '../filters'
import { sortsBy } from '../pagination'
import { provenanceOf, withoutProvenance } from '../provenance'
import { bilingual, nullableBilingual } from '../rows'
import { inList, linked } from '../sql'

type Row = typeof t.opgaven.$inferSelect
const o = t.opgaven

export const opgaveFilters = {
  status: columnIn(named('Status', 'Status'), o.status, t.OPGAVE_STATUSES, 'With this status.', 'active'),
  theme: refFilter(named('Thema', 'Theme'), 'themes', 'Under this theme.', 'cultureel-erfgoed', (ids) => linked(o.id, 'opgave_themes', 'opgave_id', 'theme_id', ids)),
  partner: refFilter(named('Partner', 'Partner'), 'partners', 'With this partner involved.', 'universiteit-leiden', (ids) => linked(o.id, 'opgave_partners', 'opgave_id', 'partner_id', ids)),
  q: searchFilter('opgaven'),
  updatedSince: updatedSinceFilter(o.updatedAt),
} satisfies FilterTable

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
  return rows.map((row) => {
    const { deletedAt, version, ...r } = withoutProvenance(row)
    return {
    ...r,
    title: bilingual(r.title),
    summary: nullableBilingual(r.summary),
    description: nullableBilingual(r.description),
    themes: themes.filter((x) => x.opgaveId === r.id).map(({ opgaveId, ...x }) => ({ ...x, label: bilingual(x.label) })),
    partners: partners.filter((x) => x.opgaveId === r.id).map(({ opgaveId, ...x }) => x),
    sourceUrl: row.sourceUrl,
    provenance: provenanceOf(row),
  }
  })
}

export const opgaven = collection({
  id: 'opgaven', noun: 'opgave', table: o, filters: opgaveFilters, hydrate, defaultSort: 'title',
  sorts: sortsBy<Row>(sql`${o.id}`, {
    title: [sql`json_extract(${o.title}, '$.nl') collate nocase`, (r) => r.title.nl],
    updatedAt: [sql`${o.updatedAt}`, (r) => r.updatedAt],
  }),
})
