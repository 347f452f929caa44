/**
 * The one write pipeline. Every resource's create, change and delete runs the same steps:
 * authorise → validate and normalise (the input schema) → references → access to the stored row → If-Match → one
 * D1 batch with the row, its relations, the audit row and whatever the caller adds (an idempotency record, a feed
 * item's mapping; the change log is written by triggers in the same transaction) → the representation the writer
 * now sees, with its ETag. A refusal at any step writes nothing. Resources differ only in their write model
 * (worker/data/…/write.ts) and policy hooks; callers differ only in how they build the WriteCtx (the HTTP routes in
 * worker/http/write/pipeline.ts, the feed importer in worker/jobs/).
 */
import { and, eq, getTableName, isNull } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { nowRfc3339 } from '../../../core/time'
import type { DatasetId } from '../../../schema/tables'
import type { Db } from '../../base/env'
import { etagOf } from '../../base/etag'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { auditStatement } from '../audit'
import { provenanceOnCreate, provenanceOnUpdate } from '../provenance'
import { requireRefs } from '../refs'
import { commit, type Conflict, guard, nextVersion, type WriteCtx } from './commit'
import { loadInput, relationStatements, rowOf, type WriteModel } from './model'
import { mergePatch, validateBody } from './validate'

export type { WriteCtx }

/**
 * How often a write that lost a race is made again on the newer state. Every round has a winner, so this bounds the
 * number of writers racing for one row (or one derived id) that all still succeed.
 */
const RETRIES = 16

export type Stored<I> = I & { row: Record<string, unknown> }
/** What a writer wants to do with a stored resource: change it, delete it, or change its list of organisers. */
export type Access = 'update' | 'delete' | 'organisers'
/** The state a writer sees after a write: the item, its JSON and its ETag. */
export type Representation = { item: object; body: string; etag: string }
type Statements = BatchItem<'sqlite'>[]

/** What differs between resources: what a write does beyond storing the input. Who may write at all is the caller's. */
export type WritePolicy<I extends { id: string }> = {
  /** The input as it will be stored: defaults that depend on the writer (an event's moderation state). */
  create?: (w: WriteCtx, who: Principal, input: I) => Promise<I> | I
  /** The id of a new resource; default: the input's own. */
  newId?: (w: WriteCtx, who: Principal, input: I) => Promise<string> | string
  /** The stored resource a writer may change or delete: 404 when it may not see it, 403 when it sees but may not. */
  access?: (w: WriteCtx, who: Principal, stored: Stored<I>, action: Access) => Promise<void> | void
  /** The merged result as it will be stored (events: moderation after an edit). */
  update?: (w: WriteCtx, who: Principal, before: Stored<I>, merged: I, patch: Partial<I>) => Promise<I> | I
  /** Row columns the pipeline sets besides the input (events: the partner that supplied it). */
  extraColumns?: (who: Principal, input: I, before?: Stored<I>) => Record<string, unknown>
  /** The audit action of an update (events: `update:<workflow>`). */
  updateAction?: (before: Stored<I>, after: I) => string
}

export type WriterSpec<I extends { id: string }> = {
  model: WriteModel<I>
  path: DatasetId | 'feeds' | 'webhooks'
  noun: string
  /** The representation the writer sees after a write (every moderation state). */
  one: (db: Db, id: string) => Promise<unknown>
  policy?: WritePolicy<I>
}

/** A create that lost to a concurrent one: which constraint, and whether the id was one the writer chose. */
export type CreateConflict = { conflict: { kind: Conflict; message: string }; id: string }

