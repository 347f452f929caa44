import { createRoute } from '@hono/zod-openapi'
import { and, eq, sql } from 'drizzle-orm'
import { AuditPage } from '../../../schema/api/audit'
import { doc, z } from '../../../schema/api/common'
import * as t from '../../../schema/tables'
import { ENTITIES } from '../../../schema/tables'
import { keyRequired, requireAdmin } from '../../http/authz'
import { jsonPage, problems } from '../../http/openapi'
import { keysetPage, sortsBy } from '../../data/pagination'
import { pagingParams } from '../../data/params'
import { createRouter } from '../../http/router'

type Row = typeof t.auditLog.$inferSelect

const sorts = sortsBy<Row>(sql`${t.auditLog.id}`, { id: [sql`${t.auditLog.id}`, (r) => r.id] })

const list = createRoute({
  method: 'get', path: '/audit', operationId: 'listAudit', tags: ['Audit'], security: keyRequired,
  summary: 'The audit log (editors)', description: 'Every successful write, newest first: who, what, when, and the changed fields before and after. Admin keys only.',
  request: {
    query: z.strictObject({
      entity: doc(z.enum([...ENTITIES, 'feed']).optional(), 'Only changes to this kind of record (or to feeds).', 'event'),
      entityId: doc(z.string().max(100).optional(), 'Only changes to this record.', 'esof2022'),
      keyId: doc(z.string().max(100).optional(), 'Only changes made with this key (`feed:<id>` for a feed’s imports).', 'key_naturalis_1'),
      ...pagingParams(sorts, '-id'),
    }),
  },
  responses: { 200: jsonPage(AuditPage, 'A page of audit entries.'), ...problems(400, 401, 403, 429, 500) },
})


export default createRouter().openapi(list, async (c) => {
  requireAdmin(c)
  const q = c.req.valid('query')
  const db = c.get('db')
  const page = await keysetPage(c, q, sorts,
    (keyset, order, limit) => db.select().from(t.auditLog).where(and(
      q.entity ? eq(t.auditLog.entity, q.entity) : undefined,
      q.entityId ? eq(t.auditLog.entityId, q.entityId) : undefined,
      q.keyId ? eq(t.auditLog.keyId, q.keyId) : undefined,
      keyset,
    )).orderBy(...order).limit(limit),
    async (rows) => rows)
  return c.json(page, 200)
})
