import { AGREEMENTS, memberships } from '../tables'
import { Bilingual, createSelectSchema, doc, orNull, Instant, PartialDate, page, z } from './common'
import { PartnerBase } from './partner-ref'
import { omitProvenance, Provenance } from './provenance'

export { PartnerRef, partnerRefFields } from './partner-ref'

const AltName = z.object({
  name: doc(z.string(), 'The other or former name.', 'Museum Volkenkunde'),
  validFrom: doc(PartialDate.nullable().optional(), 'First day the name was in use, when known.'),
  validTo: doc(PartialDate.nullable().optional(), 'Last day the name was in use, when known.', '2023-10-03'),
  note: doc(z.string().nullable().optional(), 'Context, e.g. a rename.', 'Renamed Wereldmuseum Leiden on 4 October 2023.'),
}).openapi('AltName')

export const Membership = createSelectSchema(memberships, {
  agreement: () => doc(z.enum(AGREEMENTS), 'Which Kennisstad agreement.', 'kennisstad-2023'),
  verified: (s) => doc(s, 'False where sources disagree or are silent; such a row is shown, never asserted.', true),
  note: (s) => doc(s, 'Context or the reason it is unverified.', null),
}).omit({ partnerId: true }).extend({
  validFrom: doc(PartialDate.nullable(), 'When the party joined this agreement.'),
  validTo: doc(PartialDate.nullable(), 'When it ended, if known.', '2027'),
}).openapi('Membership')

export const Partner = PartnerBase.omit({ deletedAt: true, version: true, ...omitProvenance }).extend({
  altNames: doc(z.array(AltName), 'Other and former names, with the period each was used.'),
  description: doc(orNull(Bilingual), 'Short description.'),
  memberships: doc(z.array(Membership), 'Kennisstad agreements this partner is party to.'),
  provenance: Provenance,
  signatory: doc(z.boolean(), 'True for the organisations that signed a Kennisstad agreement (2017 or 2023–2027); false for those that took part in events or opgaven only.', true),
  createdAt: doc(Instant, 'When this record was first published.'),
  updatedAt: doc(Instant, 'When this record last changed.'),
}).openapi('Partner', { description: 'An organisation in the Kennisstad programme: one that signed a Kennisstad agreement (`signatory`), or one that took part in its events or opgaven.' })
export type Partner = z.infer<typeof Partner>

export const PartnerPage = page(Partner, 'PartnerPage')
