/**
 * The index pages /partners, /places, /opgaven and /themes: every item with what it is, filterable with the
 * collection's own filter table (a plain GET form), paged by the API's keyset pages, linking to the detail pages.
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { codeLabel, inLang, type Lang } from '../../core/locale'
import type { Opgave } from '../../schema/api/opgaven'
import type { Partner } from '../../schema/api/partners'
import type { Place } from '../../schema/api/places'
import type { Theme } from '../../schema/api/themes'
import { THEME_SCHEMES } from '../../schema/tables'
import type { AppEnv } from '../base/env'
import { choicesFor } from '../data/choices'
import type { Collection } from '../data/collection'
import { eventFacets } from '../data/events/collection'
import { formFilters } from '../data/filters'
import { opgaven } from '../data/opgaven/collection'
import { isCursor, keysetPage } from '../data/pagination'
import { partners } from '../data/partners/collection'
import { places } from '../data/places/collection'
import { themes } from '../data/themes/collection'
import { errorPage } from './errors'
import { filterFields, readFilters } from './filter-form'
import { layout, pageLang, pageUrl, tr } from './layout'
import { pager } from './parts'
import { activeFilters } from './selection'

type Kind = 'partners' | 'places' | 'opgaven' | 'themes'
type Render = (items: any[], lang: Lang, counts: Map<string, number>) => HtmlEscapedString | Promise<HtmlEscapedString>

const signed = (p: Partner, lang: Lang) =>
  p.signatory ? html` <span class="badge">${tr(lang, 'Ondertekenaar', 'Signatory')}</span>` : ''

const INDEXES: Record<Kind, { collection: Collection; title: [string, string]; lead: [string, string]; render: Render }> = {
  partners: {
    collection: partners,
    title: ['Organisaties', 'Organisations'],
    lead: ['De organisaties die de samenwerkingsovereenkomst Kennisstad ondertekenden (ondertekenaars), en de organisaties die aan evenementen of opgaven meededen.',
      'The organisations that signed the Kennisstad agreement (signatories), and the organisations that took part in events or opgaven.'],
    render: (items: Partner[], lang) => html`<ul class="cards">${items.map((p) => html`<li>
  <h2><a href="/partners/${p.id}?lang=${lang}">${p.name}</a>${signed(p, lang)}</h2>
  <p class="meta">${codeLabel('kind', p.kind, lang)}${p.altNames.length ? html` · ${tr(lang, 'ook', 'also')}: ${p.altNames.map((a) => a.name).join(', ')}` : ''}</p>
  ${p.description ? html`<p>${inLang(p.description, lang)}</p>` : ''}</li>`)}</ul>`,
  },
  places: {
    collection: places,
    title: ['Plekken', 'Places'],
    lead: ['Gebouwen, zalen, pleinen en musea waar Kennisstad-evenementen plaatsvinden.', 'Buildings, halls, squares and museums where Kennisstad events take place.'],
    render: (items: Place[], lang) => html`<table class="index">
<caption class="visually-hidden">${tr(lang, 'Plekken', 'Places')}</caption>
<thead><tr><th scope="col">${tr(lang, 'Naam', 'Name')}</th><th scope="col">${tr(lang, 'Adres', 'Address')}</th><th scope="col">${tr(lang, 'Ligt in', 'Inside')}</th></tr></thead>
<tbody>${items.map((p) => html`<tr><th scope="row"><a href="/places/${p.id}?lang=${lang}">${p.name}</a></th>
<td data-label="${tr(lang, 'Adres', 'Address')}">${[p.streetAddress, p.locality].filter(Boolean).join(', ')}</td>
<td data-label="${tr(lang, 'Ligt in', 'Inside')}">${p.containedIn ? html`<a href="/places/${p.containedIn.id}?lang=${lang}">${p.containedIn.name}</a>` : ''}</td></tr>`)}</tbody></table>`,
  },
  opgaven: {
    collection: opgaven,
    title: ['Opgaven', 'Opgaven'],
    lead: ['Vraagstukken waar Kennisstad aan werkt of werkte. De drie hier zijn voorbeelden uit een wervingstekst van rond 2019; de bron staat bij elke opgave.',
      'Challenges Kennisstad works or worked on. The three here are examples from a recruitment text of around 2019; each names its source.'],
    render: (items: Opgave[], lang) => html`<ul class="cards">${items.map((o) => html`<li>
  <h2><a href="/opgaven/${o.id}?lang=${lang}">${inLang(o.title, lang)}</a> <span class="badge">${codeLabel('status', o.status, lang)}</span></h2>
  ${o.summary ? html`<p>${inLang(o.summary, lang)}</p>` : ''}
  ${o.themes.length ? html`<p class="meta">${tr(lang, 'Thema', 'Theme')}: ${o.themes.map((t, i) => html`${i ? ', ' : ''}<a href="/themes/${t.id}?lang=${lang}">${inLang(t.label, lang)}</a>`)}</p>` : ''}</li>`)}</ul>`,
  },
  themes: {
    collection: themes,
    title: ['Thema’s', 'Themes'],
    lead: ['De thema’s van Kennisstad (2017 en 2023–2027) en de tracks van ESOF2022 en Leiden2022, met hoeveel evenementen eronder vallen.',
      'The Kennisstad themes (2017 and 2023–2027) and the tracks of ESOF2022 and Leiden2022, with how many events fall under each.'],
    render: (items: Theme[], lang, counts) => html`${THEME_SCHEMES.filter((s) => items.some((t) => t.scheme === s)).map((scheme) => html`
<h2>${codeLabel('scheme', scheme, lang)}</h2>
<ul class="themes">${items.filter((t) => t.scheme === scheme).map((t) => html`<li><a href="/themes/${t.id}?lang=${lang}">${inLang(t.label, lang)}</a>
  <span class="meta">${counts.get(t.id) ?? 0} ${tr(lang, 'evenementen', 'events')}</span></li>`)}</ul>`)}`,
  },
}

export async function indexPage(c: Context<AppEnv>, kind: Kind) {
  const lang = pageLang(c)
  const db = c.get('db')
  const query = c.req.query()
  const origin = new URL(c.req.url).origin
  const spec = INDEXES[kind]
  const table = spec.collection.filters
  const { values, errors } = readFilters(table, query, lang)
  const names = formFilters(table)
  const choices = await choicesFor(db, table)
  const form = names.length ? html`<form action="/${kind}" method="get" class="filters" role="search">
  <input type="hidden" name="lang" value="${lang}">
  <div class="fields">${filterFields(table, names, { lang, values: query, choices, errors })}</div>
  <p><button type="submit">${tr(lang, 'Toon', 'Show')}</button></p></form>` : ''
  if (Object.keys(errors).length > 0 || (query.cursor && !isCursor(query.cursor))) {
    return errorPage(c, 400, ['Een of meer filters kloppen niet; pas ze hieronder aan.', 'One or more filters are not right; change them below.'], form)
  }
  const col = spec.collection
  const [page, facets] = await Promise.all([
    keysetPage(c, { sort: col.defaultSort, limit: 100, cursor: query.cursor }, col.sortsFor(values, col.defaultSort), col.select(db, values, null, undefined, col.defaultSort), (rows) => col.hydrate(db, rows, null)),
    kind === 'themes' ? eventFacets(db, {}, null, ['theme']) : Promise.resolve({ theme: [] }),
  ])
  const counts = new Map((facets.theme ?? []).map((t) => [t.id, t.count]))
  const title = tr(lang, ...spec.title)
  return c.html(layout({
    lang, path: `/${kind}`, title, description: tr(lang, ...spec.lead), origin,
    query: new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][]),
    body: html`<h1>${title}</h1>
<p class="lead">${tr(lang, ...spec.lead)}</p>
${form}
${activeFilters(`/${kind}`, table, values, choices, lang)}
${page.data.length ? spec.render(page.data, lang, counts) : html`<p class="none">${tr(lang, 'Niets gevonden met deze filters.', 'Nothing found with these filters.')}</p>`}
${pager(page.links, lang, Boolean(query.cursor))}
<p class="data-links">${tr(lang, 'Als data:', 'As data:')} <a href="${pageUrl(`/v1/${kind}`, null, new URLSearchParams({ ...values, format: 'csv', dialect: 'excel-nl' } as Record<string, string>))}">${tr(lang, 'CSV voor Excel', 'CSV for Excel')}</a> · <a href="/v1/${kind}">JSON</a></p>`,
  }))
}
