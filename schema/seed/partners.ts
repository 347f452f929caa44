/**
 * Partner organisations, from ../shared/domain/kennisstad-facts.md §2. Only facts from that file: a domain it marks
 * (?) is left out (url null, with a note), coordinates only where it gives them, no invented street numbers.
 */
import type { memberships, partners } from '../tables'

type Partner = typeof partners.$inferInsert
type Membership = typeof memberships.$inferInsert

const p = (row: Partner): Partner => ({ locality: 'Leiden', ...row })
const unverifiedUrl = 'Website domain not verified in the sources; omitted.'

export const partnerRows: Partner[] = [
  p({ id: 'gemeente-leiden', name: 'Gemeente Leiden', kind: 'government', url: 'https://gemeente.leiden.nl',
    streetAddress: 'Breestraat (Stadhuis)', notes: 'CBS municipality code 0546.' }),
  p({ id: 'universiteit-leiden', name: 'Universiteit Leiden', kind: 'university', url: 'https://universiteitleiden.nl',
    streetAddress: 'Rapenburg (Academiegebouw)', notes: 'Also on the science campus / Leiden Bio Science Park.' }),
  p({ id: 'lumc', name: 'LUMC', kind: 'umc', url: 'https://lumc.nl', streetAddress: 'Albinusdreef 2',
    postalCode: '2333 ZA', latitude: 52.16583, longitude: 4.4775,
    description: { nl: 'Leids Universitair Medisch Centrum', en: 'Leiden University Medical Center' } }),
  p({ id: 'hogeschool-leiden', name: 'Hogeschool Leiden', kind: 'hbo', url: 'https://hsleiden.nl',
    streetAddress: 'Zernikedreef', notes: 'On the Leiden Bio Science Park.' }),
  p({ id: 'mborijnland', name: 'mboRijnland', kind: 'mbo', url: 'https://mborijnland.nl',
    notes: 'Five sites in Leiden.' }),
  p({ id: 'naturalis', name: 'Naturalis Biodiversity Center', kind: 'museum', url: 'https://naturalis.nl',
    streetAddress: 'Darwinweg 2', latitude: 52.16472, longitude: 4.47333, notes: 'Museum and research institute.' }),
  p({ id: 'rijksmuseum-van-oudheden', name: 'Rijksmuseum van Oudheden', kind: 'museum', url: 'https://rmo.nl',
    streetAddress: 'Rapenburg 28', notes: 'National museum.' }),
  p({ id: 'wereldmuseum-leiden', name: 'Wereldmuseum Leiden', kind: 'museum', url: 'https://leiden.wereldmuseum.nl',
    streetAddress: 'Steenstraat 1', postalCode: '2312 BS', latitude: 52.16306, longitude: 4.4825,
    altNames: [{ name: 'Museum Volkenkunde', validTo: '2023-10-03', note: 'Renamed Wereldmuseum Leiden on 4 October 2023.' }] }),
  p({ id: 'rijksmuseum-boerhaave', name: 'Rijksmuseum Boerhaave', kind: 'museum', url: 'https://rijksmuseumboerhaave.nl',
    streetAddress: 'Lange Sint Agnietenstraat 10', latitude: 52.16139, longitude: 4.48889 }),
  p({ id: 'museum-de-lakenhal', name: 'Museum De Lakenhal', kind: 'museum', url: 'https://lakenhal.nl',
    streetAddress: 'Oude Singel 28–32', postalCode: '2312 RA', notes: 'Municipal museum.' }),
  p({ id: 'hortus-botanicus-leiden', name: 'Hortus botanicus Leiden', kind: 'museum', url: null,
    streetAddress: 'Rapenburg 73', latitude: 52.15611, longitude: 4.48417,
    notes: `Botanical garden, part of Universiteit Leiden. ${unverifiedUrl}` }),
  p({ id: 'oude-sterrewacht', name: 'Oude Sterrewacht', kind: 'venue-operator',
    url: 'https://universiteitleiden.nl/oudesterrewacht', streetAddress: 'Sterrenwachtlaan 11',
    latitude: 52.15486, longitude: 4.48389,
    notes: 'Historic observatory building of Universiteit Leiden. The research institute Leiden Observatory moved out in 1974; the building is a heritage site, not a research institute today.' }),
  p({ id: 'lorentz-center', name: 'Lorentz Center', kind: 'research-institute', url: null,
    streetAddress: 'Snellius building, science campus', notes: `Workshop centre of Universiteit Leiden. ${unverifiedUrl}` }),
  p({ id: 'leiden-bio-science-park', name: 'Leiden Bio Science Park', kind: 'foundation',
    url: 'https://leidenbiosciencepark.nl', notes: 'Campus with about 20,000 jobs.' }),
  p({ id: 'corpus', name: 'CORPUS', kind: 'museum', url: null, locality: 'Oegstgeest',
    notes: `Attraction on the A44. ${unverifiedUrl}` }),
  p({ id: 'japanmuseum-sieboldhuis', name: 'Japanmuseum SieboldHuis', kind: 'museum', url: null,
    streetAddress: 'Rapenburg 19', notes: unverifiedUrl }),
  p({ id: 'erfgoed-leiden', name: 'Erfgoed Leiden en Omstreken', kind: 'government', url: 'https://erfgoedleiden.nl',
    streetAddress: 'Boisotkade' }),
  p({ id: 'bplusc', name: 'BplusC', kind: 'foundation', url: null, notes: `Library. ${unverifiedUrl}` }),
  p({ id: 'leiden-en-partners', name: 'Leiden&Partners', kind: 'foundation', url: 'https://visitleiden.nl',
    altNames: [{ name: 'Leiden Marketing', note: 'Exact date of the rename/merger not verified.' }],
    notes: 'City marketing (VVV, Expat Centre). Kind approximated: city-marketing organisation.' }),
  p({ id: 'leiden-convention-bureau', name: 'Leiden Convention Bureau', kind: 'foundation',
    url: 'https://leidenconventionbureau.nl',
    notes: 'Within Leiden Marketing in 2015; whether it is now part of Leiden&Partners is not verified.' }),
  p({ id: 'stichting-leiden2022', name: 'Stichting Leiden European City of Science 2022', kind: 'foundation',
    url: 'https://leiden2022.nl', altNames: [{ name: 'Leiden2022' }],
    notes: 'Organiser of Leiden European City of Science 2022. Director Meta Knol, intendant Lucien Geelhoed.' }),
  p({ id: 'euroscience', name: 'EuroScience', kind: 'foundation', url: 'https://euroscience.org', locality: 'Strasbourg',
    country: 'FR', notes: 'Association that owns ESOF (EuroScience Open Forum). Kind approximated: association.' }),
  p({ id: 'plnt', name: 'PLNT', kind: 'venue-operator', url: null, streetAddress: 'Langegracht 70',
    altNames: [{ name: 'HUBspot', note: 'Former name; date of the change not verified.' }],
    notes: `Innovation centre. ${unverifiedUrl}` }),
  p({ id: 'sron', name: 'SRON', kind: 'research-institute', url: 'https://sron.nl',
    notes: 'NWO research institute, on the Leiden Bio Science Park since 2021.' }),
  p({ id: 'leidse-schouwburg-stadsgehoorzaal', name: 'Leidse Schouwburg en Stadsgehoorzaal', kind: 'venue-operator',
    url: null, streetAddress: 'Breestraat 60', postalCode: '2311 CS' }),
  p({ id: 'pieterskerk-leiden', name: 'Pieterskerk Leiden', kind: 'venue-operator', url: null,
    streetAddress: 'Pieterskerkhof', notes: 'Run by a foundation.' }),
  p({ id: 'hooglandse-kerk', name: 'Hooglandse Kerk', kind: 'venue-operator', url: null,
    streetAddress: 'Nieuwstraat 20', postalCode: '2312 KC' }),
  p({ id: 'provincie-zuid-holland', name: 'Provincie Zuid-Holland', kind: 'government', url: 'https://zuid-holland.nl',
    locality: 'Den Haag' }),
  p({ id: 'european-commission', name: 'European Commission (DG RTD)', kind: 'government', url: 'https://ec.europa.eu',
    locality: 'Brussels', country: 'BE', notes: 'Funder of ECS/ESOF/Science in the City (CORDIS 101052247) and EUCYS/TalentOn (CORDIS 101052410).' }),
  p({ id: 'sleutelstad', name: 'Sleutelstad', kind: 'media', url: 'https://sleutelstad.nl',
    notes: 'Local broadcaster (99.6 FM, TV); made Radio Weetlust.' }),
  p({ id: 'stichting-museumnacht-leiden', name: 'Stichting Museumnacht Leiden', kind: 'foundation', url: null,
    notes: 'Run by students (A.L.S.V. Quintus).' }),
  p({ id: 'the-hague-convention-bureau', name: 'The Hague Convention Bureau', kind: 'foundation', url: null,
    locality: 'Den Haag', notes: 'Co-organised ESOF2022. Kind approximated.' }),
  p({ id: 'nl-space-campus', name: 'NL Space Campus', kind: 'foundation', url: null, locality: 'Noordwijk',
    notes: 'Co-organiser of The Space Week 2022. Kind approximated.' }),
  p({ id: 'esa-estec', name: 'ESA ESTEC', kind: 'research-institute', url: null, locality: 'Noordwijk',
    notes: 'Technical centre of the European Space Agency; co-organiser of The Space Week 2022.' }),
]

/** The 2017 agreement: UL, Hogeschool Leiden, LUMC and the gemeente; Naturalis joined Dec 2020; 2023–27 signed 11 Nov 2022. */
export const membershipRows: Membership[] = [
  ...['gemeente-leiden', 'universiteit-leiden', 'lumc', 'hogeschool-leiden'].map((partnerId) => ({
    partnerId, agreement: 'kennisstad-2017' as const, validFrom: '2017-07', note: 'Superseded by the 2023–2027 agreement.',
  })),
  { partnerId: 'naturalis', agreement: 'kennisstad-2017', validFrom: '2020-12', note: 'Joined in December 2020.' },
  ...['gemeente-leiden', 'universiteit-leiden', 'hogeschool-leiden', 'naturalis', 'mborijnland'].map((partnerId) => ({
    partnerId, agreement: 'kennisstad-2023' as const, validFrom: '2022-11-11', validTo: '2027',
  })),
  { partnerId: 'lumc', agreement: 'kennisstad-2023', validFrom: '2022-11-11', validTo: '2027', verified: false,
    note: "Listed on Universiteit Leiden's news page, but not on the mboRijnland signing photo nor in Jaarstukken 2022." },
]
