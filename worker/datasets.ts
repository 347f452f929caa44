/**
 * The published datasets, described once: what the CSV columns are, which formats exist, and how each is
 * titled. The CSVW metadata, the DCAT catalog and the downloads page all read this.
 */
import { eventColumns } from '../schema/csv/events'
import { opgaveColumns, partnerColumns, placeColumns, themeColumns } from '../schema/csv/others'
import type { Column } from './lib/formats/csv'
import type { Format } from './lib/formats/negotiate'

/** Each dataset is one table, served at `/v1/{id}`. */
export const DATASET_IDS = ['events', 'opgaven', 'partners', 'places', 'themes'] as const

export type Dataset = {
  id: (typeof DATASET_IDS)[number]
  title: { nl: string; en: string }
  description: { nl: string; en: string }
  columns: Column<any>[]
  formats: readonly Format[]
}

export const DATASETS: Dataset[] = [
  { id: 'events', columns: eventColumns, formats: ['json', 'csv', 'ics', 'jsonld'],
    title: { nl: 'Evenementen van Kennisstad Leiden', en: 'Events of Kennisstad Leiden' },
    description: {
      nl: 'Activiteiten van het programma Kennisstad: Leiden European City of Science 2022, ESOF2022, EUCYS, musea en partners; met tijden, plekken, organisatoren, opgaven, thema’s en doelgroepen. Bevat als zodanig gemarkeerde fictieve demo-evenementen.',
      en: 'Activities of the Kennisstad programme: Leiden European City of Science 2022, ESOF2022, EUCYS, museums and partners; with times, places, organisers, opgaven, themes and audiences. Includes fictitious demo events, marked as such.',
    } },
  { id: 'opgaven', columns: opgaveColumns, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Opgaven van Kennisstad Leiden', en: 'Challenges (opgaven) of Kennisstad Leiden' },
    description: { nl: 'De opgaven waar het programma aan werkt, met thema’s en betrokken partners.', en: 'The challenges the programme works on, with themes and partners involved.' } },
  { id: 'partners', columns: partnerColumns, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Partners van Kennisstad Leiden', en: 'Partners of Kennisstad Leiden' },
    description: { nl: 'Organisaties in het programma, met vroegere namen en deelname aan de Kennisstad-convenanten.', en: 'Organisations in the programme, with former names and membership of the Kennisstad agreements.' } },
  { id: 'places', columns: placeColumns, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Plekken van Kennisstad Leiden', en: 'Places of Kennisstad Leiden' },
    description: { nl: 'Locaties, gebouwen, zalen en pleinen, met adres, coördinaten waar bekend en rijksmonumentnummer.', en: 'Venues, buildings, halls and squares, with address, coordinates where known and rijksmonument number.' } },
  { id: 'themes', columns: themeColumns, formats: ['json', 'csv', 'jsonld'],
    title: { nl: 'Thema’s en tracks', en: 'Themes and tracks' },
    description: { nl: 'Kennisstad-thema’s (2017, 2023–2027), ESOF2022-tracks en Leiden2022-tracks.', en: 'Kennisstad themes (2017, 2023–2027), ESOF2022 tracks and Leiden2022 tracks.' } },
]

export const datasetById = (id: string) => DATASETS.find((d) => d.id === id)
