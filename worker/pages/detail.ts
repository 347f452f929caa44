/**
 * Human pages for one event, partner, place or opgave: readable without JavaScript, in Dutch or English, with the
 * same schema.org JSON-LD the API serves embedded for search engines, and links to every machine format.
 */
import { lt } from 'drizzle-orm'
import type { Context } from 'hono'
import { html, raw } from 'hono/html'
import type { Event } from '../../schema/api/events'
import * as t from '../../schema/tables'
import type { AppEnv, Db } from '../base/env'
import { eventLd, opgaveLd, partnerLd, placeLd, withContext } from '../formats/jsonld'
import { problem } from '../base/problem'
import { codeLabel, formatPrice, inLang, statusLabel } from '../../core/locale'
import { nowRfc3339 } from '../../core/time'
import { formatWhen } from '../../core/when'
import { events } from '../data/events/collection'
import type { EventFilterValues } from '../data/events/filters'
import { opgaven } from '../data/opgaven/collection'
import { partners } from '../data/partners/collection'
import { occurrences } from '../data/occurrences/collection'
import { places } from '../data/places/collection'
import { type Lang, layout, pageLang, tr } from './layout'
import { openingHoursSection, scheduleSection } from './schedule'

/** JSON-LD inside a data block; `<` is escaped so no string can close the script element. */
const jsonLd = (node: Record<string, unknown>) =>
  html`<script type="application/ld+json">${raw(JSON.stringify(node).replace(/</g, '\\u003c'))}</script>`

/** Events of `filter` that have not ended yet, soonest first. */
const upcomingEvents = (db: Db, filter: EventFilterValues, limit: number) =>
  events.top(db, { ...filter, from: nowRfc3339() }, { sort: 'startsAt', limit })

/** Events of `filter` that have ended, latest first. */
const pastEvents = (db: Db, filter: EventFilterValues, limit: number) =>
  events.top(db, filter, { sort: '-startsAt', limit, where: lt(t.events.endsAtEffective, nowRfc3339()) })

/** An event in a list: full events carry their status, sub-event references do not. */
type Listed = Pick<Event, 'id' | 'title' | 'startsAt' | 'endsAt' | 'allDay'> & { status?: Event['status'] }

function eventList(events: Listed[], lang: Lang) {
  if (events.length === 0) return html`<p>${tr(lang, 'Geen evenementen.', 'No events.')}</p>`
  return html`<ul class="events">${events.map((e) => {
    const status = statusLabel(e.status, lang)
    return html`<li>
    <a href="/events/${e.id}?lang=${lang}">${inLang(e.title, lang)}</a>
    <time datetime="${e.startsAt}">${formatWhen(e, lang, 'short')}</time>
    ${status ? html`<strong class="status">${status}</strong>` : ''}</li>`
  })}</ul>`
}

/** Download and subscribe links for an event list at `apiPath`. */
function feeds(c: Context, apiPath: string, lang: Lang) {
  const url = new URL(c.req.url)
  const webcal = `webcal://${url.host}${apiPath}?format=ics`
  return html`<ul class="feeds">
    <li><a href="${webcal}">${tr(lang, 'Abonneren in je agenda (webcal)', 'Subscribe in your calendar (webcal)')}</a></li>
    <li><a href="${apiPath}?format=ics">iCalendar (.ics)</a></li>
    <li><a href="${apiPath}?format=csv&amp;dialect=excel-nl">${tr(lang, 'CSV voor Excel', 'CSV for Excel')}</a></li>
    <li><a href="${apiPath}">JSON</a></li>
  </ul>`
}

