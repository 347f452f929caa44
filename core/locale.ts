/**
 * The two languages of everything published here — Dutch, always present, and English where translated — and the
 * locale formatting that goes with them. No dependencies: the pages, the feeds and the widgets all import it.
 */
export type Lang = 'nl' | 'en'
export type Bilingual = { nl: string; en?: string | null }

/** The Intl locale for a language. */
export const intlLocale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB')

/** The text in `lang`, falling back to the Dutch; '' when there is no text at all. */
export const inLang = (b: Bilingual | null | undefined, lang: Lang): string => (b ? (lang === 'en' && b.en ? b.en : b.nl) : '')

const STATUS: Record<string, [nl: string, en: string]> = {
  cancelled: ['Geannuleerd', 'Cancelled'], postponed: ['Uitgesteld', 'Postponed'],
  rescheduled: ['Verplaatst', 'Rescheduled'], movedOnline: ['Nu online', 'Moved online'],
}

/** What a reader is told about an event's status: nothing while it is simply scheduled. */
export const statusLabel = (status: string | undefined, lang: Lang): string | undefined =>
  status && STATUS[status] ? STATUS[status][lang === 'nl' ? 0 : 1] : undefined

/** "€ 17,50" / "€17.50": a price in its currency (euro when none is given), or undefined when there is none. */
export function formatPrice(e: { price?: number | null; priceCurrency?: string | null }, lang: Lang): string | undefined {
  if (e.price === null || e.price === undefined) return undefined
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: e.priceCurrency ?? 'EUR' }).format(e.price)
}

type Labels = Record<string, [nl: string, en: string]>

/** Dutch and English names of the coded values, by the field (or filter) that holds them. */
// Plain literals only (no statements that touch them), so bundlers drop the tables where they are not used (widgets).
const AUDIENCE: Labels = {
  general: ['Algemeen publiek', 'General public'], children: ['Kinderen', 'Children'], students: ['Studenten', 'Students'],
  professionals: ['Professionals', 'Professionals'], researchers: ['Onderzoekers', 'Researchers'], international: ['Internationaal publiek', 'International audience'],
}
const LANGUAGE: Labels = { nl: ['Nederlands', 'Dutch'], en: ['Engels', 'English'] }
const CODES: Record<string, Labels> = {
  status: {
    scheduled: ['Gepland', 'Scheduled'], ...STATUS,
    // Opgaven
    planned: ['Gepland', 'Planned'], active: ['Lopend', 'Active'], completed: ['Afgerond', 'Completed'], example: ['Voorbeeld uit een wervingstekst', 'Example from a recruitment text'],
  },
  attendanceMode: { offline: ['Op locatie', 'In person'], online: ['Online', 'Online'], mixed: ['Op locatie en online', 'In person and online'], broadcast: ['Uitzending (radio of tv)', 'Broadcast (radio or TV)'] },
  audience: AUDIENCE,
  audiences: AUDIENCE,
  kind: {
    event: ['Evenement', 'Event'], exhibition: ['Tentoonstelling', 'Exhibition'], festival: ['Festival', 'Festival'], lecture: ['Lezing', 'Lecture'],
    symposium: ['Symposium', 'Symposium'], conference: ['Congres', 'Conference'], competition: ['Wedstrijd', 'Competition'], ceremony: ['Ceremonie', 'Ceremony'],
    broadcast: ['Uitzending', 'Broadcast'], tour: ['Rondleiding of route', 'Tour'], series: ['Reeks', 'Series'], workshop: ['Workshop', 'Workshop'],
    // Partners
    university: ['Universiteit', 'University'], umc: ['Universitair medisch centrum', 'University medical centre'], hbo: ['Hogeschool', 'University of applied sciences'],
    mbo: ['Mbo-instelling', 'Vocational college'], museum: ['Museum', 'Museum'], 'research-institute': ['Onderzoeksinstituut', 'Research institute'],
    foundation: ['Stichting', 'Foundation'], company: ['Bedrijf', 'Company'], government: ['Overheid', 'Government'], 'venue-operator': ['Beheerder van een locatie', 'Venue operator'],
    media: ['Media', 'Media'],
  },
  role: {
    organiser: ['organisator', 'organiser'], 'co-organiser': ['mede-organisator', 'co-organiser'], host: ['gastheer', 'host'],
    funder: ['financier', 'funder'], partner: ['partner', 'partner'],
  },
  workflow: { draft: ['Concept', 'Draft'], submitted: ['Ingediend', 'Submitted'], published: ['Gepubliceerd', 'Published'], rejected: ['Afgewezen', 'Rejected'] },
  language: LANGUAGE,
  languages: LANGUAGE,
  scheme: {
    'kennisstad-2017': ['Kennisstad-thema’s 2017', 'Kennisstad themes 2017'], 'kennisstad-2023': ['Kennisstad-thema’s 2023–2027', 'Kennisstad themes 2023–2027'],
    'esof2022-track': ['ESOF2022-tracks', 'ESOF2022 tracks'], 'leiden2022-track': ['Leiden2022-tracks', 'Leiden2022 tracks'],
  },
  origin: {
    seed: ['Door de redactie samengesteld uit openbare bronnen', 'Compiled by the editors from public sources'],
    api: ['Ingevoerd met een API-sleutel', 'Entered with an API key'], feed: ['Overgenomen uit de agenda-feed van een partner', 'Imported from a partner’s calendar feed'],
  },
  license: { 'CC0-1.0': ['CC0 1.0: vrij te gebruiken', 'CC0 1.0: free to use'], 'CC-BY-4.0': ['CC BY 4.0: vrij te gebruiken met bronvermelding', 'CC BY 4.0: free to use with attribution'] },
  agreement: {
    'kennisstad-2017': ['Samenwerkingsovereenkomst Kennisstad 2017', 'Kennisstad agreement 2017'],
    'kennisstad-2023': ['Samenwerkingsovereenkomst Kennisstad 2023–2027', 'Kennisstad agreement 2023–2027'],
  },
}

/** The name of a coded value in `lang` (`status` `cancelled` → "Geannuleerd"); the code itself when it has none. */
export const codeLabel = (field: string, value: string, lang: Lang): string => CODES[field]?.[value]?.[lang === 'nl' ? 0 : 1] ?? value

/** Every coded value of a field with its names: for data dictionaries. */
export const codeLabels = (field: string): Labels => CODES[field] ?? {}
