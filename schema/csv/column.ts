/**
 * Builders for the CSV data dictionaries. One dictionary per dataset drives the CSV columns, the CSV on the Web
 * metadata (/v1/csv-metadata/{dataset}) and the table on the downloads page, so they cannot drift apart.
 */
import { utcToZoned } from '../../core/time'
import type { Provenance } from '../api/provenance'
import { LICENSES, ORIGINS } from '../tables'

import type { CsvType, CsvValue } from './dialect'

export type { CsvType, CsvValue }

/** The coded values a column can hold, named in core/locale's `codeLabel(field, value)`. */
export type Codes = { field: string; values: readonly string[] }

export type Column<T> = {
  name: string
  type: CsvType
  /** What the column holds, for someone who does not program. */
  description: { nl: string; en: string }
  /** In the canonical (ISO, rfc4180) form; each dialect shows it its own way. */
  example: string
  value: (item: T) => CsvValue
  /** For coded columns: every allowed value (several in one cell are `;`-separated). */
  codes?: Codes
}

export const col = <T>(name: string, type: CsvType, nl: string, en: string, example: string, value: (item: T) => CsvValue, codes?: Codes): Column<T> =>
  ({ name, type, description: { nl, en }, example, value, ...(codes ? { codes } : {}) })

/** `{nl, en}` → two columns `<name>_nl`, `<name>_en`. */
export const bilingualCols = <T>(name: string, nl: string, en: string, example: [string, string],
  value: (item: T) => { nl: string; en: string | null } | null): Column<T>[] => [
  col(`${name}_nl`, 'string', `${nl} (Nederlands)`, `${en} (Dutch)`, example[0], (i) => value(i)?.nl),
  col(`${name}_en`, 'string', `${nl} (Engels)`, `${en} (English)`, example[1], (i) => value(i)?.en),
]

/** Relations are `;`-joined inside one cell. */
export const joined = (values: readonly (string | number)[]) => (values.length ? values.join(';') : null)

/** The local (Amsterdam) date of an instant: `2022-07-13`. */
export const localDate = (instant: string | null | undefined) => (instant ? utcToZoned(instant).date : null)
/** The local (Amsterdam) time of an instant: `09:00`. */
export const localTime = (instant: string | null | undefined) => (instant ? utcToZoned(instant).time.slice(0, 5) : null)

type Span = { startsAt: string; endsAt: string | null; allDay: boolean }
/**
 * The local date and time columns of anything that starts and ends, as people read a calendar: the last day of an
 * all-day event is inclusive (an exhibition "until 12 June" ends at midnight starting 13 June), and all-day events
 * have no times.
 */
export const spanCols = <T extends Span>(example: { start: [string, string]; end: [string, string] }): Column<T>[] => [
  col('start_date', 'date', 'Begindatum (Nederlandse tijd)', 'Start date (Dutch time)', example.start[0], (i) => localDate(i.startsAt)),
  col('start_time', 'time', 'Begintijd (Nederlandse tijd); leeg als het om hele dagen gaat', 'Start time (Dutch time); empty for all-day', example.start[1],
    (i) => (i.allDay ? null : localTime(i.startsAt))),
  col('end_date', 'date', 'Einddatum: de laatste dag (Nederlandse tijd); leeg als onbekend', 'End date: the last day (Dutch time); empty when unknown', example.end[0],
    (i) => (i.endsAt ? localDate(i.allDay ? new Date(Date.parse(i.endsAt) - 1000).toISOString() : i.endsAt) : null)),
  col('end_time', 'time', 'Eindtijd (Nederlandse tijd); leeg bij hele dagen of als onbekend', 'End time (Dutch time); empty for all-day or unknown', example.end[1],
    (i) => (i.allDay ? null : localTime(i.endsAt))),
  col('month', 'string', 'Maand van de begindatum (jaar-maand): om per maand te tellen', 'Month of the start date (year-month): to count per month', example.start[0].slice(0, 7),
    (i) => localDate(i.startsAt)?.slice(0, 7)),
]

/** An instant as Europe/Amsterdam wall-clock time with the offset of that moment: `2022-07-13T09:00:00+02:00`. */
export const local = (instant: string | null) => {
  if (!instant) return null
  const z = utcToZoned(instant)
  return `${z.date}T${z.time}${z.offset}`
}

export const updatedAtCol = <T extends { updatedAt: string }>(): Column<T> =>
  col('updated_at', 'dateTime', 'Laatst gewijzigd (UTC)', 'Last changed (UTC)', '2026-11-27T20:53:24Z', (i) => i.updatedAt)

/** Where each row came from (the `provenance` of the JSON), the same columns in every dataset. */
export const provenanceCols = <T extends { provenance: Provenance }>(example: string): Column<T>[] => [
  col('source_origin', 'string', 'Herkomst: seed (door de redactie samengesteld uit de bron), api (ingevoerd met een API-sleutel) of feed (overgenomen uit de agenda-feed van een partner)',
    'Origin: seed (compiled by the editors from the source), api (entered with an API key) or feed (imported from a partner’s calendar feed)', 'seed', (i) => i.provenance.origin, { field: 'origin', values: ORIGINS }),
  col('source_url', 'anyURI', 'Openbare bron van de gegevens', 'Public source of the data', example, (i) => i.provenance.url),
  col('source_feed', 'string', 'Feed waaruit de rij is overgenomen (vaste code)', 'Feed the row was imported from (fixed code)', '', (i) => i.provenance.feed),
  col('source_partner', 'string', 'Partner die de gegevens aanleverde (vaste code)', 'Partner that supplied the data (fixed code)', '', (i) => i.provenance.partner?.id),
  col('source_license', 'string', 'Licentie van deze rij (CC0-1.0: vrij te gebruiken; CC-BY-4.0: vermeld de partner als bron)',
    'Licence of this row (CC0-1.0: free to use; CC-BY-4.0: name the partner as source)', 'CC0-1.0', (i) => i.provenance.license, { field: 'license', values: LICENSES }),
  col('source_retrieved_at', 'dateTime', 'Wanneer de gegevens voor het laatst uit de bron zijn overgenomen (UTC)', 'When the data were last taken from the source (UTC)', '2026-11-27T09:00:00Z', (i) => i.provenance.retrievedAt),
]
