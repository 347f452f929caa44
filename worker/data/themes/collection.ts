/** The themes collection: Kennisstad themes and the ESOF2022 and Leiden2022 tracks. */
import { sql } from 'drizzle-orm'
import * as t from '../../../schema/tables'
import { collection } from '../collection'
import { columnIn, type FilterTable, named, updatedSinceFilter } from '../filters'
import { sortsBy } from '../pagination'
import { provenanceOf } from '../provenance'
import { bilingual } from '../rows'

type Row = typeof t.themes.$inferSelect
const th = t.themes

export const themeFilters = {
  scheme: columnIn(named('Schema', 'Scheme'), th.scheme, t.THEME_SCHEMES, 'From this scheme.', 'kennisstad-2023'),
  updatedSince: updatedSinceFilter(th.updatedAt),
} satisfies FilterTable

export const themes = collection({
  id: 'themes', noun: 'theme', table: th, filters: themeFilters, defaultSort: 'scheme',
  hydrate: async (_db, rows: Row[]) => rows.map((r) => ({ id: r.id, scheme: r.scheme, label: bilingual(r.label), provenance: provenanceOf(r) })),
  sorts: sortsBy<Row>(sql`${th.id}`, {
    scheme: [sql`${th.scheme}`, (r) => r.scheme],
    id: [sql`${th.id}`, (r) => r.id],
  }),
})
