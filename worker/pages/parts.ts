/**
 * Pieces the pages share: an event listing (agenda, partner, place and theme pages, the landing page), feed links,
 * a pager, and embedded JSON-LD.
 */
import type { Context } from 'hono'
import { html, raw } from 'hono/html'
import { type Bilingual, codeLabel, formatPrice, inLang, type Lang, statusLabel } from '../../core/locale'
import { utcToZoned } from '../../core/time'
import { formatWhen } from '../../core/when'
import type { Event } from '../../schema/api/events'
import type { Occurrence } from '../../schema/api/occurrences'
import type { Provenance } from '../../schema/api/provenance'
import { LICENSE } from '../../core/license'
import { tr } from './layout'
import { dateFormat } from '../../core/intl'

/** JSON-LD inside a data block; `<` is escaped so no string can close the script element. */
export const jsonLd = (node: Record<string, unknown>) =>
  html`<script type="application/ld+json">${raw(JSON.stringify(node).replace(/</g, '\\u003c'))}</script>`

/** What a listing shows of an event or of one of its dates. */
export type Listing = {
  id: string; title: Bilingual; startsAt: string; endsAt: string | null; allDay: boolean
  status?: string; demo?: boolean; repeats?: Bilingual | null; places?: { id: string; name: string }[]
  organisers?: { id: string; name: string }[]; free?: boolean | null; price?: number | null; priceCurrency?: string | null
  kind?: string
}

export const fromOccurrence = (o: Occurrence): Listing => ({
  id: o.eventId, title: o.event.title, startsAt: o.startsAt, endsAt: o.endsAt, allDay: o.allDay, status: o.status,
  demo: o.event.demo, repeats: o.event.repeats, places: o.places, organisers: o.event.organisers, free: o.event.free,
  price: o.event.price, priceCurrency: o.event.priceCurrency, kind: o.event.kind,
})

export const fromEvent = (e: Event): Listing => ({
  id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, allDay: e.allDay, status: e.status, demo: e.demo,
  repeats: e.schedule?.summary ?? null, places: e.places, organisers: e.organisers, free: e.free, price: e.price,
  priceCurrency: e.priceCurrency, kind: e.kind,
})

/**
 * "Bron: …, bijgewerkt …": where a record came from, when its data were last taken from there, and its licence —
 * one line under every record page.
 */
const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

export function sourceLine(p: Provenance, lang: Lang) {
  const supplier = p.partner?.name
  const how = p.origin === 'feed' ? tr(lang, `de agenda-feed van ${supplier ?? 'een partner'}`, `${supplier ?? 'a partner'}’s calendar feed`)
    : p.origin === 'api' ? (supplier ? tr(lang, `ingevoerd door ${supplier}`, `entered by ${supplier}`) : tr(lang, 'ingevoerd door de redactie', 'entered by the editors'))
    : tr(lang, 'samengesteld door de redactie', 'compiled by the editors')
  const date = dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(p.retrievedAt))
  const licence = LICENSE[p.license]
  return html`<p class="source meta">${tr(lang, 'Bron', 'Source')}: ${p.url ? html`<a href="${p.url}" rel="nofollow">${hostOf(p.url)}</a>, ` : ''}${how}; ${tr(lang, 'bijgewerkt', 'updated')} <time datetime="${p.retrievedAt}">${date}</time>. ${tr(lang, 'Licentie', 'Licence')}: <a href="${licence.url}">${licence.name}</a>${licence.attribution && supplier ? tr(lang, ` (vermeld ${supplier} als bron)`, ` (credit ${supplier})`) : ''}.</p>`
}

/** "Voorbeeld (fictief)": the words every page uses for demo data. */
export const fictitious = (lang: Lang) => tr(lang, 'Fictief voorbeeld', 'Fictitious example')

const sameDay = (e: Listing) => !e.allDay && (!e.endsAt || Date.parse(e.endsAt) - Date.parse(e.startsAt) < 86_400_000)
const timeRange = (e: Listing, lang: Lang) => {
  const f = dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' })
  return e.endsAt ? f.formatRange(new Date(e.startsAt), new Date(e.endsAt)) : f.format(new Date(e.startsAt))
}

