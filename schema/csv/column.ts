/**
 * Builders for the CSV data dictionaries. One dictionary per dataset drives the CSV columns, the CSV on the Web
 * metadata (/v1/csv-metadata/{dataset}) and the table on the downloads page, so they cannot drift apart.
 */
import { utcToZoned } from '../../core/time'

export type CsvType = 'string' | 'boolean' | 'integer' | 'decimal' | 'dateTime' | 'date' | 'anyURI'
export type CsvValue = string | number | boolean | null | undefined

export type Column<T> = {
  name: string
  type: CsvType
  description: { nl: string; en: string }
  example: string
  value: (item: T) => CsvValue
}

export const col = <T>(name: string, type: CsvType, nl: string, en: string, example: string, value: (item: T) => CsvValue): Column<T> =>
  ({ name, type, description: { nl, en }, example, value })

/** `{nl, en}` → two columns `<name>_nl`, `<name>_en`. */
export const bilingualCols = <T>(name: string, nl: string, en: string, example: [string, string],
  value: (item: T) => { nl: string; en: string | null } | null): Column<T>[] => [
  col(`${name}_nl`, 'string', `${nl} (Nederlands)`, `${en} (Dutch)`, example[0], (i) => value(i)?.nl),
  col(`${name}_en`, 'string', `${nl} (Engels)`, `${en} (English)`, example[1], (i) => value(i)?.en),
]

/** Relations are `;`-joined inside one cell. */
export const joined = (values: readonly (string | number)[]) => (values.length ? values.join(';') : null)

/** An instant as Europe/Amsterdam wall-clock time with the offset of that moment: `2022-07-13T09:00:00+02:00`. */
export const local = (instant: string | null) => {
  if (!instant) return null
  const z = utcToZoned(instant)
  return `${z.date}T${z.time}${z.offset}`
}

export const updatedAtCol = <T extends { updatedAt: string }>(): Column<T> =>
  col('updated_at', 'dateTime', 'Laatst gewijzigd (UTC)', 'Last changed (UTC)', '2026-11-27T20:53:24Z', (i) => i.updatedAt)
