import { html, nothing } from 'lit'
import { detailPage, type Partner, safeUrl } from '../shared/api'
import { type Lang, tr } from '../shared/i18n'
import { filterProperties, KennisstadList } from '../shared/list-element'

/**
 * @summary Partners of the Kennisstad programme.
 * @csspart meta - A partner's town and website (not in the compact layout).
 */
export class KennisstadPartners extends KennisstadList<Partner> {
  static override properties = filterProperties('partners')
  protected readonly collection = 'partners'

  protected renderItem(p: Partner, lang: Lang) {
    const href = detailPage(this.apiBase, 'partners', p.id, lang)
    const site = safeUrl(p.url)
    return html`<div part="title" role="heading" aria-level=${this.headingLevel} class="title">
        ${href ? html`<a part="link" href=${href}>${p.name}</a>` : p.name}</div>
      ${this.layout !== 'compact' && (p.locality || site) ? html`<p part="meta" class="meta">
        ${p.locality ?? ''}${site ? html` · <a href=${site} rel="noopener">${new URL(site).host}</a>` : nothing}</p>` : nothing}`
  }

  protected emptyText(lang: Lang) {
    return tr(lang, 'noPartners')
  }
}
