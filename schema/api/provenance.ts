/**
 * Provenance, the same object on every published record: where it came from, under which licence, and when it was
 * last taken from there. Built from the provenance columns every published table has (schema/tables.ts).
 */
import { LICENSES, ORIGINS } from '../tables'
import { doc, Instant, orNull, z } from './common'
import { PartnerRef } from './partner-ref'

/** The provenance columns, left out of a resource's own fields (they are published as `provenance`). */
export const omitProvenance = { sourceOrigin: true, sourceUrl: true, sourceLicense: true, sourceFeedId: true, sourceKeyId: true, retrievedAt: true } as const

export const Provenance = doc(z.object({
  origin: doc(z.enum(ORIGINS), '`seed`: compiled by the editors from the public source in `url`; `api`: written with an API key (a partner’s or an editor’s); `feed`: imported from a partner’s own calendar feed.', 'seed'),
  url: doc(z.string().nullable(), 'Public source of the facts: the page the editors cite, or the feed item’s own page.', 'https://leiden2022.nl/activiteiten/nacht-van-ontdekkingen'),
  feed: doc(z.string().nullable(), 'Id of the feed it was imported from (origin `feed`); the feed’s own address is not published, since a calendar address can carry a private token.', null),
  key: doc(z.string().nullable(), 'Id of the API key that created it (origin `api`): a public identifier, never the key.', null),
  partner: doc(orNull(PartnerRef), 'The partner that supplied the record (with its key or its feed); null for records the editors compiled or wrote.'),
  license: doc(z.enum(LICENSES), 'Licence of this record (SPDX id): CC0-1.0, or CC-BY-4.0 when the partner publishes its feed on condition of attribution (name the partner).', 'CC0-1.0'),
  retrievedAt: doc(Instant, 'When the record was last written from its origin: the seed load, the API write, or the feed run that last changed it (a run that finds nothing new does not move it).', '2026-11-27T09:00:00Z'),
}), 'Where this record came from, under which licence, and when.').openapi('Provenance')
export type Provenance = z.infer<typeof Provenance>
