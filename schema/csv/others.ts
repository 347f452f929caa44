import type { Opgave } from '../api/opgaven'
import type { Partner } from '../api/partners'
import type { Place } from '../api/places'
import type { Theme } from '../api/themes'
import { bilingualCols, type Column, col, joined, updatedAtCol } from './column'

const address = <T extends { streetAddress: string | null; postalCode: string | null; locality: string | null; country: string; latitude: number | null; longitude: number | null }>(): Column<T>[] => [
  col('street_address', 'string', 'Straat en nummer', 'Street and number', 'Darwinweg 2', (i) => i.streetAddress),
  col('postal_code', 'string', 'Postcode', 'Postcode', '2312 BS', (i) => i.postalCode),
  col('locality', 'string', 'Plaats', 'Town or city', 'Leiden', (i) => i.locality),
  col('country', 'string', 'Land (ISO 3166-1)', 'Country (ISO 3166-1)', 'NL', (i) => i.country),
  col('latitude', 'decimal', 'Breedtegraad (WGS 84)', 'Latitude (WGS 84)', '52.16472', (i) => i.latitude),
  col('longitude', 'decimal', 'Lengtegraad (WGS 84)', 'Longitude (WGS 84)', '4.47333', (i) => i.longitude),
]

export const partnerColumns: Column<Partner>[] = [
  col('id', 'string', 'Vaste id (slug)', 'Stable id (slug)', 'wereldmuseum-leiden', (p) => p.id),
  col('name', 'string', 'Huidige naam', 'Current name', 'Wereldmuseum Leiden', (p) => p.name),
  col('former_names', 'string', 'Andere of vroegere namen, met einddatum', 'Other or former names, with end date', 'Museum Volkenkunde (until 2023-10-03)',
    (p) => joined(p.altNames.map((a) => (a.validTo ? `${a.name} (until ${a.validTo})` : a.name)))),
  col('kind', 'string', 'Soort organisatie', 'Kind of organisation', 'museum', (p) => p.kind),
  col('url', 'anyURI', 'Website', 'Website', 'https://leiden.wereldmuseum.nl', (p) => p.url),
  ...address<Partner>(),
  col('signatory', 'boolean', 'Ondertekende een samenwerkingsovereenkomst Kennisstad (nee: nam deel aan evenementen of opgaven)', 'Signed a Kennisstad agreement (false: took part in events or opgaven)', 'true', (p) => p.signatory),
  col('agreements', 'string', 'Kennisstad-convenanten (niet geverifieerd gemarkeerd met ?)', 'Kennisstad agreements (unverified marked with ?)', 'kennisstad-2017;kennisstad-2023',
    (p) => joined(p.memberships.map((m) => (m.verified ? m.agreement : `${m.agreement}?`)))),
  col('notes', 'string', 'Redactionele noot', 'Editorial note', 'Museum and research institute.', (p) => p.notes),
  updatedAtCol<Partner>(),
]

export const placeColumns: Column<Place>[] = [
  col('id', 'string', 'Vaste id (slug)', 'Stable id (slug)', 'lorentzzaal', (p) => p.id),
  col('name', 'string', 'Naam', 'Name', 'Lorentzzaal', (p) => p.name),
  ...address<Place>(),
  col('contained_in_id', 'string', 'Ligt in (id)', 'Inside (id)', 'kamerlingh-onnes-gebouw', (p) => p.containedIn?.id),
  col('contained_in_name', 'string', 'Ligt in (naam)', 'Inside (name)', 'Kamerlingh Onnes Gebouw', (p) => p.containedIn?.name),
  col('operator_id', 'string', 'Beheerder (id)', 'Operator (id)', 'universiteit-leiden', (p) => p.operator?.id),
  col('operator_name', 'string', 'Beheerder (naam)', 'Operator (name)', 'Universiteit Leiden', (p) => p.operator?.name),
  col('rijksmonument', 'integer', 'Rijksmonumentnummer', 'Rijksmonument number', '24917', (p) => p.rijksmonument),
  col('url', 'anyURI', 'Website', 'Website', '', (p) => p.url),
  updatedAtCol<Place>(),
]

export const opgaveColumns: Column<Opgave>[] = [
  col('id', 'string', 'Vaste id (slug)', 'Stable id (slug)', 'internationalisering', (o) => o.id),
  ...bilingualCols<Opgave>('title', 'Titel', 'Title', ['Internationalisering', 'Internationalisation'], (o) => o.title),
  ...bilingualCols<Opgave>('summary', 'Samenvatting', 'Summary', ['…', '…'], (o) => o.summary),
  col('status', 'string', 'Status', 'Status', 'active', (o) => o.status),
  col('valid_from', 'string', 'Begin periode', 'Start of period', '2022', (o) => o.validFrom),
  col('valid_to', 'string', 'Einde periode', 'End of period', '', (o) => o.validTo),
  col('theme_ids', 'string', "Thema's (ids)", 'Themes (ids)', 'internationalisering', (o) => joined(o.themes.map((t) => t.id))),
  col('partner_ids', 'string', 'Partners (ids)', 'Partners (ids)', 'universiteit-leiden;lumc', (o) => joined(o.partners.map((p) => p.id))),
  col('partner_names', 'string', 'Partners (namen)', 'Partners (names)', 'Universiteit Leiden;LUMC', (o) => joined(o.partners.map((p) => p.name))),
  col('source_url', 'anyURI', 'Bron', 'Source', 'https://leidenzoekttalent.nl/7-themas/kennis/', (o) => o.sourceUrl),
  updatedAtCol<Opgave>(),
]

export const themeColumns: Column<Theme>[] = [
  col('id', 'string', 'Vaste id (slug)', 'Stable id (slug)', 'cultureel-erfgoed', (t) => t.id),
  col('scheme', 'string', 'Schema (welke lijst)', 'Scheme (which list)', 'kennisstad-2023', (t) => t.scheme),
  ...bilingualCols<Theme>('label', 'Label', 'Label', ['Cultureel Erfgoed', 'Cultural Heritage'], (t) => t.label),
]
