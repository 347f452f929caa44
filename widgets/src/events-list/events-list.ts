import { html } from 'lit'
import { property } from 'lit/decorators.js'
import { client, type Event, outcome } from '../shared/api'
import { type Lang, t } from '../shared/i18n'
import { type Conditional, KennisstadList } from '../shared/list-element'
import { listStyles } from './events-list.styles'

/** Today's date in Amsterdam (`en-CA` formats dates as YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())

const PARTS = 'card, title, link, date, place, badge, status, price, demo'

/**
 * @summary A live list of Kennisstad events, upcoming by default.
 * @csspart list - The list. @csspart item - One event. @csspart card, title, link, date, place, badge - Inside an item.
 * @csspart skeleton - Loading placeholder. @csspart empty - No events. @csspart error - Loading failed. @csspart retry - Retry button.
 * @cssproperty --kennisstad-accent - Links, focus ring, badges and buttons.
 * @event kennisstad-load - Data arrived; `detail.count` is the number of events.
 * @event kennisstad-error - Loading failed; `detail` has `status` and `message`.
 */
export class KennisstadEvents extends KennisstadList<Event> {
  static override styles = [KennisstadList.styles, listStyles]

  @property() partner?: string
  @property() opgave?: string
  @property() theme?: string
  @property() place?: string
  @property() audience?: string
  /** Date or date-time; default: today (Amsterdam), so the list shows what is on and upcoming. */
  @property() from?: string
  @property() to?: string
  /** `false` hides the fictitious demo events. */
  @property() demo?: 'true' | 'false'

  protected queryParts() {
    return [this.partner, this.opgave, this.theme, this.place, this.audience, this.from, this.to, this.demo, this.q, this.limit, this.sort]
  }

  protected fetchItems(api: string, init: Conditional) {
    const from = this.from || today()
    return outcome(client(api).GET('/events', {
      params: {
        query: {
          from, to: this.to || undefined, partner: this.partner || undefined, opgave: this.opgave || undefined,
          theme: this.theme || undefined, place: this.place || undefined, audience: this.audience || undefined,
          demo: this.demo || undefined, q: this.q || undefined, limit: this.pageSize,
          sort: (this.sort || undefined) as 'startsAt' | undefined,
        },
      },
      ...init,
    }))
  }

  protected renderItem(e: Event, lang: Lang) {
    return html`<kennisstad-event-card exportparts=${PARTS} .event=${e} lang=${lang} api=${this.apiBase}
      heading-level=${this.headingLevel}></kennisstad-event-card>`
  }

  protected emptyText(lang: Lang) {
    return t(lang, 'noEvents')
  }
}
