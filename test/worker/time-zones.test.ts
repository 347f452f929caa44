// The time-zone conversions every export row, filter and page goes through (core/time.ts) cache Intl's answers per
// day and remember recent conversions. Whatever the cache holds, each answer must equal what Intl itself says, in
// every zone kind: DST in spring and autumn, half-hour offsets and DST steps, two transitions in one month.
import { describe, expect, it } from 'vitest'
import { offsetMinutes, utcToZoned, zonedToUtc } from '../../core/time'

/** The offset straight from Intl, without any cache. */
function intlOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms))
  const p = Object.fromEntries(parts.filter((x) => x.type !== 'literal').map((x) => [x.type, Number(x.value)]))
  return Math.round((Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000) / 60000)
}

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Pacific/Chatham']
const MINUTE = 60_000

describe('time zones', () => {
  it.each(ZONES)('%s: every 5 minutes around each transition of 2026 and 2027 as Intl says', (zone) => {
    // Find the transitions by sampling every 6 hours, then check every 5 minutes of the day around each one.
    let checked = 0
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 6 * 60 * MINUTE) {
      if (intlOffset(ms, zone) === intlOffset(ms + 6 * 60 * MINUTE, zone)) continue
      for (let m = ms - 24 * 60 * MINUTE; m <= ms + 30 * 60 * MINUTE; m += 5 * MINUTE) {
        expect(offsetMinutes(m, zone), `${zone} at ${new Date(m).toISOString()}`).toBe(intlOffset(m, zone))
        checked++
      }
    }
    if (zone !== 'Asia/Kolkata') expect(checked).toBeGreaterThan(0)
  })

  it('random instants from 1900 to 2199, in every zone, in any order', () => {
    let seed = 7
    const next = () => {
      seed = (seed * 48271) % 2147483647
      return seed / 2147483647
    }
    const from = Date.UTC(1900, 0, 1)
    const span = Date.UTC(2199, 11, 31) - from
    for (let i = 0; i < 3000; i++) {
      const ms = Math.floor((from + next() * span) / 1000) * 1000
      const zone = ZONES[i % ZONES.length]!
      expect(offsetMinutes(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(intlOffset(ms, zone))
    }
  })

  it('utcToZoned answers each zone for itself, however often an instant repeats', () => {
    const instant = '2027-03-28T01:30:00Z' // Amsterdam has just moved to summer time
    for (let i = 0; i < 3; i++) {
      expect(utcToZoned(instant)).toEqual({ date: '2027-03-28', time: '03:30:00', offset: '+02:00', offsetMinutes: 120 })
      expect(utcToZoned(instant, 'America/New_York')).toEqual({ date: '2027-03-27', time: '21:30:00', offset: '-04:00', offsetMinutes: -240 })
      expect(utcToZoned('2027-03-28T00:30:00Z')).toMatchObject({ time: '01:30:00', offset: '+01:00' })
    }
    // A local time in the spring-forward gap resolves to the instant an hour later.
    expect(zonedToUtc('2027-03-28T02:30')).toBe('2027-03-28T01:30:00Z')
  })
})
