/**
 * Text is stored as plain text: markup is removed (tags, comments), control characters other than newline and tab
 * are dropped, and whitespace is trimmed. Widgets and pages escape on output anyway; this keeps the data clean for
 * every other consumer (CSV, iCalendar, partners' own sites).
 */
export function plain(value: string): string {
  return value
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
}

/** Fields that hold URLs: validated as http(s) URLs by the schemas, never rewritten. */
export const URL_FIELDS: ReadonlySet<string> = new Set(['url', 'onlineUrl', 'registrationUrl', 'sourceUrl'])

/** `plain` applied to every string inside a value (objects and arrays included), except in the `skip` fields. */
export function plainDeep<T>(value: T, skip: ReadonlySet<string> = URL_FIELDS): T {
  if (typeof value === 'string') return plain(value) as T
  if (Array.isArray(value)) return value.map((v) => plainDeep(v, skip)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skip.has(k) ? v : plainDeep(v, skip)])) as T
  }
  return value
}
