/**
 * Kennisstad widgets: one script tag, custom elements only. Registering is idempotent, so a page that loads the
 * script twice (or two versions) keeps working; the only names this script adds are the element names.
 */
import { KennisstadEventCard } from './event-card/event-card'
import { KennisstadEvents } from './events-list/events-list'
import { KennisstadOpgaven } from './opgaven-list/opgaven-list'
import { KennisstadPartners } from './partners-list/partners-list'

const elements: [string, CustomElementConstructor][] = [
  ['kennisstad-event-card', KennisstadEventCard],
  ['kennisstad-events', KennisstadEvents],
  ['kennisstad-opgaven', KennisstadOpgaven],
  ['kennisstad-partners', KennisstadPartners],
]
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element)
}

export { KennisstadEventCard, KennisstadEvents, KennisstadOpgaven, KennisstadPartners }

/** Typings for editors and TypeScript: `document.querySelector('kennisstad-events')` is a KennisstadEvents. */
declare global {
  interface HTMLElementTagNameMap {
    'kennisstad-event-card': KennisstadEventCard
    'kennisstad-events': KennisstadEvents
    'kennisstad-opgaven': KennisstadOpgaven
    'kennisstad-partners': KennisstadPartners
  }
}
