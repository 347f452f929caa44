/**
 * How events are written: the write model (input ↔ rows) and the moderation and ownership rules the pipeline
 * applies to every event write.
 */
import { and, eq, inArray } from 'drizzle-orm'
import { slugify } from '../../../core/slug'
import { type EventInput as EventInputType, EventInput } from '../../../schema/api/inputs'
import { EVENT_RELATIONS } from '../../../schema/relations'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { type Ref, refsAt } from '../refs'
import type { WriteModel } from '../write'

export type EventWrite = EventInputType & { id: string; workflow: (typeof t.WORKFLOW)[number] }

export const eventModel: WriteModel<EventWrite> = {
  entity: 'event', table: t.events, input: EventInput as never, relations: EVENT_RELATIONS,
  refs: (e): Ref[] => [
    ...refsAt('places', 'places', e.places), ...refsAt('partners', 'organisers', e.organisers?.map((o) => o.id)),
    ...refsAt('opgaven', 'opgaven', e.opgaven), ...refsAt('themes', 'themes', e.themes),
    ...(e.parentId ? [{ table: 'events' as const, id: e.parentId, path: 'parentId' }] : []),
  ],
}

/** Which moderation states a key may put an event in. */
export function allowedStates(who: Principal): readonly EventWrite['workflow'][] {
  if (who.role === 'admin') return t.WORKFLOW
  return who.trusted ? ['draft', 'submitted', 'published'] : ['draft', 'submitted']
}

export function checkWorkflow(who: Principal, requested: EventWrite['workflow']) {
  if (!allowedStates(who).includes(requested)) {
    throw new ProblemError(403, who.role === 'partner' && requested === 'published'
      ? 'This key may not publish without moderation: submit the event (`workflow: "submitted"`) for an editor to publish.'
      : `This key may not set workflow to "${requested}".`)
  }
}

/** A price without a currency is in euros. */
const withCurrency = (e: EventWrite): EventWrite => (e.price != null && !e.priceCurrency ? { ...e, priceCurrency: 'EUR' } : e)

/** A new event: its moderation state (editors and trusted keys publish by default), its partner among the organisers. */
export function prepareCreate(who: Principal, input: EventWrite): EventWrite {
  const workflow = input.workflow ?? (who.role === 'admin' || who.trusted ? 'published' : 'draft')
  checkWorkflow(who, workflow)
  const organisers = [...(input.organisers ?? [])]
  if (who.role === 'partner' && who.partnerId && !organisers.some((o) => o.id === who.partnerId)) {
    organisers.unshift({ id: who.partnerId, role: 'organiser' })
  }
  return withCurrency({ ...input, organisers, workflow })
}

/** An edited event: an untrusted partner's edit of a published event goes back to moderation. */
export function prepareUpdate(who: Principal, before: EventWrite, merged: EventWrite, patch: Partial<EventWrite>): EventWrite {
  let workflow = patch.workflow ?? before.workflow
  if (who.role === 'partner' && !who.trusted && before.workflow === 'published' && patch.workflow === undefined) workflow = 'submitted'
  if (workflow !== before.workflow || patch.workflow !== undefined) checkWorkflow(who, workflow)
  if (who.role === 'partner' && !(merged.organisers ?? []).some((o) => o.id === who.partnerId)) {
    throw new ProblemError(403, 'A partner key may not remove its own partner from the organisers.')
  }
  return withCurrency({ ...merged, workflow })
}

/** The stored event a key may change: 404 when it cannot see it, 403 when it sees it but does not organise it. */
export async function checkAccess(db: Db, who: Principal, id: string, workflow: string) {
  if (who.role === 'admin') return
  const [own] = await db.select().from(t.eventOrganisers)
    .where(and(eq(t.eventOrganisers.eventId, id), eq(t.eventOrganisers.partnerId, who.partnerId ?? '')))
  if (own) return
  if (workflow !== 'published') throw new ProblemError(404, `There is no event with id "${id}".`)
  throw new ProblemError(403, 'This event is organised by another partner; its key may change it, yours may not.')
}

/** The id of a new event: the one sent, or one made from the Dutch title and the start date. */
export async function newEventId(db: Db, e: EventWrite): Promise<string> {
  if (e.id) {
    const [taken] = await db.select({ id: t.events.id }).from(t.events).where(eq(t.events.id, e.id))
    if (taken) throw new ProblemError(409, `The id "${e.id}" is taken; choose another or leave it out to get one.`)
    return e.id
  }
  const base = `${slugify(e.title.nl, 60, 'event')}-${e.startsAt.slice(0, 10)}`
  const candidates = [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)]
  const taken = new Set((await db.select({ id: t.events.id }).from(t.events).where(inArray(t.events.id, candidates))).map((r) => r.id))
  const id = candidates.find((candidate) => !taken.has(candidate))
  if (!id) throw new ProblemError(409, 'Too many events with this title on this day; send an explicit id.')
  return id
}
