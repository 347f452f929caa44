/**
 * Repeating events: a recurrence rule (the RFC 5545 subset real calendars use), extra dates and excluded dates,
 * expanded to dated occurrences by ical.js's recurrence iterator — never by hand. Rules are wall-clock rules in the
 * event's zone ("every Sunday 14:00" stays 14:00 across the DST switch): the iterator runs on floating local times,
 * each occurrence is then turned into its instant. Everything is bounded: a horizon and a cap per series.
 */
import ICAL from 'ical.js'
import { addDays, AMSTERDAM, toRfc3339, utcToZoned, zonedToUtc } from './time'

/** A schedule as stored and published: the rule, plus dates added or left out (local wall-clock, Europe/Amsterdam). */
export type Schedule = { rrule: string | null; alsoOn?: string[]; notOn?: string[] }
export type Occurrence = { recurrenceId: string; startsAt: string; endsAt: string | null }

export const MAX_OCCURRENCES = 500
export const HORIZON_DAYS = 2 * 366
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const
const PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST'])

/** Why a rule cannot be accepted, in words a partner can act on; null when it can. */
export function ruleProblem(rrule: string): string | null {
  const text = rrule.replace(/^RRULE:/i, '').trim()
  const parts = text.split(';').map((p) => p.split('=')[0]!.toUpperCase())
  const unknown = parts.filter((p) => !PARTS.has(p))
  if (unknown.length) return `${unknown.join(', ')} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, COUNT, UNTIL`
  let recur: ICAL.Recur
  try {
    recur = ICAL.Recur.fromString(text)
  } catch (e) {
    return `is not a recurrence rule (${(e as Error).message})`
  }
  if (!recur.freq) return 'needs FREQ'
  if (!(FREQUENCIES as readonly string[]).includes(recur.freq)) {
    return `FREQ=${recur.freq} repeats too often for an event listing; use DAILY, WEEKLY, MONTHLY or YEARLY`
  }
  if (recur.interval < 1 || recur.interval > 100) return 'INTERVAL must be 1–100'
  if (recur.count && recur.count > MAX_OCCURRENCES) return `COUNT may be at most ${MAX_OCCURRENCES}`
  if (recur.count && recur.until) return 'give COUNT or UNTIL, not both'
  if (recur.until && (recur.until.year < 1900 || recur.until.year > 2199)) return 'UNTIL must lie between 1900 and 2199'
  return null
}

/** `2026-12-06T14:00:00` → the parts of a floating ical.js time (or a date). */
const floating = (local: string, isDate: boolean) => ICAL.Time.fromData({
  year: Number(local.slice(0, 4)), month: Number(local.slice(5, 7)), day: Number(local.slice(8, 10)),
  hour: isDate ? 0 : Number(local.slice(11, 13)), minute: isDate ? 0 : Number(local.slice(14, 16)), second: 0, isDate,
})
const localOf = (t: ICAL.Time) =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`

/** Minutes between two local wall-clock times (`2026-12-06T14:00` → `2026-12-06T15:30` is 90). */
const wallMinutes = (a: string, b: string) => (Date.parse(`${b.slice(0, 16)}:00Z`) - Date.parse(`${a.slice(0, 16)}:00Z`)) / 60000
const plusMinutes = (local: string, minutes: number) => new Date(Date.parse(`${local.slice(0, 16)}:00Z`) + minutes * 60000).toISOString().slice(0, 16)

/**
 * The occurrences of an event: its own start and end, repeated by the schedule, up to `until` (an instant; default
 * two years after the later of now and the first start) and at most `max`. Single events have one occurrence.
 */
export function expand(e: { startsAt: string; endsAt: string | null; allDay: boolean; timeZone?: string; schedule?: Schedule | null },
  opts: { until?: string; max?: number; now?: string } = {}): Occurrence[] {
  const zone = e.timeZone ?? AMSTERDAM
  const first: Occurrence = { recurrenceId: e.startsAt, startsAt: e.startsAt, endsAt: e.endsAt }
  if (!e.schedule || (!e.schedule.rrule && !e.schedule.alsoOn?.length)) return [first]
  const max = opts.max ?? MAX_OCCURRENCES
  const start = utcToZoned(e.startsAt, zone)
  const localStart = `${start.date}T${start.time.slice(0, 5)}`
  const end = e.endsAt ? utcToZoned(e.endsAt, zone) : null
  const duration = end ? wallMinutes(localStart, `${end.date}T${end.time.slice(0, 5)}`) : null
  const from = opts.now && opts.now > e.startsAt ? opts.now : e.startsAt
  const until = opts.until ?? toRfc3339(Date.parse(from) + HORIZON_DAYS * 86_400_000)
  const toInstant = (local: string) => (e.allDay ? zonedToUtc(`${local.slice(0, 10)}T00:00`, zone) : zonedToUtc(local, zone))
  const occurrence = (local: string): Occurrence => {
    const startsAt = toInstant(local)
    const endsAt = duration === null ? null
      : e.allDay ? zonedToUtc(`${addDays(local.slice(0, 10), Math.round(duration / 1440))}T00:00`, zone) : toInstant(plusMinutes(local, duration))
    return { recurrenceId: startsAt, startsAt, endsAt }
  }
  const locals = new Set<string>()
  if (e.schedule.rrule) {
    const iterator = ICAL.Recur.fromString(e.schedule.rrule.replace(/^RRULE:/i, '')).iterator(floating(localStart, e.allDay))
    for (let next = iterator.next(); next && locals.size < max; next = iterator.next()) {
      const local = localOf(next)
      if (toInstant(local) > until) break
      locals.add(local)
    }
  }
  for (const extra of e.schedule.alsoOn ?? []) locals.add(extra.length === 10 ? `${extra}T${localStart.slice(11)}` : extra.slice(0, 16))
  const except = new Set(e.schedule.notOn ?? [])
  return [...locals].sort()
    .filter((local) => !except.has(local) && !except.has(local.slice(0, 10)))
    .slice(0, max)
    .map(occurrence)
}

/** A change to one occurrence, by its original start: cancelled, moved, or somewhere else. */
export type Override = { recurrenceId: string; status?: string | null; startsAt?: string | null; endsAt?: string | null; placeId?: string | null }
export type Dated = Occurrence & { status: string | null; placeId: string | null }

/** Occurrences with their overrides applied (an override for a date the rule does not produce adds nothing). */
export function applyOverrides(occurrences: Occurrence[], overrides: readonly Override[] = []): Dated[] {
  const byId = new Map(overrides.map((o) => [o.recurrenceId, o]))
  return occurrences.map((o) => {
    const change = byId.get(o.recurrenceId)
    return {
      ...o,
      startsAt: change?.startsAt ?? o.startsAt,
      endsAt: change?.startsAt && !change.endsAt ? null : (change?.endsAt ?? o.endsAt),
      status: change?.status ?? null,
      placeId: change?.placeId ?? null,
    }
  })
}
