/**
 * What every Kennisstad list element shares: attributes that mirror the API filters, loading → ready | empty |
 * error states that never leave a blank box, live refresh — pushed by the platform's live stream where the element
 * listens to one, else polled with `If-None-Match` only while the page is visible — and `kennisstad-load` /
 * `kennisstad-error` events.
 */
import { type CSSResultGroup, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { attributeName } from '../../../core/attribute'
import type { Layout } from '../../../core/widget-theme'
import { FILTERS } from '../generated/filters'
import { get, type Outcome, outcome, type ParamError, SCRIPT_ORIGIN } from './api'
import { type Lang, resolveLang, tr, unknownId } from './i18n'
import { checkValues, DEFAULTS } from './checks'
import { SchemeController } from './scheme'
import { baseStyles } from './styles'

/** What every list request carries: `If-None-Match` on a refresh, and the signal that cancels a stale request. */
export type Conditional = { headers: Record<string, string>; signal: AbortSignal }
export type Collection = Exclude<keyof typeof FILTERS, 'stream'>

/** Attributes every HTML element may carry, which are not ours to warn about. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'title', 'slot', 'part', 'tabindex', 'role',
  'translate', 'inert', 'is', 'nonce', 'autofocus', 'draggable', 'spellcheck', 'contenteditable', 'exportparts', 'popover'])


/** One attribute per API filter of a collection, from the list generated from the contract (npm run client). */
export function filterProperties(collection: Collection): PropertyDeclarations {
  for (const name of FILTERS[collection]) {
    // A filter named like a member of the element would silently replace it (it happened with `language`).
    if (name in KennisstadList.prototype) throw new Error(`filter "${name}" collides with a member of KennisstadList`)
  }
  return Object.fromEntries(FILTERS[collection].map((name) => [name, { attribute: attributeName(name) }]))
}

/**
 * The base of every list element (not an element itself).
 * @slot - A fallback, such as a link to the listings: shown before the script runs and next to a loading error.
 * @csspart list - The list (`ul`).
 * @csspart item - One item (`li`).
 * @csspart title - An item's name: a heading of `heading-level`.
 * @csspart link - The link to an item's own page.
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - The text when nothing matches.
 * @csspart error - What went wrong: a wrong attribute explained, or the API's own message.
 * @csspart retry - The retry button after a failure.
 * @fires kennisstad-load - Data arrived; `detail.count` is the number of items shown.
 * @fires kennisstad-error - Loading failed; `detail` has `status`, `message` and, for a wrong attribute, `errors` (with `suggestions`).
 */
export abstract class KennisstadList<Item, Raw = Item> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles]

  /** Base URL of the API; default: the origin this script was loaded from. */
  @property() api?: string
  /** `nl` or `en`; default: the host page's language. */
  @property() override lang = ''
  /** How many items to show, 1–100 (default 5); a series counts once. */
  @property({ type: Number }) limit: number = DEFAULTS.limit
  /** Sort order as the API accepts it (`sort` of the collection, such as `-startsAt`); default: the API's. */
  @property() sort?: string
  /** `list`, `cards`, `compact`, or `agenda` (events under a heading per day; other lists show it as `list`). */
  @property({ reflect: true }) layout: Layout = DEFAULTS.layout as Layout
  /** Seconds between refreshes while the page is visible; 0 turns live refresh off. */
  @property({ type: Number }) refresh: number = DEFAULTS.refresh
  /** Heading level of each item title (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULTS.headingLevel
  /** `light`, `dark` or `auto` (follow the visitor's system); default: what the host page declares, else light. */
  @property({ attribute: 'color-scheme' }) colorScheme?: string

  /** Light, dark or auto as resolved for this list (its items are given the same, see scheme.ts). */
  protected readonly scheme = new SchemeController(this)

  @state() protected items?: Item[]
  /** Turns the API's items into what the element shows (events: occurrences grouped by series). */
  protected arrange(raw: Raw[]): Item[] {
    return raw as unknown as Item[]
  }
  /** How many items to ask for; the events list asks for more occurrences than it shows, to group series. */
  protected get requestLimit(): number {
    return this.pageSize
  }
  @state() protected failure?: { status: number; message: string; errors?: ParamError[] }
  @state() protected loading = true

  private etag: string | null = null
  private queryKey = ''
  private timer?: ReturnType<typeof setTimeout>
  private inflight?: AbortController
  /** The live stream, while the element listens to one (see `liveQuery`), and whether it is open. */
  private source?: EventSource
  private streaming = false
  private streamKey = ''
  private streamErrors = 0
  private changed?: ReturnType<typeof setTimeout>
  private stale = false

  /**
   * The filters of the live stream to listen to instead of polling, or null to poll (the default). A change it
   * announces reloads the list at once (conditionally); while it is open there is no polling. When it cannot be
   * opened or keeps failing, the element falls back to polling `refresh`.
   */
  protected liveQuery(): Record<string, string> | null {
    return null
  }

  /** Which API collection this element lists; its filters are this element's attributes. */
  protected abstract readonly collection: Collection
  /** Values used when the attribute is absent (events: from today). */
  protected defaults(): Record<string, string> {
    return {}
  }
  protected abstract renderItem(item: Item, lang: Lang): TemplateResult
  protected abstract emptyText(lang: Lang): string

  protected get displayLang(): Lang {
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
    this.warnUnknownAttributes()
  }

  /** An attribute this element does not know (a typo, or a filter of another list) is named in the console. */
  private warnUnknownAttributes() {
    const known = new Set((this.constructor as typeof LitElement).observedAttributes)
    const unknown = [...this.attributes].map((a) => a.name)
      .filter((name) => !known.has(name) && !GLOBAL_ATTRIBUTES.has(name) && !/^(data|aria)-/.test(name))
    if (unknown.length === 0) return
    console.warn(`<${this.localName}>: unknown attribute${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} ignored. `
      + `It understands: ${[...known].sort().join(', ')}.`)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    document.removeEventListener('visibilitychange', this.onVisibility)
    clearTimeout(this.timer)
    clearTimeout(this.changed)
    this.inflight?.abort()
    this.closeStream()
    this.streamKey = ''
  }

  /** The API query for the current attributes: every filter that is set, the page size and the sort. */
  protected query(): Record<string, string | number> {
    const own = this as unknown as Record<string, string | undefined>
    const set = FILTERS[this.collection].flatMap((name) => (own[name] ? [[name, own[name]!]] : []))
    return { ...this.defaults(), ...Object.fromEntries(set), limit: this.requestLimit, ...(this.sort ? { sort: this.sort } : {}) }
  }

  /** The request for the current attributes, with conditional headers and the abort signal. */
  private fetchItems(api: string, init: Conditional): Promise<Outcome<Raw>> {
    return outcome(get(api, `/${this.collection}`, { query: this.query() }, init) as Promise<{ data?: { data: Raw[] }; response: Response }>)
  }

  protected override willUpdate(changed: PropertyValues) {
    checkValues(this, changed, { ...DEFAULTS, colorScheme: undefined })
    const key = JSON.stringify([this.apiBase, this.query()])
    if (key !== this.queryKey) {
      this.queryKey = key
      this.etag = null
      void this.load(true)
    } else if (changed.has('refresh')) {
      this.schedule()
    }
    this.listen()
  }

  /** Opens (or re-opens, for new filters) the live stream the element asked for, or closes one it no longer wants. */
  private listen() {
    const live = this.liveQuery()
    const key = live ? `${this.apiBase}/v1/changes/stream?${new URLSearchParams(live)}` : ''
    if (key === this.streamKey || !this.isConnected) return
    this.closeStream()
    this.streamKey = key
    this.streamErrors = 0
    if (!key || typeof EventSource === 'undefined') return
    const source = new EventSource(key)
    this.source = source
    source.onopen = () => {
      this.streaming = true
      this.streamErrors = 0
      clearTimeout(this.timer) // no polling while the stream tells us of every change
    }
    source.addEventListener('change', () => {
      // A burst of changes (an import) is one reload.
      clearTimeout(this.changed)
      this.changed = setTimeout(() => {
        if (document.visibilityState === 'hidden') this.stale = true
        else void this.load()
      }, 150)
    })
    source.onerror = () => {
      this.streaming = false
      // EventSource reconnects by itself (resuming by Last-Event-ID); after a few failures in a row, poll instead.
      if (source.readyState === EventSource.CLOSED || ++this.streamErrors >= 3) {
        this.closeStream()
        console.warn(`<${this.localName}>: the live stream is not available; refreshing every ${this.refresh} s instead.`)
        void this.load()
      }
    }
  }

  private closeStream() {
    this.source?.close()
    this.source = undefined
    this.streaming = false
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
    let result: Outcome<Raw>
    try {
      result = await this.fetchItems(this.apiBase, { headers: this.etag ? { 'If-None-Match': this.etag } : {}, signal: controller.signal })
    } catch {
      return // aborted: a newer request replaced this one
    }
    if (controller.signal.aborted) return
    this.loading = false
    if (result.kind === 'data') {
      this.items = this.arrange(result.items)
      this.etag = result.etag
      this.failure = undefined
      this.emit('kennisstad-load', { count: this.items.length })
    } else if (result.kind === 'failed') {
      this.failure = { status: result.status, message: result.message, ...(result.errors ? { errors: result.errors } : {}) }
      // The API's own words for the webmaster in the console; the element shows them too (see render).
      console.error(`<${this.localName}>: ${result.status ? `${result.status} ` : ''}${result.message}`)
      this.emit('kennisstad-error', this.failure)
    }
    this.schedule()
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  private schedule() {
    clearTimeout(this.timer)
    if (this.streaming) return // the live stream says when to reload
    if (this.refresh > 0 && document.visibilityState === 'visible' && this.isConnected) {
      this.timer = setTimeout(() => void this.load(), this.refresh * 1000)
    }
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer)
    else if (this.stale || (this.refresh > 0 && !this.streaming)) {
      this.stale = false
      void this.load() // catch up at once, then continue on the interval (or the stream)
    }
  }

  private retry = () => void this.load(true)

  protected override render() {
    const lang = this.displayLang
    if (this.loading && !this.items) {
      return html`<div part="skeleton" class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${tr(lang, 'loading')}</span>
        ${Array.from({ length: Math.min(this.pageSize, 20) }, () => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`
    }
    if (this.failure?.status === 400) {
      // A setting of the element is wrong: say which and how to fix it; retrying would not help.
      return html`<div part="error" class="error" role="alert">
        <p>${tr(lang, 'misconfigured')}</p>
        <ul>${(this.failure.errors ?? [{ name: '', code: '', detail: this.failure.message }]).map((e) => html`<li>${e.code === 'unknown_id' && e.value
          ? unknownId(lang, e.name, e.value, e.suggestions ?? []) : `${e.name ? `${e.name}: ` : ''}${e.detail}`}</li>`)}</ul>
      </div>`
    }
    if (this.failure && !this.items) {
      return html`<div part="error" class="error" role="alert">
        <p>${tr(lang, 'error')}</p>
        ${this.failure.message ? html`<p class="detail">${this.failure.message}</p>` : nothing}
        <button part="retry" type="button" @click=${this.retry}>${tr(lang, 'retry')}</button>
        <slot></slot>
      </div>`
    }
    const items = this.items ?? []
    if (items.length === 0) return html`<p part="empty" class="empty">${this.emptyText(lang)}</p>`
    return this.renderList(items, lang)
  }

  /** The items as a list in the element's layout; the events list groups them per day for `agenda`. */
  protected renderList(items: Item[], lang: Lang, layout: string = this.layout === 'agenda' ? 'list' : this.layout): TemplateResult {
    return html`<ul part="list" class="list is-${layout}" aria-busy=${this.loading ? 'true' : nothing}>
      ${items.map((item) => html`<li part="item">${this.renderItem(item, lang)}</li>`)}
    </ul>`
  }
}
