/**
 * The Kennisstad data model: the single source of truth for every shape the API publishes.
 * zod schemas (schema/api.ts) are derived from these tables; drizzle-kit generates the migrations.
 *
 * Conventions: ids are URL slugs; instants are RFC 3339 UTC strings (`2022-07-13T07:00:00Z`), which sort
 * lexicographically in the same order as in time, so indexes and keyset cursors work on them directly;
 * bilingual text is a JSON object `{ "nl": …, "en": … }` stored as-is, so the API returns it losslessly.
 */
import { sql } from 'drizzle-orm'
import { LICENSE_IDS } from '../core/license'
import { type AnySQLiteColumn, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/** Dutch is required (the programme's working language); English is added where a translation exists. */
export type Bilingual = { nl: string; en?: string | null }
/** ISO 8601 calendar date, possibly reduced precision (`2017-07`, `2020-12`) when the source gives no day. */
export type PartialDate = string
export type AltName = { name: string; validFrom?: PartialDate | null; validTo?: PartialDate | null; note?: string | null }
/** A picture of an event: `alt` describes it for readers who cannot see it (empty: decorative), `creditText` names its maker. */
export type Image = { url: string; alt?: Bilingual | null; creditText?: string | null; license?: string | null }
/** A repeat rule (RFC 5545 RRULE subset) with dates added or left out, in local wall-clock time (core/recurrence.ts). */
export type Schedule = { rrule: string | null; alsoOn?: string[]; notOn?: string[] }
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const
/** When a long event (an exhibition) is open: hours per weekday, and days it is closed. */
export type OpeningHours = { hours: { days: (typeof WEEKDAYS)[number][]; opens: string; closes: string }[]; closed?: string[] }

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'movedOnline'] as const
/** `broadcast`: on radio or television, not attended in person or joined online. */
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed', 'broadcast'] as const
export const EVENT_KINDS = [
  'event', 'exhibition', 'festival', 'lecture', 'symposium', 'conference', 'competition', 'ceremony',
  'broadcast', 'tour', 'series', 'workshop',
] as const
export const AUDIENCES = ['general', 'children', 'students', 'professionals', 'researchers', 'international'] as const
export const PARTNER_KINDS = [
  'university', 'umc', 'hbo', 'mbo', 'museum', 'research-institute', 'foundation', 'company', 'government',
  'venue-operator', 'media',
] as const
export const ORGANISER_ROLES = ['organiser', 'co-organiser', 'host', 'funder', 'partner'] as const
/** `example`: named as an example of an opgave in a recruitment text; not known to be the current programme. */
export const OPGAVE_STATUSES = ['planned', 'active', 'completed', 'example'] as const
export const THEME_SCHEMES = ['kennisstad-2017', 'kennisstad-2023', 'esof2022-track', 'leiden2022-track'] as const
export const AGREEMENTS = ['kennisstad-2017', 'kennisstad-2023'] as const
/** Moderation: only `published` rows are public. Partners write drafts and submit them; editors publish or reject. */
export const WORKFLOW = ['draft', 'submitted', 'published', 'rejected'] as const
/** `subscriber`: reads like anyone and manages its own webhooks; it writes nothing else. */
export const ROLES = ['admin', 'partner', 'subscriber'] as const
/** The published collections, each one table: `/v1/{id}` in the API, one dataset in the catalog. */
export const DATASET_IDS = ['events', 'occurrences', 'opgaven', 'partners', 'places', 'themes'] as const
export type DatasetId = (typeof DATASET_IDS)[number]
/** The kinds of record, as the change feed and the audit log name them. */
export const ENTITIES = ['event', 'partner', 'place', 'opgave', 'theme'] as const
export type Entity = (typeof ENTITIES)[number]
/** What the audit log names: the published kinds of record, and the partners' feeds (which are not published). */
export type Audited = Entity | 'feed' | 'webhook'
/** Where a record came from: the curated seed, a write through the API, or a partner's own feed. */
export const ORIGINS = ['seed', 'api', 'feed'] as const
/**
 * Licences a record may carry (SPDX ids): data.overheid.nl's default CC0, and CC-BY 4.0 where a partner publishes
 * its feed on condition of attribution (each record names its source in `provenance`).
 */
export const LICENSES = LICENSE_IDS
export const FEED_FORMATS = ['ical', 'jsonld'] as const
export const RUN_OUTCOMES = ['queued', 'running', 'imported', 'unchanged', 'failed'] as const
export const RUN_TRIGGERS = ['schedule', 'request'] as const

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}
/**
 * Soft delete: a deleted row disappears from public reads but is kept (and becomes a tombstone in the change feed).
 * `version` counts the writes of the row; a conditional write names the version it read and is refused when another
 * write came first (the check is part of the write's own transaction).
 */
