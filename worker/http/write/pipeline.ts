/**
 * The one write pipeline. Every resource's create, change and delete runs the same steps:
 * authorise → validate and normalise (the input schema) → references → access to the stored row → If-Match → one
 * D1 batch with the row, its relations, the audit row and the idempotency record (the change log is written by
 * triggers in the same transaction) → the representation the writer now sees, with its ETag. A refusal at any step
 * writes nothing. Resources differ only in their write model (worker/data/…/write.ts) and policy hooks.
 */
import { createRoute } from '@hono/zod-openapi'
import { and, eq, getTableName, isNull } from 'drizzle-orm'
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
import { commit, type Conflict, guard, nextVersion } from './commit'
import { jsonBody } from './body'
import { IdempotencyHeader, idempotencyStatements, idempotentOrReplay, rememberResponse } from './idempotency'
import { IfMatchHeader, requireIfMatch } from './if-match'
import { mergePatch } from './validate'

/**
 * How often a write that lost a race is made again on the newer state. Every round has a winner, so this bounds the
 * number of writers racing for one row (or one derived id) that all still succeed.
 */
const RETRIES = 16

export type Stored<I> = I & { row: Record<string, unknown> }
/** What a writer wants to do with a stored resource: change it, delete it, or change its list of organisers. */
export type Access = 'update' | 'delete' | 'organisers'

