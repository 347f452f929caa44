import { html, nothing } from 'lit'
import { inLang } from '../../../core/locale'
import { detailPage, type Opgave } from '../shared/api'
import { type Lang, tr } from '../shared/i18n'
import { filterProperties, KennisstadList } from '../shared/list-element'

/**
 * @summary The opgaven (challenges) of the Kennisstad programme.
 * @csspart summary - An opgave's summary (not in the compact layout).
 */
export class KennisstadOpgaven extends KennisstadList<Opgave> {
  static override properties = filterProperties('opgaven')
  protected readonly collection = 'opgaven'

  protected renderItem(o: Opgave, lang: Lang) {
    const href = detailPage(this.apiBase, 'opgaven', o.id, lang)
    return html`<div part="title" role="heading" aria-level=${this.headingLevel} class="title">
        ${href ? html`<a part="link" href=${href}>${inLang(o.title, lang)}</a>` : inLang(o.title, lang)}</div>
      ${o.summary && this.layout !== 'compact' ? html`<p part="summary" class="meta">${inLang(o.summary, lang)}</p>` : nothing}`
  }

  protected emptyText(lang: Lang) {
    return tr(lang, 'noOpgaven')
  }
}
