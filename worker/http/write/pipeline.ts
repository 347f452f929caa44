/**
 * The one write pipeline. Every resource's create, change and delete runs the same steps:
 * authorise → validate and normalise (the input schema) → references → access to the stored row → If-Match → one
 * D1 batch with the row, its relations, the audit row and the idempotency record (the change log is written by
 * triggers in the same transaction) → the representation the writer now sees, with its ETag. A refusal at any step
 * writes nothing. Resources differ only in their write model (worker/data/…/write.ts) and policy hooks.
 */
import { createRoute } from '@hono/zod-openapi'
import { and, eq, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import { nowRfc3339 } from '../../../core/time'
import type { z } from '../../../schema/api/common'
import type { DatasetId } from '../../../schema/tables'
import type { AppEnv, Db } from '../../base/env'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { auditStatement } from '../../data/audit'
import { idParam } from '../../data/params'
import { requireRefs } from '../../data/refs'
import { loadInput, relationStatements, rowOf, type WriteModel } from '../../data/write'
import { etagOf } from '../../formats/respond'
import { keyRequired, needsAdmin } from '../authz'
import { commonHeaders, problems } from '../openapi'
import { createRouter } from '../router'
import { runBatch } from './batch'
import { jsonBody } from './body'
import { IdempotencyHeader, idempotencyStatements, idempotentOrReplay, rememberResponse } from './idempotency'
import { IfMatchHeader, requireIfMatch } from './if-match'
import { mergePatch } from './validate'

type Stored<I> = I & { row: Record<string, unknown> }

/** What differs between resources: who may write, and what a write does beyond storing the input. */
export type WritePolicy<I extends { id: string }> = {
  /** Route middleware that admits writers (401/403 before the body is read); default: editors only. */
  admit?: () => ReturnType<typeof needsAdmin>
  /** The input as it will be stored: defaults that depend on the writer (an event's moderation state). */
  create?: (c: Context<AppEnv>, who: Principal, input: I) => Promise<I> | I
  /** The id of a new resource; default: the input's own. */
  newId?: (db: Db, input: I) => Promise<string>
  /** The stored resource a writer may change or delete: 404 when it may not see it, 403 when it sees but may not. */
  access?: (c: Context<AppEnv>, who: Principal, stored: Stored<I>) => Promise<void> | void
  /** The merged result as it will be stored (events: moderation after an edit). */
  update?: (c: Context<AppEnv>, who: Principal, before: Stored<I>, merged: I, patch: Partial<I>) => Promise<I> | I
  /** Row columns the pipeline sets besides the input (events: the partner that supplied it). */
  extraColumns?: (who: Principal, input: I, before?: Stored<I>) => Record<string, unknown>
  /** The audit action of an update (events: `update:<workflow>`). */
  updateAction?: (before: Stored<I>, after: I) => string
}

export type WriteSpec<I extends { id: string }> = {
  model: WriteModel<I>
  path: DatasetId
  noun: string
  /** Operation name part: `createEvent`. */
  name: string
  /** OpenAPI tag, shared with the collection's reads. */
  tag: string
  example: string
  create: z.ZodType
  patch: z.ZodType
  output: z.ZodType
  /** Operation descriptions; default: the editors' wording. */
  describe?: { create: string; update: string; remove: string }
  /** The representation the writer sees after a write (every moderation state). */
  one: (db: Db, id: string) => Promise<unknown>
  policy?: WritePolicy<I>
}

const writeHeaders = {
  ...commonHeaders,
  ETag: { description: 'Validator of the new state; send it as `If-Match` with the next change.', schema: { type: 'string' as const, example: '"3f2a9c0e"' } },
  'Cache-Control': { description: 'Authenticated responses are never cached.', schema: { type: 'string' as const, example: 'no-store' } },
}
const writeProblems = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503)

