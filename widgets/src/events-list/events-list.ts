import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property } from 'lit/decorators.js'
import { localDay, today } from '../../../core/time'
import { dayHeading } from '../../../core/when'
import { bySeries, type Listing, type Occurrence } from '../shared/api'
import { type Lang, tr } from '../shared/i18n'
import { FILTERS } from '../generated/filters'
import { filterProperties, KennisstadList } from '../shared/list-element'
import { listStyles } from './events-list.styles'


/** The card's parts this list exports (each documented on the card). */
const PARTS = 'card, image, credit, status, date-block, title, link, date, place, repeats, more, badge, price, demo, register'

/**
 * @summary A live list of Kennisstad events, upcoming by default: the next date of each, with a series' later dates
 * behind "more dates". Every filter of `GET /v1/occurrences` is an attribute (`partner`, `place`, `theme`, `from`,
 * `attendance-mode`, `event`, …); `from` defaults to today.
 * @csspart agenda - The agenda layout: all days.
 * @csspart day - One day of the agenda.
 * @csspart day-heading - The heading of a day: a heading of `heading-level`, the events' titles one level lower.
 * @attr seo - Adds schema.org `Event` JSON-LD for the events shown to the host page's `<head>`, so search engines can
 * show the host's events as rich results. The JSON-LD is the API's own (`/v1/occurrences` as `application/ld+json`).
 * @attr live - Listens to the platform's live stream (`/v1/changes/stream`, the same filters) instead of polling: a
 * published, changed or cancelled event shows within seconds. When the stream is not available, it polls `refresh`.
 */
export class KennisstadEvents extends KennisstadList<Listing, Occurrence> {
  static override styles = [KennisstadList.styles, listStyles]
  static override properties = filterProperties('occurrences')
  // What is on when: occurrences, so a series shows its next date, not the day it started.
  protected readonly collection = 'occurrences'

  /** Publish schema.org JSON-LD of the shown events into the host document (see `@attr seo`). */
  @property({ type: Boolean }) seo = false
  /** Updated by the live stream instead of polling (see `@attr live`). */
  @property({ type: Boolean }) live = false
  private ld?: HTMLScriptElement

  protected override updated(changed: PropertyValues) {
    super.updated(changed)
    if (changed.has('items') || changed.has('seo')) void this.publishLd()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.ld?.remove()
  }

  /** The API's JSON-LD for the same query, one node per event shown (its first date here), in the host's head. */
  private async publishLd() {
    const items = this.items
    if (!this.seo || !items?.length) {
      this.ld?.remove()
      return
    }
    const params = new URLSearchParams(Object.entries(this.query()).map(([k, v]) => [k, String(v)]))
    try {
      const res = await fetch(`${this.apiBase.replace(/\/+$/, '')}/v1/occurrences?${params}`, { headers: { Accept: 'application/ld+json' } })
      const list = await res.json() as { itemListElement?: { item: { url?: string } }[] }
      if (!res.ok || this.items !== items) return // failed, or a newer list replaced this one
      const nodes = (list.itemListElement ?? []).map((x) => x.item)
      const graph = items.flatMap((l) => nodes.find((n) => n.url?.endsWith(`/events/${l.id}`)) ?? [])
      this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' })
      this.ld.dataset.kennisstad = this.localName
      this.ld.textContent = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c')
      if (!this.ld.isConnected) document.head.append(this.ld)
    } catch {
      // Search-engine data is a bonus: the listing itself is unaffected.
    }
  }

  protected override get requestLimit() {
    return Math.min(100, this.pageSize * 5)
  }

  protected override arrange(occurrences: Occurrence[]) {
    return bySeries(occurrences, this.pageSize)
  }

  /** The stream takes the events' filters: those of this list it knows (the dates included), not `event`. */
  protected override liveQuery() {
    if (!this.live) return null
    const query = this.query()
    return Object.fromEntries(FILTERS.stream.flatMap((name) => (query[name] !== undefined ? [[name, String(query[name])]] : [])))
  }

  protected override defaults() {
    return { from: today() }
  }

  protected renderItem(e: Listing, lang: Lang) {
    const agenda = this.layout === 'agenda'
    return html`<kennisstad-event-card exportparts=${PARTS} .event=${e} lang=${lang} api=${this.apiBase}
      heading-level=${agenda ? Math.min(this.headingLevel + 1, 6) : this.headingLevel} ?compact=${this.layout === 'compact'}
      ?agenda=${agenda} color-scheme=${this.scheme.current}></kennisstad-event-card>`
  }

  /** `agenda`: a heading per day, its events under it with their hours; what is already running is under today. */
  protected override renderList(items: Listing[], lang: Lang): TemplateResult {
    if (this.layout !== 'agenda') return super.renderList(items, lang)
    const days = new Map<string, Listing[]>()
    for (const e of items) {
      const day = [localDay(e.startsAt, e.timeZone), today()].sort()[1]!
      days.set(day, [...(days.get(day) ?? []), e])
    }
    return html`<div part="agenda" class="agenda" aria-busy=${this.loading ? 'true' : nothing}>${[...days].map(([day, list]) => html`<section part="day">
      <div part="day-heading" role="heading" aria-level=${this.headingLevel} class="day-heading">${dayHeading(day, lang)}</div>
      ${super.renderList(list, lang, 'agenda')}</section>`)}</div>`
  }

  protected emptyText(lang: Lang) {
    return tr(lang, 'noEvents')
  }
}
