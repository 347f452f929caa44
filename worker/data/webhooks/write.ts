/**
 * Registering and changing webhooks, through the one write pipeline (audited, conditional): any key may register
 * endpoints; a key sees and changes its own (a partner key also its partner's), an editor every one. The endpoint
 * address is checked as every outbound address is; the event filters as `GET /v1/events` checks them.
 */
import { eq, or, sql } from 'drizzle-orm'
import { z } from '../../../schema/api/common'
import { webhookFields } from '../../../schema/api/webhooks'
import * as t from '../../../schema/tables'
import { outboundUrlProblem } from '../../base/outbound'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { newSecret } from '../../base/signature'
import { eventFilters } from '../events/filters'
import { filterShape } from '../filters'
import { unknownRefs } from '../unknown-refs'
import type { WriteModel } from '../write/model'
import { type WriteCtx, writer } from '../write/writer'
import { hydrateWebhooks } from './rows'

const Filter = z.strictObject(filterShape(eventFilters)).openapi('WebhookFilter', { description: 'Event filters, as `GET /v1/events` takes them.' })
export const WebhookInput = z.strictObject(webhookFields(Filter))
  .openapi('WebhookInput', { description: 'An endpoint to send changes to.', example: { url: 'https://mirror.example.org/kennisstad/hook', filter: { partner: 'naturalis' }, entities: ['event'] } })
export const WebhookPatch = WebhookInput.partial().openapi('WebhookPatch', { description: 'JSON merge patch of a webhook.', example: { paused: false } })
export type WebhookWrite = z.infer<typeof WebhookInput> & { id: string }

/** Who may see and change a webhook: editors, the key that registered it, and other keys of the same partner. */
export const ownsWebhook = (who: Principal, row: { ownerKeyId: string; ownerPartnerId: string | null }) =>
  who.role === 'admin' || row.ownerKeyId === who.keyId || (!!who.partnerId && row.ownerPartnerId === who.partnerId)

/** The same rule as SQL, for lists. */
export const ownedBy = (who: Principal) => who.role === 'admin' ? undefined
  : or(eq(t.webhooks.ownerKeyId, who.keyId), who.partnerId ? eq(t.webhooks.ownerPartnerId, who.partnerId) : undefined)

async function checkWebhook(w: WriteCtx, hook: WebhookWrite) {
  const problem = outboundUrlProblem(hook.url, { development: w.development ?? false })
  if (problem) throw new ProblemError(400, `The webhook’s url ${problem}.`, { errors: [{ in: 'body', name: 'url', code: 'unsafe_url', detail: problem }] })
  const unknown = await unknownRefs(w.db, eventFilters, (hook.filter ?? {}) as Record<string, unknown>, null)
  if (unknown.length) {
    throw new ProblemError(400, `The webhook’s filter names ${unknown.length === 1 ? 'an id that does' : 'ids that do'} not exist.`, {
      errors: unknown.map((u) => ({ in: 'body' as const, name: `filter.${u.name}`, code: 'unknown_id', value: u.value, suggestions: u.suggestions, detail: `"${u.value}" does not exist` })),
    })
  }
}

export const webhookModel: WriteModel<WebhookWrite> = {
  // The stored webhook as the pipeline merges onto it: what writers send, plus the id it was given.
  entity: 'webhook', table: t.webhooks, input: WebhookInput.extend({ id: z.string() }) as never, relations: {}, provenance: false, refs: () => [],
}

export const webhookWriter = writer<WebhookWrite>({
  model: webhookModel, path: 'webhooks', noun: 'webhook',
  one: async (db, id) => (await hydrateWebhooks(db, await db.select().from(t.webhooks).where(sql`${t.webhooks.id} = ${id}`)))[0],
  policy: {
    create: async (w, _who, input) => {
      const hook = { ...input, entities: input.entities ?? ['event' as const], filter: input.filter ?? {} }
      await checkWebhook(w, hook)
      return hook
    },
    newId: () => {
      const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
      return `whk_${[...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % 36]).join('')}`
    },
    access: (_w, who, stored) => {
      if (!ownsWebhook(who, stored.row as never)) throw new ProblemError(404, `There is no webhook with id "${stored.id}".`)
    },
    update: async (w, _who, _before, merged) => {
      await checkWebhook(w, merged)
      return merged
    },
    // A new webhook gets its secret and starts at the end of the change log; resuming one starts its count again.
    extraColumns: (who, input, before) => before
      ? (before.paused && input.paused === false ? { failures: 0, pauseReason: null } : {})
      : { ownerKeyId: who.keyId, ownerPartnerId: who.partnerId, secret: newSecret(), fromSeq: sql`(select coalesce(max(seq), 0) from changes)` },
  },
})
