import { places } from '../tables'
import { Bilingual, createSelectSchema, doc, orNull, Instant, page, z } from './common'
import { PartnerRef } from './partner-ref'
import { omitProvenance, Provenance } from './provenance'

const PlaceBase = createSelectSchema(places, {
  id: (s) => doc(s, 'Stable slug identifying the place.', 'hooglandse-kerk'),
  name: (s) => doc(s, 'Name of the place.', 'Hooglandse Kerk'),
  streetAddress: (s) => doc(s, 'Street and number as far as known.', 'Nieuwstraat 20'),
  postalCode: (s) => doc(s, 'Dutch postcode.', '2312 KC'),
  locality: (s) => doc(s, 'Town or city.', 'Leiden'),
  country: (s) => doc(s, 'ISO 3166-1 alpha-2 country code.', 'NL'),
  latitude: (s) => doc(s, 'WGS 84 latitude, where a source gives it.', 52.16306),
  longitude: (s) => doc(s, 'WGS 84 longitude, where a source gives it.', 4.4825),
  rijksmonument: (s) => doc(s, 'Rijksmonument number (RCE), where the place is one.', 24917),
  url: (s) => doc(s, 'Website of the place.', null),
})

/** The fields other resources embed when they mention a place. */
export const PlaceRef = PlaceBase.pick({
  id: true, name: true, streetAddress: true, postalCode: true, locality: true, latitude: true, longitude: true,
}).openapi('PlaceRef')

export const Place = PlaceBase.omit({ containedInId: true, operatorId: true, deletedAt: true, version: true, ...omitProvenance }).extend({
  description: doc(orNull(Bilingual), 'Short description.'),
  accessibility: doc(orNull(Bilingual), 'Accessibility notes, where known.'),
  containedIn: doc(orNull(PlaceRef), 'The larger place this one is part of (a hall in a building).'),
  contains: doc(z.array(PlaceRef), 'Places that are part of this one.'),
  operator: doc(orNull(PartnerRef), 'The partner that runs the place.'),
  provenance: Provenance,
  createdAt: doc(Instant, 'When this record was first published.'),
  updatedAt: doc(Instant, 'When this record last changed.'),
}).openapi('Place', { description: 'A venue, building, room or square where events happen.' })
export type Place = z.infer<typeof Place>

export const PlacePage = page(Place, 'PlacePage')
