/**
 * The partner fields every shape that mentions a partner uses, apart from the Partner resource itself (so the
 * provenance of a record can name its partner without importing the resource that has provenance too).
 */
import { partners } from '../tables'
import { createSelectSchema, doc } from './common'

export const PartnerBase = createSelectSchema(partners, {
  id: (s) => doc(s, 'Stable slug identifying the partner.', 'naturalis'),
  name: (s) => doc(s, 'Current name.', 'Naturalis Biodiversity Center'),
  kind: (s) => doc(s, 'Kind of organisation.', 'museum'),
  url: (s) => doc(s, 'Website (null where the domain is not verified).', 'https://naturalis.nl'),
  streetAddress: (s) => doc(s, 'Street and number as far as known.', 'Darwinweg 2'),
  postalCode: (s) => doc(s, 'Dutch postcode.', '2312 BS'),
  locality: (s) => doc(s, 'Town or city.', 'Leiden'),
  country: (s) => doc(s, 'ISO 3166-1 alpha-2 country code.', 'NL'),
  latitude: (s) => doc(s, 'WGS 84 latitude, where a source gives it.', 52.16472),
  longitude: (s) => doc(s, 'WGS 84 longitude, where a source gives it.', 4.47333),
  notes: (s) => doc(s, 'Editorial notes: what is known and what is not verified.', 'Museum and research institute.'),
})

/** The few fields other resources embed when they mention a partner (unnamed, so it can be extended inline). */
export const partnerRefFields = PartnerBase.pick({ id: true, name: true, kind: true })
export const PartnerRef = partnerRefFields.openapi('PartnerRef')

