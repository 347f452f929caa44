/**
 * The data dictionary of a dataset, for someone who does not program: per column what it holds, what kind of value
 * (in words), an example as each file writes it, and for coded columns every allowed value with its Dutch and
 * English name. Read from the same column list that writes the CSV and the CSVW metadata.
 */
import { html } from 'hono/html'
import { codeLabel, type Lang } from '../../core/locale'
import { exampleIn } from '../../schema/csv/dialect'
import type { Dataset } from '../formats/registry'
import { tr } from './layout'

const TYPES: Record<string, [nl: string, en: string]> = {
  string: ['tekst', 'text'],
  boolean: ['ja of nee (in de Excel-CSV ja/nee, in RFC 4180 true/false); leeg: onbekend', 'yes or no (ja/nee in the Excel CSV, true/false in RFC 4180); empty: unknown'],
  integer: ['geheel getal', 'whole number'],
  decimal: ['getal (in de Excel-CSV met komma: 17,5)', 'number (with a comma in the Excel CSV: 17,5)'],
  dateTime: ['datum en tijd in één, ISO 8601 (2022-07-13T09:00:00+02:00)', 'date and time in one, ISO 8601 (2022-07-13T09:00:00+02:00)'],
  date: ['datum (Excel-CSV: dag-maand-jaar; RFC 4180: jaar-maand-dag)', 'date (Excel CSV: day-month-year; RFC 4180: year-month-day)'],
  time: ['tijd (uu:mm)', 'time (hh:mm)'],
  anyURI: ['webadres', 'web address'],
}

export function dictionary(d: Dataset, lang: Lang) {
  return html`<details><summary>${tr(lang, 'Wat betekenen de kolommen?', 'What do the columns mean?')} (${d.columns.length} ${tr(lang, 'kolommen', 'columns')})</summary>
<div class="scroll" tabindex="0" role="region" aria-label="${tr(lang, `Kolommen van ${d.id}`, `Columns of ${d.id}`)}">
<table class="dictionary">
<caption>${tr(lang, 'Kolommen van', 'Columns of')} kennisstad-${d.id} — ${tr(lang, 'ook als', 'also as')} <a href="/v1/csv-metadata/${d.id}?dialect=excel-nl">CSVW</a> (${tr(lang, 'een machineleesbare beschrijving', 'a machine-readable description')})</caption>
<thead><tr><th scope="col">${tr(lang, 'Kolom', 'Column')}</th><th scope="col">${tr(lang, 'Betekenis', 'Meaning')}</th><th scope="col">${tr(lang, 'Soort waarde', 'Kind of value')}</th><th scope="col">${tr(lang, 'Voorbeeld', 'Example')}</th></tr></thead>
<tbody>${d.columns.map((col) => {
  const excel = exampleIn(col.example, col.type, 'excel-nl')
  const iso = exampleIn(col.example, col.type, 'rfc4180')
  return html`<tr><th scope="row"><code>${col.name}</code></th>
<td>${col.description[lang]}${col.codes ? html`<ul class="codes">${col.codes.values.map((v) => html`<li><code>${v}</code> = ${codeLabel(col.codes!.field, v, lang)}</li>`)}</ul>` : ''}</td>
<td>${tr(lang, ...(TYPES[col.type] ?? [col.type, col.type]))}</td>
<td>${excel === iso ? html`<code>${excel}</code>` : html`<code>${excel}</code> (Excel)<br><code>${iso}</code> (RFC 4180)`}</td></tr>`
})}</tbody>
</table></div>
</details>`
}
