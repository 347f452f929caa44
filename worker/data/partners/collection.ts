/** The partners collection: organisations, with former names and their Kennisstad agreements. */
import { asc, sql } from 'drizzle-orm'
import type { Partner } from '../../../schema/api/partners'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import { collection } from '../collection'
import { booleanFilter, columnIn, enumFilter, type FilterTable, named, searchFilter, updatedSinceFilter } from '../filters'
import { sortsBy } from '../pagination'
import { provenanceOf, withoutProvenance } from '../provenance'
import { nullableBilingual } from '../rows'
import { inList, linked } from '../sql'

type Row = typeof t.partners.$inferSelect
const p = t.partners

export const partnerFilters = {
  kind: columnIn(named('Soort organisatie', 'Kind of organisation'), p.kind, t.PARTNER_KINDS, 'Of this kind.', 'museum'),
  agreement: enumFilter(named('Kennisstad-overeenkomst', 'Kennisstad agreement'), t.AGREEMENTS, 'Party to this Kennisstad agreement.', 'kennisstad-2023',
    (values) => linked(p.id, 'memberships', 'partner_id', 'agreement', values)),
  signatory: booleanFilter(named('Ondertekenaar', 'Signatory'), '`true`: only organisations that signed a Kennisstad agreement; `false`: only the others (they took part in events or opgaven).',
    'true', (signed) => sql`${signed ? sql`` : sql`not`} exists (select 1 from memberships m where m.partner_id = ${p.id})`),
  q: searchFilter('partners'),
  updatedSince: updatedSinceFilter(p.updatedAt),
} satisfies FilterTable

async function hydrate(db: Db, rows: Row[]): Promise<Partner[]> {
  if (rows.length === 0) return []
  const memberships = await db.select().from(t.memberships)
    .where(inList(t.memberships.partnerId, rows.map((r) => r.id))).orderBy(asc(t.memberships.agreement))
  return rows.map((row) => {
    const { deletedAt, version, ...r } = withoutProvenance(row)
    return {
    ...r,
    description: nullableBilingual(r.description),
    altNames: r.altNames.map((a) => ({ name: a.name, validFrom: a.validFrom ?? null, validTo: a.validTo ?? null, note: a.note ?? null })),
    memberships: memberships.filter((m) => m.partnerId === r.id).map(({ partnerId, ...m }) => m),
    provenance: provenanceOf(row),
    signatory: memberships.some((m) => m.partnerId === r.id),
  }
  })
}

export const partners = collection({
  id: 'partners', noun: 'partner', table: p, filters: partnerFilters, hydrate, defaultSort: 'name',
  sorts: sortsBy<Row>(sql`${p.id}`, {
    name: [sql`${p.name} collate nocase`, (r) => r.name],
    updatedAt: [sql`${p.updatedAt}`, (r) => r.updatedAt],
  }),
})
