/**
 * One import of one feed: fetch it (conditionally), read it, and bring its events in line with it through the one
 * write pipeline, as the feed's partner (validation, moderation by the feed's trust, consent for other partners,
 * audit, change feed, provenance). Idempotent: an item maps to the same event on every run (its UID), and an item
 * that did not change writes nothing. A feed that cannot be read changes nothing; an item that cannot be used is
 * reported and the others are imported. An event an editor corrected keeps the correction (merge.ts); one that
 * left the feed before it happened is cancelled with a note, never deleted; one already past stays as it is.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/d1'
import { canonicalJson } from '../../../core/json'
import { nowRfc3339 } from '../../../core/time'
import * as tables from '../../../schema/tables'
import type { Bindings, Db } from '../../base/env'
import { kickHub } from '../../base/hub'
import { type Principal, sha256Hex } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { eventModel, type EventWrite } from '../../data/events/write'
import { eventWriter } from '../../data/events/writer'
import { addPass, attemptFailed, type Counts, finishRun, type RunMessage, runRow, startRun } from '../../data/feeds/runs'
import { loadInput } from '../../data/write/model'
import { conflictProblem, type WriteCtx } from '../../data/write/writer'
import { FETCH_DEFAULTS, FetchProblem, fetchFeed } from '../../ingest/fetch'
import { FeedError, type FeedItem, type ParsedFeed } from '../../ingest/item'
import { parseIcal } from '../../ingest/ical'
import { parseJsonLd } from '../../ingest/jsonld'
import { type Directory, eventInputOf } from '../../ingest/map'
import { mergeImport } from './merge'

const t = tables
/** Items read from one feed at most; the rest are reported, not imported. */
export const MAX_ITEMS = 1000
/** Events written in one pass; a larger change continues in a new pass (a queue message of its own). */
export const WRITES_PER_PASS = 40
/** Deliveries of one run before a failure that may pass counts as a failure (the queue's max_retries + 1). */
export const MAX_ATTEMPTS = 4

export type PassResult = 'done' | 'retry' | 'continue'

const isDevelopment = (env: Bindings) => env.ENVIRONMENT === 'development'

/** The format of a response: as the feed says, else by its media type, else by its first characters. */
function parse(body: string, contentType: string, format: (typeof t.FEED_FORMATS)[number] | null): ParsedFeed {
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  const chosen = format ?? (type === 'text/calendar' || /^\s*BEGIN:VCALENDAR/i.test(body) ? 'ical' : 'jsonld')
  return chosen === 'ical' ? parseIcal(body) : parseJsonLd(body)
}

async function directory(db: Db): Promise<Directory> {
  const [places, partners] = await db.batch([
    db.select({ id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress }).from(t.places).where(isNull(t.places.deletedAt)),
    db.select({ id: t.partners.id, name: t.partners.name, url: t.partners.url, altNames: t.partners.altNames }).from(t.partners),
  ])
  return { places, partners: partners.map((p) => ({ ...p, altNames: p.altNames.map((a) => a.name) })) }
}

const itemName = (item: { uid: string; title?: { text: string } }) => (item.title ? `"${item.title.text.slice(0, 80)}"` : item.uid)

