/**
 * Form fields for the filters of a collection, from its filter table: a select of the collection's ids for a
 * reference, a select of the allowed values for an enum, a date input, a yes/no select, a text field. The
 * configurator, /data and the agenda all render their filters with this, so a new filter appears in each of them.
 */
import { html } from 'hono/html'
import { type Bilingual, codeLabel, inLang } from '../../core/locale'
import type { Choice } from '../data/choices'
import type { DatasetId } from '../../schema/tables'
import type { Filter, FilterTable } from '../data/filters'
import { type Lang, tr } from './layout'

type Options = {
  lang: Lang
  /** Current values, by filter name. */
  values: Record<string, string | undefined>
  choices: Partial<Record<DatasetId, Choice[]>>
  /** Prefix for element ids, so two forms on a page do not collide. */
  idPrefix?: string
  /** Extra attributes per field (the configurator marks which element each filter belongs to). */
  attrs?: (name: string) => string
}

const label = (l: string | Bilingual, lang: Lang) => (typeof l === 'string' ? l : inLang(l, lang))

function field(name: string, f: Filter, o: Options) {
  const id = `${o.idPrefix ?? ''}${name}`
  const value = o.values[name] ?? ''
  const any = html`<option value="">${tr(o.lang, '— alle —', '— all —')}</option>`
  const select = (items: { id: string; label: string }[]) => html`<select id="${id}" name="${name}">${any}${items.map((c) =>
    html`<option value="${c.id}"${c.id === value ? html` selected` : ''}>${c.label}</option>`)}</select>`
  const input = (() => {
    switch (f.input.kind) {
      case 'ref': return select((o.choices[f.input.dataset] ?? []).map((c) => ({ id: c.id, label: label(c.label, o.lang) })))
      case 'enum': return select(f.input.values.map((v) => ({ id: v, label: codeLabel(name, v, o.lang) })))
      case 'boolean': return select([{ id: 'true', label: tr(o.lang, 'ja', 'yes') }, { id: 'false', label: tr(o.lang, 'nee', 'no') }])
      case 'date': return html`<input type="date" id="${id}" name="${name}" value="${/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}">`
      case 'text': return html`<input type="search" id="${id}" name="${name}" maxlength="200" value="${value}">`
    }
  })()
  return html`<p class="field"${o.attrs ? html` ${o.attrs(name)}` : ''}><label for="${id}">${f.label[o.lang]}</label> ${input}</p>`
}

/** The fields of `names` (filters of `table`), in that order. */
export const filterFields = <T extends FilterTable>(table: T, names: readonly (keyof T & string)[], o: Options) =>
  html`${names.map((name) => field(name, table[name]!, o))}`
