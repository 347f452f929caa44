/** /search: one box for everything — events, organisations, places and opgaven — ranked, in both languages. */
import type { Context } from 'hono'
import { html } from 'hono/html'
import { codeLabel, inLang } from '../../core/locale'
import { formatWhen } from '../../core/when'
import type { AppEnv } from '../base/env'
import { searchAll } from '../data/search'
import { errorPage } from './errors'
import { layout, pageLang, tr } from './layout'

export async function searchPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const q = (c.req.query('q') ?? '').trim()
  const origin = new URL(c.req.url).origin
  const box = html`<form action="/search" method="get" role="search" class="search">
  <input type="hidden" name="lang" value="${lang}">
  <label for="q">${tr(lang, 'Zoeken', 'Search')}</label> <span class="row"><input type="search" id="q" name="q" maxlength="200" value="${q}">
  <button type="submit">${tr(lang, 'Zoeken', 'Search')}</button></span></form>`
  if (q.length > 200) return errorPage(c, 400, ['Gebruik hooguit 200 tekens om te zoeken.', 'Use at most 200 characters to search.'], box)
  const found = q ? await searchAll(c.get('db'), q, 20) : { events: [], partners: [], places: [], opgaven: [] }
  const total = found.events.length + found.partners.length + found.places.length + found.opgaven.length
  const section = (title: string, items: unknown[], body: unknown) => (items.length ? html`<section><h2>${title}</h2><ul class="results">${body}</ul></section>` : '')
  return c.html(layout({
    lang, path: '/search', title: q ? tr(lang, `Zoeken: ${q}`, `Search: ${q}`) : tr(lang, 'Zoeken', 'Search'), origin, noindex: true,
    query: q ? new URLSearchParams({ q }) : undefined,
    description: tr(lang, 'Zoek in de evenementen, organisaties, plekken en opgaven van Kennisstad Leiden.', 'Search the events, organisations, places and opgaven of Kennisstad Leiden.'),
    body: html`<h1>${tr(lang, 'Zoeken', 'Search')}</h1>
${box}
${q ? html`<p class="count" role="status">${total === 0 ? tr(lang, `Niets gevonden voor “${q}”.`, `Nothing found for “${q}”.`) : tr(lang, `Gevonden voor “${q}”:`, `Found for “${q}”:`)}</p>` : ''}
${section(tr(lang, 'Evenementen', 'Events'), found.events, found.events.map((e) => html`<li><a href="/events/${e.id}?lang=${lang}">${inLang(e.title, lang)}</a> <span class="meta">${formatWhen(e, lang, 'short')}</span></li>`))}
${found.events.length ? html`<p>${tr(lang, 'In de agenda:', 'In the agenda:')} <a href="/events?q=${encodeURIComponent(q)}&amp;lang=${lang}">${tr(lang, 'komende', 'upcoming')}</a> · <a href="/events?q=${encodeURIComponent(q)}&amp;when=past&amp;lang=${lang}">${tr(lang, 'eerdere', 'past')}</a></p>` : ''}
${section(tr(lang, 'Organisaties', 'Organisations'), found.partners, found.partners.map((p) => html`<li><a href="/partners/${p.id}?lang=${lang}">${p.name}</a> <span class="meta">${codeLabel('kind', p.kind, lang)}</span></li>`))}
${section(tr(lang, 'Plekken', 'Places'), found.places, found.places.map((p) => html`<li><a href="/places/${p.id}?lang=${lang}">${p.name}</a> <span class="meta">${[p.streetAddress, p.locality].filter(Boolean).join(', ')}</span></li>`))}
${section(tr(lang, 'Opgaven', 'Opgaven'), found.opgaven, found.opgaven.map((o) => html`<li><a href="/opgaven/${o.id}?lang=${lang}">${inLang(o.title, lang)}</a></li>`))}`,
  }))
}