/** One pass of run `msg.runId`, delivery `attempt` of its message. */
export async function importPass(env: Bindings, msg: RunMessage, attempt: number): Promise<PassResult> {
  const db = drizzle(env.DB)
  const [feed] = await db.select().from(t.feeds).where(eq(t.feeds.id, msg.feedId))
  const run = await runRow(db, msg.runId)
  if (!run || run.finishedAt) return 'done'
  if (!feed || feed.deletedAt) {
    await finishRun(db, msg.runId, msg.feedId, { outcome: 'failed', error: 'the feed was removed', httpStatus: null })
    return 'done'
  }
  await startRun(db, msg.runId, attempt)
  const pass = msg.pass ?? 1
  const development = isDevelopment(env)
  let fetched: Awaited<ReturnType<typeof fetchFeed>>
  try {
    fetched = await fetchFeed(feed.url, pass === 1 ? { etag: feed.etag, lastModified: feed.lastModified } : { etag: null, lastModified: null }, {
      development, maxRedirects: FETCH_DEFAULTS.maxRedirects,
      timeoutMs: Number(env.FEED_TIMEOUT_MS ?? FETCH_DEFAULTS.timeoutMs), maxBytes: Number(env.FEED_MAX_BYTES ?? FETCH_DEFAULTS.maxBytes),
    })
  } catch (err) {
    if (!(err instanceof FetchProblem)) throw err
    const error = `The feed could not be fetched: ${err.message}.`
    if (err.transient && attempt < MAX_ATTEMPTS) {
      await attemptFailed(db, msg.runId, `${error} Trying again.`, err.httpStatus)
      return 'retry'
    }
    await finishRun(db, msg.runId, feed.id, { outcome: 'failed', error, httpStatus: err.httpStatus })
    return 'done'
  }
  if (fetched.status === 304) {
    await finishRun(db, msg.runId, feed.id, { outcome: 'unchanged', httpStatus: 304 })
    return 'done'
  }
  let parsed: ParsedFeed
  try {
    parsed = parse(fetched.body, fetched.contentType, feed.format)
  } catch (err) {
    if (!(err instanceof FeedError)) throw err
    await finishRun(db, msg.runId, feed.id, { outcome: 'failed', error: `The feed could not be read: ${err.message}. Nothing was imported.`, httpStatus: 200 })
    return 'done'
  }

  const report: tables.RunReport = { rejected: parsed.skipped.map((s) => ({ item: s.item, ...(s.title ? { title: s.title } : {}), reason: s.reason })), kept: [], notes: [...parsed.notes] }
  const truncated = parsed.items.length > MAX_ITEMS
  if (truncated) report.notes.push(`the feed has ${parsed.items.length} items; the first ${MAX_ITEMS} were imported and none was cancelled`)
  const items = parsed.items.slice(0, MAX_ITEMS)
  const who: Principal = { keyId: `feed:${feed.id}`, role: 'partner', partnerId: feed.partnerId, trusted: feed.trusted }
  const w: WriteCtx = { db, origin: { kind: 'feed', feedId: feed.id, license: feed.license }, development }
  const dir = await directory(db)
  const mappings = new Map((await db.select().from(t.feedItems).where(eq(t.feedItems.feedId, feed.id))).map((m) => [m.uid, m]))
  const done = { created: 0, updated: 0, cancelled: 0 }
  let writes = 0

  for (const item of items) {
    if (writes >= WRITES_PER_PASS) {
      await addPass(db, msg.runId, done, report)
      await kickHub(env)
      await env.FEED_QUEUE.send({ runId: msg.runId, feedId: feed.id, pass: pass + 1 })
      return 'continue'
    }
    const outcome = await importItem(item)
    if (outcome === 'created') done.created++
    if (outcome === 'updated') done.updated++
    if (outcome === 'created' || outcome === 'updated') writes++
  }
  const present = new Set(items.map((i) => i.uid))
  const leaving = [...mappings.values()].filter((m) => !m.gone && !present.has(m.uid))
  if (!truncated && leaving.length && items.length === 0) {
    report.notes.push(`the feed is empty; its ${leaving.length} earlier item(s) were left as they are (an empty feed is more likely a fault than a cleared agenda)`)
  } else if (!truncated) {
    for (const m of leaving) if (await leave(m)) done.cancelled++
  }
  if (done.created + done.updated + done.cancelled > 0) await kickHub(env)
  await finishRun(db, msg.runId, feed.id, {
    outcome: 'imported', httpStatus: 200, etag: fetched.etag, lastModified: fetched.lastModified, report,
    counts: { items: items.length + parsed.skipped.length, created: done.created, updated: done.updated, cancelled: done.cancelled, unchanged: 0, rejected: report.rejected.length } satisfies Counts,
  })
  return 'done'

  /** One item: created, updated, unchanged, or rejected with the reason in the report. */
  async function importItem(item: FeedItem): Promise<'created' | 'updated' | 'unchanged' | 'rejected'> {
    const { input, notes } = eventInputOf(item, dir, { partner: feed!.partnerId, defaults: feed!.defaults, demo: feed!.demo, trusted: feed!.trusted })
    report.notes.push(...notes.map((n) => `item ${itemName(item)}: ${n}`))
    try {
      const valid = eventWriter.validate(input) as EventWrite
      const { workflow: _workflow, ...content } = valid
      const hash = await sha256Hex(canonicalJson(content))
      const mapping = mappings.get(item.uid)
      if (!mapping) {
        const made = await eventWriter.create(w, who, valid, (id) => [
          db.insert(t.feedItems).values({ feedId: feed!.id, uid: item.uid, eventId: id, hash, imported: content }),
        ], feed!.demo ? { demo: true } : undefined)
        if ('rep' in made) return 'created'
        // Another run of this feed imported the item at the same moment: it exists once, which is what counts.
        if (made.conflict.message.includes('feed_items')) return 'unchanged'
        throw conflictProblem(made.conflict.kind, 'event', made.id)
      }
      if (mapping.hash === hash && !mapping.gone) return 'unchanged'
      const current = await loadInput(db, eventModel, mapping.eventId)
      const bookkeeping = db.update(t.feedItems).set({ hash, imported: content, gone: false })
        .where(and(eq(t.feedItems.feedId, feed!.id), eq(t.feedItems.uid, item.uid)))
      if (!current) {
        report.notes.push(`item ${itemName(item)}: its event "${mapping.eventId}" was deleted by an editor; it was not made again`)
        await bookkeeping
        return 'unchanged'
      }
      const { row: _row, ...now } = current
      const { patch, kept } = mergeImport(mapping.imported, now as Record<string, unknown>, content)
      if (kept.length) report.kept.push({ event: mapping.eventId, fields: kept })
      if (Object.keys(patch).length === 0) {
        await bookkeeping
        return 'unchanged'
      }
      await eventWriter.update(w, who, mapping.eventId, patch as Partial<EventWrite>, () => [bookkeeping])
      return 'updated'
    } catch (err) {
      if (!(err instanceof ProblemError) || err.status >= 500) throw err
      const errors = (err.extra.errors ?? []).map((e) => ({ name: e.name, detail: e.detail }))
      report.rejected.push({ item: item.uid, title: item.title.text.slice(0, 200), reason: err.detail, ...(errors.length ? { errors } : {}) })
      return 'rejected'
    }
  }

  /** An item that left the feed: its event cancelled with a note if it has not happened yet; true when it was. */
  async function leave(m: typeof t.feedItems.$inferSelect): Promise<boolean> {
    const gone = db.update(t.feedItems).set({ gone: true }).where(and(eq(t.feedItems.feedId, feed!.id), eq(t.feedItems.uid, m.uid)))
    const current = await loadInput(db, eventModel, m.eventId)
    const ends = current ? String(current.row.seriesEndsAt ?? current.row.endsAt ?? current.row.startsAt) : ''
    if (!current || ends <= nowRfc3339() || current.status === 'cancelled') {
      await gone
      return false
    }
    const day = nowRfc3339().slice(0, 10)
    const notes = {
      nl: `Niet meer in de agenda van ${feed!.name} sinds ${day}; daarom als geannuleerd gemarkeerd.`,
      en: `No longer in the ${feed!.name} calendar since ${day}; marked as cancelled.`,
    }
    const imported = { ...m.imported, status: 'cancelled', notes }
    try {
      await eventWriter.update(w, who, m.eventId, { status: 'cancelled', notes } as Partial<EventWrite>, () => [
        db.update(t.feedItems).set({ gone: true, imported }).where(and(eq(t.feedItems.feedId, feed!.id), eq(t.feedItems.uid, m.uid))),
      ])
      return true
    } catch (err) {
      if (!(err instanceof ProblemError) || err.status >= 500) throw err
      report.notes.push(`item ${m.uid} left the feed, but its event "${m.eventId}" could not be cancelled: ${err.detail}`)
      await gone
      return false
    }
  }
}
