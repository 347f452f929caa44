/**
 * Provenance, written and read in one place. The write pipeline stamps it on every record it writes (an API key, or
 * the feed an import runs for); the seed leaves the table defaults (`seed`). Readers get one `provenance` object.
 */
import type { Provenance } from '../../schema/api/provenance'
import type { LICENSES, ORIGINS } from '../../schema/tables'
import type { Principal } from '../base/keys'

/** Where written data comes from: an API write (the key is the principal's), or a run of a partner's feed. */
export type Origin = { kind: 'api' } | { kind: 'feed'; feedId: string; license: (typeof LICENSES)[number] }

type ProvenanceRow = {
  sourceOrigin: (typeof ORIGINS)[number]; sourceUrl: string | null; sourceLicense: (typeof LICENSES)[number]
  sourceFeedId: string | null; sourceKeyId: string | null; retrievedAt: string | null; createdAt: string
}

/** The provenance columns of a new record. */
export function provenanceOnCreate(origin: Origin | undefined, who: Principal, stamp: string): Record<string, unknown> {
  if (origin?.kind === 'feed') return { sourceOrigin: 'feed', sourceFeedId: origin.feedId, sourceLicense: origin.license, sourceKeyId: null, retrievedAt: stamp }
  return { sourceOrigin: 'api', sourceKeyId: who.keyId, retrievedAt: stamp }
}

/**
 * The provenance columns a change moves: only a write from the record's own origin (its feed, or the API for a record
 * made through the API) refreshes when it was retrieved. An editor correcting an imported or seeded record leaves
 * its provenance as it is; the audit log says who corrected what.
 */
export function provenanceOnUpdate(origin: Origin | undefined, row: Record<string, unknown>, stamp: string): Record<string, unknown> {
  if (origin?.kind === 'feed') return row.sourceOrigin === 'feed' && row.sourceFeedId === origin.feedId ? { retrievedAt: stamp, sourceLicense: origin.license } : {}
  return row.sourceOrigin === 'api' ? { retrievedAt: stamp } : {}
}

/** The published provenance of a row; `partner` is the partner that supplied it (events), else null. */
export function provenanceOf(row: ProvenanceRow, partner: Provenance['partner'] = null): Provenance {
  return {
    origin: row.sourceOrigin, url: row.sourceUrl, feed: row.sourceFeedId, key: row.sourceKeyId, partner,
    license: row.sourceLicense, retrievedAt: row.retrievedAt ?? row.createdAt,
  }
}

/** A row without its provenance columns (they are published as one object). */
export function withoutProvenance<R extends ProvenanceRow>(row: R): Omit<R, Exclude<keyof ProvenanceRow, 'createdAt'>> {
  const { sourceOrigin: _o, sourceUrl: _u, sourceLicense: _l, sourceFeedId: _f, sourceKeyId: _k, retrievedAt: _r, ...rest } = row
  return rest
}
