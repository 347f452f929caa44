/**
 * /data: the downloads page for journalists and data users. A selection form (the event filters, "organised by"
 * and "at" told apart); before downloading, the number of matching events, the first rows as a table and a chart
 * per month (also as CSV); then download links whose file names say what is in them. Below, every dataset with
 * its size, licence and a data dictionary in plain words. Plain HTML forms: no JavaScript needed. Wrong input
 * gets the form back with a message in the page's language.
 */
import { count } from 'drizzle-orm'
import type { Context } from 'hono'
import { LICENSE } from '../../core/license'
import { html } from 'hono/html'
import { type Bilingual, inLang, type Lang } from '../../core/locale'
import { today } from '../../core/time'
import { formatWhen } from '../../core/when'
import * as t from '../../schema/tables'
import type { AppEnv } from '../base/env'
import { choicesFor } from '../data/choices'
import { eventFacets, events } from '../data/events/collection'
import { type EventFilterValues, eventFilters, windowRule } from '../data/events/filters'
import { formFilters } from '../data/filters'
import { datasetStats } from '../data/stats'
import { row } from '../formats/csv'
import { DATASETS, distributions } from '../formats/datasets'
import { downloadName } from '../formats/file-name'
import { dictionary } from './data-dictionary'
import { filterFields, readFilters } from './filter-form'
import { layout, pageLang, pageUrl, tr } from './layout'
import { activeFilters, monthChart, monthRange } from './selection'
import { dateFormat } from '../../core/intl'

const MAIN = ['from', 'to', 'partner', 'place', 'theme', 'opgave', 'q'] as const
const FORMATS: Record<'excel-nl' | 'csv' | 'ics' | 'json', [nl: string, en: string]> = {
  'excel-nl': ['CSV voor Excel (Nederlands: puntkomma’s, datums als datum)', 'CSV for Excel (Dutch: semicolons, dates as dates)'],
  csv: ['CSV (RFC 4180: komma’s, ISO-datums; voor programma’s)', 'CSV (RFC 4180: commas, ISO dates; for programs)'],
  ics: ['Agenda (iCalendar)', 'Calendar (iCalendar)'],
  json: ['JSON', 'JSON'],
}
type Format = keyof typeof FORMATS

/** The API address that downloads `values` in `format`. */
export function downloadUrl(values: EventFilterValues, format: Format) {
  const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][])
  if (format === 'excel-nl') { q.set('format', 'csv'); q.set('dialect', 'excel-nl') } else if (format === 'json') q.set('limit', '100')
  else q.set('format', format)
  return `/v1/events?${q}`
}

const fileFor = (values: EventFilterValues, format: Format, lang: Lang) => format === 'json' ? null
  : downloadName({ dataset: 'events', values, lang, today: today(), ext: format === 'ics' ? 'ics' : 'csv', dialect: format === 'excel-nl' ? 'excel-nl' : undefined })

/** The selection's count, first rows, chart and download links. */
async function selection(c: Context<AppEnv>, values: EventFilterValues, lang: Lang) {
  const db = c.get('db')
  const [[{ n } = { n: 0 }], preview, facets] = await Promise.all([
    db.select({ n: count() }).from(t.events).where(events.where(values, null)) as Promise<{ n: number }[]>,
    events.top(db, values, { sort: 'startsAt', limit: 10 }),
    eventFacets(db, values, null, ['month']),
  ])
  const keep = new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][])
  const monthLink = (month: string) => {
    const q = new URLSearchParams(keep)
    const r = monthRange(month)
    q.set('from', r.from)
    q.set('to', r.to)
    return `${pageUrl('/data', lang, q)}#selection-result`
  }
  const perMonth = new URLSearchParams(keep)
  perMonth.set('lang', lang)
  return html`<section aria-labelledby="selection-result" class="result">
<h2 id="selection-result">${tr(lang, 'Jouw selectie', 'Your selection')}</h2>
<p class="count" role="status"><strong>${n}</strong> ${n === 1 ? tr(lang, 'evenement', 'event') : tr(lang, 'evenementen', 'events')} — ${tr(lang, 'één rij per evenement in de CSV.', 'one row per event in the CSV.')}</p>
${n > 0 ? html`
<div class="scroll" tabindex="0" role="region" aria-label="${tr(lang, 'Voorbeeld van de eerste rijen', 'Preview of the first rows')}">
<table class="preview-rows"><caption>${n > preview.length ? tr(lang, `De eerste ${preview.length} van ${n}`, `The first ${preview.length} of ${n}`) : tr(lang, 'Alle rijen', 'All rows')}</caption>
<thead><tr><th scope="col">${tr(lang, 'Wanneer', 'When')}</th><th scope="col">${tr(lang, 'Titel', 'Title')}</th><th scope="col">${tr(lang, 'Waar', 'Where')}</th><th scope="col">${tr(lang, 'Organisatie', 'Organised by')}</th></tr></thead>
<tbody>${preview.map((e) => html`<tr><td>${formatWhen(e, lang, 'short')}</td><th scope="row"><a href="/events/${e.id}?lang=${lang}">${inLang(e.title, lang)}</a></th>
<td>${e.places.map((p) => p.name).join(', ')}</td><td>${e.organisers.map((o) => o.name).join(', ')}</td></tr>`)}</tbody></table></div>
${facets.month && facets.month.length > 0 ? html`<h3>${tr(lang, 'Evenementen per maand', 'Events per month')}</h3>${monthChart(facets.month, lang, monthLink)}
<p><a href="/data/months?${perMonth}&amp;dialect=excel-nl" download>${tr(lang, 'Aantallen per maand als CSV (Excel)', 'Counts per month as CSV (Excel)')}</a></p>` : ''}
<h3>${tr(lang, 'Downloaden', 'Download')}</h3>
<ul class="downloads">${(Object.keys(FORMATS) as Format[]).map((f) => {
  const file = fileFor(values, f, lang)
  return html`<li><a href="${downloadUrl(values, f)}"${file ? html` download="${file}"` : ''}>${tr(lang, ...FORMATS[f])}</a>${file ? html` <small><code>${file}</code></small>` : ''}</li>`
})}</ul>` : html`<p>${tr(lang, 'Maak de selectie ruimer: haal een filter weg of kies een langere periode.', 'Widen the selection: remove a filter or choose a longer period.')}</p>`}
</section>`
}

