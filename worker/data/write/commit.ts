/**
 * Committing a write: the statements of one write run as one D1 batch (one transaction), preceded by a guard that
 * makes the write conditional on the version the writer read. A failed guard, a taken id and a broken reference are
 * told apart from a database outage, so a conflict is a 409 or 412, never a 503.
 */
import { sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { writeGuards } from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Origin } from '../provenance'
import type { LiveTable } from '../rows'

/** What a refused batch means. */
export type Conflict = 'changed' | 'taken' | 'reference'

/**
 * Where a write runs: the request's D1 session, the `If-Match` the writer sent (if any), where the data comes from
 * (default: the API key of the principal; the feed importer names its feed), whether the Worker runs in local
 * development (which allows feeds on this machine) and, only in the test configuration, the statement at which an
 * injected failure should hit. HTTP handlers and the feed importer each build one.
 */
export type WriteCtx = { db: Db; ifMatch?: string; faultAt?: number; origin?: Origin; development?: boolean }

/** The kind of conflict behind a D1 error, or null for anything else (an outage: retryable 503). */
export function conflictOf(err: unknown): { kind: Conflict; message: string } | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 6; e = e.cause, depth++) {
    const m = e.message
    if (/CHECK constraint failed: write_guards_ok/.test(m)) return { kind: 'changed', message: m }
    const unique = /(?:UNIQUE|PRIMARY KEY) constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(m)
    if (unique) return { kind: 'taken', message: unique[1]! }
    if (/FOREIGN KEY constraint failed/.test(m)) return { kind: 'reference', message: m }
  }
  return null
}

/**
 * A statement that aborts the batch unless the row `id` of `table` is live and still at `version`: an insert that
 * fails its CHECK when the condition does not hold (write_guards never holds a row).
 */
export const guard = (db: Db, table: LiveTable, id: string, version: number) =>
  // An insert builder (not db.run): drizzle's D1 batch binds parameters only for its own query builders.
  db.insert(writeGuards).select(db.select({ ok: sql<number>`0`.as('ok') }).from(sql`(select 1)`).where(sql`not exists (
    select 1 from ${table} where ${table.id} = ${id} and ${table.version} = ${version} and ${table.deletedAt} is null)`))

/** The next version of a row, set in the same UPDATE that writes it. */
export const nextVersion = (table: LiveTable) => sql`${table.version} + 1`

/**
 * Every write is one D1 batch: D1 runs a batch as a transaction, so a failure anywhere leaves nothing half-written.
 * `faultAt` replaces the statement at that position by one that fails (tests only: see WriteCtx).
 */
export async function runBatch(w: WriteCtx, statements: BatchItem<'sqlite'>[]): Promise<void> {
  if (statements.length === 0) return
  const items = [...statements]
  if (w.faultAt !== undefined) items[Math.min(w.faultAt, items.length - 1)] = w.db.run(sql`select * from __injected_fault__`)
  await w.db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
}

/** Runs the batch; a refused one comes back as its conflict, anything else is thrown. */
export async function commit(w: WriteCtx, statements: BatchItem<'sqlite'>[]): Promise<{ kind: Conflict; message: string } | null> {
  try {
    await runBatch(w, statements)
    return null
  } catch (err) {
    const conflict = conflictOf(err)
    if (!conflict) throw err
    return conflict
  }
}
