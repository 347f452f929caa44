/**
 * Editor-only writes for the reference data (partners, places, opgaven, themes): the same sequence as event writes
 * (validate → references → If-Match → one batch with audit), from a small description per resource.
 */
import { createRoute } from '@hono/zod-openapi'
import { and, eq, isNull } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Context } from 'hono'
import type { z } from '../../../schema/api/common'
import type { AppEnv, Db } from '../../env'
import { needsAdmin, requireAdmin } from '../../lib/auth'
import { etagOf } from '../../lib/formats/respond'
import { commonHeaders, problems } from '../../lib/openapi'
import { ProblemError } from '../../lib/problem'
import { idParam } from '../../lib/query'
import { createRouter } from '../../lib/router'
import type { LiveTable } from '../../lib/rows'
import { nowRfc3339 } from '../../lib/time'
import { auditStatement } from '../../lib/write/audit'
import { runBatch } from '../../lib/write/batch'
import { jsonBody } from '../../lib/write/body'
import { idempotencyStatements, idempotentOrReplay, rememberResponse } from '../../lib/write/idempotency'
import { requireIfMatch } from '../../lib/write/if-match'
import { type Ref, requireRefs } from '../../lib/write/refs'
import { plainDeep } from '../../lib/write/text'
import { mergePatch } from '../../lib/write/validate'
import { IdempotencyHeader, IfMatchHeader, security } from '../events/events.write.routes'

export type AdminResource<I extends { id: string }> = {
  path: 'partners' | 'places' | 'opgaven' | 'themes'
  noun: string
  tag: string
  example: string
  table: LiveTable
  input: z.ZodObject
  patch: z.ZodObject
  output: z.ZodType
  /** The stored row and its relations in input shape (what a PATCH is merged onto). */
  load: (db: Db, id: string) => Promise<I | undefined>
  /** Row values for the table (without id and timestamps). */
  row: (input: I) => Record<string, unknown>
  /** Statements that (re)write the relations; `only` limits them to the lists a PATCH sent. */
  relations: (db: Db, input: I, only?: Set<string>) => BatchItem<'sqlite'>[]
  refs: (input: I) => Ref[]
  /** Why it cannot be deleted (still in use), or null. */
  inUse: (db: Db, id: string) => Promise<string | null>
  /** The public representation. */
  one: (db: Db, id: string) => Promise<unknown[]>
}

