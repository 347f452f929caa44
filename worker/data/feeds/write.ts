/**
 * Registering and changing feeds, through the one write pipeline (audited, conditional, idempotent): a partner key
 * registers and manages its own partner's feeds, editors every feed. Trust can only be given by an editor or by a
 * partner key that is trusted itself. An address the importer would refuse is refused here already, with the reason.
 */
import { eq, inArray } from 'drizzle-orm'
import { slugify } from '../../../core/slug'
import { nowRfc3339 } from '../../../core/time'
import { FeedInput } from '../../../schema/api/feeds'
import * as t from '../../../schema/tables'
import type { Principal } from '../../base/keys'
import { ProblemError } from '../../base/problem'
import { outboundUrlProblem } from '../../base/outbound'
import { refsAt } from '../refs'
import type { WriteModel } from '../write/model'
import { type WriteCtx, writer } from '../write/writer'
import { hydrateFeeds } from './rows'

export type FeedWrite = FeedInput & { id: string }

export const feedModel: WriteModel<FeedWrite> = {
  entity: 'feed', table: t.feeds, input: FeedInput as never, relations: {}, provenance: false,
  rename: { partner: 'partnerId' },
  refs: (f) => [
    ...(f.partner ? [{ table: 'partners' as const, id: f.partner, path: 'partner' }] : []),
    ...refsAt('places', 'defaults.places', f.defaults?.places), ...refsAt('themes', 'defaults.themes', f.defaults?.themes),
  ],
}

const invalid = (name: string, code: string, detail: string) => new ProblemError(400, `The feed’s ${name} ${detail}.`, { errors: [{ in: 'body', name, code, detail }] })

/** What every write of a feed must satisfy, whoever makes it. */
function checkFeed(w: WriteCtx, who: Principal, f: FeedWrite, before?: FeedWrite) {
  const problem = outboundUrlProblem(f.url, { development: w.development ?? false })
  if (problem) throw invalid('url', 'unsafe_url', problem)
  if (who.role === 'partner' && f.trusted && !before?.trusted && !who.trusted) {
    throw new ProblemError(403, 'Only editors and trusted partner keys may mark a feed as trusted; without it, imported events wait for an editor.')
  }
}

export const feedWriter = writer<FeedWrite>({
  model: feedModel, path: 'feeds', noun: 'feed',
  one: async (db, id) => (await hydrateFeeds(db, await db.select().from(t.feeds).where(eq(t.feeds.id, id))))[0],
  policy: {
    create: (w, who, input) => {
      const partner = who.role === 'partner' ? who.partnerId : input.partner
      if (who.role === 'partner' && input.partner && input.partner !== who.partnerId) {
        throw new ProblemError(403, `A partner key registers feeds of its own partner ("${who.partnerId}") only.`)
      }
      if (!partner) throw invalid('partner', 'required', 'is required: whose agenda is it?')
      const feed = { ...input, partner }
      checkFeed(w, who, feed)
      return feed
    },
    newId: async (w, _who, f) => {
      if (f.id) return f.id
      const base = `${f.partner}-${slugify(f.name, 40, 'feed')}`.slice(0, 90).replace(/-+$/, '')
      const candidates = [base, ...Array.from({ length: 18 }, (_, i) => `${base}-${i + 2}`)]
      const taken = new Set((await w.db.select({ id: t.feeds.id }).from(t.feeds).where(inArray(t.feeds.id, candidates))).map((r) => r.id))
      const id = candidates.find((c) => !taken.has(c))
      if (!id) throw new ProblemError(409, 'Too many feeds with this name; send an explicit id.')
      return id
    },
    access: (_w, who, stored) => {
      if (who.role !== 'admin' && stored.partner !== who.partnerId) throw new ProblemError(404, `There is no feed with id "${stored.id}".`)
    },
    update: (w, who, before, merged) => {
      checkFeed(w, who, merged, before)
      return merged
    },
    // Resuming a paused feed starts its count of failures again and asks the next round for it; a new address is
    // fetched without old validators.
    extraColumns: (who, input, before) => ({
      ...(before ? {} : { createdBy: who.keyId }),
      ...(before?.paused && input.paused === false ? { failures: 0, pauseReason: null, requestedAt: nowRfc3339() } : {}),
      ...(before && before.url !== input.url ? { etag: null, lastModified: null } : {}),
    }),
  },
})
