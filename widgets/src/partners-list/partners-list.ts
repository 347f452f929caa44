import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { client, detailPage, outcome, type Partner, safeUrl } from '../shared/api'
import { type Lang, t } from '../shared/i18n'
import { type Conditional, KennisstadList } from '../shared/list-element'

/**
 * @summary Partners of the Kennisstad programme.
 * @csspart list, item, title, link, meta, skeleton, empty, error, retry
 * @event kennisstad-load - Data arrived; `detail.count`. @event kennisstad-error - Loading failed.
 */
export class KennisstadPartners extends KennisstadList<Partner> {
  @property() kind?: string
  @property() agreement?: string

  protected queryParts() {
    return [this.kind, this.agreement, this.q, this.limit, this.sort]
  }

  protected fetchItems(api: string, init: Conditional) {
    return outcome(client(api).GET('/partners', {
      params: {
        query: {
          kind: this.kind || undefined, agreement: this.agreement || undefined, q: this.q || undefined,
          limit: this.pageSize, sort: (this.sort || undefined) as 'name' | undefined,
        },
      },
      ...init,
    }))
  }

  protected renderItem(p: Partner, lang: Lang) {
    const href = detailPage(this.apiBase, 'partners', p.id, lang)
    const site = safeUrl(p.url)
    return html`<div part="title" role="heading" aria-level=${this.headingLevel} class="title">
        ${href ? html`<a part="link" href=${href}>${p.name}</a>` : p.name}</div>
      ${this.layout !== 'compact' && (p.locality || site) ? html`<p part="meta" class="meta">
        ${p.locality ?? ''}${site ? html` · <a href=${site} rel="noopener">${new URL(site).host}</a>` : nothing}</p>` : nothing}`
  }

  protected emptyText(lang: Lang) {
    return t(lang, 'noPartners')
  }
}
