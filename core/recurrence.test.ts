import { describe, expect, it } from 'vitest'
import { expand, ruleProblem } from './recurrence'
import { scheduleSummary } from './schedule-text'
import { zonedToUtc } from './time'

const weekly = (rrule: string, start = '2026-10-18T14:00', end = '2026-10-18T15:30') =>
  ({ startsAt: zonedToUtc(start), endsAt: zonedToUtc(end), allDay: false, schedule: { rrule } })

describe('recurrence', () => {
  it('keeps the local wall-clock time across the DST switch (14:00 before and after, one hour apart in UTC)', () => {
    const o = expand(weekly('FREQ=WEEKLY;BYDAY=SU;COUNT=3'))
    expect(o.map((x) => x.startsAt)).toEqual(['2026-10-18T12:00:00Z', '2026-10-25T13:00:00Z', '2026-11-01T13:00:00Z'])
    expect(o.map((x) => x.endsAt)).toEqual(['2026-10-18T13:30:00Z', '2026-10-25T14:30:00Z', '2026-11-01T14:30:00Z'])
  })

  it('expands monthly "2nd Thursday", UNTIL, INTERVAL, BYMONTHDAY, extra and excluded dates', () => {
    const second = expand(weekly('FREQ=MONTHLY;BYDAY=2TH;UNTIL=20270331', '2027-01-14T20:00', '2027-01-14T22:00'))
    expect(second.map((x) => x.startsAt.slice(0, 10))).toEqual(['2027-01-14', '2027-02-11', '2027-03-11'])
    const biweekly = expand(weekly('FREQ=WEEKLY;INTERVAL=2;COUNT=3', '2027-01-06T19:30', '2027-01-06T21:00'))
    expect(biweekly.map((x) => x.startsAt.slice(0, 10))).toEqual(['2027-01-06', '2027-01-20', '2027-02-03'])
    const day15 = expand(weekly('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2', '2027-01-15T12:00', '2027-01-15T13:00'))
    expect(day15.map((x) => x.startsAt.slice(0, 10))).toEqual(['2027-01-15', '2027-02-15'])
    const edited = expand({ ...weekly('FREQ=WEEKLY;COUNT=3', '2027-01-03T14:00', '2027-01-03T15:00'), schedule: { rrule: 'FREQ=WEEKLY;COUNT=3', alsoOn: ['2027-01-05T10:00'], notOn: ['2027-01-10'] } })
    expect(edited.map((x) => x.startsAt)).toEqual([zonedToUtc('2027-01-03T14:00'), zonedToUtc('2027-01-05T10:00'), zonedToUtc('2027-01-17T14:00')])
  })

  it('is bounded: a horizon for open-ended rules and a cap per series', () => {
    const open = expand(weekly('FREQ=DAILY', '2027-01-01T10:00', '2027-01-01T11:00'), { until: '2027-01-10T23:00:00Z' })
    expect(open).toHaveLength(10)
    expect(expand(weekly('FREQ=DAILY', '2027-01-01T10:00', '2027-01-01T11:00'))).toHaveLength(500)
    expect(expand(weekly('FREQ=DAILY', '2027-01-01T10:00', '2027-01-01T11:00'), { max: 7 })).toHaveLength(7)
  })

  it('refuses rules that repeat too often or run away, saying why', () => {
    expect(ruleProblem('FREQ=HOURLY')).toMatch(/repeats too often/)
    expect(ruleProblem('FREQ=MINUTELY;COUNT=5')).toMatch(/repeats too often/)
    expect(ruleProblem('FREQ=DAILY;COUNT=100000')).toMatch(/COUNT may be at most 500/)
    expect(ruleProblem('FREQ=DAILY;BYHOUR=3')).toMatch(/BYHOUR is not supported/)
    expect(ruleProblem('FREQ=WEEKLY;BYDAY=SU;UNTIL=20270228')).toBeNull()
  })

  it('says a schedule in Dutch and English', () => {
    const start = zonedToUtc('2026-12-06T14:00')
    expect(scheduleSummary({ rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270228' }, start, false, 'nl')).toBe('Elke zondag om 14:00 tot en met 28 februari 2027')
    expect(scheduleSummary({ rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270228' }, start, false, 'en')).toBe('Every Sunday at 14:00 until 28 February 2027')
    expect(scheduleSummary({ rrule: 'FREQ=MONTHLY;BYDAY=2TH' }, zonedToUtc('2027-01-14T20:00'), false, 'nl')).toBe('Elke tweede donderdag van de maand om 20:00')
    expect(scheduleSummary({ rrule: 'FREQ=MONTHLY;BYDAY=2TH' }, zonedToUtc('2027-01-14T20:00'), false, 'en')).toBe('Every second Thursday of the month at 20:00')
    expect(scheduleSummary({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=6' }, zonedToUtc('2027-01-06T19:30'), false, 'en')).toBe('Every other week on Wednesday at 19:30 (6 times)')
    expect(scheduleSummary(null, start, false, 'nl')).toBeNull()
  })
})