export function writer<I extends { id: string }>(spec: WriterSpec<I>) {
  const { model, policy = {}, noun } = spec

  const representation = async (db: Db, id: string): Promise<Representation> => {
    const item = await spec.one(db, id)
    const body = JSON.stringify(item)
    return { item: item as object, body, etag: await etagOf(body) }
  }
  const changedMeanwhile = (etag?: string) =>
    new ProblemError(412, `The ${noun} changed since you read it (If-Match no longer matches); nothing was written. Read it again and retry.`, etag ? { headers: { ETag: etag } } : {})
  /**
   * Optimistic concurrency: when `If-Match` is sent, it must name the current ETag (the one a GET returns), else 412
   * and nothing is written. `*` and no header at all pass.
   */
  const ifMatch = async (w: WriteCtx, id: string) => {
    if (w.ifMatch === undefined || w.ifMatch.trim() === '*') return
    const { etag } = await representation(w.db, id)
    if (!w.ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etag)) throw changedMeanwhile(etag)
  }
  /** The stored resource a writer may touch, after the policy's access check. */
  const stored = async (w: WriteCtx, who: Principal, id: string, action: Access): Promise<Stored<I>> => {
    const found = await loadInput(w.db, model, id)
    // With If-Match, a resource that is not there fails the precondition (RFC 9110 §13.1.1): a DELETE that lost a
    // race is a 412 like any other conditional write that lost one.
    if (!found && w.ifMatch !== undefined) throw changedMeanwhile()
    if (!found) throw new ProblemError(404, `There is no ${noun} with id "${id}".`)
    await policy.access?.(w, who, found, action)
    return found
  }

  /**
   * Read → change → write, conditional on the version read. With `If-Match` a write that lost the race is a 412; without
   * it the change is made again on the newer state (a few times), so two concurrent edits of different fields both land.
   * `extra` adds statements to the same batch (they see the id and the state being written).
   */
  async function change(w: WriteCtx, who: Principal, id: string,
    make: (before: Stored<I>) => Promise<{ after: I; action: string; lists: Set<string>; columns?: Record<string, unknown> }>,
    access: Access = 'update', extra: (after: I) => Statements = () => []): Promise<Representation> {
    const { db } = w
    const conditional = w.ifMatch !== undefined
    for (let attempt = 1; ; attempt++) {
      const before = await stored(w, who, id, access)
      await ifMatch(w, id)
      const { after, action, lists, columns } = await make(before)
      await requireRefs(db, model.refs(after), who)
      await model.check?.(db, after)
      const { row: _row, ...beforeInput } = before
      const stamp = nowRfc3339()
      const conflict = await commit(w, [
        guard(db, model.table, id, Number(before.row.version)),
        db.update(model.table).set({
          ...rowOf(model, after, 'update'), ...model.derivedColumns?.(after), ...policy.extraColumns?.(who, after, before), ...columns,
          ...(model.provenance === false ? {} : provenanceOnUpdate(w.origin, before.row, stamp)), version: nextVersion(model.table), updatedAt: stamp,
        } as never).where(eq(model.table.id, id)),
        ...relationStatements(db, model, id, after, lists),
        ...(model.derived?.(db, id, after) ?? []),
        auditStatement(db, who, model.entity, id, action, beforeInput as Record<string, unknown>, after as Record<string, unknown>),
        ...extra(after),
      ])
      if (!conflict) return representation(db, id)
      if (conflict.kind !== 'changed') throw conflictProblem(conflict.kind, noun, id)
      if (conditional) throw changedMeanwhile()
      if (attempt === RETRIES) throw new ProblemError(409, `The ${noun} is being changed by others at this moment; nothing was written. Retry.`)
    }
  }

  /**
   * A new resource from a validated input. A derived id taken by a concurrent create moves to the next free one; any
   * other conflict (an id the writer chose, a record `extra` adds) comes back to the caller to decide.
   */
  async function create(w: WriteCtx, who: Principal, body: I, extra: (id: string) => Statements = () => [], columns?: Record<string, unknown>): Promise<{ id: string; rep: Representation } | CreateConflict> {
    const { db } = w
    for (let attempt = 1; ; attempt++) {
      let input = body
      if (policy.create) input = await policy.create(w, who, input)
      await requireRefs(db, model.refs(input), who)
      const id = policy.newId ? await policy.newId(w, who, input) : input.id
      input = { ...input, id }
      await model.check?.(db, input)
      const stamp = nowRfc3339()
      const conflict = await commit(w, [
        db.insert(model.table).values({
          id, ...rowOf(model, input, 'insert'), ...model.derivedColumns?.(input), ...policy.extraColumns?.(who, input), ...columns,
          ...(model.provenance === false ? {} : provenanceOnCreate(w.origin, who, stamp)), createdAt: stamp, updatedAt: stamp,
        } as never),
        ...relationStatements(db, model, id, input),
        ...(model.derived?.(db, id, input) ?? []),
        auditStatement(db, who, model.entity, id, 'create', null, input as Record<string, unknown>),
        ...extra(id),
      ])
      if (!conflict) return { id, rep: await representation(db, id) }
      const idTaken = conflict.kind === 'taken' && conflict.message.includes(`${getTableName(model.table)}.id`)
      if (idTaken && !body.id && policy.newId && attempt < RETRIES) continue
      return { conflict, id }
    }
  }

  /** JSON merge patch (RFC 7396) onto the stored resource; the result is validated as a whole resource. */
  const update = (w: WriteCtx, who: Principal, id: string, patch: Partial<I>, extra?: (after: I) => Statements, columns?: Record<string, unknown>) =>
    change(w, who, id, async (before) => {
      const { row: _row, ...beforeInput } = before
      let after = { ...mergePatch(model.input, beforeInput, patch, noun), id } as I
      if (policy.update) after = { ...(await policy.update(w, who, before, after, patch)), id }
      return { after, action: policy.updateAction?.(before, after) ?? 'update', lists: new Set(Object.keys(patch).filter((k) => k in model.relations)), columns }
    }, 'update', extra)

  /** Soft delete: gone from every public read, kept in the table (and a tombstone in the change feed). */
  async function remove(w: WriteCtx, who: Principal, id: string): Promise<void> {
    const { db } = w
    const before = await stored(w, who, id, 'delete')
    await ifMatch(w, id)
    const reason = await model.inUse?.(db, id)
    if (reason) throw new ProblemError(409, `The ${noun} "${id}" is still used: ${reason}. Change or delete those first.`)
    const stamp = nowRfc3339()
    const state = 'workflow' in before.row ? { workflow: before.row.workflow } : {}
    const conflict = await commit(w, [
      guard(db, model.table, id, Number(before.row.version)),
      db.update(model.table).set({ deletedAt: stamp, updatedAt: stamp, version: nextVersion(model.table) } as never).where(and(eq(model.table.id, id), isNull(model.table.deletedAt))),
      auditStatement(db, who, model.entity, id, 'delete', { ...state, deletedAt: null }, { ...state, deletedAt: stamp }),
    ])
    if (conflict?.kind === 'changed') {
      if (w.ifMatch !== undefined) throw changedMeanwhile()
      throw new ProblemError(409, `The ${noun} changed while it was being deleted; nothing was written. Read it again and retry.`)
    }
    if (conflict) throw conflictProblem(conflict.kind, noun, id)
  }

  /** A body checked against the whole-resource schema, as the HTTP routes' request validation does. */
  const validate = (body: unknown) => validateBody(model.input, body, noun)

  return { spec, create, update, change, remove, representation, stored, validate }
}
export type Writer<I extends { id: string }> = ReturnType<typeof writer<I>>

/** The problem for a conflict the database reported. */
export function conflictProblem(kind: Conflict, noun: string, id: string) {
  if (kind === 'taken') return new ProblemError(409, `The id "${id}" is taken; choose another${noun === 'event' ? ' or leave it out to get one' : ''}.`)
  if (kind === 'reference') return new ProblemError(409, `Something this ${noun} refers to was changed or removed at the same moment; nothing was written. Retry.`)
  return new ProblemError(409, `The ${noun} changed at the same moment; nothing was written. Retry.`)
}
