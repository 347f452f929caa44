/**
 * The two CSV dialects, and how each writes a value of each column type. The CSV export, the CSVW metadata and the
 * data dictionary's examples all format through `formatValue`, so an example always looks like the file.
 *
 * - `rfc4180` (default): comma, ISO values throughout (`2022-07-13`, `17.5`, `true`): for programs.
 * - `excel-nl`: UTF-8 BOM, `;`, and values a spreadsheet in a Dutch locale recognises without formulas: dates
 *   `13-07-2022`, decimals `17,5`, booleans `ja`/`nee`.
 */
export type CsvType = 'string' | 'boolean' | 'integer' | 'decimal' | 'dateTime' | 'date' | 'time' | 'anyURI'
export type CsvValue = string | number | boolean | null | undefined

export const DIALECTS = {
  rfc4180: { delimiter: ',', bom: false, decimal: '.', yes: 'true', no: 'false', dayFirst: false },
  'excel-nl': { delimiter: ';', bom: true, decimal: ',', yes: 'ja', no: 'nee', dayFirst: true },
} as const
export type Dialect = keyof typeof DIALECTS
export const DIALECT_IDS = Object.keys(DIALECTS) as [Dialect, ...Dialect[]]

/** A value as text in `dialect` (before quoting and formula neutralising); '' for no value. */
export function formatValue(value: CsvValue, type: CsvType, dialect: Dialect): string {
  if (value === null || value === undefined) return ''
  const d = DIALECTS[dialect]
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    const text = String(value)
    return type === 'decimal' && d.decimal !== '.' ? text.replace('.', d.decimal) : text
  }
  if (typeof value === 'boolean') return value ? d.yes : d.no
  if (type === 'date' && d.dayFirst) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (m) return `${m[3]}-${m[2]}-${m[1]}`
  }
  return value
}

/** An example written in the canonical (ISO) form, as the given dialect writes it. */
export function exampleIn(example: string, type: CsvType, dialect: Dialect): string {
  if (example === '') return ''
  if (type === 'boolean') return formatValue(example === 'true', type, dialect)
  if (type === 'decimal' || type === 'integer') return formatValue(Number(example), type, dialect)
  return formatValue(example, type, dialect)
}

/** The CSVW datatype of a column in `dialect` (with the format a validator needs to read it back). */
export function csvwDatatype(type: CsvType, dialect: Dialect): string | Record<string, unknown> {
  const d = DIALECTS[dialect]
  if (type === 'decimal' && d.decimal !== '.') return { base: 'decimal', format: { decimalChar: d.decimal } }
  if (type === 'boolean' && d.yes !== 'true') return { base: 'boolean', format: `${d.yes}|${d.no}` }
  if (type === 'date' && d.dayFirst) return { base: 'date', format: 'dd-MM-yyyy' }
  if (type === 'time') return { base: 'time', format: 'HH:mm' }
  return type
}
