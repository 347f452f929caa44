/**
 * Repetition in the API: a series' schedule (rule, extra and excluded dates, changed occurrences), its human
 * summary, the next occurrence, and an exhibition's opening hours — output shapes and what writers send.
 */
import { ruleProblem } from '../../core/recurrence'
import { EVENT_STATUSES, WEEKDAYS } from '../tables'
import { Bilingual, doc, Instant, orNull, Slug, z } from './common'
import { bilingual, OffsetDateTime } from './input-parts'
import { PlaceRef } from './places'

const LOCAL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/
const LocalDateTime = doc(z.string().regex(LOCAL, 'must be a local date (2027-04-27) or date and time (2027-04-27T14:00)'),
  'Local wall-clock date, or date and time, in the event’s time zone.', '2026-12-27')
const Clock = doc(z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day (10:00)'), 'Time of day, local.', '10:00')

const Rule = doc(z.string().max(300).regex(/^(?:RRULE:)?FREQ=[A-Z]+(?:;[A-Z]+=[A-Z0-9,+-]+)*$/, 'must be an iCalendar RRULE (FREQ=WEEKLY;BYDAY=SU)')
  .superRefine((value, ctx) => {
    const problem = ruleProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }), 'How it repeats: an iCalendar recurrence rule (RFC 5545) with FREQ DAILY, WEEKLY, MONTHLY or YEARLY, INTERVAL, BYDAY (also `2TH`, `-1FR`), BYMONTHDAY, BYMONTH, and COUNT (at most 500) or UNTIL. The first occurrence is the event’s own start.', 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270228')

export const OpeningHours = z.object({
  hours: doc(z.array(z.object({
    days: doc(z.array(z.enum(WEEKDAYS)).min(1).max(7), 'Weekdays these hours apply to.', ['tu', 'we', 'th', 'fr', 'sa', 'su']),
    opens: Clock, closes: doc(Clock, 'Closing time, local.', '17:00'),
  })).max(14), 'Hours per weekday; days not listed are closed.'),
  closed: doc(z.array(LocalDateTime).max(100).optional(), 'Days closed despite the hours (King’s Day).', ['2027-04-27']),
}).openapi('OpeningHours', { description: 'When a long event such as an exhibition is open.' })

export const OccurrenceChange = z.object({
  occurrence: doc(Instant, 'The occurrence this changes, by its original start (UTC).', '2026-12-27T13:00:00Z'),
  status: doc(z.enum(EVENT_STATUSES).nullable(), 'Its own status, when it differs (a cancelled date).', 'cancelled'),
  startsAt: doc(Instant.nullable(), 'Its new start, when moved.', null),
  endsAt: doc(Instant.nullable(), 'Its new end, when moved.', null),
  place: doc(orNull(PlaceRef), 'Another place, for this date only.'),
  note: doc(orNull(Bilingual), 'Why.'),
}).openapi('OccurrenceChange')

export const Schedule = z.object({
  rrule: doc(z.string().nullable(), 'The recurrence rule (RFC 5545); null when only extra dates are listed.', 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270228'),
  alsoOn: doc(z.array(z.string()), 'Dates added to the rule (local).', []),
  notOn: doc(z.array(z.string()), 'Dates left out (local).', ['2026-12-27']),
  summary: doc(Bilingual, 'The schedule in words.'),
  overrides: doc(z.array(OccurrenceChange), 'Single occurrences that are cancelled, moved or elsewhere.'),
}).openapi('Schedule', { description: 'How a series repeats. Its occurrences are at `/events/{id}/occurrences`.' })

export const NextOccurrence = z.object({
  startsAt: doc(Instant, 'Start of the next occurrence that has not ended, UTC.', '2026-12-06T13:00:00Z'),
  endsAt: doc(Instant.nullable(), 'Its end.', '2026-12-06T14:30:00Z'),
}).openapi('NextOccurrence')

export const scheduleInput = z.strictObject({
  rrule: Rule.nullable(),
  alsoOn: doc(z.array(LocalDateTime).max(100), 'Dates to add (local date-times).', []).optional(),
  notOn: doc(z.array(LocalDateTime).max(200), 'Dates to leave out (local dates or date-times).', ['2026-12-27']).optional(),
})
export const openingHoursInput = z.strictObject({
  hours: z.array(z.strictObject({ days: z.array(z.enum(WEEKDAYS)).min(1).max(7), opens: Clock, closes: Clock })).max(14),
  closed: z.array(LocalDateTime).max(100).optional(),
})
export const overridesInput = z.array(z.strictObject({
  occurrence: doc(OffsetDateTime, 'The occurrence to change, by its original start.', '2026-12-27T14:00:00+01:00'),
  status: z.enum(EVENT_STATUSES).nullable().optional(),
  startsAt: OffsetDateTime.nullable().optional(),
  endsAt: OffsetDateTime.nullable().optional(),
  place: Slug.nullable().optional(),
  note: bilingual(500).nullable().optional(),
})).max(100)