export async function eventPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const id = c.req.param('id') ?? ''
  const db = c.get('db')
  const [e, next] = await Promise.all([
    events.one(db, id),
    occurrences.top(db, { event: id, from: nowRfc3339() }, { sort: 'startsAt', limit: 8 }),
  ])
  if (!e) return problem(c, 404, `There is no event with id "${id}".`)
  const origin = new URL(c.req.url).origin
  const dl = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '')
  return c.html(layout({
    lang, path: `/events/${id}`, title: inLang(e.title, lang), head: jsonLd(withContext(eventLd(e, origin))),
    body: html`<article>
<h1>${inLang(e.title, lang)}</h1>
${e.demo ? html`<p class="notice">${tr(lang, 'Fictief voorbeeld: dit evenement bestaat niet.', 'Fictitious example: this event does not exist.')}</p>` : ''}
${!e.verified ? html`<p class="notice">${tr(lang, 'Niet bevestigd: de bronnen laten iets open of spreken elkaar tegen (zie de noot).', 'Not confirmed: the sources leave something open or disagree (see the note).')}</p>` : ''}
<p class="when"><time datetime="${e.startsAt}">${formatWhen(e, lang)}</time></p>
${e.summary ? html`<p class="lead">${inLang(e.summary, lang)}</p>` : ''}
${e.description ? html`<p>${inLang(e.description, lang)}</p>` : ''}
<dl class="facts">
  ${dl(tr(lang, 'Status', 'Status'), statusLabel(e.status, lang))}
  ${dl(tr(lang, 'Waar', 'Where'), e.places.length ? html`${e.places.map((p, i) => html`${i ? ', ' : ''}<a href="/places/${p.id}?lang=${lang}">${p.name}</a>`)}` : e.attendanceMode === 'online' ? 'Online' : '')}
  ${dl(tr(lang, 'Organisatie', 'Organised by'), e.organisers.length ? html`${e.organisers.map((o, i) => html`${i ? ', ' : ''}<a href="/partners/${o.id}?lang=${lang}">${o.name}</a> (${codeLabel('role', o.role, lang)})`)}` : '')}
  ${dl(tr(lang, 'Onderdeel van', 'Part of'), e.parent ? html`<a href="/events/${e.parent.id}?lang=${lang}">${inLang(e.parent.title, lang)}</a>` : '')}
  ${dl(tr(lang, 'Opgaven', 'Opgaven'), e.opgaven.length ? html`${e.opgaven.map((o, i) => html`${i ? ', ' : ''}<a href="/opgaven/${o.id}?lang=${lang}">${inLang(o.title, lang)}</a>`)}` : '')}
  ${dl(tr(lang, 'Prijs', 'Price'), e.free ? tr(lang, 'Gratis', 'Free') : formatPrice(e, lang))}
  ${dl(tr(lang, 'Bron', 'Source'), e.source.url ? html`<a href="${e.source.url}" rel="nofollow">${e.source.url}</a>` : '')}
  ${dl(tr(lang, 'Noot', 'Note'), inLang(e.notes, lang))}
</dl>
${scheduleSection(e, next, lang)}
${openingHoursSection(e, lang)}
${e.subEvents.length ? html`<h2>${tr(lang, 'Onderdelen', 'Sub-events')}</h2>${eventList(e.subEvents, lang)}` : ''}
<h2>${tr(lang, 'Data', 'Data')}</h2>
<ul class="feeds"><li><a href="/v1/events/${id}?format=ics">${tr(lang, 'In je agenda (.ics)', 'Add to calendar (.ics)')}</a></li>
<li><a href="/v1/events/${id}">JSON</a></li><li><a href="/v1/events/${id}?format=jsonld">JSON-LD</a></li></ul>
</article>`,
  }))
}

type Kind = 'partners' | 'places' | 'opgaven'

/** Partner, place and opgave pages: what it is, its events (upcoming first), and feeds of those events. */
export async function resourcePage(c: Context<AppEnv>, kind: Kind) {
  const lang = pageLang(c)
  const id = c.req.param('id') ?? ''
  const db = c.get('db')
  const origin = new URL(c.req.url).origin
  const filter: EventFilterValues = kind === 'partners' ? { partner: id } : kind === 'places' ? { place: id } : { opgave: id }
  let title: string
  let about: unknown
  let ld: Record<string, unknown>
  if (kind === 'partners') {
    const p = await partners.one(db, id)
    if (!p) return problem(c, 404, `There is no partner with id "${id}".`)
    title = p.name
    ld = partnerLd(p, origin)
    about = html`<p>${inLang(p.description, lang)} ${p.url ? html`<a href="${p.url}">${p.url}</a>` : ''}</p>
      ${p.altNames.length ? html`<p>${tr(lang, 'Ook bekend als', 'Also known as')}: ${p.altNames.map((a) => `${a.name}${a.validTo ? ` (${tr(lang, 'tot', 'until')} ${a.validTo})` : ''}`).join(', ')}</p>` : ''}`
  } else if (kind === 'places') {
    const p = await places.one(db, id)
    if (!p) return problem(c, 404, `There is no place with id "${id}".`)
    title = p.name
    ld = placeLd(p, origin)
    about = html`<p>${[p.streetAddress, p.postalCode, p.locality].filter(Boolean).join(', ')}</p>
      ${p.containedIn ? html`<p>${tr(lang, 'Onderdeel van', 'Part of')} <a href="/places/${p.containedIn.id}?lang=${lang}">${p.containedIn.name}</a></p>` : ''}
      ${p.rijksmonument ? html`<p>Rijksmonument ${p.rijksmonument}</p>` : ''}`
  } else {
    const o = await opgaven.one(db, id)
    if (!o) return problem(c, 404, `There is no opgave with id "${id}".`)
    title = inLang(o.title, lang)
    ld = opgaveLd(o, origin)
    about = html`<p class="lead">${inLang(o.summary, lang)}</p>`
  }
  const [upcoming, past] = await Promise.all([upcomingEvents(db, filter, 50), pastEvents(db, filter, 50)])
  const apiPath = `/v1/${kind}/${id}/events`
  return c.html(layout({
    lang, path: `/${kind}/${id}`, title, head: jsonLd(withContext(ld)),
    body: html`<h1>${title}</h1>${about}
<h2>${tr(lang, 'Komende evenementen', 'Upcoming events')}</h2>${eventList(upcoming, lang)}
<h2>${tr(lang, 'Eerdere evenementen', 'Past events')}</h2>${eventList(past, lang)}
<h2>${tr(lang, 'Evenementen als data', 'Events as data')}</h2>${feeds(c, apiPath, lang)}`,
  }))
}

