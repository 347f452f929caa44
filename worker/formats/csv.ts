/**
 * Streaming CSV (RFC 4180) from a column dictionary. The response starts with the header row before the first
 * database chunk is read, and each chunk is encoded and released before the next is fetched, so memory does not
 * grow with the row count. A native ReadableStream measured 4× faster than csv-stringify here.
 *
 * Dialects (schema/csv/dialect.ts): `rfc4180` (comma, ISO values) and `excel-nl` (BOM, `;`, `13-07-2022`, `17,5`,
 * `ja`/`nee`), so Dutch Excel and LibreOffice open it in columns, with dates as dates and diacritics intact.
 *
 * Formula injection (OWASP): a text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, in every
 * dialect. Number columns are written as plain numbers, so a negative price stays `-5` (a number is never a formula).
 */
import { type CsvType, type CsvValue, DIALECTS, type Dialect, formatValue } from '../../schema/csv/dialect'
import type { Column } from '../../schema/csv/column'
import { chunkedText } from './stream'

export type { Column, CsvType, CsvValue, Dialect }
export { DIALECTS }

/** `=`, `+`, `-`, `@`, TAB, CR: a spreadsheet would read a cell starting with one as a formula. */
const dangerous = (code: number) => code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13
const QUOTE = { rfc4180: /[",\r\n]/, 'excel-nl': /[";\r\n]/ } satisfies Record<Dialect, RegExp>

/**
 * A cell writer for one column type in one dialect: quoted when needed, text neutralised against formula injection.
 * Made once per column and export, so the row loop does no lookups.
 */
export function cellWriter(type: CsvType, dialect: Dialect): (value: CsvValue) => string {
  const quote = QUOTE[dialect]
  const text = (value: string) => {
    const safe = dangerous(value.charCodeAt(0)) ? `'${value}` : value
    return quote.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
  }
  // Only a date changes form as text (excel-nl); numbers and booleans never need quotes in either dialect.
  const reformat = type === 'date' && DIALECTS[dialect].dayFirst
  return (value) => {
    if (value === null || value === undefined || value === '') return ''
    if (typeof value !== 'string') return formatValue(value, type, dialect)
    return text(reformat ? formatValue(value, type, dialect) : value)
  }
}

/** One cell (see cellWriter). */
export const cell = (value: CsvValue, type: CsvType, dialect: Dialect): string => cellWriter(type, dialect)(value)

export function row(values: string[], dialect: Dialect): string {
  return `${values.join(DIALECTS[dialect].delimiter)}\r\n`
}

/** The CSV body: BOM (excel-nl), header, then every row of every chunk `chunks` yields. */
export function csvStream<T>(columns: Column<T>[], dialect: Dialect, chunks: AsyncIterator<T[]>): ReadableStream<Uint8Array> {
  const head = (DIALECTS[dialect].bom ? '\uFEFF' : '') + row(columns.map((c) => cell(c.name, 'string', dialect)), dialect)
  const { delimiter } = DIALECTS[dialect]
  const writers = columns.map((c) => ({ value: c.value, write: cellWriter(c.type, dialect) }))
  return chunkedText(head, chunks, (items) => {
    let text = ''
    for (const item of items) {
      let line = writers[0]!.write(writers[0]!.value(item))
      for (let i = 1; i < writers.length; i++) line += delimiter + writers[i]!.write(writers[i]!.value(item))
      text += `${line}\r\n`
    }
    return text
  })
}
