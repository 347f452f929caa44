/**
 * Who may do what with an event. The partner whose key created an event owns it; naming another partner as
 * (co-)organiser lists the event as theirs only after that partner (or an editor) confirms. A confirmed co-organiser
 * may propose changes (they go to moderation) but cannot remove the owner or delete the event. Partners' event ids
 * start with their own id, so an id never collides with — and so never reveals — another partner's hidden event.
 */
import { eq, inArray } from 'drizzle-orm'
import { slugify } from '../../../core/slug'
import * as t from '../../../schema/tables'
import type { Db } from '../../base/env'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import type { EventWrite } from './write'

type Workflow = EventWrite['workflow']
type Organiser = NonNullable<EventWrite['organisers']>[number] & { confirmed?: boolean }
/** What a partner is to an event. */
export type Standing = 'editor' | 'owner' | 'co-organiser' | 'named' | 'none'

/** The organiser rows of an event: who is named, in which role, and who has confirmed. */
export const organiserRows = (db: Db, id: string) =>
  db.select({ id: t.eventOrganisers.partnerId, role: t.eventOrganisers.role, confirmed: t.eventOrganisers.confirmed })
    .from(t.eventOrganisers).where(eq(t.eventOrganisers.eventId, id))

export function standing(who: Principal, owner: string | null, rows: { id: string; confirmed: boolean }[]): Standing {
  if (who.role === 'admin') return 'editor'
  const own = rows.find((r) => r.id === who.partnerId)
  if (!own) return 'none'
  if (owner !== null && owner === who.partnerId) return 'owner'
  return own.confirmed ? 'co-organiser' : 'named'
}

/** Which moderation states a key may put an event in; a co-organiser only proposes. */
export function allowedStates(who: Principal, as: Standing = who.role === 'admin' ? 'editor' : 'owner'): readonly Workflow[] {
  if (as === 'editor') return t.WORKFLOW
  return who.trusted && as === 'owner' ? ['draft', 'submitted', 'published'] : ['draft', 'submitted']
}

export function checkWorkflow(who: Principal, requested: Workflow, as?: Standing) {
  if (!allowedStates(who, as).includes(requested)) {
    throw new ProblemError(403, who.role === 'partner' && requested === 'published'
      ? 'This key may not publish this event without moderation: submit it (`workflow: "submitted"`) for an editor to publish.'
      : `This key may not set workflow to "${requested}".`)
  }
}

/** Organisers with their confirmation: kept where it was given, given for the writer itself and by editors. */
function confirm(who: Principal, list: readonly Organiser[], confirmedBefore: ReadonlySet<string>): Organiser[] {
  return list.map((o) => ({ ...o, confirmed: who.role === 'admin' || o.id === who.partnerId || confirmedBefore.has(o.id) }))
}

/** A price without a currency is in euros. */
const withCurrency = (e: EventWrite): EventWrite => (e.price != null && !e.priceCurrency ? { ...e, priceCurrency: 'EUR' } : e)

/** A new event: its moderation state (editors and trusted keys publish by default), its partner first among the organisers. */
export function prepareCreate(who: Principal, input: EventWrite): EventWrite {
  const workflow = input.workflow ?? (who.role === 'admin' || who.trusted ? 'published' : 'draft')
  checkWorkflow(who, workflow)
  const organisers: Organiser[] = [...(input.organisers ?? [])]
  if (who.role === 'partner' && who.partnerId && !organisers.some((o) => o.id === who.partnerId)) {
    organisers.unshift({ id: who.partnerId, role: 'organiser' })
  }
  return withCurrency({ ...input, organisers: confirm(who, organisers, new Set()), workflow })
}

/**
 * An edited event. An untrusted partner's or a co-organiser's edit of a published event goes back to moderation;
 * nobody but an editor or the owner changes who owns it.
 */