/** /data, or /data with a selection (any filter, or `show`). `errors` re-renders the form with messages (400). */
export async function dataPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const db = c.get('db')
  const origin = new URL(c.req.url).origin
  const query = c.req.query()
  const { values, errors } = readFilters(eventFilters, query, lang, windowRule)
  const invalid = Object.keys(errors).length > 0
  const chosen = Object.keys(values).length > 0 || 'show' in query
  const [stats, choices] = await Promise.all([datasetStats(db), choicesFor(db, eventFilters)])
  const fmtDate = (iso: string | null) => (iso ? dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) : '—')
  const bil = (b: Bilingual) => inLang(b, lang)
  const more = formFilters(eventFilters).filter((k) => !(MAIN as readonly string[]).includes(k))
  const format = (query.format as Format) in FORMATS ? (query.format as Format) : 'excel-nl'
  const formValues = chosen || invalid ? query : { demo: 'false' }
  const page = layout({
    lang, path: '/data', title: tr(lang, 'Downloads', 'Downloads'), origin, noindex: chosen || invalid,
    query: chosen ? new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][]) : undefined,
    description: tr(lang, 'Download de evenementen, organisaties, plekken en opgaven van Kennisstad Leiden als CSV die goed opent in Nederlandse Excel, als agenda of als JSON. Open data.',
      'Download the events, organisations, places and opgaven of Kennisstad Leiden as CSV that opens correctly in Dutch Excel, as a calendar or as JSON. Open data.'),
    body: html`
<h1>${tr(lang, 'Data downloaden', 'Download the data')}</h1>
<p class="lead">${tr(lang,
  'Alle data is open: CC0 1.0, vrij te gebruiken, ook zonder bronvermelding — behalve wat een partner onder CC BY 4.0 aanlevert: die rijen zeggen dat zelf (kolom source_license), vermeld dan de partner als bron. Kies “CSV voor Excel” als je de data in een Nederlandse spreadsheet opent: dan komt alles in kolommen, zijn datums echte datums en blijven letters als é en ë heel.',
  'All data is open: CC0 1.0, free to use, attribution not required — except what a partner supplies under CC BY 4.0: those rows say so themselves (column source_license); credit the partner then. Choose “CSV for Excel” to open the data in a Dutch-language spreadsheet: everything lands in columns, dates are real dates and letters like é and ë stay intact.')}</p>

<section aria-labelledby="selection">
<h2 id="selection">${tr(lang, 'Een selectie van evenementen', 'A selection of events')}</h2>
${invalid ? html`<p class="notice error" role="alert">${tr(lang, 'Een of meer velden kloppen niet; zie de meldingen hieronder.', 'One or more fields are not right; see the messages below.')}</p>` : ''}
<form action="/data" method="get" class="selection">
  <input type="hidden" name="lang" value="${lang}">
  <div class="fields">${filterFields(eventFilters, MAIN, { lang, values: formValues, choices, errors })}</div>
  <details${more.some((k) => values[k as keyof typeof values] || errors[k]) ? html` open` : ''}><summary>${tr(lang, 'Meer filters', 'More filters')}</summary>
  <div class="fields">${filterFields(eventFilters, more, { lang, values: formValues, choices, errors })}</div></details>
  <fieldset><legend>${tr(lang, 'Formaat', 'Format')}</legend>
    ${(Object.keys(FORMATS) as Format[]).map((f) => html`<p><input type="radio" id="f-${f}" name="format" value="${f}"${f === format ? html` checked` : ''}> <label for="f-${f}">${tr(lang, ...FORMATS[f])}</label></p>`)}
  </fieldset>
  <p class="buttons"><button type="submit" name="show" value="1">${tr(lang, 'Bekijk de selectie', 'Show the selection')}</button>
  <button type="submit" formaction="/data/download" class="secondary">${tr(lang, 'Meteen downloaden', 'Download now')}</button></p>
</form>
${chosen && !invalid ? activeFilters('/data', eventFilters, values, choices, lang, new URLSearchParams({ show: '1' })) : ''}
${chosen && !invalid ? await selection(c, values, lang) : ''}
</section>

${DATASETS.map((d) => {
  const s = stats[d.id]
  return html`<section aria-labelledby="ds-${d.id}" id="${d.id}">
