/**
 * A selection of events in words and links: the filters that are on (each removable with one link, so a view can be
 * shared and changed), the counts per theme, organiser and month to narrow it down, and a small chart per month.
 * The agenda and the downloads page both show a selection this way.
 */
import { html } from 'hono/html'
import { codeLabel, inLang, type Lang } from '../../core/locale'
import { addDays } from '../../core/time'
import type { DatasetId } from '../../schema/tables'
import type { Choice } from '../data/choices'
import type { FilterTable } from '../data/filters'
import { pageUrl, tr } from './layout'
import { dateFormat } from '../../core/intl'

type Choices = Partial<Record<DatasetId, Choice[]>>

const dateText = (iso: string, lang: Lang) => dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${iso.slice(0, 10)}T12:00:00Z`))

/** A filter's value in words: a partner's name, a code's label, a date, yes/no. */
export function valueText(table: FilterTable, name: string, value: string, choices: Choices, lang: Lang): string {
  const f = table[name]
  if (!f) return value
  const one = (v: string) => {
    switch (f.input.kind) {
      case 'ref': {
        const c = choices[f.input.dataset]?.find((x) => x.id === v)
        return c ? (typeof c.label === 'string' ? c.label : inLang(c.label, lang)) : v
      }
      case 'enum': return codeLabel(name, v, lang)
      case 'boolean': return v === 'true' ? tr(lang, 'ja', 'yes') : tr(lang, 'nee', 'no')
      case 'date': return /^\d{4}-\d{2}-\d{2}/.test(v) ? dateText(v, lang) : v
      default: return `“${v}”`
    }
  }
  return value.split(f.input.kind === 'text' ? /(?!)/ : ',').map(one).join(tr(lang, ' of ', ' or '))
}

/** The filters that are on, each a link that takes it off (the rest of the selection stays). */
export function activeFilters(path: string, table: FilterTable, values: Record<string, string | undefined>, choices: Choices, lang: Lang, keep?: URLSearchParams) {
  const on = Object.entries(values).filter(([k, v]) => v && table[k])
  if (on.length === 0) return ''
  const without = (name: string) => {
    const q = new URLSearchParams(keep)
    for (const [k, v] of on) if (k !== name) q.set(k, v!)
    return pageUrl(path, lang, q)
  }
  return html`<ul class="chips" aria-label="${tr(lang, 'Filters die aan staan', 'Filters that are on')}">${on.map(([k, v]) => html`<li>
  <span>${table[k]!.label[lang]}: <strong>${valueText(table, k, v!, choices, lang)}</strong></span>
  <a href="${without(k)}" aria-label="${tr(lang, `Filter ${table[k]!.label.nl} weghalen`, `Remove filter ${table[k]!.label.en}`)}">×</a></li>`)}
  ${on.length > 1 ? html`<li class="clear"><a href="${pageUrl(path, lang, keep)}">${tr(lang, 'Alle filters weg', 'Clear all filters')}</a></li>` : ''}
</ul>`
}

type Facets = { theme?: { id: string; label: { nl: string; en?: string | null }; count: number }[]; partner?: { id: string; name: string; count: number }[] }

/** Links that narrow the selection by a theme or an organiser, with how many events each would leave. */
export function narrowLinks(path: string, values: Record<string, string | undefined>, facets: Facets, lang: Lang) {
  const set = (name: string, id: string) => {
    const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][])
    q.set(name, id)
    return pageUrl(path, lang, q)
  }
  const themes = values.theme ? [] : (facets.theme ?? []).slice(0, 8)
  const partners = values.partner ? [] : (facets.partner ?? []).slice(0, 8)
  if (themes.length + partners.length === 0) return ''
  return html`<div class="narrow">
${themes.length ? html`<p><span>${tr(lang, 'Thema', 'Theme')}:</span> ${themes.map((t, i) => html`${i ? ' · ' : ''}<a href="${set('theme', t.id)}">${inLang(t.label, lang)}</a> (${t.count})`)}</p>` : ''}
${partners.length ? html`<p><span>${tr(lang, 'Georganiseerd door', 'Organised by')}:</span> ${partners.map((p, i) => html`${i ? ' · ' : ''}<a href="${set('partner', p.id)}">${p.name}</a> (${p.count})`)}</p>` : ''}
</div>`
}

/** `2022-12` → `2023-01`. */
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The first and last day of a `YYYY-MM` month. */
export const monthRange = (month: string): { from: string; to: string } => ({ from: `${month}-01`, to: addDays(`${nextMonth(month)}-01`, -1) })

const monthName = (month: string, lang: Lang, style: 'short' | 'long' = 'short') =>
  dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`))

/**
 * Events per month as a bar chart (inline SVG, no script) with the numbers as a table for screen readers and for
 * anyone who would rather read than look. Each month links to the selection narrowed to it.
 */
export function monthChart(months: { month: string; count: number }[], lang: Lang, link: (month: string) => string) {
  if (months.length === 0) return ''
  // Every month between the first and the last, so gaps show as empty bars.
  const all: { month: string; count: number }[] = []
  const counts = new Map(months.map((m) => [m.month, m.count]))
  for (let m = months[0]!.month; m <= months[months.length - 1]!.month && all.length < 240; m = nextMonth(m)) {
    all.push({ month: m, count: counts.get(m) ?? 0 })
  }
  const max = Math.max(...all.map((m) => m.count))
  // Bars fill about 600 units whatever the number of months, within readable limits.
  const gap = 4
  const bar = Math.max(6, Math.min(48, Math.floor(600 / all.length) - gap))
  const height = 120
  const width = all.length * (bar + gap)
  return html`<figure class="chart">
<svg viewBox="0 0 ${Math.max(width, 160)} ${height + 20}" width="${Math.max(width, 160)}" role="group" aria-labelledby="chart-title">
<title id="chart-title">${tr(lang, 'Aantal evenementen per maand', 'Number of events per month')}</title>
${all.map((m, i) => {
  const h = max ? Math.round((m.count / max) * height) : 0
  // Each bar is a link (to the selection narrowed to that month), named for keyboard and screen-reader users.
  return html`<a href="${link(m.month)}" aria-label="${monthName(m.month, lang, 'long')}: ${m.count}"><rect class="bar" x="${i * (bar + gap)}" y="${height - h}" width="${bar}" height="${Math.max(h, m.count ? 2 : 0)}"><title>${monthName(m.month, lang, 'long')}: ${m.count}</title></rect></a>`
})}
<line class="axis" x1="0" y1="${height + 0.5}" x2="${width}" y2="${height + 0.5}"></line>
<text class="label" x="0" y="${height + 16}">${monthName(all[0]!.month, lang)}</text>
${all.length > 1 ? html`<text class="label" x="${Math.max(width, 160)}" y="${height + 16}" text-anchor="end">${monthName(all[all.length - 1]!.month, lang)}</text>` : ''}
</svg>
<figcaption>
<details><summary>${tr(lang, 'Als tabel', 'As a table')}</summary>
<table class="months"><thead><tr><th scope="col">${tr(lang, 'Maand', 'Month')}</th><th scope="col">${tr(lang, 'Evenementen', 'Events')}</th></tr></thead>
<tbody>${all.filter((m) => m.count).map((m) => html`<tr><th scope="row"><a href="${link(m.month)}">${monthName(m.month, lang, 'long')}</a></th><td>${m.count}</td></tr>`)}</tbody></table>
</details>
</figcaption>
</figure>`
}
