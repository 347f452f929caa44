/**
 * Download file names that say what is in the file: `kennisstad-evenementen-naturalis-2022-excel-nl.csv` for the
 * events of 2022 at or by Naturalis, in the Dutch-Excel dialect. Built from the same filter values the query ran
 * with, so the name cannot disagree with the rows.
 */
import { codeLabel, type Lang } from '../../core/locale'
import type { DatasetId } from '../../schema/tables'

const FILES: Record<DatasetId, [nl: string, en: string]> = {
  events: ['evenementen', 'events'], occurrences: ['data-en-tijden', 'dates-and-times'], opgaven: ['opgaven', 'opgaven'],
  partners: ['organisaties', 'organisations'], places: ['plekken', 'places'], themes: ['themas', 'themes'],
}

/** Lower-case ASCII words joined by `-`: what is safe in a file name on every system. */
export const slug = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** `2022` for a whole year, `2022-07` for a whole month, else the two dates (or one side). */
function period(from: string | undefined, to: string | undefined, lang: Lang): string | undefined {
  const f = from ? DAY.exec(from.slice(0, 10)) : null
  const t = to ? DAY.exec(to.slice(0, 10)) : null
  if (f && t) {
    if (f[1] === t[1] && f[2] === '01' && f[3] === '01' && t[2] === '12' && t[3] === '31') return f[1]
    if (f[1] === t[1] && f[2] === t[2] && f[3] === '01' && Number(t[3]) === lastDayOfMonth(Number(t[1]), Number(t[2]))) return `${f[1]}-${f[2]}`
    return f[0] === t[0] ? f[0] : `${f[0]}-${lang === 'nl' ? 'tot' : 'to'}-${t[0]}`
  }
  if (f) return `${lang === 'nl' ? 'vanaf' : 'from'}-${f[0]}`
  if (t) return `${lang === 'nl' ? 'tot' : 'until'}-${t[0]}`
  return undefined
}

/**
 * The file name for `dataset` filtered by `values` (validated filter values; unknown keys are ignored). Without any
 * selection the date of the download says which version it is. The name is in `lang`, except that a Dutch-Excel
 * file is always named in Dutch: it is made for Dutch spreadsheets, and its name must not depend on the browser's
 * language (the header's name wins over the `download` attribute of the link on a Dutch page).
 */
export function downloadName(o: {
  dataset: DatasetId; values: Record<string, unknown>; lang: Lang; ext: string; dialect?: string; today: string
  /** What the file holds of the dataset, when not its rows (`per-maand`). */
  aspect?: [nl: string, en: string]
}): string {
  o = o.dialect === 'excel-nl' ? { ...o, lang: 'nl' } : o
  const words: string[] = []
  for (const [name, raw] of Object.entries(o.values)) {
    if (typeof raw !== 'string' || raw === '' || ['from', 'to', 'sort', 'limit', 'cursor', 'format', 'dialect', 'facets', 'demo'].includes(name)) continue
    if (raw === 'true' || raw === 'false') {
      const label = name === 'free' ? (o.lang === 'nl' ? 'gratis' : 'free') : slug(name)
      words.push(raw === 'true' ? label : `${o.lang === 'nl' ? 'niet' : 'not'}-${label}`)
    } else {
      words.push(...raw.split(',').map((v) => slug(codeLabel(name, v, o.lang))))
    }
  }
  const when = period(o.values.from as string | undefined, o.values.to as string | undefined, o.lang)
  const parts = ['kennisstad', FILES[o.dataset][o.lang === 'nl' ? 0 : 1], o.aspect?.[o.lang === 'nl' ? 0 : 1], ...words.filter(Boolean), when ?? (words.length ? undefined : o.today)]
  const base = parts.filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '')
  return `${base}${o.dialect && o.dialect !== 'rfc4180' ? `-${o.dialect}` : ''}.${o.ext}`
}
