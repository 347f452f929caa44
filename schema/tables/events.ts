/**
 * Events and what hangs off them: places, organisers, opgaven, themes, audiences, languages, a series' overrides and
 * occurrences, and the access paths of the many-to-many filters.
 */
import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { ATTENDANCE_MODES, AUDIENCES, type Bilingual, EVENT_KINDS, EVENT_STATUSES, type Image, ORGANISER_ROLES, type OpeningHours, type Schedule, WORKFLOW } from './base'
import { deletable, provenance, timestamps } from './columns'
import { opgaven, partners, places, themes } from './reference'

export const events = sqliteTable('events', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: EVENT_KINDS }).notNull().default('event'),
  title: text('title', { mode: 'json' }).$type<Bilingual>().notNull(),
  summary: text('summary', { mode: 'json' }).$type<Bilingual>(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  startsAt: text('starts_at').notNull(),
  /** Null when the source gives no end (a point in time or an open-ended series). */
  endsAt: text('ends_at'),
  /** Internal: a point-in-time event ends when it starts. Serves the overlap filter and the endsAt sort. */
  endsAtEffective: text('ends_at_effective').generatedAlwaysAs(sql`coalesce(ends_at, starts_at)`, { mode: 'virtual' }),
  /**
   * Internal: the Europe/Amsterdam calendar date of the start, for month facets. EU summer time (last Sunday of
   * March 01:00 UTC to last Sunday of October 01:00 UTC) in SQL; tested against the runtime's tz database.
   */
  startsLocalDate: text('starts_local_date').generatedAlwaysAs(sql`date(starts_at, case
    when starts_at >= date(substr(starts_at, 1, 4) || '-04-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
     and starts_at < date(substr(starts_at, 1, 4) || '-11-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
    then '+2 hours' else '+1 hours' end)`, { mode: 'virtual' }),
  timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
  allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
  status: text('status', { enum: EVENT_STATUSES }).notNull().default('scheduled'),
  previousStartsAt: text('previous_starts_at'),
  attendanceMode: text('attendance_mode', { enum: ATTENDANCE_MODES }).notNull().default('offline'),
  onlineUrl: text('online_url'),
  minAge: integer('min_age'),
  maxAge: integer('max_age'),
  free: integer('free', { mode: 'boolean' }),
  price: real('price'),
  priceCurrency: text('price_currency'),
  url: text('url'),
  registrationUrl: text('registration_url'),
  registrationRequired: integer('registration_required', { mode: 'boolean' }),
  image: text('image', { mode: 'json' }).$type<Image>(),
  parentId: text('parent_id').references((): AnySQLiteColumn => events.id),
  /** The partner that supplied the event, and so owns it (the partner of the key or feed that created it). */
  sourcePartnerId: text('source_partner_id').references(() => partners.id),
  ...provenance,
  /** Fictitious example rows that keep "upcoming" listings populated; never a historical claim. */
  demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
  /** False where the sources disagree, are silent or only announce: shown with the note, never presented as certain. */
  verified: integer('verified', { mode: 'boolean' }).notNull().default(true),
  notes: text('notes', { mode: 'json' }).$type<Bilingual>(),
  /** Null for a single event; a series repeats its own start and end by this rule. */
  schedule: text('schedule', { mode: 'json' }).$type<Schedule>(),
  openingHours: text('opening_hours', { mode: 'json' }).$type<OpeningHours>(),
  /** Internal: the end of a series' last occurrence (materialised up to the horizon); null for a single event. */
  seriesEndsAt: text('series_ends_at'),
  // An insert that forgets the moderation state must never publish.
  workflow: text('workflow', { enum: WORKFLOW }).notNull().default('draft'),
  ...deletable,
  ...timestamps,
}, (t) => [
  index('events_starts_idx').on(t.startsAt, t.id),
  index('events_local_date_idx').on(t.startsLocalDate),
  index('events_ends_idx').on(t.endsAtEffective, t.id),
  index('events_updated_idx').on(t.updatedAt, t.id),
  index('events_parent_idx').on(t.parentId),
  index('events_status_idx').on(t.status),
  index('events_series_ends_idx').on(t.seriesEndsAt).where(sql`series_ends_at IS NOT NULL`),
])

export const eventPlaces = sqliteTable('event_places', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  placeId: text('place_id').notNull().references(() => places.id),
  position: integer('position').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.eventId, t.placeId] }), index('event_places_place_idx').on(t.placeId, t.eventId)])

