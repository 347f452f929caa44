/**
 * Intl formatters, made once per locale and options and reused: constructing an `Intl.DateTimeFormat` costs far more
 * than formatting with one (a listing of twenty series with their later dates made hundreds of them per render).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = dateFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, f)
  }
  return f
}
