import { describe, expect, it } from 'vitest'
import { addDays, offsetMinutes, utcToZoned, zonedToUtc } from './time'

describe('Europe/Amsterdam conversion', () => {
  it('uses +02:00 in summer and +01:00 in winter', () => {
    expect(zonedToUtc('2022-07-13T09:00')).toBe('2022-07-13T07:00:00Z')
    expect(zonedToUtc('2022-12-22T16:00')).toBe('2022-12-22T15:00:00Z')
    expect(offsetMinutes(Date.parse('2022-07-13T07:00:00Z'))).toBe(120)
    expect(offsetMinutes(Date.parse('2022-12-22T15:00:00Z'))).toBe(60)
  })

  it('handles both DST switches of 2022 (27 March, 30 October)', () => {
    expect(zonedToUtc('2022-03-27T01:59')).toBe('2022-03-27T00:59:00Z')
    expect(zonedToUtc('2022-03-27T03:00')).toBe('2022-03-27T01:00:00Z')
    // 02:30 does not exist on 27 March: it resolves one hour later, as calendar apps do.
    expect(zonedToUtc('2022-03-27T02:30')).toBe('2022-03-27T01:30:00Z')
    expect(zonedToUtc('2022-10-30T00:00')).toBe('2022-10-29T22:00:00Z')
    expect(zonedToUtc('2022-10-31T00:00')).toBe('2022-10-30T23:00:00Z')
  })

  it('round-trips instants to local wall-clock time with the offset of that moment', () => {
    expect(utcToZoned('2022-05-28T23:00:00Z')).toEqual({ date: '2022-05-29', time: '01:00:00', offset: '+02:00', offsetMinutes: 120 })
    expect(utcToZoned('2022-12-22T21:22:00Z')).toEqual({ date: '2022-12-22', time: '22:22:00', offset: '+01:00', offsetMinutes: 60 })
  })

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })

  it('rejects what is not a local date-time', () => {
    expect(() => zonedToUtc('13-07-2022')).toThrow(RangeError)
  })
})
