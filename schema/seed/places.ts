/**
 * Places where Kennisstad events happened, from kennisstad-facts.md §2–4. Coordinates only where the facts give
 * them (Wikipedia infoboxes); containment only where it is stated (Lorentzzaal ⊂ Kamerlingh Onnes Gebouw).
 */
import type { places } from '../tables'

type Place = typeof places.$inferInsert
const pl = (row: Place): Place => ({ locality: 'Leiden', ...row })

export const placeRows: Place[] = [
  pl({ id: 'naturalis', name: 'Naturalis', streetAddress: 'Darwinweg 2', latitude: 52.16472, longitude: 4.47333,
    operatorId: 'naturalis' }),
  pl({ id: 'museum-de-lakenhal', name: 'Museum De Lakenhal', streetAddress: 'Oude Singel 28–32', postalCode: '2312 RA',
    operatorId: 'museum-de-lakenhal' }),
  pl({ id: 'pieterskerk', name: 'Pieterskerk', streetAddress: 'Pieterskerkhof', operatorId: 'pieterskerk-leiden',
    description: { nl: 'Expositievloer van ESOF2022.', en: 'Exhibition floor of ESOF2022.' } }),
  pl({ id: 'pieterskerkplein', name: 'Pieterskerkplein', description: { nl: 'Plein bij de Pieterskerk.', en: 'Square by the Pieterskerk.' } }),
  pl({ id: 'stadsgehoorzaal', name: 'Stadsgehoorzaal', streetAddress: 'Breestraat 60', postalCode: '2311 CS',
    operatorId: 'leidse-schouwburg-stadsgehoorzaal' }),
  pl({ id: 'kamerlingh-onnes-gebouw', name: 'Kamerlingh Onnes Gebouw', operatorId: 'universiteit-leiden',
    description: { nl: 'Gebouw van de Universiteit Leiden.', en: 'Building of Leiden University.' } }),
  pl({ id: 'lorentzzaal', name: 'Lorentzzaal', containedInId: 'kamerlingh-onnes-gebouw', operatorId: 'universiteit-leiden' }),
  pl({ id: 'cleveringazaal', name: 'Cleveringazaal', description: { nl: 'Zaal; ESOF2022-locatie.', en: 'Hall; ESOF2022 venue.' } }),
  pl({ id: 'hortus-botanicus-leiden', name: 'Hortus botanicus Leiden', streetAddress: 'Rapenburg 73',
    latitude: 52.15611, longitude: 4.48417, operatorId: 'hortus-botanicus-leiden' }),
  pl({ id: 'academiegebouw', name: 'Academiegebouw', streetAddress: 'Rapenburg', operatorId: 'universiteit-leiden' }),
  pl({ id: 'oude-sterrewacht', name: 'Oude Sterrewacht', streetAddress: 'Sterrenwachtlaan 11', latitude: 52.15486,
    longitude: 4.48389, operatorId: 'universiteit-leiden' }),
  pl({ id: 'hooglandse-kerk', name: 'Hooglandse Kerk', streetAddress: 'Nieuwstraat 20', postalCode: '2312 KC',
    rijksmonument: 24917, operatorId: 'hooglandse-kerk' }),
  pl({ id: 'pesthuis', name: 'Pesthuis', streetAddress: 'Pesthuislaan 1' }),
  pl({ id: 'plnt', name: 'PLNT', streetAddress: 'Langegracht 70', operatorId: 'plnt' }),
  pl({ id: 'beestenmarkt', name: 'Beestenmarkt', description: { nl: 'Plein in de binnenstad.', en: 'Square in the city centre.' } }),
  pl({ id: 'wereldmuseum-leiden', name: 'Wereldmuseum Leiden', streetAddress: 'Steenstraat 1', postalCode: '2312 BS',
    latitude: 52.16306, longitude: 4.4825, operatorId: 'wereldmuseum-leiden' }),
  pl({ id: 'rijksmuseum-boerhaave', name: 'Rijksmuseum Boerhaave', streetAddress: 'Lange Sint Agnietenstraat 10',
    latitude: 52.16139, longitude: 4.48889, operatorId: 'rijksmuseum-boerhaave' }),
  pl({ id: 'rijksmuseum-van-oudheden', name: 'Rijksmuseum van Oudheden', streetAddress: 'Rapenburg 28',
    operatorId: 'rijksmuseum-van-oudheden' }),
  pl({ id: 'japanmuseum-sieboldhuis', name: 'Japanmuseum SieboldHuis', streetAddress: 'Rapenburg 19',
    operatorId: 'japanmuseum-sieboldhuis' }),
  pl({ id: 'lumc', name: 'LUMC', streetAddress: 'Albinusdreef 2', postalCode: '2333 ZA', latitude: 52.16583,
    longitude: 4.4775, operatorId: 'lumc' }),
  pl({ id: 'nl-space-campus', name: 'NL Space Campus', locality: 'Noordwijk', operatorId: 'nl-space-campus' }),
  pl({ id: 'corpus', name: 'CORPUS', locality: 'Oegstgeest', operatorId: 'corpus' }),
]
