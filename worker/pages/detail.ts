/**
 * Human pages for one event, partner, place, opgave or theme: readable without JavaScript, in Dutch or English,
 * with the same schema.org JSON-LD the API serves embedded for search engines, links between them, and links to
 * every machine format. A partner's page separates the events it organises from those at the places it runs.
 */
import { and, eq, lt, notInArray, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { codeLabel, formatPrice, inLang, statusLabel } from '../../core/locale'
import { nowRfc3339 } from '../../core/time'
import { formatWhen } from '../../core/when'
import * as t from '../../schema/tables'
import type { AppEnv, Db } from '../base/env'
import { events } from '../data/events/collection'
import type { EventFilterValues } from '../data/events/filters'
import { occurrences, onePerEvent } from '../data/occurrences/collection'
import { orderBy } from '../data/pagination'
import { opgaven } from '../data/opgaven/collection'
import { partners } from '../data/partners/collection'
import { places } from '../data/places/collection'
import { themes } from '../data/themes/collection'
import { eventLd, opgaveLd, partnerLd, placeLd, themeLd, withContext } from '../formats/jsonld'
import { notFoundPage } from './errors'
import { type Lang, layout, pageLang, tr } from './layout'
import { feeds, fromEvent, fromOccurrence, jsonLd, listings, sourceLine } from './parts'
import { openingHoursSection, scheduleSection } from './schedule'

const summaryOf = (text: string, fallback: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text || fallback)

/** Upcoming events of `filter`: each once, at its next date, soonest first. */
async function upcoming(db: Db, filter: EventFilterValues, limit: number, where?: SQL) {
  const window = { ...filter, from: nowRfc3339() }
  const rows = await occurrences.select(db, window as never, null, and(onePerEvent(window), where))(undefined, orderBy(occurrences.sorts.startsAt as never), limit)
  return (await occurrences.hydrate(db, rows, null)).map(fromOccurrence)
}

/** Events of `filter` that have ended, latest first. */
const past = async (db: Db, filter: EventFilterValues, limit: number, where?: SQL) =>
  (await events.top(db, filter, { sort: '-startsAt', limit, where: and(lt(t.events.endsAtEffective, nowRfc3339()), where) })).map(fromEvent)

/** Upcoming and past events of `filter`, under headings of level 2 (or 3 inside a section). */
async function eventSections(db: Db, filter: EventFilterValues, lang: Lang, where?: SQL, level: 2 | 3 = 2) {
  const [next, before] = await Promise.all([upcoming(db, filter, 50, where), past(db, filter, 50, where)])
  const h = (text: string) => (level === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`)
  return html`${h(tr(lang, 'Komende evenementen', 'Upcoming events'))}${listings(next, lang)}
${h(tr(lang, 'Eerdere evenementen', 'Past events'))}${listings(before, lang)}`
}

export async function eventPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const id = c.req.param('id') ?? ''
  const db = c.get('db')
  const [e, next] = await Promise.all([
    events.one(db, id),
    occurrences.top(db, { event: id, from: nowRfc3339() }, { sort: 'startsAt', limit: 8 }),
  ])
  if (!e) return notFoundPage(c, [`Er is geen evenement “${id}”. Zoek het in de agenda.`, `There is no event “${id}”. Look for it in the agenda.`])
  const origin = new URL(c.req.url).origin
  const dl = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '')
  const title = inLang(e.title, lang)
  return c.html(layout({
    lang, path: `/events/${id}`, title, origin, image: e.image?.url, noindex: e.demo,
    description: summaryOf(`${formatWhen(e, lang)}. ${inLang(e.summary, lang)}`, title),
    head: jsonLd(withContext(eventLd(e, origin))),
    body: html`<article>
<h1>${title}</h1>
${e.demo ? html`<p class="notice">${tr(lang, 'Fictief voorbeeld: dit evenement bestaat niet.', 'Fictitious example: this event does not exist.')}</p>` : ''}
${!e.verified ? html`<p class="notice">${tr(lang, 'Niet bevestigd: de bronnen laten iets open of spreken elkaar tegen (zie de noot).', 'Not confirmed: the sources leave something open or disagree (see the note).')}</p>` : ''}
<p class="when"><time datetime="${e.startsAt}">${formatWhen(e, lang)}</time></p>
${e.image ? html`<figure class="picture"><img src="${e.image.url}" alt="${inLang(e.image.alt, lang)}" width="1280" height="720" decoding="async">${
  e.image.creditText ? html`<figcaption>${e.image.creditText}</figcaption>` : ''}</figure>` : ''}
${e.summary ? html`<p class="lead">${inLang(e.summary, lang)}</p>` : ''}
${e.description ? html`<p>${inLang(e.description, lang)}</p>` : ''}
<dl class="facts">
  ${dl(tr(lang, 'Soort', 'Kind'), codeLabel('kind', e.kind, lang))}
  ${dl(tr(lang, 'Status', 'Status'), statusLabel(e.status, lang))}
  ${dl(tr(lang, 'Waar', 'Where'), e.places.length ? html`${e.places.map((p, i) => html`${i ? ', ' : ''}<a href="/places/${p.id}?lang=${lang}">${p.name}</a>`)}` : e.attendanceMode !== 'offline' ? codeLabel('attendanceMode', e.attendanceMode, lang) : '')}
  ${dl(tr(lang, 'Organisatie', 'Organised by'), e.organisers.length ? html`${e.organisers.map((o, i) => html`${i ? ', ' : ''}<a href="/partners/${o.id}?lang=${lang}">${o.name}</a> (${codeLabel('role', o.role, lang)})`)}` : '')}
  ${dl(tr(lang, 'Onderdeel van', 'Part of'), e.parent ? html`<a href="/events/${e.parent.id}?lang=${lang}">${inLang(e.parent.title, lang)}</a>` : '')}
  ${dl(tr(lang, 'Opgaven', 'Opgaven'), e.opgaven.length ? html`${e.opgaven.map((o, i) => html`${i ? ', ' : ''}<a href="/opgaven/${o.id}?lang=${lang}">${inLang(o.title, lang)}</a>`)}` : '')}
  ${dl(tr(lang, 'Thema’s', 'Themes'), e.themes.length ? html`${e.themes.map((x, i) => html`${i ? ', ' : ''}<a href="/themes/${x.id}?lang=${lang}">${inLang(x.label, lang)}</a>`)}` : '')}
  ${dl(tr(lang, 'Voor wie', 'For'), e.audiences.map((a) => codeLabel('audience', a, lang)).join(', '))}
  ${dl(tr(lang, 'Taal', 'Language'), e.languages.map((l) => codeLabel('language', l, lang)).join(', '))}
  ${dl(tr(lang, 'Prijs', 'Price'), e.free ? tr(lang, 'Gratis', 'Free') : formatPrice(e, lang))}
  ${dl(tr(lang, 'Aanmelden', 'Registration'), e.registrationUrl ? html`<a href="${e.registrationUrl}">${tr(lang, 'Aanmelden of kaartjes', 'Register or buy tickets')}</a>` : e.registrationRequired ? tr(lang, 'Nodig', 'Needed') : '')}
  ${dl(tr(lang, 'Website', 'Website'), e.url ? html`<a href="${e.url}">${e.url}</a>` : '')}
  ${dl(tr(lang, 'Noot', 'Note'), inLang(e.notes, lang))}
</dl>
${scheduleSection(e, next, lang)}
${openingHoursSection(e, lang)}
${e.subEvents.length ? html`<h2>${tr(lang, 'Onderdelen', 'Sub-events')}</h2>${listings(e.subEvents.map((s) => ({ ...s, demo: e.demo })), lang)}` : ''}
${sourceLine(e.provenance, lang)}
<h2>${tr(lang, 'Data', 'Data')}</h2>
<ul class="feeds"><li><a href="/v1/events/${id}?format=ics">${tr(lang, 'In je agenda (.ics)', 'Add to calendar (.ics)')}</a></li>
<li><a href="/v1/events/${id}">JSON</a></li><li><a href="/v1/events/${id}?format=jsonld">JSON-LD</a></li></ul>
</article>`,
  }))
}

type Kind = 'partners' | 'places' | 'opgaven' | 'themes'
type About = { title: string; description: string; about: unknown; ld: Record<string, unknown>; events: Promise<HtmlEscapedString> }

const missing: Record<Kind, (id: string) => [string, string]> = {
  partners: (id) => [`Er is geen organisatie “${id}”.`, `There is no organisation “${id}”.`],
  places: (id) => [`Er is geen plek “${id}”.`, `There is no place “${id}”.`],
  opgaven: (id) => [`Er is geen opgave “${id}”.`, `There is no opgave “${id}”.`],
  themes: (id) => [`Er is geen thema “${id}”.`, `There is no theme “${id}”.`],
}

async function partnerAbout(db: Db, id: string, lang: Lang, origin: string): Promise<About | undefined> {
  const p = await partners.one(db, id)
  if (!p) return undefined
  const venues = await places.top(db, { operator: id }, { sort: 'name', limit: 100 })
  // Events at its venues that it does not organise itself: "at Naturalis" is not "by Naturalis".
  const organisedByIt = db.select({ id: t.eventOrganisers.eventId }).from(t.eventOrganisers)
    .where(and(eq(t.eventOrganisers.partnerId, id), eq(t.eventOrganisers.confirmed, true)))
  return {
    title: p.name, ld: partnerLd(p, origin),
    description: summaryOf(inLang(p.description, lang), `${p.name}: ${codeLabel('kind', p.kind, lang)}`),
    about: html`<p class="meta">${codeLabel('kind', p.kind, lang)}${p.signatory ? html` · <strong>${tr(lang, 'Ondertekenaar van de samenwerkingsovereenkomst Kennisstad', 'Signatory of the Kennisstad agreement')}</strong> (${p.memberships.map((m) => `${codeLabel('agreement', m.agreement, lang)}${m.verified ? '' : ` — ${tr(lang, 'niet bevestigd', 'not confirmed')}`}`).join('; ')})` : ''}</p>
      ${p.description ? html`<p>${inLang(p.description, lang)}</p>` : ''}
      ${p.url ? html`<p><a href="${p.url}">${p.url}</a></p>` : ''}
      ${p.altNames.length ? html`<p>${tr(lang, 'Ook bekend als', 'Also known as')}: ${p.altNames.map((a) => `${a.name}${a.validTo ? ` (${tr(lang, 'tot', 'until')} ${a.validTo})` : ''}`).join(', ')}</p>` : ''}
      ${venues.length ? html`<p>${tr(lang, 'Beheert', 'Runs')}: ${venues.map((v, i) => html`${i ? ', ' : ''}<a href="/places/${v.id}?lang=${lang}">${v.name}</a>`)}</p>` : ''}
      ${sourceLine(p.provenance, lang)}`,
    events: (async () => html`<section aria-labelledby="organised"><h2 id="organised">${tr(lang, `Georganiseerd door ${p.name}`, `Organised by ${p.name}`)}</h2>
${await eventSections(db, { partner: id }, lang, undefined, 3)}</section>
${venues.length ? html`<section aria-labelledby="at-venues"><h2 id="at-venues">${tr(lang, `Op locaties van ${p.name}, door anderen georganiseerd`, `At ${p.name}’s venues, organised by others`)}</h2>
${await eventSections(db, { place: venues.map((v) => v.id).join(',') }, lang, notInArray(t.events.id, organisedByIt), 3)}</section>` : ''}`)(),
  }
}

async function placeAbout(db: Db, id: string, lang: Lang, origin: string): Promise<About | undefined> {
  const p = await places.one(db, id)
  if (!p) return undefined
  const inside = await places.top(db, { containedIn: id }, { sort: 'name', limit: 100 })
  const address = [p.streetAddress, p.postalCode, p.locality].filter(Boolean).join(', ')
  return {
    title: p.name, ld: placeLd(p, origin), description: summaryOf(`${p.name}${address ? `, ${address}` : ''}.`, p.name),
    about: html`${address ? html`<p>${address}</p>` : ''}
      ${p.containedIn ? html`<p>${tr(lang, 'Onderdeel van', 'Part of')} <a href="/places/${p.containedIn.id}?lang=${lang}">${p.containedIn.name}</a></p>` : ''}
      ${inside.length ? html`<p>${tr(lang, 'Zalen en ruimtes', 'Halls and rooms')}: ${inside.map((x, i) => html`${i ? ', ' : ''}<a href="/places/${x.id}?lang=${lang}">${x.name}</a>`)}</p>` : ''}
      ${p.operator ? html`<p>${tr(lang, 'Beheerd door', 'Run by')} <a href="/partners/${p.operator.id}?lang=${lang}">${p.operator.name}</a></p>` : ''}
      ${p.rijksmonument ? html`<p>${tr(lang, 'Rijksmonument', 'National monument')} ${p.rijksmonument}</p>` : ''}
      ${sourceLine(p.provenance, lang)}`,
    events: eventSections(db, { place: id }, lang),
  }
}

async function opgaveAbout(db: Db, id: string, lang: Lang, origin: string): Promise<About | undefined> {
  const o = await opgaven.one(db, id)
  if (!o) return undefined
  return {
    title: inLang(o.title, lang), ld: opgaveLd(o, origin), description: summaryOf(inLang(o.summary, lang), inLang(o.title, lang)),
    about: html`<p class="meta"><span class="badge">${codeLabel('status', o.status, lang)}</span>${o.validTo ? ` ${tr(lang, 'tot', 'until')} ${o.validTo}` : ''}</p>
      ${o.summary ? html`<p class="lead">${inLang(o.summary, lang)}</p>` : ''}
      ${o.description ? html`<p>${inLang(o.description, lang)}</p>` : ''}
      ${o.themes.length ? html`<p>${tr(lang, 'Thema', 'Theme')}: ${o.themes.map((x, i) => html`${i ? ', ' : ''}<a href="/themes/${x.id}?lang=${lang}">${inLang(x.label, lang)}</a>`)}</p>` : ''}
      ${o.partners.length ? html`<p>${tr(lang, 'Organisaties', 'Organisations')}: ${o.partners.map((x, i) => html`${i ? ', ' : ''}<a href="/partners/${x.id}?lang=${lang}">${x.name}</a> (${codeLabel('role', x.role, lang)})`)}</p>` : ''}
      ${sourceLine(o.provenance, lang)}`,
    events: eventSections(db, { opgave: id }, lang),
  }
}

async function themeAbout(db: Db, id: string, lang: Lang, origin: string): Promise<About | undefined> {
  const x = await themes.one(db, id)
  if (!x) return undefined
  const label = inLang(x.label, lang)
  return {
    title: label, ld: themeLd(x, origin), description: tr(lang, `Evenementen van Kennisstad Leiden in het thema ${label}.`, `Kennisstad Leiden events under the theme ${label}.`),
    about: html`<p class="meta">${codeLabel('scheme', x.scheme, lang)}</p>${sourceLine(x.provenance, lang)}`,
    events: eventSections(db, { theme: id }, lang),
  }
}

const ABOUT = { partners: partnerAbout, places: placeAbout, opgaven: opgaveAbout, themes: themeAbout }

/** Partner, place, opgave and theme pages: what it is, its events (upcoming first), and feeds of those events. */
export async function resourcePage(c: Context<AppEnv>, kind: Kind) {
  const lang = pageLang(c)
  const id = c.req.param('id') ?? ''
  const origin = new URL(c.req.url).origin
  const a = await ABOUT[kind](c.get('db'), id, lang, origin)
  if (!a) return notFoundPage(c, missing[kind](id))
  return c.html(layout({
    lang, path: `/${kind}/${id}`, title: a.title, description: a.description, origin, head: jsonLd(withContext(a.ld)),
    body: html`<h1>${a.title}</h1>${a.about}
${await a.events}
<h2>${tr(lang, 'Evenementen als data', 'Events as data')}</h2>${feeds(c, `/v1/${kind}/${id}/events`, lang)}`,
  }))
}
