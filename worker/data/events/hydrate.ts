/**
 * Event rows → API events. Each row carries its relations (relations.ts), read in the same query as the row, so
 * hydration reads nothing more from D1: it parses one JSON column per event into the contract's shape.
 */
import { getTableColumns, type Placeholder, type SQL, sql } from 'drizzle-orm'
import { scheduleSummary } from '../../../core/schedule-text'
import { nowRfc3339 } from '../../../core/time'
import type { Event } from '../../../schema/api/events'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Viewer } from '../../base/keys'
import { provenanceOf } from '../provenance'
import { bilingual, nullableBilingual } from '../rows'
import { fastSelect } from '../select'
import { type Relations, relationsColumn } from './relations'

/** What every events query selects: the event's columns and its relations (`now`: which occurrence is next). */
export const eventColumns = (now: string | Placeholder = nowRfc3339()) => ({ ...getTableColumns(t.events), relations: relationsColumn(now) })
const EVENTS = fastSelect<EventRow>(eventColumns(sql.placeholder('now')))
/**
 * Events (with their relations) from `source`: the events table, or a table joined to it (an access path). The
 * select list is rendered once per isolate (data/select.ts); only the clauses are built per query.
 */
export const eventRows = (db: Db, source: SQL = sql`${t.events}`) => EVENTS.from(db, { now: nowRfc3339() }, source)
export type EventRow = typeof t.events.$inferSelect & { relations: string }

const toRef = ({ allDay, title, ...r }: Relations['subEvents'][number]) => ({ ...r, title: bilingual(title), allDay: !!allDay })

/** Rows (with their relations) → API events; `viewer` may see organisers that have not confirmed yet. */
export function hydrateEvents(rows: EventRow[], viewer: Viewer = null): Event[] {
  return rows.map((r): Event => {
    const rel = JSON.parse(r.relations) as Relations
    const supplier = rel.supplier
    const provenance = provenanceOf(r, supplier)
    /**
     * A partner named by another partner shows on the event only once it has confirmed — except to editors and to the
     * event's own organisers, who see it marked `pending`.
     */
    const insider = viewer?.role === 'admin' || (!!viewer?.partnerId && rel.organisers.some((o) => o.id === viewer.partnerId))
    const { schedule, openingHours, image } = r
    // Field by field, in the order the contract has always had them (an object literal: no copying of the row).
    return {
      id: r.id, kind: r.kind, title: bilingual(r.title), summary: nullableBilingual(r.summary), description: nullableBilingual(r.description),
      startsAt: r.startsAt, endsAt: r.endsAt, timeZone: r.timeZone, allDay: r.allDay, status: r.status, previousStartsAt: r.previousStartsAt,
      attendanceMode: r.attendanceMode, onlineUrl: r.onlineUrl, minAge: r.minAge, maxAge: r.maxAge, free: r.free, price: r.price,
      priceCurrency: r.priceCurrency, url: r.url, registrationUrl: r.registrationUrl, registrationRequired: r.registrationRequired,
      image: image ? { url: image.url, alt: nullableBilingual(image.alt ?? null), creditText: image.creditText ?? null, license: image.license ?? null } : null,
      demo: r.demo, verified: r.verified, notes: nullableBilingual(r.notes), workflow: r.workflow, createdAt: r.createdAt, updatedAt: r.updatedAt,
      places: rel.places,
      organisers: rel.organisers.flatMap(({ confirmed, ...o }) => (confirmed ? [o] : insider ? [{ ...o, pending: true }] : [])),
      opgaven: rel.opgaven.map((o) => ({ id: o.id, title: bilingual(o.title) })),
      themes: rel.themes.map((th) => ({ id: th.id, scheme: th.scheme, label: bilingual(th.label) })),
      audiences: rel.audiences,
      languages: rel.languages,
      parent: rel.parent ? toRef(rel.parent) : null,
      subEvents: rel.subEvents.map(toRef),
      schedule: schedule ? {
        rrule: schedule.rrule, alsoOn: schedule.alsoOn ?? [], notOn: schedule.notOn ?? [],
        summary: { nl: scheduleSummary(schedule, r.startsAt, r.allDay, 'nl') ?? '', en: scheduleSummary(schedule, r.startsAt, r.allDay, 'en') ?? null },
        overrides: rel.overrides.map((o) => ({ ...o, note: nullableBilingual(o.note) })),
      } : null,
      nextOccurrence: rel.next,
      openingHours: openingHours ? { hours: openingHours.hours, closed: openingHours.closed ?? [] } : null,
      provenance,
      source: { partner: supplier, license: provenance.license, url: provenance.url },
    }
  })
}
