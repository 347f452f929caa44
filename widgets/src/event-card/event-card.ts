import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { dateLeaf, formatWhen } from '../../../core/when'
import { formatPrice, inLang, statusLabel } from '../../../core/locale'
import { client, detailPage, eventListing, type Listing, SCRIPT_ORIGIN, safeUrl } from '../shared/api'
import { type Lang, resolveLang, tr } from '../shared/i18n'
import { SchemeController } from '../shared/scheme'
import { baseStyles } from '../shared/styles'
import { cardStyles } from './event-card.styles'

/** The parts of one listing, rendered by the card and used by the list. */
export function renderEvent(e: Listing, lang: Lang, api: string, level = 3) {
  const href = safeUrl(e.url) ?? detailPage(api, 'events', e.id, lang)
  const register = e.status === 'cancelled' ? undefined : safeUrl(e.registrationUrl)
  const status = statusLabel(e.status, lang)
  const price = e.free ? tr(lang, 'free') : formatPrice(e, lang)
  const where = e.places.length ? e.places.map((p) => p.name).join(', ') : e.attendanceMode === 'online' ? tr(lang, 'online') : ''
  const leaf = dateLeaf(e, lang)
  return html`<article part="card" class=${e.status === 'cancelled' ? 'cancelled' : ''}>
    ${status ? html`<p part="status" class="status-banner">${status}</p>` : nothing}
    <p part="date-block" class="leaf" aria-hidden="true"><span class="day">${leaf.day}</span><span class="month">${leaf.month}</span></p>
    <div part="title" role="heading" aria-level=${level} class="title">
      ${href ? html`<a part="link" href=${href}>${inLang(e.title, lang)}</a>` : inLang(e.title, lang)}
    </div>
    <p part="date" class="meta"><time datetime=${e.startsAt}>${formatWhen(e, lang)}</time></p>
    ${where ? html`<p part="place" class="meta">${where}</p>` : nothing}
    ${e.repeats ? html`<p part="repeats" class="meta repeats">${inLang(e.repeats, lang)}</p>` : nothing}
    ${e.more?.length ? html`<details part="more"><summary>${tr(lang, 'moreDates')} (${e.more.length})</summary>
      <ul class="dates">${e.more.map((o) => html`<li class=${o.status === 'cancelled' ? 'cancelled' : ''}>
        <time datetime=${o.startsAt}>${formatWhen({ ...o, timeZone: e.timeZone }, lang, 'short')}</time>
        ${o.status !== 'scheduled' ? html` <span class="status">${statusLabel(o.status, lang)}</span>` : nothing}</li>`)}</ul>
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
 * @csspart card - The event. @csspart title - Its name. @csspart link - The link to register or read more.
 * @csspart date - When. @csspart place - Where. @csspart badge - Status, price or demo badges.
 */
export class KennisstadEventCard extends LitElement {
  static override styles = [baseStyles, cardStyles]

  @property({ attribute: false }) event?: Listing
  @property({ attribute: 'event-id' }) eventId?: string
  @property() api?: string
  @property() override lang = ''
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3
  /** One line per event, without the date block (the list's compact layout). */
  @property({ type: Boolean, reflect: true }) compact = false
  /** `light`, `dark` or `auto`; default: what the host (page or list) declares, else light. */
  @property({ attribute: 'color-scheme' }) colorScheme?: string
  @state() private failed = false

  constructor() {
    super()
    new SchemeController(this)
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
      const res = await client(this.api || SCRIPT_ORIGIN).GET('/events/{id}', { params: { path: { id } } })
      data = res.data
      detail = data ? { count: 1 } : { status: res.response.status, message: (res.error as { detail?: string } | undefined)?.detail ?? res.response.statusText }
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
    if (this.event) return renderEvent(this.event, lang, this.api || SCRIPT_ORIGIN, this.headingLevel)
    if (this.failed) return html`<p part="error" class="error">${tr(lang, 'error')}</p><slot></slot>`
    return html`<div class="bone" aria-hidden="true"></div>`
  }
}