<h2 id="ds-${d.id}">${bil(d.title)}</h2>
<p>${bil(d.description)}</p>
<dl class="facts">
  <dt>${tr(lang, 'Rijen', 'Rows')}</dt><dd>${s.rows}</dd>
  <dt>${tr(lang, 'Laatst bijgewerkt', 'Last updated')}</dt><dd>${fmtDate(s.modified)}</dd>
  <dt>${tr(lang, 'Licentie', 'Licence')}</dt><dd>${s.licenses.map((id, i) => html`${i ? tr(lang, ' en ', ' and ') : ''}<a href="${LICENSE[id].url}deed.${lang}">${LICENSE[id].name}</a>`)}${
    s.licenses.length > 1 ? tr(lang, ' (per rij in de kolom source_license; bij CC BY 4.0: vermeld de partner als bron)', ' (per row in the column source_license; for CC BY 4.0: credit the partner)') : ''}</dd>
</dl>
<ul class="downloads">${distributions(origin, d).map((x) => html`<li><a href="${x.url.slice(origin.length)}">${bil(x.title)}</a></li>`)}
  ${d.formats.includes('ics') ? html`<li><a href="webcal://${new URL(origin).host}/v1/${d.id}?format=ics">${tr(lang, 'Abonneren in je agenda (webcal)', 'Subscribe in your calendar (webcal)')}</a></li>` : ''}
</ul>
${dictionary(d, lang)}
</section>`
})}

<section aria-labelledby="more">
<h2 id="more">${tr(lang, 'Voor ontwikkelaars en portalen', 'For developers and portals')}</h2>
<ul>
  <li><a href="/v1/catalog">${tr(lang, 'DCAT-AP-NL-catalogus (voor data.overheid.nl)', 'DCAT-AP-NL catalog (for data.overheid.nl)')}</a></li>
  <li><a href="/docs?lang=${lang}">${tr(lang, 'API-documentatie', 'API reference')}</a></li>
</ul>
<p>${tr(lang,
  'Veiligheid in spreadsheets: tekstcellen die met =, +, -, @, tab of een regeleinde beginnen krijgen een apostrof ervoor, zodat een spreadsheet ze nooit als formule uitvoert. Getalkolommen blijven gewone getallen (een negatieve prijs blijft -5).',
  'Spreadsheet safety: text cells that begin with =, +, -, @, a tab or a line break get an apostrophe in front, so a spreadsheet never runs them as a formula. Number columns stay plain numbers (a negative price stays -5).')}</p>
</section>`,
  })
  return c.html(page, invalid ? 400 : 200)
}

/** The form's "Download now": the same checks as the page; then to the matching API download. */
export async function downloadRedirect(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const { values, errors } = readFilters(eventFilters, c.req.query(), lang, windowRule)
  if (Object.keys(errors).length > 0) return dataPage(c)
  const format = (c.req.query('format') as Format) in FORMATS ? (c.req.query('format') as Format) : 'excel-nl'
  return c.redirect(downloadUrl(values, format), 302)
}

/** The chart's numbers as CSV: month and number of events, in the chosen dialect. */
export async function monthsCsv(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const { values, errors } = readFilters(eventFilters, c.req.query(), lang, windowRule)
  if (Object.keys(errors).length > 0) return dataPage(c)
  const dialect = c.req.query('dialect') === 'rfc4180' ? 'rfc4180' : 'excel-nl'
  const { month = [] } = await eventFacets(c.get('db'), values, null, ['month'])
  const header = lang === 'nl' ? ['maand', 'evenementen'] : ['month', 'events']
  const body = (dialect === 'excel-nl' ? '\uFEFF' : '') + row(header, dialect) + month.map((m) => row([m.month, String(m.count)], dialect)).join('')
  const file = downloadName({ dataset: 'events', values, lang, ext: 'csv', dialect, today: today(), aspect: ['per-maand', 'per-month'] })
  return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': `attachment; filename="${file}"` })
}