export function adminRouter<I extends { id: string }>(r: AdminResource<I>) {
  const writeHeaders = { ...commonHeaders, ETag: { description: 'Validator of the new state.', schema: { type: 'string' as const } } }
  const errors = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503)
  const params = idParam(r.noun, r.example)
  // Listed under the same tag as the public reads of this collection (`/partners` → Partners).
  const group = r.path[0]!.toUpperCase() + r.path.slice(1)
  const create = createRoute({
    method: 'post', path: `/${r.path}`, operationId: `create${r.tag}`, tags: [group], security,
    middleware: [needsAdmin(), jsonBody()] as const,
    summary: `Create a ${r.noun} (editors)`, description: `Admin keys only. Idempotent with \`Idempotency-Key\`.`,
    request: { headers: IdempotencyHeader, body: { required: true, content: { 'application/json': { schema: r.input } } } },
    responses: { 201: { description: 'Created.', headers: writeHeaders, content: { 'application/json': { schema: r.output } } }, ...errors },
  })
  const update = createRoute({
    method: 'patch', path: `/${r.path}/{id}`, operationId: `update${r.tag}`, tags: create.tags, security,
    middleware: [needsAdmin(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
    summary: `Change a ${r.noun} (editors)`, description: 'JSON merge patch; lists are replaced whole.',
    request: { params, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: r.patch }, 'application/merge-patch+json': { schema: r.patch } } } },
    responses: { 200: { description: 'Changed.', headers: writeHeaders, content: { 'application/json': { schema: r.output } } }, ...errors },
  })
  const remove = createRoute({
    method: 'delete', path: `/${r.path}/{id}`, operationId: `delete${r.tag}`, tags: create.tags, security,
    middleware: [needsAdmin()] as const,
    summary: `Delete a ${r.noun} (editors)`, description: `Soft delete; refused with 409 while events or other records still use it.`,
    request: { params, headers: IfMatchHeader },
    responses: { 204: { description: 'Deleted.', headers: commonHeaders }, ...errors },
  })

  const representation = async (db: Db, id: string) => {
    const [item] = await r.one(db, id)
    const body = JSON.stringify(item)
    return { item: item as object, etag: await etagOf(body), body }
  }
  const checkIfMatch = (c: Context<AppEnv>, id: string) =>
    requireIfMatch(c, async () => (await representation(c.get('db'), id)).etag, r.noun)
  const existing = async (db: Db, id: string) => {
    const found = await r.load(db, id)
    if (!found) throw new ProblemError(404, `There is no ${r.noun} with id "${id}".`)
    return found
  }

  return createRouter()
    .openapi(create, async (c) => {
      const who = requireAdmin(c)
      const db = c.get('db')
      const body = c.req.valid('json')
      const seen = await idempotentOrReplay(c, who, body, async (location) => (await representation(db, location.split('/').at(-1)!)).body)
      if ('replay' in seen) return seen.replay as never
      const { idem } = seen
      const input = plainDeep(body) as unknown as I
      await requireRefs(db, r.refs(input))
      const [taken] = await db.select({ id: r.table.id }).from(r.table as SQLiteTable).where(eq(r.table.id, input.id))
      if (taken) throw new ProblemError(409, `The id "${input.id}" is taken.`)
      const stamp = nowRfc3339()
      const location = `/v1/${r.path}/${input.id}`
      await runBatch(c, [
        db.insert(r.table).values({ id: input.id, ...r.row(input), createdAt: stamp, updatedAt: stamp } as never),
        ...r.relations(db, input),
        auditStatement(db, who, r.noun, input.id, 'create', null, input as Record<string, unknown>),
        ...idempotencyStatements(c, who, idem, 201, location),
      ])
      const rep = await representation(db, input.id)
      await rememberResponse(c, who, idem, rep.body)
      return c.json(rep.item, 201, { ETag: rep.etag, Location: location })
    })
    .openapi(update, async (c) => {
      const who = requireAdmin(c)
      const db = c.get('db')
      const { id } = c.req.valid('param')
      const patch = plainDeep(c.req.valid('json') as Record<string, unknown>)
      const before = await existing(db, id)
      await checkIfMatch(c, id)
      const after = mergePatch(r.input, before, patch, r.noun) as unknown as I
      await requireRefs(db, r.refs(after))
      await runBatch(c, [
        db.update(r.table).set({ ...r.row(after), updatedAt: nowRfc3339() } as never).where(eq(r.table.id, id)),
        ...r.relations(db, after, new Set(Object.keys(patch))),
        auditStatement(db, who, r.noun, id, 'update', before as Record<string, unknown>, after as Record<string, unknown>),
      ])
      const rep = await representation(db, id)
      return c.json(rep.item, 200, { ETag: rep.etag })
    })
    .openapi(remove, async (c) => {
      const who = requireAdmin(c)
      const db = c.get('db')
      const { id } = c.req.valid('param')
      await existing(db, id)
      await checkIfMatch(c, id)
      const reason = await r.inUse(db, id)
      if (reason) throw new ProblemError(409, `The ${r.noun} "${id}" is still used: ${reason}. Change or delete those first.`)
      const stamp = nowRfc3339()
      await runBatch(c, [
        db.update(r.table).set({ deletedAt: stamp, updatedAt: stamp } as never).where(and(eq(r.table.id, id), isNull(r.table.deletedAt))),
        auditStatement(db, who, r.noun, id, 'delete', { deletedAt: null }, { deletedAt: stamp }),
      ])
      return c.body(null, 204)
    })
}
