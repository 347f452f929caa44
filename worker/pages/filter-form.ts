/**
 * Form fields for the filters of a collection, from its filter table: a select of the collection's ids for a
 * reference, a select of the allowed values for an enum, a date input, a yes/no select, a text field. The
 * configurator, /data and the agenda all render their filters with this, so a new filter appears in each of them.
 * `readFilters` checks a page's query with the same schemas as the API, and says what is wrong in the page's language.
 */
import { html } from 'hono/html'
import { type Bilingual, codeLabel, inLang } from '../../core/locale'
import { z } from '../../schema/api/common'
import type { DatasetId } from '../../schema/tables'
import type { Choice } from '../data/choices'
import { type Filter, type FilterTable, type FilterValues, filterShape, pickFilters } from '../data/filters'
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
  /** What is wrong with a field, by filter name (from `readFilters`). */
  errors?: Record<string, string>
}

const label = (l: string | Bilingual, lang: Lang) => (typeof l === 'string' ? l : inLang(l, lang))

function field(name: string, f: Filter, o: Options) {
  const id = `${o.idPrefix ?? ''}${name}`
  const value = o.values[name] ?? ''
  const error = o.errors?.[name]
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  const aria = html`${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}`
  const any = html`<option value="">${tr(o.lang, '— alle —', '— all —')}</option>`
  const select = (items: { id: string; label: string }[]) => html`<select id="${id}" name="${name}"${aria}>${any}${items.map((c) =>
    html`<option value="${c.id}"${c.id === value ? html` selected` : ''}>${c.label}</option>`)}</select>`
  const input = (() => {
    switch (f.input.kind) {
      case 'ref': return select((o.choices[f.input.dataset] ?? []).map((c) => ({ id: c.id, label: label(c.label, o.lang) })))
      case 'enum': return select(f.input.values.map((v) => ({ id: v, label: codeLabel(name, v, o.lang) })))
      case 'boolean': return select([{ id: 'true', label: tr(o.lang, 'ja', 'yes') }, { id: 'false', label: tr(o.lang, 'nee', 'no') }])
      case 'date': return html`<input type="date" id="${id}" name="${name}" value="${/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}"${aria}>`
      case 'text': return html`<input type="search" id="${id}" name="${name}" maxlength="200" value="${value}"${aria}>`
    }
  })()
  return html`<p class="field${error ? ' invalid' : ''}"${o.attrs ? html` ${o.attrs(name)}` : ''}><label for="${id}">${f.label[o.lang]}</label> ${input}${
    f.hint ? html`<small id="${id}-hint">${f.hint[o.lang]}</small>` : ''}${error ? html`<strong class="error" id="${id}-error">${error}</strong>` : ''}</p>`
}

/** The fields of `names` (filters of `table`), in that order. */
export const filterFields = <T extends FilterTable>(table: T, names: readonly (keyof T & string)[], o: Options) =>
  html`${names.map((name) => field(name, table[name]!, o))}`

const MESSAGES: Record<Filter['input']['kind'], [nl: string, en: string]> = {
  date: ['Vul een datum in, zoals 2022-07-13.', 'Enter a date, such as 2022-07-13.'],
  ref: ['Kies een waarde uit de lijst.', 'Choose a value from the list.'],
  enum: ['Kies een waarde uit de lijst.', 'Choose a value from the list.'],
  boolean: ['Kies ja of nee.', 'Choose yes or no.'],
  text: ['Gebruik hooguit 200 tekens.', 'Use at most 200 characters.'],
}

/**
 * The filter values of a page's query, checked with the API's own schemas (and cross-field rules, such as `to`
 * after `from`); `errors` says per field, in `lang`, what to change. Values that fail are left out.
 */
export function readFilters<T extends FilterTable>(table: T, query: Record<string, string>, lang: Lang,
  refine?: (values: Record<string, unknown>, ctx: z.core.$RefinementCtx) => void) {
  const picked = pickFilters(table, query)
  const schema = z.object(filterShape(table))
  const result = (refine ? schema.superRefine(refine) : schema).safeParse(picked)
  const errors: Record<string, string> = {}
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '')
      const f = table[name]
      if (!f || errors[name]) continue
      errors[name] = issue.code === 'custom' && name === 'to'
        ? tr(lang, '“Tot en met” moet na “Vanaf” liggen.', '“Up to and including” must be after “From”.')
        : tr(lang, ...MESSAGES[f.input.kind])
    }
  }
  const values = Object.fromEntries(Object.entries(picked).filter(([k]) => !errors[k])) as FilterValues<T>
  return { values, errors }
}
