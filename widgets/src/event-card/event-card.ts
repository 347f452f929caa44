import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { property, state } from 'lit/decorators.js'
import { dateLeaf, formatWhen } from '../../../core/when'
import { formatPrice, inLang, statusLabel } from '../../../core/locale'
import { detailPage, get, eventListing, type Listing, SCRIPT_ORIGIN, safeUrl } from '../shared/api'
import { type Lang, resolveLang, tr } from '../shared/i18n'
import { checkValues, DEFAULTS } from '../shared/checks'
import { SchemeController } from '../shared/scheme'
import { baseStyles } from '../shared/styles'
import { cardStyles } from './event-card.styles'

/** The parts of one listing, rendered by the card and used by the list. */
/** A series' later dates are rendered when their `details` is opened (a long series is hundreds of dates). */
export type MoreDates = { open: boolean; toggle: (open: boolean) => void }

export function renderEvent(e: Listing, lang: Lang, api: string, level = 3, agenda = false, more: MoreDates) {
  const href = safeUrl(e.url) ?? detailPage(api, 'events', e.id, lang)
  const register = e.status === 'cancelled' ? undefined : safeUrl(e.registrationUrl)
  const status = statusLabel(e.status, lang)
  const price = e.free ? tr(lang, 'free') : formatPrice(e, lang)
  const where = e.places.length ? e.places.map((p) => p.name).join(', ') : e.attendanceMode === 'online' ? tr(lang, 'online') : ''
  const leaf = dateLeaf(e, lang)
  const image = safeUrl(e.image?.url)
  return html`<article part="card" class="${e.status === 'cancelled' ? 'cancelled' : ''} ${image ? 'pictured' : ''}">
    ${image ? html`<figure part="image" class="picture">
      <img src=${image} alt=${inLang(e.image!.alt, lang)} loading="lazy" decoding="async" width="640" height="360">
      ${e.image!.creditText ? html`<figcaption part="credit">${e.image!.creditText}</figcaption>` : nothing}</figure>` : nothing}
    ${status ? html`<p part="status" class="status-banner">${status}</p>` : nothing}
    <p part="date-block" class="leaf" aria-hidden="true"><span class="day">${leaf.day}</span><span class="month">${leaf.month}</span></p>
    <div part="title" role="heading" aria-level=${level} class="title">
      ${href ? html`<a part="link" href=${href}>${inLang(e.title, lang)}</a>` : inLang(e.title, lang)}
    </div>
    <p part="date" class="meta when"><time datetime=${e.startsAt}>${formatWhen(e, lang, agenda ? 'time' : 'long')}</time></p>
    ${where ? html`<p part="place" class="meta">${where}</p>` : nothing}
    ${e.repeats ? html`<p part="repeats" class="meta repeats">${inLang(e.repeats, lang)}</p>` : nothing}
    ${e.more?.length ? html`<details part="more" ?open=${more.open} @toggle=${(ev: Event) => more.toggle((ev.target as HTMLDetailsElement).open)}>
      <summary>${tr(lang, 'moreDates')} (${e.more.length})</summary>
      ${more.open ? html`<ul class="dates">${e.more.map((o) => html`<li class=${o.status === 'cancelled' ? 'cancelled' : ''}>
        <time datetime=${o.startsAt}>${formatWhen({ ...o, timeZone: e.timeZone }, lang, 'short')}</time>
        ${o.status !== 'scheduled' ? html` <span class="status">${statusLabel(o.status, lang)}</span>` : nothing}</li>`)}</ul>` : nothing}
    </details>` : nothing}
    ${price || e.demo ? html`<p class="badges">
      ${price ? html`<span part="badge price" class="badge">${price}</span>` : nothing}
      ${e.demo ? html`<span part="badge demo" class="badge">${tr(lang, 'demo')}</span>` : nothing}
    </p>` : nothing}
    ${register ? html`<p class="actions"><a part="register" class="button" href=${register}>${tr(lang, 'register')}<span class="visually-hidden">: ${inLang(e.title, lang)}</span></a></p>` : nothing}
  </article>`
}

