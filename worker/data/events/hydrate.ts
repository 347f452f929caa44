/** Event rows → API events, with every relation of every row fetched in one D1 batch (no N+1). */
import { and, asc, eq, sql } from 'drizzle-orm'
import { scheduleSummary } from '../../../core/schedule-text'
import { nowRfc3339 } from '../../../core/time'
import type { Event } from '../../../schema/api/events'
import * as tables from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Viewer } from '../../base/keys'
import { provenanceOf, withoutProvenance } from '../provenance'
import { bilingual, nullableBilingual } from '../rows'
import { inList } from '../sql'
import { visibleEvents } from './visibility'

export type EventRow = typeof tables.events.$inferSelect
const t = tables

const eventRef = { id: t.events.id, title: t.events.title, startsAt: t.events.startsAt, endsAt: t.events.endsAt, allDay: t.events.allDay }
const partnerRef = { id: t.partners.id, name: t.partners.name, kind: t.partners.kind }
const placeRef = { id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress, postalCode: t.places.postalCode, locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude }

/** Rows → API events, with every relation of every row fetched in one batch. */
export async function hydrateEvents(db: Db, rows: EventRow[], viewer: Viewer = null): Promise<Event[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const parentIds = [...new Set(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))]
  const sourceIds = [...new Set(rows.flatMap((r) => (r.sourcePartnerId ? [r.sourcePartnerId] : [])))]
  const now = nowRfc3339()
  const [places, organisers, opgaven, themes, audiences, languages, parents, subs, sources, overrides, nexts] = await db.batch([
    db.select({ eventId: t.eventPlaces.eventId, id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress,
      postalCode: t.places.postalCode, locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude })
      .from(t.eventPlaces).innerJoin(t.places, eq(t.places.id, t.eventPlaces.placeId))
      .where(inList(t.eventPlaces.eventId, ids)).orderBy(asc(t.eventPlaces.position)),
    db.select({ eventId: t.eventOrganisers.eventId, ...partnerRef, role: t.eventOrganisers.role, confirmed: t.eventOrganisers.confirmed })
      .from(t.eventOrganisers).innerJoin(t.partners, eq(t.partners.id, t.eventOrganisers.partnerId))
      .where(inList(t.eventOrganisers.eventId, ids)).orderBy(asc(t.eventOrganisers.position)),
    db.select({ eventId: t.eventOpgaven.eventId, id: t.opgaven.id, title: t.opgaven.title })
      .from(t.eventOpgaven).innerJoin(t.opgaven, eq(t.opgaven.id, t.eventOpgaven.opgaveId))
      .where(inList(t.eventOpgaven.eventId, ids)).orderBy(asc(t.opgaven.id)),
    db.select({ eventId: t.eventThemes.eventId, id: t.themes.id, scheme: t.themes.scheme, label: t.themes.label })
      .from(t.eventThemes).innerJoin(t.themes, eq(t.themes.id, t.eventThemes.themeId))
      .where(inList(t.eventThemes.eventId, ids)).orderBy(asc(t.themes.scheme), asc(t.themes.id)),
    db.select().from(t.eventAudiences).where(inList(t.eventAudiences.eventId, ids)).orderBy(asc(t.eventAudiences.audience)),
    db.select().from(t.eventLanguages).where(inList(t.eventLanguages.eventId, ids)).orderBy(asc(t.eventLanguages.language)),
    db.select(eventRef).from(t.events).where(and(inList(t.events.id, parentIds), visibleEvents(null))),
    db.select({ ...eventRef, parentId: t.events.parentId }).from(t.events)
      .where(and(inList(t.events.parentId, ids), visibleEvents(null))).orderBy(asc(t.events.startsAt), asc(t.events.id)),
    db.select(partnerRef).from(t.partners).where(inList(t.partners.id, sourceIds)),
    db.select({ eventId: t.eventOverrides.eventId, occurrence: t.eventOverrides.recurrenceId, status: t.eventOverrides.status,
      startsAt: t.eventOverrides.startsAt, endsAt: t.eventOverrides.endsAt, note: t.eventOverrides.note, ...placeRef })
      .from(t.eventOverrides).leftJoin(t.places, eq(t.places.id, t.eventOverrides.placeId))
      .where(inList(t.eventOverrides.eventId, ids)).orderBy(asc(t.eventOverrides.recurrenceId)),
    // The next occurrence that has not ended: one index seek per event (event_occurrences_event_idx).
    db.select({ eventId: t.eventOccurrences.eventId, startsAt: sql<string>`min(${t.eventOccurrences.startsAt})`, endsAt: t.eventOccurrences.endsAt })
      .from(t.eventOccurrences).where(and(inList(t.eventOccurrences.eventId, ids), sql`${t.eventOccurrences.endsAtEffective} > ${now}`,
        sql`coalesce(${t.eventOccurrences.status}, '') <> 'cancelled'`))
      .groupBy(t.eventOccurrences.eventId),
  ])
  const group = <R extends { eventId: string }>(list: R[]) => {
    const m = new Map<string, Omit<R, 'eventId'>[]>()
    for (const { eventId, ...rest } of list) {
      const items = m.get(eventId)
      if (items) items.push(rest)
      else m.set(eventId, [rest])
    }
    return (id: string) => m.get(id) ?? []
  }
  const toRef = (r: typeof parents[number]) => ({ ...r, title: bilingual(r.title) })
  const byPlace = group(places)
  const byOrganiser = group(organisers)
  /**
   * A partner named by another partner shows on the event only once it has confirmed — except to editors and to the
   * event's own organisers, who see it marked `pending`.
   */
  const organisersOf = (id: string) => {
    const all = byOrganiser(id)
    const insider = viewer?.role === 'admin' || (!!viewer?.partnerId && all.some((o) => o.id === viewer.partnerId))
    return all.flatMap(({ confirmed, ...o }) => (confirmed ? [o] : insider ? [{ ...o, pending: true }] : []))
  }
  const byOpgave = group(opgaven)
  const byTheme = group(themes)
  const byAudience = group(audiences)
  const byLanguage = group(languages)
  const bySub = group(subs.map(({ parentId, ...r }) => ({ eventId: parentId!, ...r })))
  const parentById = new Map(parents.map((p) => [p.id, toRef(p)]))
  const sourceById = new Map(sources.map((p) => [p.id, p]))

  const byOverride = group(overrides)
  const nextOf = new Map(nexts.map((n) => [n.eventId, { startsAt: n.startsAt, endsAt: n.endsAt }]))

  return rows.map((row) => {
    const { endsAtEffective, startsLocalDate, deletedAt, version, schedule, openingHours, seriesEndsAt, parentId, sourcePartnerId, ...r } = withoutProvenance(row)
    const supplier = sourcePartnerId ? (sourceById.get(sourcePartnerId) ?? null) : null
    const provenance = provenanceOf(row, supplier)
    return {
    ...r,
    title: bilingual(r.title),
    summary: nullableBilingual(r.summary),
    description: nullableBilingual(r.description),
    notes: nullableBilingual(r.notes),
    image: r.image ? { url: r.image.url, alt: nullableBilingual(r.image.alt ?? null), creditText: r.image.creditText ?? null, license: r.image.license ?? null } : null,
    places: byPlace(r.id),
    organisers: organisersOf(r.id),
    opgaven: byOpgave(r.id).map((o) => ({ ...o, title: bilingual(o.title) })),
    themes: byTheme(r.id).map((th) => ({ ...th, label: bilingual(th.label) })),
    audiences: byAudience(r.id).map((a) => a.audience),
    languages: byLanguage(r.id).map((l) => l.language),
    parent: parentId ? (parentById.get(parentId) ?? null) : null,
    subEvents: bySub(r.id).map(toRef),
    schedule: schedule ? {
      rrule: schedule.rrule, alsoOn: schedule.alsoOn ?? [], notOn: schedule.notOn ?? [],
      summary: { nl: scheduleSummary(schedule, r.startsAt, r.allDay, 'nl') ?? '', en: scheduleSummary(schedule, r.startsAt, r.allDay, 'en') ?? null },
      overrides: byOverride(r.id).map(({ occurrence, status, startsAt, endsAt, note, id, name, streetAddress, postalCode, locality, latitude, longitude }) => ({
        occurrence, status, startsAt, endsAt, note: nullableBilingual(note),
        place: id ? { id, name: name!, streetAddress, postalCode, locality, latitude, longitude } : null,
      })),
    } : null,
    nextOccurrence: nextOf.get(r.id) ?? null,
    openingHours: openingHours ? { hours: openingHours.hours, closed: openingHours.closed ?? [] } : null,
    provenance,
    source: { partner: supplier, license: provenance.license, url: provenance.url },
  }
  })
}

