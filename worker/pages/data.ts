/**
 * /data: the downloads page for journalists and data users. Every dataset with its size, last change, licence,
 * data dictionary and a link per format, plus a form that downloads exactly a chosen selection of events.
 * Plain HTML forms: no JavaScript needed.
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import { DATASETS, distributions } from '../formats/datasets'
import type { AppEnv } from '../base/env'
import { type Bilingual, inLang } from '../../core/locale'
import { choicesFor } from '../data/choices'
import { eventFilters } from '../data/events/filters'
import { formFilters } from '../data/filters'
import { datasetStats } from '../data/stats'
import { filterFields } from './filter-form'
import { layout, pageLang, tr } from './layout'

const TYPE_LABELS: Record<string, [string, string]> = {
  string: ['tekst', 'text'], boolean: ['true/false', 'true/false'], integer: ['geheel getal', 'integer'],
  decimal: ['getal', 'number'], dateTime: ['datum-tijd', 'date-time'], date: ['datum', 'date'], anyURI: ['URL', 'URL'],
}

export async function dataPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const db = c.get('db')
  const origin = new URL(c.req.url).origin
  const [stats, choices] = await Promise.all([datasetStats(db), choicesFor(db, eventFilters)])
  const fmtDate = (iso: string | null) => (iso ? new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) : '—')
  const bil = (b: Bilingual) => inLang(b, lang)
  return c.html(layout({
    lang, path: '/data', title: tr(lang, 'Downloads', 'Downloads'),
    body: html`
<h1>${tr(lang, 'Data downloaden', 'Download the data')}</h1>
<p class="lead">${tr(lang,
  'Alle data is open (CC0 1.0): vrij te gebruiken, ook zonder bronvermelding. Kies “CSV voor Excel” als je de data in een Nederlandse spreadsheet opent: dan komt alles in kolommen en blijven letters als é en ë heel.',
  'All data is open (CC0 1.0): free to use, attribution not required. Choose “CSV for Excel” to open the data in a Dutch-language spreadsheet: everything lands in columns and letters like é and ë stay intact.')}</p>

<section aria-labelledby="selection">
<h2 id="selection">${tr(lang, 'Een selectie van evenementen downloaden', 'Download a selection of events')}</h2>
<form action="/data/download" method="get" class="selection">
  <input type="hidden" name="lang" value="${lang}">
  ${filterFields(eventFilters, formFilters(eventFilters), { lang, values: { demo: 'false' }, choices })}
  <fieldset><legend>${tr(lang, 'Formaat', 'Format')}</legend>
    <p><input type="radio" id="f-excel" name="format" value="excel-nl" checked> <label for="f-excel">${tr(lang, 'CSV voor Excel (puntkomma’s)', 'CSV for Excel (semicolons)')}</label></p>
    <p><input type="radio" id="f-csv" name="format" value="csv"> <label for="f-csv">CSV (RFC 4180)</label></p>
    <p><input type="radio" id="f-ics" name="format" value="ics"> <label for="f-ics">${tr(lang, 'Agenda (iCalendar)', 'Calendar (iCalendar)')}</label></p>
    <p><input type="radio" id="f-json" name="format" value="json"> <label for="f-json">JSON</label></p>
  </fieldset>
  <p><button type="submit">${tr(lang, 'Downloaden', 'Download')}</button></p>
</form>
</section>

${DATASETS.map((d) => {
  const s = stats[d.id]
  return html`<section aria-labelledby="ds-${d.id}" id="${d.id}">
<h2 id="ds-${d.id}">${bil(d.title)}</h2>
<p>${bil(d.description)}</p>
<dl class="facts">
  <dt>${tr(lang, 'Rijen', 'Rows')}</dt><dd>${s.rows}</dd>
  <dt>${tr(lang, 'Laatst bijgewerkt', 'Last updated')}</dt><dd>${fmtDate(s.modified)}</dd>
  <dt>${tr(lang, 'Licentie', 'Licence')}</dt><dd><a href="https://creativecommons.org/publicdomain/zero/1.0/deed.${lang}">CC0 1.0</a></dd>
</dl>
<ul class="downloads">${distributions(origin, d).map((x) => html`<li><a href="${x.url.slice(origin.length)}">${bil(x.title)}</a></li>`)}
  ${d.formats.includes('ics') ? html`<li><a href="webcal://${new URL(origin).host}/v1/${d.id}?format=ics">${tr(lang, 'Abonneren in je agenda (webcal)', 'Subscribe in your calendar (webcal)')}</a></li>` : ''}
</ul>
<details><summary>${tr(lang, 'Datawoordenboek', 'Data dictionary')} (${d.columns.length} ${tr(lang, 'kolommen', 'columns')})</summary>
<table>
<caption>${tr(lang, 'Kolommen van', 'Columns of')} kennisstad-${d.id}.csv — <a href="/v1/csv-metadata/${d.id}">CSVW</a></caption>
<thead><tr><th scope="col">${tr(lang, 'Kolom', 'Column')}</th><th scope="col">Type</th><th scope="col">${tr(lang, 'Betekenis', 'Meaning')}</th><th scope="col">${tr(lang, 'Voorbeeld', 'Example')}</th></tr></thead>
<tbody>${d.columns.map((col) => html`<tr><th scope="row"><code>${col.name}</code></th><td>${tr(lang, ...(TYPE_LABELS[col.type] ?? [col.type, col.type]))}</td><td>${bil(col.description)}</td><td><code>${col.example}</code></td></tr>`)}</tbody>
</table>
</details>
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
  }))
}


/** The selection form's target: drop empty fields and send the browser to the matching API download. */
export function downloadRedirect(c: Context<AppEnv>) {
  const target = new URLSearchParams()
  for (const key of formFilters(eventFilters)) {
    const value = c.req.query(key)?.trim()
    if (value) target.set(key, value)
  }
  const format = c.req.query('format') ?? 'excel-nl'
  if (format === 'excel-nl') {
    target.set('format', 'csv')
    target.set('dialect', 'excel-nl')
  } else if (format === 'csv' || format === 'ics' || format === 'jsonld') {
    target.set('format', format)
  } else {
    target.set('limit', '100')
  }
  return c.redirect(`/v1/events?${target}`, 302)
}