/** One listing; under a day heading (`underDay`) an event within that day shows only its times. */
function item(e: Listing, lang: Lang, underDay = false) {
  const status = statusLabel(e.status, lang)
  const price = e.free ? tr(lang, 'Gratis', 'Free') : formatPrice(e, lang)
  const where = e.places?.length ? e.places.map((p) => p.name).join(', ') : ''
  return html`<li class="listing${e.status === 'cancelled' ? ' cancelled' : ''}">
  <p class="when"><time datetime="${e.startsAt}">${underDay && sameDay(e) ? timeRange(e, lang) : formatWhen(e, lang, 'short')}</time>${status ? html` <strong class="badge status">${status}</strong>` : ''}${e.demo ? html` <span class="badge demo">${fictitious(lang)}</span>` : ''}</p>
  <h3><a href="/events/${e.id}?lang=${lang}">${inLang(e.title, lang)}</a></h3>
  <p class="meta">${[e.kind ? codeLabel('kind', e.kind, lang) : '', where,
    e.organisers?.length ? `${tr(lang, 'door', 'by')} ${e.organisers.map((o) => o.name).join(', ')}` : '', price ?? ''].filter(Boolean).join(' · ')}</p>
  ${e.repeats ? html`<p class="repeats">${inLang(e.repeats, lang)}</p>` : ''}
</li>`
}

/**
 * Listings under a heading per local day; listings that began before `since` (an exhibition that is on) under
 * "Now on".
 */
export function listingsByDay(list: Listing[], lang: Lang, since?: string) {
  const groups = new Map<string, Listing[]>()
  for (const e of list) {
    const key = since && e.startsAt < since ? 'ongoing' : utcToZoned(e.startsAt).date
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const day = dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return html`${[...groups].map(([key, items]) => html`<section class="day">
<h2>${key === 'ongoing' ? tr(lang, 'Nu te zien', 'Now on') : day.format(new Date(`${key}T12:00:00Z`))}</h2>
<ul class="listings">${items.map((e) => item(e, lang, key !== 'ongoing'))}</ul></section>`)}`
}

/** A plain list of listings (detail pages). */
export function listings(list: Listing[], lang: Lang, none = tr(lang, 'Geen evenementen.', 'No events.')) {
  if (list.length === 0) return html`<p class="none">${none}</p>`
  return html`<ul class="listings">${list.map((e) => item(e, lang))}</ul>`
}

/** Download and subscribe links for the events at `apiPath` (with `query`, the same selection). */
export function feeds(c: Context, apiPath: string, lang: Lang, query = new URLSearchParams()) {
  const host = new URL(c.req.url).host
  const withFormat = (extra: string) => {
    const q = new URLSearchParams(query)
    for (const [k, v] of new URLSearchParams(extra)) q.set(k, v)
    return `${apiPath}?${q}`
  }
  const plain = query.toString() ? `${apiPath}?${query}` : apiPath
  return html`<ul class="feeds">
    <li><a href="webcal://${host}${withFormat('format=ics')}">${tr(lang, 'Abonneren in je agenda (webcal)', 'Subscribe in your calendar (webcal)')}</a></li>
    <li><a href="${withFormat('format=ics')}">iCalendar (.ics)</a></li>
    <li><a href="${withFormat('format=csv&dialect=excel-nl')}">${tr(lang, 'CSV voor Excel', 'CSV for Excel')}</a></li>
    <li><a href="${plain}">JSON</a></li>
  </ul>`
}

/** "First page" / "Next page" links of a keyset-paged list, from the page's own `links`. */
export function pager(links: { first?: string; next: string | null }, lang: Lang, hasCursor: boolean) {
  if (!links.next && !hasCursor) return ''
  const rel = (u: string) => { const x = new URL(u); return `${x.pathname}${x.search}` }
  return html`<nav class="pager" aria-label="${tr(lang, 'Pagina’s', 'Pages')}"><ul>
  ${hasCursor && links.first ? html`<li><a href="${rel(links.first)}" rel="first">${tr(lang, '« Eerste pagina', '« First page')}</a></li>` : ''}
  ${links.next ? html`<li><a href="${rel(links.next)}" rel="next">${tr(lang, 'Volgende pagina »', 'Next page »')}</a></li>` : ''}
</ul></nav>`
}