export function writeRoutes<I extends { id: string }>(spec: WriteSpec<I>) {
  const { model, policy = {} } = spec
  const describe = spec.describe ?? {
    create: 'Admin keys only. Idempotent with `Idempotency-Key`.', update: 'JSON merge patch; lists are replaced whole.',
    remove: 'Soft delete; refused with 409 while events or other records still use it.',
  }
  const admit = policy.admit ?? needsAdmin
  const params = idParam(spec.noun, spec.example)
  const json = (schema: z.ZodType) => ({ 'application/json': { schema } })

  const create = createRoute({
    method: 'post', path: `/${spec.path}`, operationId: `create${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit(), jsonBody()] as const,
    summary: `Create ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}${policy.admit ? '' : ' (editors)'}`, description: describe.create,
    request: { headers: IdempotencyHeader, body: { required: true, content: json(spec.create) } },
    responses: {
      201: {
        description: `Created. \`Location\` is the new ${spec.noun}.`, content: json(spec.output),
        headers: { ...writeHeaders, Location: { description: `Path of the new ${spec.noun}.`, schema: { type: 'string' as const, example: `/v1/${spec.path}/${spec.example}` } } },
      },
      ...writeProblems,
    },
  })
  const update = createRoute({
    method: 'patch', path: `/${spec.path}/{id}`, operationId: `update${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
    summary: `Change ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}${policy.admit ? '' : ' (editors)'}`, description: describe.update,
    request: { params, headers: IfMatchHeader, body: { required: true, content: { ...json(spec.patch), 'application/merge-patch+json': { schema: spec.patch } } } },
    responses: { 200: { description: 'Changed.', headers: writeHeaders, content: json(spec.output) }, ...writeProblems },
  })
  const remove = createRoute({
    method: 'delete', path: `/${spec.path}/{id}`, operationId: `delete${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit()] as const,
    summary: `Delete ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}${policy.admit ? '' : ' (editors)'}`, description: describe.remove,
    request: { params, headers: IfMatchHeader },
    responses: { 204: { description: 'Deleted.', headers: commonHeaders }, ...writeProblems },
  })

  const representation = async (db: Db, id: string) => {
    const item = await spec.one(db, id)
    const body = JSON.stringify(item)
    return { item: item as object, body, etag: await etagOf(body) }
  }
  /** The stored resource a writer may touch, after the policy's access check. */
  const stored = async (c: Context<AppEnv>, who: Principal, id: string) => {
    const found = await loadInput(c.get('db'), model, id)
    if (!found) throw new ProblemError(404, `There is no ${spec.noun} with id "${id}".`)
    await policy.access?.(c, who, found)
    return found
  }
  const ifMatch = (c: Context<AppEnv>, id: string) => requireIfMatch(c, async () => (await representation(c.get('db'), id)).etag, spec.noun)
  const respond = (c: Context<AppEnv>, status: 200 | 201, rep: { item: object; etag: string }, location?: string) =>
    c.json(rep.item, status, { ETag: rep.etag, 'Cache-Control': 'no-store', ...(location ? { Location: location } : {}) })

  return createRouter()
    .openapi(create, async (c) => {
      const who = c.get('principal')!
      const db = c.get('db')
      const body = c.req.valid('json')
      const seen = await idempotentOrReplay(c, who, body, async (location) => (await representation(db, location.split('/').at(-1)!)).body)
      if ('replay' in seen) return seen.replay as never
      let input = body as unknown as I
      if (policy.create) input = await policy.create(c, who, input)
      await requireRefs(db, model.refs(input))
      const id = policy.newId ? await policy.newId(db, input) : input.id
      if (!policy.newId) {
        const [taken] = await db.select({ id: model.table.id }).from(model.table).where(eq(model.table.id, id))
        if (taken) throw new ProblemError(409, `The id "${id}" is taken; choose another.`)
      }
      input = { ...input, id }
      const stamp = nowRfc3339()
      const location = `/v1/${spec.path}/${id}`
      await runBatch(c, [
        db.insert(model.table).values({ id, ...rowOf(model, input, 'insert'), ...policy.extraColumns?.(who, input), createdAt: stamp, updatedAt: stamp } as never),
        ...relationStatements(db, model, id, input),
        auditStatement(db, who, model.entity, id, 'create', null, input as Record<string, unknown>),
        ...idempotencyStatements(c, who, seen.idem, 201, location),
      ])
      const rep = await representation(db, id)
      await rememberResponse(c, who, seen.idem, rep.body)
      return respond(c, 201, rep, location) as never
    })
    .openapi(update, async (c) => {
      const who = c.get('principal')!
      const db = c.get('db')
      const { id } = c.req.valid('param')
      const patch = c.req.valid('json') as Partial<I>
      const before = await stored(c, who, id)
      await ifMatch(c, id)
      const { row: _row, ...beforeInput } = before
      let after = { ...mergePatch(model.input, beforeInput, patch, spec.noun), id } as I
      if (policy.update) after = { ...(await policy.update(c, who, before, after, patch)), id }
      await requireRefs(db, model.refs(after))
      const lists = new Set(Object.keys(patch).filter((k) => k in model.relations))
      await runBatch(c, [
        db.update(model.table).set({ ...rowOf(model, after, 'update'), ...policy.extraColumns?.(who, after, before), updatedAt: nowRfc3339() } as never).where(eq(model.table.id, id)),
        ...relationStatements(db, model, id, after, lists),
        auditStatement(db, who, model.entity, id, policy.updateAction?.(before, after) ?? 'update', beforeInput as Record<string, unknown>, after as Record<string, unknown>),
      ])
      return respond(c, 200, await representation(db, id)) as never
    })
    .openapi(remove, async (c) => {
      const who = c.get('principal')!
      const db = c.get('db')
      const { id } = c.req.valid('param')
      const before = await stored(c, who, id)
      await ifMatch(c, id)
      const reason = await model.inUse?.(db, id)
      if (reason) throw new ProblemError(409, `The ${spec.noun} "${id}" is still used: ${reason}. Change or delete those first.`)
      const stamp = nowRfc3339()
      const state = 'workflow' in before.row ? { workflow: before.row.workflow } : {}
      await runBatch(c, [
        db.update(model.table).set({ deletedAt: stamp, updatedAt: stamp } as never).where(and(eq(model.table.id, id), isNull(model.table.deletedAt))),
        auditStatement(db, who, model.entity, id, 'delete', { ...state, deletedAt: null }, { ...state, deletedAt: stamp }),
      ])
      return c.body(null, 204, { 'Cache-Control': 'no-store' }) as never
    })
}
