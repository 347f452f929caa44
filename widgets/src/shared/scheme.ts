/**
 * Light or dark: the widget follows the page it is embedded in, not the visitor's system alone. A museum's white
 * page stays readable for a visitor in dark mode. Light unless the embed says `color-scheme="dark"` or `"auto"`
 * (follow the system), or the host page declares dark with the CSS `color-scheme` property (on the page or any
 * ancestor) or `<meta name="color-scheme">`; a host declaring both (`light dark`) gets `auto`. (The attribute is not
 * `theme`: that is the events' theme filter.) The choice is an ElementInternals custom state, `:state(dark)` /
 * `:state(auto)`, so nothing is written into the host page's DOM.
 */
import type { LitElement, ReactiveController } from 'lit'

export type Scheme = 'light' | 'dark' | 'auto'

/** What the element should look like, from its attribute or else from what the host declares. */
export function schemeOf(el: HTMLElement, attribute: string | null | undefined): Scheme {
  if (attribute === 'light' || attribute === 'dark' || attribute === 'auto') return attribute
  const root = el.getRootNode()
  const parent = el.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement)
  let declared = getComputedStyle(parent).colorScheme
  if (!declared || declared === 'normal') declared = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? ''
  const words = declared.split(/\s+/)
  if (words.includes('dark')) return words.includes('light') ? 'auto' : 'dark'
  return 'light'
}

/** Keeps the host element's custom state in step with `schemeOf`, before every render. */
export class SchemeController implements ReactiveController {
  private readonly internals: ElementInternals | undefined
  /** The scheme of the last render: a list hands it to its cards, so they need not read styles themselves. */
  current: Scheme = 'light'

  constructor(private readonly host: LitElement & { colorScheme?: string }) {
    // Older browsers without custom states simply stay light.
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined
    host.addController(this)
  }

  hostUpdate() {
    const states = this.internals?.states as Set<string> | undefined
    if (!states) return
    const scheme = schemeOf(this.host, this.host.colorScheme)
    this.current = scheme
    for (const s of ['dark', 'auto']) {
      if (s === scheme) states.add(s)
      else states.delete(s)
    }
  }
}
