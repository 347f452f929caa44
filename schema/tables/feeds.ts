/**
 * Partners' feeds: the feeds, their runs, and which event each feed item became.
 */
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { type AUDIENCES, FEED_FORMATS, LICENSES, RUN_OUTCOMES, RUN_TRIGGERS } from './base'
import { deletable, timestamps } from './columns'
import { partners } from './reference'
import { events } from './events'

export type FeedDefaults = { places?: string[]; themes?: string[]; audiences?: (typeof AUDIENCES)[number][]; languages?: string[] }

/**
 * A partner's own calendar (iCalendar or schema.org JSON-LD) that the platform imports on a schedule. Its events
 * belong to the partner; a trusted feed publishes them, otherwise they wait for an editor. Not published itself.
 */
export const feeds = sqliteTable('feeds', {
  id: text('id').primaryKey(),
  partnerId: text('partner_id').notNull().references(() => partners.id),
  name: text('name').notNull(),
  url: text('url').notNull(),
  /** Null: detected from each response. */
  format: text('format', { enum: FEED_FORMATS }),
  trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
  license: text('license', { enum: LICENSES }).notNull().default('CC0-1.0'),
  defaults: text('defaults', { mode: 'json' }).$type<FeedDefaults>(),
  /** Fictitious examples (the sample feed): every event from it is a labelled demo event. */
  demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
  intervalMinutes: integer('interval_minutes').notNull().default(60),
  /** Not imported until resumed: set by an editor, or after too many failed runs in a row (`pauseReason`). */
  paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
  pauseReason: text('pause_reason'),
  /** Failed runs in a row; a success resets it. */
  failures: integer('failures').notNull().default(0),
  /** Validators of the last successful fetch, sent back so an unchanged feed costs a 304. */
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastFetchedAt: text('last_fetched_at'),
  /** Someone asked for a run: the next round takes the feed whether or not its interval has passed. */
  requestedAt: text('requested_at'),
  createdBy: text('created_by'),
  ...deletable,
  ...timestamps,
}, (t) => [index('feeds_partner_idx').on(t.partnerId, t.id)])

/** One import of one feed: what it fetched and what it did, item by item. */
export type RunReport = {
  rejected: { item: string; title?: string; reason: string; errors?: { name: string; detail: string }[] }[]
  /** Fields an editor corrected since the last import: kept, with what the feed says now. */
  kept: { event: string; fields: string[] }[]
  notes: string[]
}
export const feedRuns = sqliteTable('feed_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  feedId: text('feed_id').notNull().references(() => feeds.id, { onDelete: 'cascade' }),
  trigger: text('trigger', { enum: RUN_TRIGGERS }).notNull(),
  outcome: text('outcome', { enum: RUN_OUTCOMES }).notNull().default('queued'),
  queuedAt: text('queued_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  startedAt: text('started_at'),
  finishedAt: text('finished_at'),
  attempts: integer('attempts').notNull().default(0),
  httpStatus: integer('http_status'),
  items: integer('items').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  cancelled: integer('cancelled').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  report: text('report', { mode: 'json' }).$type<RunReport>(),
  error: text('error'),
}, (t) => [index('feed_runs_feed_idx').on(t.feedId, t.id)])

/**
 * A feed item's stable identity (its iCalendar UID or JSON-LD @id) → the event it became, with what the import last
 * wrote: an unchanged item writes nothing, and a field that differs from it was corrected by someone else.
 */
export const feedItems = sqliteTable('feed_items', {
  feedId: text('feed_id').notNull().references(() => feeds.id, { onDelete: 'cascade' }),
  uid: text('uid').notNull(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  /** SHA-256 of the item as the feed last gave it (mapped to an event input). */
  hash: text('hash').notNull(),
  /** The event input the import last wrote. */
  imported: text('imported', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  /** Left the feed (before it happened: the event was cancelled). */
  gone: integer('gone', { mode: 'boolean' }).notNull().default(false),
}, (t) => [primaryKey({ columns: [t.feedId, t.uid] }), index('feed_items_event_idx').on(t.eventId)])
