/**
 * Writing events: create, merge-patch, soft delete. Order of work for every write: authenticate → read and validate
 * the body → check references → authorise against the stored event → check If-Match → one D1 batch with the row,
 * its relations, the audit row and the idempotency record. A refusal at any step writes nothing.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Event } from '../../../schema/api/events'
import type { Context } from 'hono'
import { type EventInput, EventInput as EventInputSchema } from '../../../schema/api/inputs'
import * as t from '../../../schema/tables'
import type { AppEnv, AppRouteHandler, Db } from '../../env'
import { type Principal, requireKey } from '../../lib/auth'
import { etagOf } from '../../lib/formats/respond'
import { ProblemError } from '../../lib/problem'
import { nowRfc3339, toRfc3339 } from '../../lib/time'
import { auditStatement } from '../../lib/write/audit'
import { runBatch } from '../../lib/write/batch'
import { idempotencyStatements, idempotentOrReplay, rememberResponse } from '../../lib/write/idempotency'
import { requireIfMatch } from '../../lib/write/if-match'
import { refsAt, requireRefs } from '../../lib/write/refs'
import { liveRow } from '../../lib/rows'
import { plainDeep } from '../../lib/write/text'
import { mergePatch } from '../../lib/write/validate'
import { hydrateEvents } from './events.queries'
import type { create as createRoute, remove as removeRoute, update as updateRoute } from './events.write.routes'

type Row = typeof t.events.$inferSelect
type Input = EventInput & { workflow: (typeof t.WORKFLOW)[number] }

const instant = (v: string | null | undefined) => (v ? toRfc3339(Date.parse(v)) : v)

/** The stored event in input shape (what a PATCH is merged onto). */
async function loadInput(db: Db, row: Row): Promise<Input> {
  const id = row.id
  const [places, organisers, opgaven, themes, audiences, languages] = await db.batch([
    db.select().from(t.eventPlaces).where(eq(t.eventPlaces.eventId, id)).orderBy(t.eventPlaces.position),
    db.select().from(t.eventOrganisers).where(eq(t.eventOrganisers.eventId, id)).orderBy(t.eventOrganisers.position),
    db.select().from(t.eventOpgaven).where(eq(t.eventOpgaven.eventId, id)),
    db.select().from(t.eventThemes).where(eq(t.eventThemes.eventId, id)),
    db.select().from(t.eventAudiences).where(eq(t.eventAudiences.eventId, id)),
    db.select().from(t.eventLanguages).where(eq(t.eventLanguages.eventId, id)),
  ])
  return {
    id, kind: row.kind, title: row.title, summary: row.summary, description: row.description, notes: row.notes,
    startsAt: row.startsAt, endsAt: row.endsAt, timeZone: row.timeZone, allDay: row.allDay, status: row.status,
    previousStartsAt: row.previousStartsAt, attendanceMode: row.attendanceMode, onlineUrl: row.onlineUrl,
    minAge: row.minAge, maxAge: row.maxAge, free: row.free, price: row.price, priceCurrency: row.priceCurrency, url: row.url,
    registrationUrl: row.registrationUrl, registrationRequired: row.registrationRequired, image: row.image,
    parentId: row.parentId, sourceUrl: row.sourceUrl, workflow: row.workflow,
    places: places.map((p) => p.placeId), organisers: organisers.map((o) => ({ id: o.partnerId, role: o.role })),
    opgaven: opgaven.map((o) => o.opgaveId), themes: themes.map((x) => x.themeId),
    audiences: audiences.map((a) => a.audience), languages: languages.map((l) => l.language),
  }
}

async function checkRefs(db: Db, e: EventInput) {
  await requireRefs(db, [
    ...refsAt('places', 'places', e.places), ...refsAt('partners', 'organisers', e.organisers?.map((o) => o.id)),
    ...refsAt('opgaven', 'opgaven', e.opgaven), ...refsAt('themes', 'themes', e.themes),
    ...(e.parentId ? [{ table: 'events' as const, id: e.parentId, path: 'parentId' }] : []),
  ])
}

/** Which moderation states a key may put an event in. */
function allowedStates(who: Principal): readonly Input['workflow'][] {
  if (who.role === 'admin') return t.WORKFLOW
  return who.trusted ? ['draft', 'submitted', 'published'] : ['draft', 'submitted']
}

function checkWorkflow(who: Principal, requested: Input['workflow']) {
  if (!allowedStates(who).includes(requested)) {
    throw new ProblemError(403, who.role === 'partner' && requested === 'published'
      ? 'This key may not publish without moderation: submit the event (`workflow: "submitted"`) for an editor to publish.'
      : `This key may not set workflow to "${requested}".`)
  }
}