const deletable = { deletedAt: text('deleted_at'), version: integer('version').notNull().default(1) }

/**
 * Provenance, the same columns on every published table: where the record came from (the curated seed with the
 * source it cites, an API key, or a partner's feed and the item's own page), under which licence, and when it was
 * last written from there. Set by the seed and by the write pipeline, never by a writer's input (except the cited
 * `sourceUrl`).
 */
const provenance = {
  sourceOrigin: text('source_origin', { enum: ORIGINS }).notNull().default('seed'),
  sourceUrl: text('source_url'),
  sourceLicense: text('source_license', { enum: LICENSES }).notNull().default('CC0-1.0'),
  /** The feed it was imported from (origin `feed`). */
  sourceFeedId: text('source_feed_id'),
  /** The API key that created it (origin `api`). */
  sourceKeyId: text('source_key_id'),
  /** When it was last written from its origin (a feed run that changed it, an API write, the seed). */
  retrievedAt: text('retrieved_at'),
}

const address = {
  streetAddress: text('street_address'),
  postalCode: text('postal_code'),
  locality: text('locality'),
  country: text('country').notNull().default('NL'),
  latitude: real('latitude'),
  longitude: real('longitude'),
}

export const themes = sqliteTable('themes', {
  id: text('id').primaryKey(),
  scheme: text('scheme', { enum: THEME_SCHEMES }).notNull(),
  label: text('label', { mode: 'json' }).$type<Bilingual>().notNull(),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [index('themes_scheme_idx').on(t.scheme, t.id), index('themes_updated_idx').on(t.updatedAt, t.id)])

export const partners = sqliteTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  altNames: text('alt_names', { mode: 'json' }).$type<AltName[]>().notNull().default(sql`'[]'`),
  kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  url: text('url'),
  ...address,
  notes: text('notes'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [
  index('partners_kind_idx').on(t.kind, t.id),
  index('partners_name_idx').on(sql`${t.name} collate nocase`, t.id),
  index('partners_updated_idx').on(t.updatedAt, t.id),
])

/** Which party signed which Kennisstad agreement, and when; a party may join or leave between agreements. */
export const memberships = sqliteTable('memberships', {
  partnerId: text('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  agreement: text('agreement', { enum: AGREEMENTS }).notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  /** false where the sources disagree or are silent: shown, never presented as certain. */
  verified: integer('verified', { mode: 'boolean' }).notNull().default(true),
  note: text('note'),
}, (t) => [primaryKey({ columns: [t.partnerId, t.agreement] }), index('memberships_agreement_idx').on(t.agreement)])

export const places = sqliteTable('places', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  ...address,
  containedInId: text('contained_in_id').references((): AnySQLiteColumn => places.id),
  operatorId: text('operator_id').references(() => partners.id),
  accessibility: text('accessibility', { mode: 'json' }).$type<Bilingual>(),
  rijksmonument: integer('rijksmonument'),
  url: text('url'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [
  index('places_contained_idx').on(t.containedInId),
  index('places_operator_idx').on(t.operatorId),
  index('places_name_idx').on(sql`${t.name} collate nocase`, t.id),
  index('places_updated_idx').on(t.updatedAt, t.id),
])

export const opgaven = sqliteTable('opgaven', {
  id: text('id').primaryKey(),
  title: text('title', { mode: 'json' }).$type<Bilingual>().notNull(),
  summary: text('summary', { mode: 'json' }).$type<Bilingual>(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  status: text('status', { enum: OPGAVE_STATUSES }).notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [index('opgaven_status_idx').on(t.status, t.id), index('opgaven_updated_idx').on(t.updatedAt, t.id)])

export const opgaveThemes = sqliteTable('opgave_themes', {
  opgaveId: text('opgave_id').notNull().references(() => opgaven.id, { onDelete: 'cascade' }),
  themeId: text('theme_id').notNull().references(() => themes.id),
}, (t) => [primaryKey({ columns: [t.opgaveId, t.themeId] }), index('opgave_themes_theme_idx').on(t.themeId)])

export const opgavePartners = sqliteTable('opgave_partners', {
  opgaveId: text('opgave_id').notNull().references(() => opgaven.id, { onDelete: 'cascade' }),
  partnerId: text('partner_id').notNull().references(() => partners.id),
  role: text('role', { enum: ORGANISER_ROLES }).notNull(),
}, (t) => [primaryKey({ columns: [t.opgaveId, t.partnerId] }), index('opgave_partners_partner_idx').on(t.partnerId)])

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

/**
 * API keys. The secret is shown once at creation and stored only as a SHA-256 hash; `prefix` (public, unique)
 * finds the row. A partner key is bound to one partner; `trusted` lets it publish without moderation.
 */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  prefix: text('prefix').notNull().unique(),
  hash: text('hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  partnerId: text('partner_id').references(() => partners.id),
  trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
  label: text('label'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
})

/** Who changed what, when: one row per successful write, with the changed fields before and after. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  keyId: text('key_id').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  partnerId: text('partner_id'),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_key_idx').on(t.keyId)])

/**
 * Events that have been public at some moment (kept by triggers): the change feed names only these, so drafts,
 * rejected and withdrawn-before-publication events never reach it, not even as a tombstone.
 */
export const eventPublications = sqliteTable('event_publications', {
  eventId: text('event_id').primaryKey(),
  firstPublishedAt: text('first_published_at').notNull(),
})

/**
 * Never holds a row: a write's precondition is an insert here that fails its CHECK when the condition does not hold,
 * which rolls back the whole batch it is part of (D1 runs a batch as one transaction).
 */
export const writeGuards = sqliteTable('write_guards', {
  ok: integer('ok').notNull(),
}, () => [check('write_guards_ok', sql`ok = 1`)])

/** Replays of POSTs sent with an `Idempotency-Key`: same key and body → the first response again. */
export const idempotency = sqliteTable('idempotency', {
  keyId: text('key_id').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  body: text('body').notNull(),
  location: text('location'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}, (t) => [primaryKey({ columns: [t.keyId, t.idempotencyKey] })])

/**
 * The change log behind `GET /v1/changes`: one row per write (and per seeded row), in commit order. `seq` is the
 * resumable cursor and, as max(seq), the data version that keys caches and export ETags.
 */
export const changes = sqliteTable('changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  entity: text('entity', { enum: ENTITIES }).notNull(),
  entityId: text('entity_id').notNull(),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}, (t) => [index('changes_entity_idx').on(t.entity, t.entityId)])

/** What a feed adds to every event it brings, unless the item says otherwise. */
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

/**
 * A developer's endpoint that receives the changes of the change feed it subscribed to (its entity types, and for
 * events the same filters as /v1/events), signed as Standard Webhooks describe. Not published itself.
 */
export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  /** Who may see and change it: the key that registered it, and for a partner key also that partner's other keys. */
  ownerKeyId: text('owner_key_id').notNull(),
  ownerPartnerId: text('owner_partner_id'),
  url: text('url').notNull(),
  description: text('description'),
  /** Event filters as /v1/events takes them (`{ "partner": "naturalis" }`); empty: every event. */
  filter: text('filter', { mode: 'json' }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
  entities: text('entities', { mode: 'json' }).$type<Entity[]>().notNull(),
  /** The signing secret (`whsec_…`), and the one before it, still signed with until `previousSecretUntil`. */
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretUntil: text('previous_secret_until'),
  /** It receives the changes after this position of the change log (where the log stood when it was registered). */
  fromSeq: integer('from_seq').notNull().default(0),
  paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
  pauseReason: text('pause_reason'),
  /** Deliveries given up in a row; a delivered one resets it. */
  failures: integer('failures').notNull().default(0),
  ...deletable,
  ...timestamps,
}, (t) => [index('webhooks_owner_idx').on(t.ownerKeyId), index('webhooks_partner_idx').on(t.ownerPartnerId)])

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const
/** One message to one endpoint: a change (or a test), its attempts and how the last one went. */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  webhookId: text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  /** The change's position in the change log; null for a test message. */
  seq: integer('seq'),
  /** `webhook-id`: the same on every attempt, so a receiver can drop a message it already has. */
  messageId: text('message_id').notNull(),
  type: text('type').notNull(),
  body: text('body').notNull(),
  status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  /** Not tried again before this moment (a retry's pause); a sender holds it until `leaseUntil`. */
  nextAttemptAt: text('next_attempt_at'),
  leaseUntil: text('lease_until'),
  lastStatus: integer('last_status'),
  lastError: text('last_error'),
  lastDurationMs: integer('last_duration_ms'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  deliveredAt: text('delivered_at'),
}, (t) => [
  uniqueIndex('webhook_deliveries_change_idx').on(t.webhookId, t.seq),
  index('webhook_deliveries_queue_idx').on(t.webhookId, t.status, t.id),
])
