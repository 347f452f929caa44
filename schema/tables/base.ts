/**
 * Shared shapes of the data model: the JSON value types, the coded values (enums) and the kinds of record.
 */
import { LICENSE_IDS } from '../../core/license'

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
