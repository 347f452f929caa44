/**
 * The published datasets, described once: CSV columns, schema.org mapping, formats and titles. The API's export
 * formats, the CSVW metadata, the DCAT catalog and the downloads page all read this.
 */
import { eventColumns } from '../../schema/csv/events'
import { occurrenceColumns } from '../../schema/csv/occurrences'
import { opgaveColumns, partnerColumns, placeColumns, themeColumns } from '../../schema/csv/others'
import { DATASET_IDS, type DatasetId } from '../../schema/tables'
import { eventLd, occurrenceLd, opgaveLd, partnerLd, placeLd, themeLd } from './jsonld'
import type { Dialect } from './csv'
import { type Dataset, FORMATS, type FormatId } from './registry'

export { DATASET_IDS }

const DATASETS_BY_ID = {
  events: {
    id: 'events', columns: eventColumns, ld: eventLd, formats: ['json', 'csv', 'ics', 'jsonld'],
    title: { nl: 'Evenementen van Kennisstad Leiden', en: 'Events of Kennisstad Leiden' },
    description: {
      nl: 'Activiteiten van het programma Kennisstad: Leiden European City of Science 2022, ESOF2022, EUCYS, musea en partners; met tijden, plekken, organisatoren, opgaven, thema’s en doelgroepen. Wat de bronnen niet bevestigen is gemarkeerd (verified, noot). Lokaal bevat het als zodanig gemarkeerde fictieve voorbeelden.',
      en: 'Activities of the Kennisstad programme: Leiden European City of Science 2022, ESOF2022, EUCYS, museums and partners; with times, places, organisers, opgaven, themes and audiences. What the sources do not confirm is marked (verified, note). Locally it holds fictitious examples, marked as such.',
    },
  },
  occurrences: {
    id: 'occurrences', columns: occurrenceColumns, ld: occurrenceLd, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Data en tijden van Kennisstad-evenementen', en: 'Dates and times of Kennisstad events' },
    description: {
      nl: 'Elke keer dat een evenement plaatsvindt: eenmalige evenementen één keer, reeksen (een rondleiding elke zondag) per datum, met afgelaste en verplaatste data. Datum en tijd lokaal in aparte kolommen.',
      en: 'Every time an event takes place: single events once, series (a tour every Sunday) once per date, with cancelled and moved dates. Local date and time in separate columns.',
    },
  },
  opgaven: {
    id: 'opgaven', columns: opgaveColumns, ld: opgaveLd, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Opgaven van Kennisstad Leiden', en: 'Challenges (opgaven) of Kennisstad Leiden' },
    description: {
      nl: 'Drie voorbeelden van opgaven uit een wervingstekst van rond 2019 (leidenzoekttalent.nl), met hun thema’s. Geen besluit van de gemeenteraad en niet het actuele programma; de opgave over European City of Science liep af met 2022.',
      en: 'Three examples of challenges from a recruitment text of around 2019 (leidenzoekttalent.nl), with their themes. Not a council decision and not the current programme; the European City of Science challenge ended with 2022.',
    },
  },
  partners: {
    id: 'partners', columns: partnerColumns, ld: partnerLd, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Organisaties in Kennisstad Leiden', en: 'Organisations in Kennisstad Leiden' },
    description: {
      nl: 'De organisaties die een samenwerkingsovereenkomst Kennisstad ondertekenden (2017: gemeente, Universiteit Leiden, LUMC, Hogeschool Leiden; 2023–2027: gemeente, Universiteit Leiden, Hogeschool Leiden, Naturalis, mboRijnland — LUMC niet bevestigd), en de organisaties die aan evenementen of opgaven meededen. De kolom signatory zegt wie wat is; met vroegere namen.',
      en: 'The organisations that signed a Kennisstad agreement (2017: municipality, Leiden University, LUMC, Hogeschool Leiden; 2023–2027: municipality, Leiden University, Hogeschool Leiden, Naturalis, mboRijnland — LUMC unconfirmed), and the organisations that took part in events or opgaven. The signatory column says which is which; with former names.',
    },
  },
  places: {
    id: 'places', columns: placeColumns, ld: placeLd, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Plekken van Kennisstad Leiden', en: 'Places of Kennisstad Leiden' },
    description: { nl: 'Locaties, gebouwen, zalen en pleinen, met adres, coördinaten waar bekend en rijksmonumentnummer.', en: 'Venues, buildings, halls and squares, with address, coordinates where known and rijksmonument number.' },
  },
  themes: {
    id: 'themes', columns: themeColumns, ld: themeLd, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Thema’s en tracks', en: 'Themes and tracks' },
    description: { nl: 'Kennisstad-thema’s (2017, 2023–2027), ESOF2022-tracks en Leiden2022-tracks.', en: 'Kennisstad themes (2017, 2023–2027), ESOF2022 tracks and Leiden2022 tracks.' },
  },
} as const satisfies Record<DatasetId, Dataset>

export const DATASETS: Dataset[] = DATASET_IDS.map((id) => DATASETS_BY_ID[id])
export const dataset = <I extends DatasetId>(id: I): (typeof DATASETS_BY_ID)[I] => DATASETS_BY_ID[id]

export type Distribution = {
  format: FormatId; dialect?: Dialect; url: string; mediaType: string; title: { nl: string; en: string }
}

/** The download links of a dataset: one per format and variant, as the format registry names them. */
export function distributions(origin: string, dataset: Dataset): Distribution[] {
  return dataset.formats.flatMap((format) => FORMATS[format].distributions.map((d) => ({
    format, url: `${origin}/v1/${dataset.id}?${d.query}`, mediaType: FORMATS[format].mediaType, title: d.title,
    ...('dialect' in d ? { dialect: d.dialect } : {}),
  })))
}

