/** Helpers for the widget tests: mount an element against the real API and wait for its data. */
import axe from 'axe-core'
import { inject } from 'vitest'
import '../src/index'

export const API = () => inject('workerUrl')

export async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const host = document.createElement('div')
  host.innerHTML = markup
  document.body.append(host)
  const el = host.firstElementChild as T
  return el
}

/** Resolves on the element's next kennisstad-load or kennisstad-error event. */
export function nextEvent(el: HTMLElement, type = 'kennisstad-load'): Promise<CustomEvent> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent), { once: true }))
}

export async function json(path: string) {
  return (await fetch(`${API()}${path}`)).json()
}

export const shadow = (el: Element) => el.shadowRoot!

/** Titles as rendered, through nested event cards. */
export function titles(el: Element): string[] {
  const cards = [...shadow(el).querySelectorAll('kennisstad-event-card')]
  const roots = cards.length ? cards.map((c) => c.shadowRoot!) : [shadow(el)]
  return roots.flatMap((r) => [...r.querySelectorAll('[part~="title"]')].map((n) => n.textContent!.trim()))
}

export async function settle(el: Element) {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete
  for (const card of shadow(el).querySelectorAll('kennisstad-event-card')) {
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete
  }
}

export function cleanup() {
  document.body.innerHTML = ''
}

/** WCAG 2.1 A/AA violations inside `el` (axe-core), as "rule: selectors" lines; [] when clean. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
