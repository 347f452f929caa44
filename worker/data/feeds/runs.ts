/**
 * The lifecycle of a feed's runs, in the database: which feeds are due, a run queued (never two at once for one
 * feed), started, and finished with its counts and report — and the feed's own state that follows from it
 * (validators for the next conditional fetch, failures in a row, paused after too many).
 */
import { and, eq, sql } from 'drizzle-orm'
import { nowRfc3339, toRfc3339 } from '../../../core/time'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'

/** Failed runs in a row after which a feed is paused (and reported), not retried for ever. */
export const FAILURE_LIMIT = 5
/** A run that has not ended after this long no longer keeps another from starting (its importer died). */
const STALE_MS = 60 * 60_000

type Trigger = (typeof t.RUN_TRIGGERS)[number]
export type { RunMessage } from '../../base/env'
export type Counts = { items: number; created: number; updated: number; cancelled: number; unchanged: number; rejected: number }

const activeRun = (feedId: string, now: number) => sql`exists (select 1 from ${t.feedRuns} r where r.feed_id = ${feedId}
  and r.outcome in ('queued', 'running') and r.queued_at > ${toRfc3339(now - STALE_MS)})`

/** Feeds a round should import: live, not paused, and asked for or past their interval, with no run under way. */
export async function dueFeeds(db: Db, now = Date.now()): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`select f.id from ${t.feeds} f where f.deleted_at is null and f.paused = 0
    and (f.requested_at is not null or f.last_fetched_at is null
      or f.last_fetched_at <= strftime('%Y-%m-%dT%H:%M:%SZ', ${toRfc3339(now)}, '-' || f.interval_minutes || ' minutes'))
    and not exists (select 1 from ${t.feedRuns} r where r.feed_id = f.id and r.outcome in ('queued', 'running') and r.queued_at > ${toRfc3339(now - STALE_MS)})
    order by f.id limit 5000`)
  return rows.map((r) => r.id)
}

/**
 * Queues a run of `feedId`, unless one is queued or running already: then that one is returned (`queued: false`).
 * The check and the insert are one statement, so two simultaneous requests make one run.
 */
export async function queueRun(db: Db, feedId: string, trigger: Trigger, now = Date.now()): Promise<{ runId: number; queued: boolean }> {
  const [made] = await db.all<{ id: number }>(sql`insert into ${t.feedRuns} (feed_id, trigger, queued_at)
    select ${feedId}, ${trigger}, ${toRfc3339(now)} where not ${activeRun(feedId, now)} returning id`)
  if (made) {
    await db.update(t.feeds).set({ requestedAt: null }).where(eq(t.feeds.id, feedId))
    return { runId: made.id, queued: true }
  }
  const [active] = await db.select({ id: t.feedRuns.id }).from(t.feedRuns)
    .where(and(eq(t.feedRuns.feedId, feedId), sql`${t.feedRuns.outcome} in ('queued', 'running')`)).orderBy(sql`${t.feedRuns.id} desc`).limit(1)
  return { runId: active!.id, queued: false }
}

export const runRow = async (db: Db, runId: number) => (await db.select().from(t.feedRuns).where(eq(t.feedRuns.id, runId)))[0]

/** The importer has the run: attempt `attempt`, started now (the first time). */
export async function startRun(db: Db, runId: number, attempt: number) {
  await db.update(t.feedRuns).set({ outcome: 'running', attempts: attempt, startedAt: sql`coalesce(${t.feedRuns.startedAt}, ${nowRfc3339()})` })
    .where(eq(t.feedRuns.id, runId))
}

/** An attempt failed in a way that may pass: the run stays under way, saying why, until it is tried again. */
export async function attemptFailed(db: Db, runId: number, error: string, httpStatus: number | null) {
  await db.update(t.feedRuns).set({ error, httpStatus }).where(eq(t.feedRuns.id, runId))
}

/** What one pass of a long import did, added to the run before the next pass continues it. */
export async function addPass(db: Db, runId: number, done: Pick<Counts, 'created' | 'updated' | 'cancelled'>, report: t.RunReport) {
  const run = await runRow(db, runId)
  await db.update(t.feedRuns).set({
    created: sql`${t.feedRuns.created} + ${done.created}`, updated: sql`${t.feedRuns.updated} + ${done.updated}`,
    cancelled: sql`${t.feedRuns.cancelled} + ${done.cancelled}`, report: mergeReports(run?.report ?? null, report),
  }).where(eq(t.feedRuns.id, runId))
}

const mergeReports = (a: t.RunReport | null, b: t.RunReport): t.RunReport => ({
  rejected: b.rejected, kept: [...(a?.kept ?? []), ...b.kept], notes: [...new Set([...(a?.notes ?? []), ...b.notes])].slice(0, 200),
})

export type Finish =
  | { outcome: 'imported'; counts: Counts; report: t.RunReport; httpStatus: number; etag: string | null; lastModified: string | null }
  | { outcome: 'unchanged'; httpStatus: 304 }
  | { outcome: 'failed'; error: string; httpStatus: number | null }

/** Ends a run, and moves its feed's state on: a success resets its failures, the FAILURE_LIMIT-th failure pauses it. */
export async function finishRun(db: Db, runId: number, feedId: string, f: Finish) {
  const now = nowRfc3339()
  const run = await runRow(db, runId)
  if (!run || run.finishedAt) return
  if (f.outcome === 'failed') {
    const [feed] = await db.select({ failures: t.feeds.failures }).from(t.feeds).where(eq(t.feeds.id, feedId))
    const failures = (feed?.failures ?? 0) + 1
    await db.batch([
      db.update(t.feedRuns).set({ outcome: 'failed', finishedAt: now, error: f.error, httpStatus: f.httpStatus }).where(eq(t.feedRuns.id, runId)),
      db.update(t.feeds).set({
        failures, lastFetchedAt: now,
        ...(failures >= FAILURE_LIMIT ? { paused: true, pauseReason: `${failures} runs in a row failed; the last: ${f.error}` } : {}),
      }).where(eq(t.feeds.id, feedId)),
    ])
    return
  }
  // Earlier passes of a long import added what they created, changed and cancelled; this pass adds its own.
  const totals = f.outcome === 'imported' ? (() => {
    const created = run.created + f.counts.created
    const updated = run.updated + f.counts.updated
    return { items: f.counts.items, created, updated, cancelled: run.cancelled + f.counts.cancelled, rejected: f.counts.rejected,
      unchanged: Math.max(0, f.counts.items - created - updated - f.counts.rejected) }
  })() : null
  await db.batch([
    db.update(t.feedRuns).set({
      outcome: f.outcome, finishedAt: now, error: null, httpStatus: f.httpStatus,
      ...(totals && f.outcome === 'imported' ? { ...totals, report: mergeReports(run.report, f.report) } : {}),
    }).where(eq(t.feedRuns.id, runId)),
    db.update(t.feeds).set({
      failures: 0, lastFetchedAt: now,
      ...(f.outcome === 'imported' ? { etag: f.etag, lastModified: f.lastModified } : {}),
    }).where(eq(t.feeds.id, feedId)),
  ])
}
