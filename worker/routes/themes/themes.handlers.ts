import { sql } from 'drizzle-orm'
import type { z } from '../../../schema/api/common'
import { themeColumns } from '../../../schema/csv/others'
import * as t from '../../../schema/tables'
import type { AppRouteHandler } from '../../env'
import { collection } from '../../lib/collection'
import { themeLd } from '../../lib/formats/jsonld'
import { sortsBy } from '../../lib/pagination'
import { inList, split } from '../../lib/query'
import { bilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute, ThemeListQuery } from './themes.routes'

type Row = typeof t.themes.$inferSelect
const th = t.themes

export const themes = collection({
  dataset: 'themes', noun: 'theme', table: th, columns: themeColumns, ld: themeLd,
  hydrate: async (_db, rows: Row[]) => rows.map((r) => ({ id: r.id, scheme: r.scheme, label: bilingual(r.label) })),
  sorts: sortsBy<Row>(sql`${th.id}`, {
    scheme: [sql`${th.scheme}`, (r) => r.scheme],
    id: [sql`${th.id}`, (r) => r.id],
  }),
  filters: (q: z.infer<typeof ThemeListQuery>) => {
    const schemes = split(q.scheme)
    return schemes ? inList(th.scheme, schemes) : undefined
  },
})

export const list: AppRouteHandler<typeof listRoute> = (c) => themes.list(c, c.req.valid('query'))
export const get: AppRouteHandler<typeof getRoute> = (c) => themes.get(c, c.req.valid('param').id, c.req.valid('query').format)
