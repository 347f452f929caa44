/**
 * Partners' feeds in the API: what a feed is (for the partner that registered it and the editors), what a partner
 * sends to register one, and the report of each run. Not published data: every operation needs a key.
 */
import { AUDIENCES, FEED_FORMATS, feedRuns, feeds, LICENSES } from '../tables'
import { createSelectSchema, doc, Instant, orNull, page, Slug, z } from './common'
import { slugs } from './input-parts'
import { PartnerRef } from './partner-ref'

const FeedUrl = doc(z.url({ protocol: /^https?$/ }).max(2000), 'Address of the feed: an iCalendar file or a page or document with schema.org JSON-LD events. https (http and this machine only in local development); no private addresses.', 'https://www.naturalis.nl/agenda.ics')

const Defaults = z.strictObject({
  places: doc(slugs(5).optional(), 'Place ids for items whose location is not a known place.', ['naturalis']),
  themes: doc(slugs(10).optional(), 'Themes every item of the feed gets.', ['biodiversiteit-en-duurzaamheid']),
  audiences: doc(z.array(z.enum(AUDIENCES)).max(AUDIENCES.length).optional(), 'Audiences every item gets.', ['general']),
  languages: doc(z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code')).max(10).optional(), 'Languages spoken, unless an item says otherwise.', ['nl']),
}).openapi('FeedDefaults', { description: 'What the feed adds to every event it brings, unless the item says otherwise.' })

const feedFields = {
  id: doc(Slug.optional(), 'Slug for the feed; left out, one is made from the partner and the name.', 'naturalis-agenda'),
  partner: doc(Slug.optional(), 'The partner whose agenda it is (its events belong to it). A partner key registers feeds of its own partner only.', 'naturalis'),
  name: doc(z.string().trim().min(1).max(200), 'What the feed is, for the run reports.', 'Agenda van Naturalis'),
  url: FeedUrl,
  format: doc(z.enum(FEED_FORMATS).nullable().optional(), '`ical` or `jsonld`; left out, it is detected from every response.', 'ical'),
  trusted: doc(z.boolean().optional(), 'True: imported events are published at once; false (default): they arrive as `submitted` for an editor. Only editors and trusted partner keys may set it.', false),
  license: doc(z.enum(LICENSES).optional(), 'The licence under which the partner publishes its feed (default CC0-1.0); every imported event carries it.', 'CC0-1.0'),
  defaults: doc(Defaults.nullable().optional(), 'What every item gets unless it says otherwise.'),
  intervalMinutes: doc(z.number().int().min(15).max(10_080).optional(), 'How often it is fetched, in minutes (default 60).', 60),
  paused: doc(z.boolean().optional(), 'True: not imported until resumed. Set after 5 failed runs in a row; set it to false to resume.', false),
}

export const FeedInput = z.strictObject(feedFields)
  .openapi('FeedInput', { description: 'A feed to import. Its events belong to its partner.', example: { partner: 'naturalis', name: 'Agenda van Naturalis', url: 'https://www.naturalis.nl/agenda.ics', license: 'CC0-1.0', defaults: { places: ['naturalis'], languages: ['nl'] } } })
export type FeedInput = z.infer<typeof FeedInput>
export const FeedPatch = z.strictObject(feedFields).omit({ id: true, partner: true }).partial()
  .openapi('FeedPatch', { description: 'JSON merge patch of a feed; a feed stays with its partner.', example: { paused: false } })

const Counts = z.object({
  items: doc(z.number().int(), 'Items in the feed.', 24),
  created: doc(z.number().int(), 'New events.', 2),
  updated: doc(z.number().int(), 'Events changed.', 1),
  cancelled: doc(z.number().int(), 'Events cancelled because they left the feed before they happened.', 0),
  unchanged: doc(z.number().int(), 'Items that changed nothing.', 20),
  rejected: doc(z.number().int(), 'Items that could not be imported (see `rejected`).', 1),
}).openapi('FeedRunCounts')

export const FeedRun = createSelectSchema(feedRuns, {
  id: (s) => doc(s, 'Run number (increasing).', 17),
  feedId: (s) => doc(s, 'The feed.', 'naturalis-agenda'),
  trigger: (s) => doc(s, '`schedule` (a Cron round) or `request` (someone asked).', 'schedule'),
  outcome: (s) => doc(s, '`queued`, `running`, `imported` (fetched and applied), `unchanged` (the feed answered 304), or `failed`.', 'imported'),
  attempts: (s) => doc(s, 'Deliveries of this run to the importer (a failure that may pass is tried again, with growing pauses).', 1),
  httpStatus: (s) => doc(s, 'HTTP status of the last fetch.', 200),
  error: (s) => doc(s, 'Why it failed, when it did.', null),
}).omit({ items: true, created: true, updated: true, cancelled: true, unchanged: true, rejected: true, report: true }).extend({
  queuedAt: doc(Instant, 'When the run was asked for.'),
  startedAt: doc(Instant.nullable(), 'When the importer started it.'),
  finishedAt: doc(Instant.nullable(), 'When it ended.'),
  counts: Counts,
  rejected: doc(z.array(z.object({
    item: doc(z.string(), 'The item: its UID or @id.', 'rondleiding-42@naturalis.nl'),
    title: doc(z.string().optional(), 'Its title.', 'Rondleiding'),
    reason: doc(z.string(), 'Why it was not imported.', 'The event has 1 invalid field: schedule.rrule.'),
    errors: doc(z.array(z.object({ name: z.string(), detail: z.string() })).optional(), 'Each invalid field.'),
  })), 'Items that could not be imported, and why.'),
  kept: doc(z.array(z.object({
    event: doc(z.string(), 'The event.', 'naturalis-rondleiding-2027-01-03'),
    fields: doc(z.array(z.string()), 'Fields an editor corrected since the last import; the feed’s value for them was not taken.', ['title']),
  })), 'Corrections kept against what the feed says now.'),
  notes: doc(z.array(z.string()), 'What the import had to assume or leave out.', ['item "x": its location "Zaal 3" is not a known place']),
}).openapi('FeedRun', { description: 'One import of a feed: what it fetched and what it did.' })
export type FeedRun = z.infer<typeof FeedRun>

export const Feed = createSelectSchema(feeds, {
  id: (s) => doc(s, 'Stable slug of the feed.', 'naturalis-agenda'),
  name: (s) => doc(s, 'What the feed is.', 'Agenda van Naturalis'),
  url: (s) => doc(s, 'Its address.', 'https://www.naturalis.nl/agenda.ics'),
  format: (s) => doc(s, '`ical`, `jsonld`, or null: detected from each response.', 'ical'),
  trusted: (s) => doc(s, 'True: its events are published at once.', false),
  license: (s) => doc(s, 'Licence of its events.', 'CC0-1.0'),
  demo: (s) => doc(s, 'True for the sample feed: its events are labelled fictitious examples.', false),
  intervalMinutes: (s) => doc(s, 'Minutes between imports.', 60),
  paused: (s) => doc(s, 'True: not imported until resumed.', false),
  pauseReason: (s) => doc(s, 'Why it was paused.', null),
  failures: (s) => doc(s, 'Failed runs in a row (a run that succeeds resets it).', 0),
}).omit({ partnerId: true, etag: true, lastModified: true, requestedAt: true, createdBy: true, deletedAt: true, version: true }).extend({
  partner: PartnerRef,
  defaults: doc(orNull(Defaults), 'What every item gets unless it says otherwise.'),
  lastFetchedAt: doc(Instant.nullable(), 'When it was last fetched (an unchanged feed included).'),
  lastRun: doc(orNull(FeedRun), 'Its latest run.'),
  createdAt: doc(Instant, 'When it was registered.'),
  updatedAt: doc(Instant, 'When its settings last changed.'),
}).openapi('Feed', { description: 'A partner’s own calendar that the platform imports on a schedule.' })
export type Feed = z.infer<typeof Feed>

export const FeedPage = page(Feed, 'FeedPage')
export const FeedRunPage = page(FeedRun, 'FeedRunPage')
