/**
 * Wall-clock ↔ instant conversion for Europe/Amsterdam (or any IANA zone) with the runtime's own tz database
 * (Intl), so DST rules are never hand-coded. Used by the seed, the `from`/`to` filters and the exports.
 */
import { dateFormat } from './intl'

export const AMSTERDAM = 'Europe/Amsterdam'

const partsFormatter = (timeZone: string): Intl.DateTimeFormat => dateFormat('en-US', {
  timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
})

const DAY = 86_400_000
const QUARTER = 900_000
/** Per zone and UTC day: the offset of the whole day, or `null` for a day with a zone transition in it. */
const dayCache = new Map<string, number | null>()
/** Per zone and quarter hour, only on transition days. */
const quarterCache = new Map<string, number>()
const remember = <V>(cache: Map<string, V>, key: string, value: V) => {
  if (cache.size > 20_000) cache.clear()
  cache.set(key, value)
  return value
}

/**
 * Offset of `timeZone` from UTC at instant `ms`, in minutes (Amsterdam: +60 in winter, +120 in summer). Intl is
 * asked once per UTC day (its first and last minute): on the days without a transition both agree and
 * hold for the whole day (no zone changes twice in a day). On a transition day each quarter hour is asked once
 * (transitions fall on quarter hours).
 * Exports convert several instants a row, over decades of dates: this keeps Intl out of the row loop.
 */
export function offsetMinutes(ms: number, timeZone = AMSTERDAM): number {
  const day = Math.floor(ms / DAY)
  const dayKey = `${timeZone}@${day}`
  let whole = dayCache.get(dayKey)
  if (whole === undefined) {
    const first = intlOffset(day * DAY, timeZone)
    whole = remember(dayCache, dayKey, first === intlOffset(day * DAY + DAY - 60_000, timeZone) ? first : null)
  }
  if (whole !== null) return whole
  const key = `${timeZone}@${Math.floor(ms / QUARTER)}`
  return quarterCache.get(key) ?? remember(quarterCache, key, intlOffset(ms, timeZone))
}

function intlOffset(ms: number, timeZone: string): number {
  const p: Record<string, number> = {}
  for (const { type, value } of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (type !== 'literal') p[type] = Number(value)
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000)
}

/**
 * `2022-05-28T20:00` (local wall-clock time in `timeZone`) → `2022-05-28T18:00:00Z`.
 * A wall time skipped by the spring-forward gap resolves to the instant one hour later, as calendars do.
 */
export function zonedToUtc(local: string, timeZone = AMSTERDAM): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local)
  if (!m) throw new RangeError(`not a local date-time: ${local}`)
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s)
  let ms = wall - offsetMinutes(wall, timeZone) * 60000
  ms = wall - offsetMinutes(ms, timeZone) * 60000
  return toRfc3339(ms)
}

/** `ms` → `2022-07-13T07:00:00Z` (second precision, the form every instant in this API takes). */
export function toRfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The current instant, in that form: what createdAt, updatedAt, deletedAt and lastUsedAt hold. */
export const nowRfc3339 = () => toRfc3339(Date.now())

type Zoned = Readonly<{ date: string; time: string; offset: string; offsetMinutes: number }>
/** The last few conversions: an export row converts the same start and end for several of its columns. */
const zonedMemo = new Map<string, Zoned>()

/** Instant → its local wall-clock parts in `timeZone`, with the offset that applied then. */
export function utcToZoned(instant: string, timeZone = AMSTERDAM): Zoned {
  const key = timeZone === AMSTERDAM ? instant : `${timeZone} ${instant}`
  const known = zonedMemo.get(key)
  if (known) return known
  if (zonedMemo.size >= 16) zonedMemo.clear()
  const zoned = convert(instant, timeZone)
  zonedMemo.set(key, zoned)
  return zoned
}

function convert(instant: string, timeZone: string): Zoned {
  const ms = Date.parse(instant)
  const offset = offsetMinutes(ms, timeZone)
  const local = new Date(ms + offset * 60000).toISOString()
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return { date: local.slice(0, 10), time: local.slice(11, 19), offset: `${sign}${hhmm}`, offsetMinutes: offset }
}

/** `2022-12-31` → `2023-01-01`, calendar arithmetic without time zones. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86400000
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * The span of time this platform speaks about: every instant it accepts (event times, filters, `updatedSince`) and
 * stores lies inside it. Wide enough for any programme's history and planning, narrow enough that no time-zone
 * conversion or date arithmetic can leave the years 0000–9999 that RFC 3339 and the exports can write.
 */
export const TIME_WINDOW = { first: '1900-01-01', last: '2199-12-31' } as const
const WINDOW_MS = [Date.parse(`${TIME_WINDOW.first}T00:00:00Z`), Date.parse(`${TIME_WINDOW.last}T23:59:59Z`)] as const
export const inTimeWindow = (ms: number) => Number.isFinite(ms) && ms >= WINDOW_MS[0] && ms <= WINDOW_MS[1]
export const TIME_WINDOW_TEXT = `between ${TIME_WINDOW.first} and ${TIME_WINDOW.last}`

const DATE_OR_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

/** A real calendar date (`2022-02-29` is not), alone or with a time and offset. */
export function isDateOrInstant(value: string): boolean {
  const m = DATE_OR_INSTANT.exec(value)
  if (!m) return false
  const [, y, mo, d] = m.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d &&
    !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))
}

/**
 * A date means local days in Europe/Amsterdam: as the start of a window (`from`) it is that local midnight, as its
 * end (`to`) it includes the whole day. A date-time is taken as the exact instant. Only for values inside the time
 * window (see dateOrInstantInWindow), so the conversion cannot overflow.
 */
export function windowEdge(value: string, edge: 'from' | 'to'): string {
  if (value.length === 10) return zonedToUtc(`${edge === 'to' ? addDays(value, 1) : value}T00:00`)
  return toRfc3339(Date.parse(value))
}

/** A date or an instant whose window edges both lie inside the time window. */
export function dateOrInstantInWindow(value: string): boolean {
  if (!isDateOrInstant(value)) return false
  // The calendar part first: a year outside the window is refused before any conversion could overflow.
  const day = value.slice(0, 10)
  if (day < TIME_WINDOW.first || day > TIME_WINDOW.last) return false
  return inTimeWindow(Date.parse(windowEdge(value, 'from'))) && inTimeWindow(Date.parse(windowEdge(value, 'to')))
}

/** The calendar day (YYYY-MM-DD) on which an instant falls in a time zone. */
export const localDay = (instant: string, timeZone = AMSTERDAM): string => utcToZoned(instant, timeZone).date

/** Today's date in Amsterdam, YYYY-MM-DD. */
export const today = () => localDay(new Date().toISOString())
