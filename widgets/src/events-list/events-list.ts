import { html } from 'lit'
import { bySeries, type Listing, type Occurrence } from '../shared/api'
import { type Lang, tr } from '../shared/i18n'
import { filterProperties, KennisstadList } from '../shared/list-element'
import { listStyles } from './events-list.styles'

/** Today's date in Amsterdam (`en-CA` formats dates as YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())

const PARTS = 'card, title, link, date, date-block, place, badge, status, price, demo, register'

/**
 * @summary A live list of Kennisstad events, upcoming by default: the next date of each, with a series' later dates
 * behind "more dates". Every filter of `GET /v1/occurrences` is an attribute (`partner`, `place`, `theme`, `from`,
 * `attendance-mode`, `event`, …); `from` defaults to today.
 * @csspart list - The list. @csspart item - One event. @csspart card, title, link, date, place, badge - Inside an item.
 * @csspart skeleton - Loading placeholder. @csspart empty - No events. @csspart error - Loading failed. @csspart retry - Retry button.
 * @cssproperty --kennisstad-accent - Links, focus ring, badges and buttons.
 * @event kennisstad-load - Data arrived; `detail.count` is the number of events.
 * @event kennisstad-error - Loading failed; `detail` has `status` and `message`.
 */
export class KennisstadEvents extends KennisstadList<Listing, Occurrence> {
  static override styles = [KennisstadList.styles, listStyles]
  static override properties = filterProperties('occurrences')
  // What is on when: occurrences, so a series shows its next date, not the day it started.
  protected readonly collection = 'occurrences'

  protected override get requestLimit() {
    return Math.min(100, this.pageSize * 5)
  }

  protected override arrange(occurrences: Occurrence[]) {
    return bySeries(occurrences, this.pageSize)
  }

  protected override defaults() {
    return { from: today() }
  }

  protected renderItem(e: Listing, lang: Lang) {
    return html`<kennisstad-event-card exportparts=${PARTS} .event=${e} lang=${lang} api=${this.apiBase}
      heading-level=${this.headingLevel} ?compact=${this.layout === 'compact'}></kennisstad-event-card>`
  }

  protected emptyText(lang: Lang) {
    return tr(lang, 'noEvents')
  }
}