/** Relations as table rows, in list order. */
function relationStatements(db: Db, id: string, e: EventInput, only?: Set<string>) {
  const want = (k: string) => !only || only.has(k)
  const out: BatchItem<'sqlite'>[] = []
  const replace = <T extends typeof t.eventPlaces | typeof t.eventOrganisers | typeof t.eventOpgaven | typeof t.eventThemes | typeof t.eventAudiences | typeof t.eventLanguages>(
    table: T, rows: T['$inferInsert'][]) => {
    if (only) out.push(db.delete(table).where(eq(table.eventId, id)))
    if (rows.length) out.push(db.insert(table).values(rows as never))
  }
  if (want('places')) replace(t.eventPlaces, (e.places ?? []).map((placeId, position) => ({ eventId: id, placeId, position })))
  if (want('organisers')) replace(t.eventOrganisers, (e.organisers ?? []).map((o, position) => ({ eventId: id, partnerId: o.id, role: o.role, position })))
  if (want('opgaven')) replace(t.eventOpgaven, (e.opgaven ?? []).map((opgaveId) => ({ eventId: id, opgaveId })))
  if (want('themes')) replace(t.eventThemes, (e.themes ?? []).map((themeId) => ({ eventId: id, themeId })))
  if (want('audiences')) replace(t.eventAudiences, (e.audiences ?? []).map((audience) => ({ eventId: id, audience })))
  if (want('languages')) replace(t.eventLanguages, (e.languages ?? []).map((language) => ({ eventId: id, language })))
  return out
}

/** The columns of the events row for an input (instants normalised to UTC). */
function columns(e: Input, source: Principal) {
  return {
    kind: e.kind ?? 'event', title: e.title, summary: e.summary ?? null, description: e.description ?? null, notes: e.notes ?? null,
    startsAt: instant(e.startsAt)!, endsAt: instant(e.endsAt) ?? null, timeZone: e.timeZone ?? 'Europe/Amsterdam',
    allDay: e.allDay ?? false, status: e.status ?? 'scheduled', previousStartsAt: instant(e.previousStartsAt) ?? null,
    attendanceMode: e.attendanceMode ?? 'offline', onlineUrl: e.onlineUrl ?? null, minAge: e.minAge ?? null, maxAge: e.maxAge ?? null,
    free: e.free ?? null, price: e.price ?? null, priceCurrency: e.priceCurrency ?? (e.price != null ? 'EUR' : null), url: e.url ?? null,
    registrationUrl: e.registrationUrl ?? null, registrationRequired: e.registrationRequired ?? null, image: e.image ?? null,
    parentId: e.parentId ?? null, sourceUrl: e.sourceUrl ?? null, workflow: e.workflow,
    ...(source.partnerId ? { sourcePartnerId: source.partnerId } : {}),
  }
}

/** The event as the writer now sees it, with its validator (the same ETag a GET gives). */
async function representation(db: Db, id: string) {
  const [row] = await db.select().from(t.events).where(eq(t.events.id, id))
  const [event] = await hydrateEvents(db, [row!])
  const body = JSON.stringify(event)
  return { event: event!, body, etag: await etagOf(body) }
}

const slugify = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'event'

async function freeId(db: Db, e: EventInput): Promise<string> {
  if (e.id) {
    const [taken] = await db.select({ id: t.events.id }).from(t.events).where(eq(t.events.id, e.id))
    if (taken) throw new ProblemError(409, `The id "${e.id}" is taken; choose another or leave it out to get one.`)
    return e.id
  }
  const base = `${slugify(e.title.nl)}-${instant(e.startsAt)!.slice(0, 10)}`
  const candidates = [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)]
  const taken = new Set((await db.select({ id: t.events.id }).from(t.events).where(inArray(t.events.id, candidates))).map((r) => r.id))
  const id = candidates.find((candidate) => !taken.has(candidate))
  if (!id) throw new ProblemError(409, 'Too many events with this title on this day; send an explicit id.')
  return id
}

const respond = <S extends 200 | 201>(c: Context<AppEnv>, status: S, rep: { event: Event; etag: string }, location?: string) =>
  c.json(rep.event, status, { ETag: rep.etag, 'Cache-Control': 'no-store', ...(location ? { Location: location } : {}) })

