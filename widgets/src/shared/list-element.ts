/**
 * What every Kennisstad list element shares: attributes that mirror the API filters, loading → ready | empty |
 * error states that never leave a blank box, live refresh with `If-None-Match` only while the page is visible, and
 * `kennisstad-load` / `kennisstad-error` events.
 */
import { type CSSResultGroup, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { type Outcome, SCRIPT_ORIGIN } from './api'
import { type Lang, resolveLang, t } from './i18n'
import { baseStyles } from './styles'

export type Layout = 'list' | 'cards' | 'compact'
/** What every list request carries: `If-None-Match` on a refresh, and the signal that cancels a stale request. */
export type Conditional = { headers: Record<string, string>; signal: AbortSignal }

export abstract class KennisstadList<Item> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles]

  /** Base URL of the API; default: the origin this script was loaded from. */
  @property() api?: string
  /** `nl` or `en`; default: the host page's language. */
  @property() override lang = ''
  @property({ type: Number }) limit = 5
  @property() sort?: string
  @property() q?: string
  @property({ reflect: true }) layout: Layout = 'list'
  /** Seconds between refreshes while the page is visible; 0 turns live refresh off. */
  @property({ type: Number }) refresh = 300
  /** Heading level of each item title (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3

  @state() protected items?: Item[]
  @state() protected failure?: { status: number; message: string }
  @state() protected loading = true

  private etag: string | null = null
  private queryKey = ''
  private timer?: ReturnType<typeof setTimeout>
  private inflight?: AbortController

  /** The request for the current attributes; spread `init` into it (conditional headers, abort signal). */
  protected abstract fetchItems(api: string, init: Conditional): Promise<Outcome<Item>>
  /** Everything the request depends on, so an attribute change reloads and a layout change does not. */
  protected abstract queryParts(): unknown[]
  protected abstract renderItem(item: Item, lang: Lang): TemplateResult
  protected abstract emptyText(lang: Lang): string

  protected get language(): Lang {
    return resolveLang(this, this.lang)
  }

  protected get apiBase(): string {
    return this.api || SCRIPT_ORIGIN
  }

  /** `limit` as the API accepts it: 1–100, default 5. */
  protected get pageSize(): number {
    return Math.min(Math.max(this.limit || 5, 1), 100)
  }

  override connectedCallback() {
    super.connectedCallback()
    document.addEventListener('visibilitychange', this.onVisibility)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    document.removeEventListener('visibilitychange', this.onVisibility)
    clearTimeout(this.timer)
    this.inflight?.abort()
  }

  protected override willUpdate(changed: PropertyValues) {
    const key = JSON.stringify([this.apiBase, ...this.queryParts()])
    if (key !== this.queryKey) {
      this.queryKey = key
      this.etag = null
      void this.load(true)
    } else if (changed.has('refresh')) {
      this.schedule()
    }
  }

  /** Fetch; `fresh` shows the loading state (new filters), a refresh keeps the current list on screen. */
  async load(fresh = false) {
    clearTimeout(this.timer)
    this.inflight?.abort()
    const controller = new AbortController()
    this.inflight = controller
    if (fresh) {
      this.loading = true
      this.failure = undefined
    }
    let result: Outcome<Item>
    try {
      result = await this.fetchItems(this.apiBase, { headers: this.etag ? { 'If-None-Match': this.etag } : {}, signal: controller.signal })
    } catch {
      return // aborted: a newer request replaced this one
    }
    if (controller.signal.aborted) return
    this.loading = false
    if (result.kind === 'data') {
      this.items = result.items
      this.etag = result.etag
      this.failure = undefined
      this.emit('kennisstad-load', { count: result.items.length })
    } else if (result.kind === 'failed') {
      this.failure = { status: result.status, message: result.message }
      this.emit('kennisstad-error', this.failure)
    }
    this.schedule()
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  private schedule() {
    clearTimeout(this.timer)
    if (this.refresh > 0 && document.visibilityState === 'visible' && this.isConnected) {
      this.timer = setTimeout(() => void this.load(), this.refresh * 1000)
    }
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer)
    else if (this.refresh > 0) void this.load() // catch up at once, then continue on the interval
  }

  private retry = () => void this.load(true)

  protected override render() {
    const lang = this.language
    if (this.loading && !this.items) {
      return html`<div part="skeleton" class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${t(lang, 'loading')}</span>
        ${Array.from({ length: Math.min(this.pageSize, 20) }, () => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`
    }
    if (this.failure && !this.items) {
      return html`<div part="error" class="error" role="alert">
        <p>${t(lang, 'error')}</p>
        <button part="retry" type="button" @click=${this.retry}>${t(lang, 'retry')}</button>
        <slot></slot>
      </div>`
    }
    const items = this.items ?? []
    if (items.length === 0) return html`<p part="empty" class="empty">${this.emptyText(lang)}</p>`
    return html`<ul part="list" class="list ${this.layout}" aria-busy=${this.loading ? 'true' : nothing}>
      ${items.map((item) => html`<li part="item">${this.renderItem(item, lang)}</li>`)}
    </ul>`
  }
}
