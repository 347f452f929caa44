import { and, eq, sql } from 'drizzle-orm'
import * as t from '../../../schema/tables'
import type { AppRouteHandler } from '../../env'
import { keysetPage, sortsBy } from '../../lib/pagination'
import { ProblemError } from '../../lib/problem'
import { inList, split } from '../../lib/query'
import { bilingual } from '../../lib/rows'
import type { get as getRoute, list as listRoute } from './themes.routes'

type Row = typeof t.themes.$inferSelect
const th = t.themes
const sorts = sortsBy<Row>(sql`${th.id}`, {
  scheme: [sql`${th.scheme}`, (r) => r.scheme],
  id: [sql`${th.id}`, (r) => r.id],
})
const toTheme = (r: Row) => ({ ...r, label: bilingual(r.label) })

export const list: AppRouteHandler<typeof listRoute> = async (c) => {
  const q = c.req.valid('query')
  const schemes = split(q.scheme)
  const db = c.get('db')
  const page = await keysetPage(c, q, sorts,
    (keyset, order, limit) => db.select().from(th)
      .where(and(schemes ? inList(th.scheme, schemes) : undefined, keyset)).orderBy(...order).limit(limit),
    async (rows) => rows.map(toTheme))
  return c.json(page, 200)
}

export const get: AppRouteHandler<typeof getRoute> = async (c) => {
  const { id } = c.req.valid('param')
  const [row] = await c.get('db').select().from(th).where(eq(th.id, id))
  if (!row) throw new ProblemError(404, `There is no theme with id "${id}".`)
  return c.json(toTheme(row), 200)
}