/** What differs between resources: who may write, and what a write does beyond storing the input. */
export type WritePolicy<I extends { id: string }> = {
  /** Route middleware that admits writers (401/403 before the body is read); default: editors only. */
  admit?: () => ReturnType<typeof needsAdmin>
  /** The input as it will be stored: defaults that depend on the writer (an event's moderation state). */
  create?: (c: Context<AppEnv>, who: Principal, input: I) => Promise<I> | I
  /** The id of a new resource; default: the input's own. */
  newId?: (c: Context<AppEnv>, who: Principal, input: I) => Promise<string> | string
  /** The stored resource a writer may change or delete: 404 when it may not see it, 403 when it sees but may not. */
  access?: (c: Context<AppEnv>, who: Principal, stored: Stored<I>, action: Access) => Promise<void> | void
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
  const stored = async (c: Context<AppEnv>, who: Principal, id: string, action: Access) => {
    const found = await loadInput(c.get('db'), model, id)
    // With If-Match, a resource that is not there fails the precondition (RFC 9110 §13.1.1): a DELETE that lost a
    // race is a 412 like any other conditional write that lost one.
    if (!found && c.req.header('If-Match') !== undefined) throw changedMeanwhile()
    if (!found) throw new ProblemError(404, `There is no ${spec.noun} with id "${id}".`)
    await policy.access?.(c, who, found, action)
    return found
  }
  const ifMatch = (c: Context<AppEnv>, id: string) => requireIfMatch(c, async () => (await representation(c.get('db'), id)).etag, spec.noun)
  const respond = (c: Context<AppEnv>, status: 200 | 201, rep: { item: object; etag: string }, location?: string) =>
    c.json(rep.item, status, { ETag: rep.etag, 'Cache-Control': 'no-store', ...(location ? { Location: location } : {}) })
  const changedMeanwhile = () =>
    new ProblemError(412, `The ${spec.noun} changed since you read it (If-Match no longer matches); nothing was written. Read it again and retry.`)

  /**
   * Read → change → write, conditional on the version read. With `If-Match` a write that lost the race is a 412; without
   * it the change is made again on the newer state (a few times), so two concurrent edits of different fields both land.
   */
  async function change(c: Context<AppEnv>, who: Principal, id: string, make: (before: Stored<I>) => Promise<{ after: I; action: string; lists: Set<string> }>, access: Access = 'update') {
    const db = c.get('db')
    const conditional = c.req.header('If-Match') !== undefined
    for (let attempt = 1; ; attempt++) {
      const before = await stored(c, who, id, access)
      await ifMatch(c, id)
      const { after, action, lists } = await make(before)
      await requireRefs(db, model.refs(after), who)
      await model.check?.(db, after)
      const { row: _row, ...beforeInput } = before
      const conflict = await commit(c, [
        guard(db, model.table, id, Number(before.row.version)),
        db.update(model.table).set({ ...rowOf(model, after, 'update'), ...model.derivedColumns?.(after), ...policy.extraColumns?.(who, after, before), version: nextVersion(model.table), updatedAt: nowRfc3339() } as never).where(eq(model.table.id, id)),
        ...relationStatements(db, model, id, after, lists),
        ...(model.derived?.(db, id, after) ?? []),
        auditStatement(db, who, model.entity, id, action, beforeInput as Record<string, unknown>, after as Record<string, unknown>),
      ])
      if (!conflict) return representation(db, id)
      if (conflict.kind !== 'changed') throw conflictProblem(conflict.kind, spec.noun, id)
      if (conditional) throw changedMeanwhile()
      if (attempt === RETRIES) throw new ProblemError(409, `The ${spec.noun} is being changed by others at this moment; nothing was written. Retry.`)
    }
  }

  const router = createRouter()
    .openapi(create, async (c) => {
      const who = c.get('principal')!
      const db = c.get('db')
      const body = c.req.valid('json')
      for (let attempt = 1; ; attempt++) {
        const seen = await idempotentOrReplay(c, who, body, async (location) => (await representation(db, location.split('/').at(-1)!)).body)
        if ('replay' in seen) return seen.replay as never
        let input = body as unknown as I
        if (policy.create) input = await policy.create(c, who, input)
        await requireRefs(db, model.refs(input), who)
        const id = policy.newId ? await policy.newId(c, who, input) : input.id
        input = { ...input, id }
        await model.check?.(db, input)
        const stamp = nowRfc3339()
        const location = `/v1/${spec.path}/${id}`
        const conflict = await commit(c, [
          db.insert(model.table).values({ id, ...rowOf(model, input, 'insert'), ...model.derivedColumns?.(input), ...policy.extraColumns?.(who, input), createdAt: stamp, updatedAt: stamp } as never),
          ...relationStatements(db, model, id, input),
          ...(model.derived?.(db, id, input) ?? []),
          auditStatement(db, who, model.entity, id, 'create', null, input as Record<string, unknown>),
          ...idempotencyStatements(c, who, seen.idem, 201, location),
        ])
        if (!conflict) {
          const rep = await representation(db, id)
          await rememberResponse(c, who, seen.idem, rep.body)
          return respond(c, 201, rep, location) as never
        }
        // A concurrent request took the id (or the same Idempotency-Key): a derived id moves to the next free one,
        // a repeated key replays the other request's answer; an id the writer chose is a 409.
        const idTaken = conflict.kind === 'taken' && conflict.message.includes(`${getTableName(model.table)}.id`)
        const keyTaken = conflict.kind === 'taken' && conflict.message.includes('idempotency.')
        if (keyTaken && attempt < RETRIES) continue
        if (idTaken && !(body as { id?: string }).id && policy.newId && attempt < RETRIES) continue
        throw conflictProblem(conflict.kind, spec.noun, id)
      }
    })
    .openapi(update, async (c) => {
      const who = c.get('principal')!
      const { id } = c.req.valid('param')
      const patch = c.req.valid('json') as Partial<I>
      const rep = await change(c, who, id, async (before) => {
        const { row: _row, ...beforeInput } = before
        let after = { ...mergePatch(model.input, beforeInput, patch, spec.noun), id } as I
        if (policy.update) after = { ...(await policy.update(c, who, before, after, patch)), id }
        return { after, action: policy.updateAction?.(before, after) ?? 'update', lists: new Set(Object.keys(patch).filter((k) => k in model.relations)) }
      })
      return respond(c, 200, rep) as never
    })
    .openapi(remove, async (c) => {
      const who = c.get('principal')!
      const db = c.get('db')
      const { id } = c.req.valid('param')
      const before = await stored(c, who, id, 'delete')
      await ifMatch(c, id)
      const reason = await model.inUse?.(db, id)
      if (reason) throw new ProblemError(409, `The ${spec.noun} "${id}" is still used: ${reason}. Change or delete those first.`)
      const stamp = nowRfc3339()
      const state = 'workflow' in before.row ? { workflow: before.row.workflow } : {}
      const conflict = await commit(c, [
        guard(db, model.table, id, Number(before.row.version)),
        db.update(model.table).set({ deletedAt: stamp, updatedAt: stamp, version: nextVersion(model.table) } as never).where(and(eq(model.table.id, id), isNull(model.table.deletedAt))),
        auditStatement(db, who, model.entity, id, 'delete', { ...state, deletedAt: null }, { ...state, deletedAt: stamp }),
      ])
      if (conflict?.kind === 'changed') {
        if (c.req.header('If-Match') !== undefined) throw changedMeanwhile()
        throw new ProblemError(409, `The ${spec.noun} changed while it was being deleted; nothing was written. Read it again and retry.`)
      }
      if (conflict) throw conflictProblem(conflict.kind, spec.noun, id)
      return c.body(null, 204, { 'Cache-Control': 'no-store' }) as never
    })
  return Object.assign(router, { change, respond, writeProblems })
}

/** The problem for a conflict the database reported. */
function conflictProblem(kind: Conflict, noun: string, id: string) {
  if (kind === 'taken') return new ProblemError(409, `The id "${id}" is taken; choose another${noun === 'event' ? ' or leave it out to get one' : ''}.`)
  if (kind === 'reference') return new ProblemError(409, `Something this ${noun} refers to was changed or removed at the same moment; nothing was written. Retry.`)
  return new ProblemError(409, `The ${noun} changed at the same moment; nothing was written. Retry.`)
}
