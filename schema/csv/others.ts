import type { Opgave } from '../api/opgaven'
import type { Partner } from '../api/partners'
import type { Place } from '../api/places'
import type { Theme } from '../api/themes'
import { OPGAVE_STATUSES, PARTNER_KINDS, THEME_SCHEMES } from '../tables'
import { bilingualCols, type Column, col, joined, provenanceCols, updatedAtCol } from './column'

const id = (what: string, whatEn: string, path: string) => [`Vaste code van ${what}; ook het laatste deel van het webadres (/${path}/…)`, `Fixed code of ${whatEn}; also the last part of the web address (/${path}/…)`] as const

const address = <T extends { streetAddress: string | null; postalCode: string | null; locality: string | null; country: string; latitude: number | null; longitude: number | null }>(): Column<T>[] => [
  col('street_address', 'string', 'Straat en nummer', 'Street and number', 'Darwinweg 2', (i) => i.streetAddress),
  col('postal_code', 'string', 'Postcode', 'Postcode', '2312 BS', (i) => i.postalCode),
  col('locality', 'string', 'Plaats', 'Town or city', 'Leiden', (i) => i.locality),
  col('country', 'string', 'Land, als tweeletterige code (NL = Nederland)', 'Country, as two-letter code (NL = the Netherlands)', 'NL', (i) => i.country),
  col('latitude', 'decimal', 'Breedtegraad (GPS-coördinaat)', 'Latitude (GPS coordinate)', '52.16472', (i) => i.latitude),
  col('longitude', 'decimal', 'Lengtegraad (GPS-coördinaat)', 'Longitude (GPS coordinate)', '4.47333', (i) => i.longitude),
]

export const partnerColumns: Column<Partner>[] = [
  col('id', 'string', ...id('de organisatie', 'the organisation', 'partners'), 'wereldmuseum-leiden', (p) => p.id),
  col('name', 'string', 'Huidige naam', 'Current name', 'Wereldmuseum Leiden', (p) => p.name),
  col('former_names', 'string', 'Andere of vroegere namen, met einddatum', 'Other or former names, with end date', 'Museum Volkenkunde (until 2023-10-03)',
    (p) => joined(p.altNames.map((a) => (a.validTo ? `${a.name} (until ${a.validTo})` : a.name)))),
  col('kind', 'string', 'Soort organisatie', 'Kind of organisation', 'museum', (p) => p.kind, { field: 'kind', values: PARTNER_KINDS }),
  col('url', 'anyURI', 'Website', 'Website', 'https://leiden.wereldmuseum.nl', (p) => p.url),
  ...address<Partner>(),
  col('signatory', 'boolean', 'Ondertekende een samenwerkingsovereenkomst Kennisstad (nee: nam deel aan evenementen of opgaven)', 'Signed a Kennisstad agreement (false: took part in events or opgaven)', 'true', (p) => p.signatory),
  col('agreements', 'string', 'Welke samenwerkingsovereenkomsten; een ? erachter: niet bevestigd; meerdere gescheiden door ;', 'Which agreements; a ? after it: not confirmed; several separated by ;', 'kennisstad-2017;kennisstad-2023',
    (p) => joined(p.memberships.map((m) => (m.verified ? m.agreement : `${m.agreement}?`)))),
  col('notes', 'string', 'Redactionele noot', 'Editorial note', 'Museum and research institute.', (p) => p.notes),
  ...provenanceCols<Partner>(''),
  updatedAtCol<Partner>(),
]

export const placeColumns: Column<Place>[] = [
  col('id', 'string', ...id('de plek', 'the place', 'places'), 'lorentzzaal', (p) => p.id),
  col('name', 'string', 'Naam', 'Name', 'Lorentzzaal', (p) => p.name),
  ...address<Place>(),
  col('contained_in_id', 'string', 'Het gebouw of terrein waar de plek in ligt (vaste code)', 'The building or grounds the place is inside (fixed code)', 'kamerlingh-onnes-gebouw', (p) => p.containedIn?.id),
  col('contained_in_name', 'string', 'Het gebouw of terrein waar de plek in ligt (naam)', 'The building or grounds the place is inside (name)', 'Kamerlingh Onnes Gebouw', (p) => p.containedIn?.name),
  col('operator_id', 'string', 'Organisatie die de plek beheert (vaste code)', 'Organisation that runs the place (fixed code)', 'universiteit-leiden', (p) => p.operator?.id),
  col('operator_name', 'string', 'Organisatie die de plek beheert (naam)', 'Organisation that runs the place (name)', 'Universiteit Leiden', (p) => p.operator?.name),
  col('rijksmonument', 'integer', 'Nummer in het rijksmonumentenregister', 'Number in the Dutch national monuments register', '24917', (p) => p.rijksmonument),
  col('url', 'anyURI', 'Website', 'Website', '', (p) => p.url),
  ...provenanceCols<Place>(''),
  updatedAtCol<Place>(),
]

export const opgaveColumns: Column<Opgave>[] = [
  col('id', 'string', ...id('de opgave', 'the opgave', 'opgaven'), 'internationalisering', (o) => o.id),
  ...bilingualCols<Opgave>('title', 'Titel', 'Title', ['Internationalisering', 'Internationalisation'], (o) => o.title),
  ...bilingualCols<Opgave>('summary', 'Samenvatting', 'Summary', ['…', '…'], (o) => o.summary),
  col('status', 'string', 'Stand van de opgave', 'State of the opgave', 'example', (o) => o.status, { field: 'status', values: OPGAVE_STATUSES }),
  col('valid_from', 'string', 'Vanaf wanneer (jaar)', 'From when (year)', '2022', (o) => o.validFrom),
  col('valid_to', 'string', 'Tot wanneer (jaar)', 'Until when (year)', '2022', (o) => o.validTo),
  col('theme_ids', 'string', 'Thema’s, als vaste code; meerdere gescheiden door ;', 'Themes, as fixed code; several separated by ;', 'internationalisering', (o) => joined(o.themes.map((t) => t.id))),
  col('partner_ids', 'string', 'Organisaties die eraan werken, als vaste code; meerdere gescheiden door ;', 'Organisations working on it, as fixed code; several separated by ;', 'universiteit-leiden;lumc', (o) => joined(o.partners.map((p) => p.id))),
  col('partner_names', 'string', 'Organisaties die eraan werken, als naam', 'Organisations working on it, as name', 'Universiteit Leiden;LUMC', (o) => joined(o.partners.map((p) => p.name))),
  ...provenanceCols<Opgave>('https://leidenzoekttalent.nl/7-themas/kennis/'),
  updatedAtCol<Opgave>(),
]

export const themeColumns: Column<Theme>[] = [
  col('id', 'string', ...id('het thema', 'the theme', 'themes'), 'cultureel-erfgoed', (t) => t.id),
  col('scheme', 'string', 'Uit welke lijst het thema komt', 'Which list the theme comes from', 'kennisstad-2023', (t) => t.scheme, { field: 'scheme', values: THEME_SCHEMES }),
  ...bilingualCols<Theme>('label', 'Label', 'Label', ['Cultureel Erfgoed', 'Cultural Heritage'], (t) => t.label),
  ...provenanceCols<Theme>(''),
]
