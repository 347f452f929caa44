/** A series' schedule and next dates, and an exhibition's opening hours as a week table, for the event page. */
import { html } from 'hono/html'
import { codeLabel, inLang } from '../../core/locale'
import { formatWhen } from '../../core/when'
import type { Event } from '../../schema/api/events'
import type { Occurrence } from '../../schema/api/occurrences'
import { WEEKDAYS } from '../../schema/tables'
import { type Lang, tr } from './layout'
import { dateFormat } from '../../core/intl'

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], [string, string]> = {
  mo: ['maandag', 'Monday'], tu: ['dinsdag', 'Tuesday'], we: ['woensdag', 'Wednesday'], th: ['donderdag', 'Thursday'],
  fr: ['vrijdag', 'Friday'], sa: ['zaterdag', 'Saturday'], su: ['zondag', 'Sunday'],
}
const longDay = (date: string, lang: Lang) =>
  dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

/** "Elke zondag om 14:00" and the next dates, cancelled ones marked. */
export function scheduleSection(e: Event, next: Occurrence[], lang: Lang) {
  if (!e.schedule) return ''
  return html`<section aria-labelledby="dates"><h2 id="dates">${tr(lang, 'Data', 'Dates')}</h2>
<p class="repeats">${inLang(e.schedule.summary, lang)}</p>
${next.length ? html`<ul class="dates">${next.map((o) => html`<li${o.status === 'cancelled' ? html` class="cancelled"` : ''}>
  <time datetime="${o.startsAt}">${formatWhen({ ...o, endsAt: o.endsAt }, lang)}</time>
  ${o.status !== 'scheduled' ? html` <strong class="status">${codeLabel('status', o.status, lang)}</strong>` : ''}
  ${o.places.length && o.places[0]!.id !== e.places[0]?.id ? html` · <a href="/places/${o.places[0]!.id}?lang=${lang}">${o.places[0]!.name}</a>` : ''}</li>`)}</ul>
  <p><a href="/v1/events/${e.id}/occurrences?format=csv&amp;dialect=excel-nl">${tr(lang, 'Alle data (CSV voor Excel)', 'All dates (CSV for Excel)')}</a></p>`
  : html`<p>${tr(lang, 'Geen komende data.', 'No upcoming dates.')}</p>`}
</section>`
}

/** The week with its opening hours ("gesloten" on days without), and the closed days. */
export function openingHoursSection(e: Event, lang: Lang) {
  if (!e.openingHours) return ''
  const hoursOf = (day: (typeof WEEKDAYS)[number]) => e.openingHours!.hours.filter((h) => h.days.includes(day)).map((h) => `${h.opens}–${h.closes}`)
  return html`<section aria-labelledby="hours"><h2 id="hours">${tr(lang, 'Openingstijden', 'Opening hours')}</h2>
<table class="hours"><tbody>${WEEKDAYS.map((day) => {
    const hours = hoursOf(day)
    return html`<tr><th scope="row">${DAY_NAMES[day][lang === 'nl' ? 0 : 1]}</th><td>${hours.length ? hours.join(', ') : tr(lang, 'gesloten', 'closed')}</td></tr>`
  })}</tbody></table>
${e.openingHours.closed?.length ? html`<p>${tr(lang, 'Ook gesloten op', 'Also closed on')} ${e.openingHours.closed.map((d, i) => html`${i ? ', ' : ''}<time datetime="${d}">${longDay(d, lang)}</time>`)}.</p>` : ''}
</section>`
}