export const create: AppRouteHandler<typeof createRoute> = async (c) => {
  const who = requireKey(c)
  const db = c.get('db')
  const body = c.req.valid('json')
  const seen = await idempotentOrReplay(c, who, body, async (location) => (await representation(db, location.split('/').at(-1)!)).body)
  if ('replay' in seen) return seen.replay as never
  const { idem } = seen
  const parsed = plainDeep(body)
  const workflow = parsed.workflow ?? (who.role === 'admin' || who.trusted ? 'published' : 'draft')
  checkWorkflow(who, workflow)
  const organisers = [...(parsed.organisers ?? [])]
  if (who.role === 'partner' && who.partnerId && !organisers.some((o) => o.id === who.partnerId)) {
    organisers.unshift({ id: who.partnerId, role: 'organiser' })
  }
  const input: Input = { ...parsed, organisers, workflow }
  await checkRefs(db, input)
  const id = await freeId(db, input)
  const location = `/v1/events/${id}`
  const stamp = nowRfc3339()
  await runBatch(c, [
    db.insert(t.events).values({ id, ...columns(input, who), createdAt: stamp, updatedAt: stamp }),
    ...relationStatements(db, id, input),
    auditStatement(db, who, 'event', id, 'create', null, { ...input, id }),
    ...idempotencyStatements(c, who, idem, 201, location),
  ])
  const rep = await representation(db, id)
  await rememberResponse(c, who, idem, rep.body)
  return respond(c, 201, rep, location)
}

/** The stored event a key may change: 404 when it cannot see it, 403 when it sees it but does not organise it. */
async function ownedEvent(c: Context<AppEnv>, who: Principal, id: string): Promise<Row> {
  const db = c.get('db')
  const row = await liveRow(db, t.events, id)
  if (!row) throw new ProblemError(404, `There is no event with id "${id}".`)
  if (who.role === 'admin') return row
  const [own] = await db.select().from(t.eventOrganisers)
    .where(and(eq(t.eventOrganisers.eventId, id), eq(t.eventOrganisers.partnerId, who.partnerId ?? '')))
  if (own) return row
  if (row.workflow !== 'published') throw new ProblemError(404, `There is no event with id "${id}".`)
  throw new ProblemError(403, 'This event is organised by another partner; its key may change it, yours may not.')
}

export const update: AppRouteHandler<typeof updateRoute> = async (c) => {
  const who = requireKey(c)
  const db = c.get('db')
  const { id } = c.req.valid('param')
  const patch = plainDeep(c.req.valid('json'))
  const row = await ownedEvent(c, who, id)
  await requireIfMatch(c, async () => (await representation(db, id)).etag, 'event')
  const before = await loadInput(db, row)
  const merged = mergePatch(EventInputSchema, before, patch, 'event')
  let workflow = patch.workflow ?? before.workflow
  const unmoderated = who.role === 'partner' && !who.trusted
  if (unmoderated && before.workflow === 'published' && patch.workflow === undefined) workflow = 'submitted'
  if (workflow !== before.workflow || patch.workflow !== undefined) checkWorkflow(who, workflow)
  if (who.role === 'partner' && !(merged.organisers ?? []).some((o) => o.id === who.partnerId)) {
    throw new ProblemError(403, 'A partner key may not remove its own partner from the organisers.')
  }
  const after: Input = { ...merged, id, workflow }
  await checkRefs(db, after)
  const relations = new Set(Object.keys(patch).filter((k) => ['places', 'organisers', 'opgaven', 'themes', 'audiences', 'languages'].includes(k)))
  await runBatch(c, [
    db.update(t.events).set({ ...columns(after, who), sourcePartnerId: row.sourcePartnerId, updatedAt: nowRfc3339() }).where(eq(t.events.id, id)),
    ...relationStatements(db, id, after, relations),
    auditStatement(db, who, 'event', id, workflow !== before.workflow ? `update:${workflow}` : 'update', before, after),
  ])
  return respond(c, 200, await representation(db, id))
}

export const remove: AppRouteHandler<typeof removeRoute> = async (c) => {
  const who = requireKey(c)
  const db = c.get('db')
  const { id } = c.req.valid('param')
  const row = await ownedEvent(c, who, id)
  await requireIfMatch(c, async () => (await representation(db, id)).etag, 'event')
  const stamp = nowRfc3339()
  await runBatch(c, [
    db.update(t.events).set({ deletedAt: stamp, updatedAt: stamp }).where(eq(t.events.id, id)),
    auditStatement(db, who, 'event', id, 'delete', { workflow: row.workflow, deletedAt: null }, { workflow: row.workflow, deletedAt: stamp }),
  ])
  return c.body(null, 204, { 'Cache-Control': 'no-store' })
}
