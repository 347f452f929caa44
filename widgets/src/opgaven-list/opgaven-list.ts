import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { inLang } from '../../../core/locale'
import { client, detailPage, type Opgave, outcome } from '../shared/api'
import { type Lang, t } from '../shared/i18n'
import { type Conditional, KennisstadList } from '../shared/list-element'

/**
 * @summary The opgaven (challenges) of the Kennisstad programme.
 * @csspart list, item, title, link, summary, skeleton, empty, error, retry
 * @event kennisstad-load - Data arrived; `detail.count`. @event kennisstad-error - Loading failed.
 */
export class KennisstadOpgaven extends KennisstadList<Opgave> {
  @property() theme?: string
  @property() partner?: string

  protected queryParts() {
    return [this.theme, this.partner, this.q, this.limit, this.sort]
  }

  protected fetchItems(api: string, init: Conditional) {
    return outcome(client(api).GET('/opgaven', {
      params: {
        query: {
          theme: this.theme || undefined, partner: this.partner || undefined, q: this.q || undefined,
          limit: this.pageSize, sort: (this.sort || undefined) as 'title' | undefined,
        },
      },
      ...init,
    }))
  }

  protected renderItem(o: Opgave, lang: Lang) {
    const href = detailPage(this.apiBase, 'opgaven', o.id, lang)
    return html`<div part="title" role="heading" aria-level=${this.headingLevel} class="title">
        ${href ? html`<a part="link" href=${href}>${inLang(o.title, lang)}</a>` : inLang(o.title, lang)}</div>
      ${o.summary && this.layout !== 'compact' ? html`<p part="summary" class="meta">${inLang(o.summary, lang)}</p>` : nothing}`
  }

  protected emptyText(lang: Lang) {
    return t(lang, 'noOpgaven')
  }
}
