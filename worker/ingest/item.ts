/**
 * What a partner's feed says about one event, whatever its format: the parsers (ical.ts, jsonld.ts) read a feed into
 * these, and map.ts turns one into the event input the write pipeline validates. Times are instants (UTC) plus the
 * zone the event is planned in; text is plain; URLs are as the feed gives them (the input schema checks them).
 */
import type { EVENT_KINDS, EVENT_STATUSES } from '../../schema/tables'

export type Status = (typeof EVENT_STATUSES)[number]
/** Text as the feed gives it: its own words, and the Dutch or English form where the feed says which it is. */
export type FeedText = { text: string; nl?: string; en?: string }

export type FeedItem = {
  /** Stable identity across runs: the iCalendar UID or the JSON-LD @id (else its url). */
  uid: string
  /** The item's own page. */
  url: string | null
  title: FeedText
  description: FeedText | null
  startsAt: string
  endsAt: string | null
  allDay: boolean
  /** IANA zone the times are planned in (recurrence rules repeat in its wall-clock time). */
  timeZone: string
  status: Status
  location: { name: string | null; streetAddress?: string | null; locality?: string | null; latitude?: number | null; longitude?: number | null } | null
  onlineUrl: string | null
  organizers: { name: string | null; url: string | null }[]
  kind: (typeof EVENT_KINDS)[number] | null
  registrationUrl: string | null
  price: number | null
  priceCurrency: string | null
  free: boolean | null
  image: { url: string; alt: string | null; creditText: string | null } | null
  languages: string[]
  /** A series: its rule and dates in local wall-clock time of `timeZone` (as the event input takes them). */
  schedule: { rrule: string | null; alsoOn: string[]; notOn: string[] } | null
  /** Single dates of the series that are cancelled or moved, by their original start (UTC). */
  overrides: { occurrence: string; status?: Status; startsAt?: string; endsAt?: string | null }[]
  /** What the parser had to assume or leave out for this item, for the run report. */
  notes: string[]
}

/** A feed read into items, with the items it could not use and why, and notes about the feed as a whole. */
export type ParsedFeed = { items: FeedItem[]; skipped: { item: string; title?: string; reason: string }[]; notes: string[] }

/** A feed that cannot be read at all: nothing of it is imported. */
export class FeedError extends Error {}

/** Words in categories and types that say what kind of event it is (Dutch and English). */
const KIND_WORDS: [RegExp, FeedItem['kind']][] = [
  [/tentoonstelling|expositie|exhibition/i, 'exhibition'], [/festival/i, 'festival'], [/lezing|lecture|talk|college/i, 'lecture'],
  [/symposium/i, 'symposium'], [/congres|conference/i, 'conference'], [/workshop|masterclass/i, 'workshop'],
  [/rondleiding|tour|wandeling|route/i, 'tour'], [/wedstrijd|competition/i, 'competition'], [/ceremonie|uitreiking|ceremony/i, 'ceremony'],
]
export function kindFrom(words: readonly string[]): FeedItem['kind'] {
  for (const word of words) for (const [pattern, kind] of KIND_WORDS) if (pattern.test(word)) return kind
  return null
}

/** True for a zone name the runtime's tz database knows (`Europe/Amsterdam`), false for `W. Europe Standard Time`. */
export function isIanaZone(zone: string | null | undefined): zone is string {
  if (!zone || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
