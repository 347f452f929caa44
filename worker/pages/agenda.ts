/**
 * /events: the public agenda. Upcoming first, one listing per event at its next date (a weekly tour once, not every
 * Sunday), under a heading per day; the API's event filters as a plain GET form, so every view is a link; counts
 * per theme, organiser and month to narrow down; pages of 20; an archive read backwards. Works without JavaScript.
 */
import { count } from 'drizzle-orm'
import type { Context } from 'hono'
import { html } from 'hono/html'
import { addDays, today, windowEdge } from '../../core/time'
import * as t from '../../schema/tables'
import type { AppEnv } from '../base/env'
import { choicesFor } from '../data/choices'
import { eventFacets, events } from '../data/events/collection'
import { eventFilters, windowRule } from '../data/events/filters'
import { onePerEvent, occurrences } from '../data/occurrences/collection'
import { isCursor, keysetPage } from '../data/pagination'
import { errorPage } from './errors'
import { filterFields, readFilters } from './filter-form'
import { layout, pageLang, pageUrl, tr } from './layout'
import { feeds, fromOccurrence, listingsByDay, pager } from './parts'
import { activeFilters, monthChart, monthRange, narrowLinks } from './selection'

const MAIN = ['q', 'from', 'to'] as const
const MORE = ['partner', 'place', 'theme', 'opgave', 'audience', 'free', 'language', 'registration', 'status', 'attendanceMode', 'kind', 'demo'] as const
const PAGE_SIZE = 20


export async function agendaPage(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const query = c.req.query()
  const db = c.get('db')
  const origin = new URL(c.req.url).origin
  const { values, errors } = readFilters(eventFilters, query, lang, windowRule)
  const past = query.when === 'past'
  const day = today()
  // Without a time window: from today on, or (archive) everything before today, latest first.
  const window = { ...values, ...(!values.from && !values.to ? (past ? { to: addDays(day, -1) } : { from: day }) : {}) }
  const keep = new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][])
  if (past) keep.set('when', 'past')
  const choices = await choicesFor(db, eventFilters)

  const form = html`<form action="/events" method="get" class="filters" role="search" aria-label="${tr(lang, 'Evenementen zoeken', 'Search events')}">
  <input type="hidden" name="lang" value="${lang}">
  ${past ? html`<input type="hidden" name="when" value="past">` : ''}
  <div class="fields">${filterFields(eventFilters, MAIN, { lang, values: query, choices, errors })}</div>
  <details${MORE.some((k) => values[k] || errors[k]) ? html` open` : ''}><summary>${tr(lang, 'Filter op organisatie, plek, thema, doelgroep …', 'Filter by organisation, place, theme, audience …')}</summary>
  <div class="fields">${filterFields(eventFilters, MORE, { lang, values: query, choices, errors })}</div></details>
  <p><button type="submit">${tr(lang, 'Toon evenementen', 'Show events')}</button></p>
</form>`
  const title = past ? tr(lang, 'Eerdere evenementen', 'Past events') : tr(lang, 'Agenda', 'Events')
  const description = tr(lang, 'Wat er te doen is in Kennisstad Leiden: lezingen, tentoonstellingen, festivals en rondleidingen van de universiteit, het LUMC, de hogeschool, mboRijnland, Naturalis en partners.',
    'What is on in Kennisstad Leiden: lectures, exhibitions, festivals and tours by the university, LUMC, the universities of applied sciences, mboRijnland, Naturalis and partners.')

  if (Object.keys(errors).length > 0 || (query.cursor && !isCursor(query.cursor))) {
    return errorPage(c, 400, ['Een of meer filters kloppen niet; pas ze hieronder aan.', 'One or more filters are not right; change them below.'], form)
  }

  const extra = onePerEvent(window, past)
  const sort = past ? '-startsAt' : 'startsAt'
  const [page, [{ n } = { n: 0 }], facets] = await Promise.all([
    keysetPage(c, { sort, limit: PAGE_SIZE, cursor: query.cursor }, occurrences.sorts, occurrences.select(db, window, null, extra),
      (rows) => occurrences.hydrate(db, rows, null)),
    db.select({ n: count() }).from(t.events).where(events.where(window, null)) as Promise<{ n: number }[]>,
    eventFacets(db, window, null, ['theme', 'partner', 'month']),
  ])
  const since = !past && window.from ? windowEdge(window.from, 'from') : undefined
  const apiQuery = new URLSearchParams(Object.entries(window).filter(([, v]) => v) as [string, string][])
  const monthLink = (month: string) => {
    const q = new URLSearchParams(keep)
    q.delete('when')
    const r = monthRange(month)
    q.set('from', r.from)
    q.set('to', r.to)
    return pageUrl('/events', lang, q)
  }
  return c.html(layout({
    lang, path: '/events', title, description, origin, query: keep,
    body: html`<h1>${title}</h1>
<p class="lead">${description}</p>
${form}
${activeFilters('/events', eventFilters, values, choices, lang, past ? new URLSearchParams({ when: 'past' }) : undefined)}
<p class="count" role="status">${n === 1 ? tr(lang, '1 evenement', '1 event') : tr(lang, `${n} evenementen`, `${n} events`)}${
  !values.from && !values.to ? (past ? tr(lang, ' vóór vandaag', ' before today') : tr(lang, ' vanaf vandaag', ' from today on')) : ''}.
  <a href="${pageUrl('/events', lang, (() => { const q = new URLSearchParams(keep); if (past) q.delete('when'); else q.set('when', 'past'); return q })())}">${
    past ? tr(lang, 'Naar de komende evenementen', 'To upcoming events') : tr(lang, 'Naar eerdere evenementen', 'To past events')}</a></p>
${narrowLinks('/events', values, facets, lang)}
${page.data.length ? listingsByDay(page.data.map(fromOccurrence), lang, since) : html`<p class="none">${tr(lang, 'Geen evenementen in deze selectie.', 'No events in this selection.')}</p>`}
${pager(page.links, lang, Boolean(query.cursor))}
${facets.month && facets.month.length > 1 ? html`<h2>${tr(lang, 'Per maand', 'Per month')}</h2>${monthChart(facets.month, lang, monthLink)}` : ''}
<h2>${tr(lang, 'Deze selectie als data', 'This selection as data')}</h2>
${feeds(c, '/v1/events', lang, apiQuery)}`,
  }))
}
