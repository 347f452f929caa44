/** The filters of the event lists: `GET /v1/events`, the nested lists, widgets, the configurator and /data. */
import { eq, type SQL, sql } from 'drizzle-orm'
import { dateOrInstantInWindow, windowEdge } from '../../../core/time'
import { ATTENDANCE_MODES, AUDIENCES, EVENT_KINDS, EVENT_STATUSES, events as e, WORKFLOW } from '../../../schema/tables'
import { z } from '../../../schema/api/common'
import { booleanFilter, columnIn, dateFilter, enumFilter, type FilterTable, type FilterValues, hinted, named, refFilter, searchFilter, updatedSinceFilter } from '../filters'
import { split } from '../params'
import { inList, linked } from '../sql'

const via = (table: string, key: string) => (values: string[]) => linked(e.id, table, 'event_id', key, values)

export const eventFilters = {
  from: dateFilter(named('Vanaf', 'From'), 'Only events that have not ended by then: an event overlapping the window matches, so an '
    + 'exhibition running through `from` is included. A date is a local day in Europe/Amsterdam.', '2022-07-01', 'from',
  // Overlap: not yet ended at `from` (a point-in-time event at exactly `from` counts).
  // A series counts until its last occurrence has ended (the exact check is seriesInWindow).
  (from) => sql`(${e.endsAtEffective} > ${from} or ${e.startsAt} = ${from} or ${e.seriesEndsAt} > ${from})`),
  to: dateFilter(named('Tot en met', 'Up to and including'), 'Only events that start before then. A date includes that whole local day (Europe/Amsterdam).', '2022-09-30', 'to',
    (to) => sql`${e.startsAt} < ${to}`),
  // Only partners that confirmed: naming a partner does not put the event on its list (see eventOrganisers.confirmed).
  partner: refFilter(hinted(named('Georganiseerd door', 'Organised by'),
    'Evenementen die deze organisatie (mede) organiseert. Wat op haar locaties gebeurt, vind je met “Plek”.',
    'Events this organisation (co-)organises. For what happens at its venues, use “Place”.'), 'partners', 'Organised (in any role) by this partner.', 'naturalis',
    (ids) => sql`${e.id} in (select event_id from event_organisers where confirmed = 1 and ${inList(sql`partner_id`, ids)})`),
  opgave: refFilter(named('Opgave', 'Opgave'), 'opgaven', 'Contributing to this opgave.', 'leiden2022-inclusieve-stad', via('event_opgaven', 'opgave_id')),
  theme: refFilter(named('Thema', 'Theme'), 'themes', 'Classified under this theme or track.', 'cultureel-erfgoed', via('event_themes', 'theme_id')),
  place: refFilter(hinted(named('Plek', 'Place'), 'Waar het plaatsvindt, ook in de zalen van een gebouw; wie het organiseert maakt niet uit.',
    'Where it happens, halls inside a building included; whoever organises it.'), 'places', 'Happening at this place, or in a place inside it (a hall inside a building).', 'pieterskerk',
    (ids): SQL => sql`${e.id} in (select event_id from event_places where ${inList(sql`place_id`, ids)}
      or place_id in (select id from places where ${inList(sql`contained_in_id`, ids)}))`),
  audience: enumFilter(named('Doelgroep', 'Audience'), AUDIENCES, 'For this audience.', 'children', via('event_audiences', 'audience')),
  language: {
    ...named('Taal', 'Language'),
    schema: z.string().max(200).regex(/^[a-z]{2,3}(?:,[a-z]{2,3}){0,9}$/, 'must be ISO 639 language codes, comma-separated').optional()
      .openapi({ description: 'Spoken in this language (ISO 639-1, e.g. `nl`, `en`). Several, comma-separated, match any.', example: 'en' }),
    toSql: (v: string) => via('event_languages', 'language')(split(v)),
    input: { kind: 'enum' as const, values: ['nl', 'en'] },
  },
  free: booleanFilter(named('Gratis', 'Free'), '`true`: only free events; `false`: only paid events. Events with unknown price match neither.', 'true', (free) => eq(e.free, free)),
  registration: booleanFilter(named('Aanmelden nodig', 'Registration needed'), '`true`: only events that need registration or a ticket; `false`: only those that do not. Events where it is not known match neither.',
    'true', (required) => eq(e.registrationRequired, required)),
  status: columnIn(named('Status', 'Status'), e.status, EVENT_STATUSES, 'With this scheduling status.', 'scheduled'),
  attendanceMode: columnIn(named('Fysiek of online', 'In person or online'), e.attendanceMode, ATTENDANCE_MODES, 'With this attendance mode.', 'online'),
  kind: columnIn(named('Soort', 'Kind'), e.kind, EVENT_KINDS, 'Of this kind.', 'exhibition'),
  demo: booleanFilter(named('Demo-evenementen', 'Demo events'), '`false` leaves out the fictitious demo events; `true` returns only those.', 'false', (demo) => eq(e.demo, demo)),
  workflow: columnIn(named('Moderatie', 'Moderation', true), e.workflow, WORKFLOW, 'Moderation state. Anonymous callers only ever see `published`; a partner key also sees its own drafts, an admin key everything.', 'draft'),
  q: searchFilter('events'),
  updatedSince: updatedSinceFilter(e.updatedAt),
} satisfies FilterTable

/** A window that ends before it starts is a mistake to report, not a question with no answer. */
export function windowRule(values: { from?: string; to?: string }, ctx: z.core.$RefinementCtx) {
  const { from, to } = values
  // Only between two valid values: each is reported on its own when it is not one.
  if (!from || !to || !dateOrInstantInWindow(from) || !dateOrInstantInWindow(to)) return
  if (windowEdge(to, 'to') <= windowEdge(from, 'from')) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from: the time window is empty' })
  }
}

export type EventFilters = typeof eventFilters
export type EventFilterValues = FilterValues<EventFilters>

/**
 * A series matches a window only when one of its occurrences overlaps it (its first start and last end may lie on
 * either side of a window with no occurrence in it). Single events are decided by the filters above alone.
 */
export function seriesInWindow(values: { from?: string; to?: string }): SQL | undefined {
  const { from, to } = values
  if (!from && !to) return undefined
  const after = from ? sql`(o.ends_at_effective > ${windowEdge(from, 'from')} or o.starts_at = ${windowEdge(from, 'from')})` : sql`1`
  const before = to ? sql`o.starts_at < ${windowEdge(to, 'to')}` : sql`1`
  return sql`(${e.schedule} is null or exists (select 1 from event_occurrences o where o.event_id = ${e.id} and ${after} and ${before}))`
}