/**
 * @summary One Kennisstad event: given as the `event` property, or fetched by `event-id`.
 * @slot - A fallback shown when `event-id` cannot be loaded.
 * @csspart card - The event (`article`).
 * @csspart image - Its picture (`figure`), when it has one; not in the compact and agenda layouts.
 * @csspart credit - The picture's credit line.
 * @csspart status - A prominent banner when it is cancelled, postponed, rescheduled or moved online.
 * @csspart date-block - The calendar leaf with day and month (decorative: the date is also in `date`).
 * @csspart title - Its name: a heading of `heading-level`.
 * @csspart link - The link to its own page.
 * @csspart date - When (`time`).
 * @csspart place - Where.
 * @csspart repeats - How a series repeats.
 * @csspart more - A series' later dates (`details`).
 * @csspart badge - The price and demo badges.
 * @csspart price - The price badge ("Gratis" or the price).
 * @csspart demo - The "fictitious example" badge.
 * @csspart register - The registration or tickets button.
 * @csspart error - Shown when `event-id` cannot be loaded.
 * @fires kennisstad-load - The event of `event-id` arrived; `detail.count` is 1.
 * @fires kennisstad-error - Loading `event-id` failed; `detail` has `status` and `message`.
 */
export class KennisstadEventCard extends LitElement {
  static override styles = [baseStyles, cardStyles]

  /** The event to show, as the API returns it (a list sets this; no request is made). */
  @property({ attribute: false }) event?: Listing
  /** The id of an event to fetch and show (`GET /v1/events/{id}`), such as `nacht-van-ontdekkingen-2022`. */
  @property({ attribute: 'event-id' }) eventId?: string
  /** Base URL of the API; default: the origin this script was loaded from. */
  @property() api?: string
  /** `nl` or `en`; default: the host page's language. */
  @property() override lang = ''
  /** Heading level of the title (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULTS.headingLevel
  /** One line per event, without the date block or image (the list's compact layout). */
  @property({ type: Boolean, reflect: true }) compact = false
  /** Under a day heading (the list's agenda layout): the hours only, no date block. */
  @property({ type: Boolean, reflect: true }) agenda = false
  /** `light`, `dark` or `auto`; default: what the host (page or list) declares, else light. */
  @property({ attribute: 'color-scheme' }) colorScheme?: string
  @state() private failed = false
  @state() private moreOpen = false

  constructor() {
    super()
    new SchemeController(this)
  }

  protected override willUpdate(changed: PropertyValues) {
    checkValues(this, changed, { headingLevel: DEFAULTS.headingLevel, colorScheme: undefined })
  }

  override updated(changed: Map<string, unknown>) {
    if ((changed.has('eventId') || changed.has('api')) && this.eventId && this.event?.id !== this.eventId) void this.fetchEvent()
  }

  /** Fetches `event-id`; an answer for an id that was replaced meanwhile is dropped (the newest request wins). */
  private async fetchEvent() {
    const id = this.eventId!
    let detail: { count: number } | { status: number; message: string }
    let data: Parameters<typeof eventListing>[0] | undefined
    try {
      const res = await get(this.api || SCRIPT_ORIGIN, '/events/{id}', { path: { id } })
      data = res.data
      detail = data ? { count: 1 } : { status: res.response.status, message: res.error?.detail ?? res.response.statusText }
    } catch (e) {
      detail = { status: 0, message: (e as Error).message }
    }
    if (id !== this.eventId) return // stale: a newer event-id was set while this one loaded
    this.failed = !data
    if (data) this.event = eventListing(data)
    else console.error(`<${this.localName}>: ${(detail as { message: string }).message}`)
    this.dispatchEvent(new CustomEvent(data ? 'kennisstad-load' : 'kennisstad-error', { detail, bubbles: true, composed: true }))
  }

  protected override render() {
    const lang = resolveLang(this, this.lang)
    if (this.event) return renderEvent(this.event, lang, this.api || SCRIPT_ORIGIN, this.headingLevel, this.agenda, { open: this.moreOpen, toggle: (open) => { this.moreOpen = open } })
    if (this.failed) return html`<p part="error" class="error">${tr(lang, 'error')}</p><slot></slot>`
    return html`<div class="bone" aria-hidden="true"></div>`
  }
}

