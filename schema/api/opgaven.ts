import { ORGANISER_ROLES, opgaven } from '../tables'
import { Bilingual, createSelectSchema, doc, orNull, Instant, PartialDate, page, z } from './common'
import { partnerRefFields } from './partners'
import { omitProvenance, Provenance } from './provenance'
import { ThemeRef } from './themes'

const OpgaveBase = createSelectSchema(opgaven, {
  id: (s) => doc(s, 'Stable slug identifying the opgave.', 'internationalisering'),
  status: (s) => doc(s, 'Whether the programme is working on it.', 'active'),
}).extend({
  title: doc(Bilingual, 'Title in Dutch and English.'),
})

export const OpgaveRef = OpgaveBase.pick({ id: true, title: true }).openapi('OpgaveRef')

export const Role = doc(z.enum(ORGANISER_ROLES), 'Role of the partner.', 'organiser')
export const PartnerWithRole = partnerRefFields.extend({ role: Role }).openapi('PartnerWithRole')

export const Opgave = OpgaveBase.omit({ deletedAt: true, version: true, ...omitProvenance }).extend({
  summary: doc(orNull(Bilingual), 'One or two sentences.'),
  description: doc(orNull(Bilingual), 'Longer text.'),
  validFrom: doc(PartialDate.nullable(), 'Start of the period, when known.'),
  validTo: doc(PartialDate.nullable(), 'End of the period, when known.', null),
  themes: doc(z.array(ThemeRef), 'Themes the opgave belongs to.'),
  partners: doc(z.array(PartnerWithRole), 'Partners involved, with their role.'),
  sourceUrl: doc(z.string().nullable(), 'Deprecated: the same as `provenance.url` (where the opgave is published); kept until API v2.', 'https://leidenzoekttalent.nl/7-themas/kennis/').openapi({ deprecated: true }),
  provenance: Provenance,
  createdAt: doc(Instant, 'When this record was first published.'),
  updatedAt: doc(Instant, 'When this record last changed.'),
}).openapi('Opgave', { description: 'A challenge ("opgave") the Kennisstad programme works on.' })
export type Opgave = z.infer<typeof Opgave>

export const OpgavePage = page(Opgave, 'OpgavePage')