export async function prepareUpdate(db: Db, who: Principal, before: EventWrite & { row: Record<string, unknown> }, merged: EventWrite, patch: Partial<EventWrite>): Promise<EventWrite> {
  const owner = (before.row.sourcePartnerId as string | null) ?? null
  const rows = await organiserRows(db, before.id)
  const as = standing(who, owner, rows)
  let workflow = patch.workflow ?? before.workflow
  const proposes = as === 'co-organiser' || (who.role === 'partner' && !who.trusted)
  if (proposes && before.workflow === 'published' && patch.workflow === undefined) workflow = 'submitted'
  if (workflow !== before.workflow || patch.workflow !== undefined) checkWorkflow(who, workflow, as)
  const ids = (merged.organisers ?? []).map((o) => o.id)
  if (who.role === 'partner' && !ids.includes(who.partnerId ?? '')) {
    throw new ProblemError(403, 'A partner key may not remove its own partner from the organisers; withdraw with DELETE /v1/events/{id}/organisers/{partner}.')
  }
  if (owner && as !== 'editor' && as !== 'owner' && !ids.includes(owner)) {
    throw new ProblemError(403, `Only the partner that created this event ("${owner}") or an editor may remove it from the organisers.`)
  }
  const confirmed = new Set(rows.filter((r) => r.confirmed).map((r) => r.id))
  return withCurrency({ ...merged, organisers: confirm(who, merged.organisers ?? [], confirmed), workflow })
}

/** The stored event a key may change (or delete): 404 when it cannot see it, 403 when it sees it but may not. */
export async function checkAccess(db: Db, who: Principal, id: string, row: Record<string, unknown>, action: 'update' | 'delete') {
  if (who.role === 'admin') return
  const as = standing(who, (row.sourcePartnerId as string | null) ?? null, await organiserRows(db, id))
  if (as === 'none') {
    if (row.workflow !== 'published') throw new ProblemError(404, `There is no event with id "${id}".`)
    throw new ProblemError(403, 'This event is organised by another partner; its key may change it, yours may not.')
  }
  if (as === 'named') throw new ProblemError(403, `Your partner is named as an organiser of this event but has not confirmed: confirm first (PATCH /v1/events/${id}/organisers/${who.partnerId}).`)
  if (action === 'delete' && as === 'co-organiser') throw new ProblemError(403, 'Only the partner that created this event, or an editor, may delete it.')
}

/** The id of a new event: the one sent, or one made from the Dutch title and the start date; a partner's in its own namespace. */
export async function newEventId(db: Db, who: Principal, e: EventWrite): Promise<string> {
  const space = who.role === 'partner' && who.partnerId ? `${who.partnerId}-` : ''
  if (e.id) {
    if (!e.id.startsWith(space)) {
      throw new ProblemError(400, `A partner's event ids start with its own id: "${space}…".`, {
        errors: [{ in: 'body', name: 'id', code: 'namespace', detail: `must start with "${space}" (or leave it out to get one)` }],
      })
    }
    const [taken] = await db.select({ id: t.events.id }).from(t.events).where(eq(t.events.id, e.id))
    if (taken) throw new ProblemError(409, `The id "${e.id}" is taken; choose another or leave it out to get one.`)
    return e.id
  }
  const base = `${space}${slugify(e.title.nl, 60, 'event')}-${e.startsAt.slice(0, 10)}`
  const candidates = [base, ...Array.from({ length: 18 }, (_, i) => `${base}-${i + 2}`)]
  const taken = new Set((await db.select({ id: t.events.id }).from(t.events).where(inArray(t.events.id, candidates))).map((r) => r.id))
  // A concurrent create may take the same one: the pipeline then asks again (its insert fails on the primary key).
  const id = candidates.find((candidate) => !taken.has(candidate))
  if (!id) throw new ProblemError(409, 'Too many events with this title on this day; send an explicit id.')
  return id
}

/** Acting on the organiser list: editors, and partners named on the event (the owner included). */
export function organiserAccess(who: Principal, stored: EventWrite & { row: Record<string, unknown> }) {
  if (who.role === 'admin' || (stored.organisers ?? []).some((o) => o.id === who.partnerId)) return
  if (stored.row.workflow !== 'published') throw new ProblemError(404, `There is no event with id "${stored.id}".`)
  throw new ProblemError(403, 'Your partner is not named on this event.')
}