export const eventOrganisers = sqliteTable('event_organisers', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  partnerId: text('partner_id').notNull().references(() => partners.id),
  role: text('role', { enum: ORGANISER_ROLES }).notNull().default('organiser'),
  position: integer('position').notNull().default(0),
  /**
   * False while a partner named by another partner has not agreed: until then the event is not listed as theirs
   * (their page, feeds, widgets, the `partner` filter) and the public does not see the name on it.
   */
  confirmed: integer('confirmed', { mode: 'boolean' }).notNull().default(true),
}, (t) => [
  primaryKey({ columns: [t.eventId, t.partnerId] }),
  index('event_organisers_partner_idx').on(t.partnerId, t.eventId),
])

export const eventOpgaven = sqliteTable('event_opgaven', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  opgaveId: text('opgave_id').notNull().references(() => opgaven.id),
}, (t) => [primaryKey({ columns: [t.eventId, t.opgaveId] }), index('event_opgaven_opgave_idx').on(t.opgaveId, t.eventId)])

export const eventThemes = sqliteTable('event_themes', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  themeId: text('theme_id').notNull().references(() => themes.id),
}, (t) => [primaryKey({ columns: [t.eventId, t.themeId] }), index('event_themes_theme_idx').on(t.themeId, t.eventId)])

export const eventAudiences = sqliteTable('event_audiences', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  audience: text('audience', { enum: AUDIENCES }).notNull(),
}, (t) => [primaryKey({ columns: [t.eventId, t.audience] }), index('event_audiences_idx').on(t.audience, t.eventId)])

/** One occurrence of a series changed: cancelled, moved to another time, or at another place. */
export const eventOverrides = sqliteTable('event_overrides', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  /** The occurrence it changes, by its original start (UTC). */
  recurrenceId: text('recurrence_id').notNull(),
  status: text('status', { enum: EVENT_STATUSES }),
  startsAt: text('starts_at'),
  endsAt: text('ends_at'),
  placeId: text('place_id').references(() => places.id),
  note: text('note', { mode: 'json' }).$type<Bilingual>(),
}, (t) => [primaryKey({ columns: [t.eventId, t.recurrenceId] })])

/**
 * Every occurrence of every event (a single event has one), with its overrides applied: what `GET /v1/occurrences`
 * lists and what a series' time-window filter checks. Written by the write pipeline and the seed from the event's
 * schedule (core/recurrence.ts); never edited on its own.
 */
export const eventOccurrences = sqliteTable('event_occurrences', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  recurrenceId: text('recurrence_id').notNull(),
  startsAt: text('starts_at').notNull(),
  endsAt: text('ends_at'),
  /** Internal: an occurrence without end ends when it starts. */
  endsAtEffective: text('ends_at_effective').generatedAlwaysAs(sql`coalesce(ends_at, starts_at)`, { mode: 'virtual' }),
  /** From an override; null: the event's own. */
  status: text('status', { enum: EVENT_STATUSES }),
  placeId: text('place_id'),
}, (t) => [
  primaryKey({ columns: [t.eventId, t.recurrenceId] }),
  index('event_occurrences_starts_idx').on(t.startsAt, t.eventId, t.recurrenceId),
  index('event_occurrences_event_idx').on(t.eventId, t.startsAt),
])

/** Languages spoken at the event, BCP 47 (`nl`, `en`). */
export const eventLanguages = sqliteTable('event_languages', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  language: text('language').notNull(),
}, (t) => [primaryKey({ columns: [t.eventId, t.language] }), index('event_languages_idx').on(t.language, t.eventId)])

/**
 * Access paths for the many-to-many filters: one row per event and (confirmed) organising partner, theme and opgave,
 * keyed `partner:<id>`, `theme:<id>`, `opgave:<id>`, with the event's start and the time it runs until. Its index
 * gives "this partner's events in start order", so a filtered page reads its rows in order and stops after a page
 * instead of sorting every match. Derived: kept by triggers on the join tables and on events (migration 0012), never
 * written by code, not in backups (the triggers rebuild it on restore).
 */
export const eventAccess = sqliteTable('event_access', {
  key: text('key').notNull(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startsAt: text('starts_at').notNull(),
  /** The latest of its end, its series' end and its start: it is in a window from `from` when this is after `from`. */
  endsUntil: text('ends_until').notNull(),
}, (t) => [
  primaryKey({ columns: [t.key, t.eventId] }),
  index('event_access_order_idx').on(t.key, t.startsAt, t.eventId, t.endsUntil),
  index('event_access_event_idx').on(t.eventId),
])
