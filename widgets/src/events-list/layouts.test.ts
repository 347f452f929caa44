// Every layout of <kennisstad-events> as a museum's homepage would show it: no empty blocks, no overflow in a phone's
// 390 px column, pictures that keep their place, an agenda grouped by day, axe clean.
import { afterEach, describe, expect, it } from 'vitest'
import { localDay, today } from '../../../core/time'
import { dayHeading } from '../../../core/when'
import { LAYOUTS } from '../../../core/widget-theme'
import { API, axeViolations, cleanup, nextEvent, settle, shadow } from '../test-helpers'

afterEach(cleanup)

/** A picture for a test event: an image this Worker serves (no seeded event has one; the data model does). */
const picture = () => ({ url: `${API()}/favicon.svg`, alt: { nl: 'Het logo van Kennisstad', en: 'The Kennisstad logo' }, creditText: 'Beeld: Kennisstad Open Data', license: 'CC0-1.0' })

/** Mounts upcoming demo events in a box `width` px wide; `pictured` gives every second one a picture. */
async function listing(layout: string, attrs: string, width = 390, pictured = false) {
  const box = document.createElement('div')
  box.style.width = `${width}px`
  document.body.append(box)
  box.innerHTML = `<kennisstad-events api="${API()}" demo="true" ${attrs} layout="${layout}" refresh="0" lang="nl"></kennisstad-events>`
  const el = box.firstElementChild as HTMLElement & { items?: { image?: unknown }[] }
  await nextEvent(el)
  if (pictured) el.items = el.items!.map((e, i) => (i % 2 ? e : { ...e, image: picture() }))
  await settle(el)
  return el
}

const cards = (el: Element) => [...shadow(el).querySelectorAll('kennisstad-event-card')].map((c) => c.shadowRoot!)

describe('<kennisstad-events> layouts', () => {
  it.each(LAYOUTS)('%s with 0, 1, 3 and 20 items: no empty blocks, no overflow in a 390 px column', async (layout) => {
    for (const limit of [0, 1, 3, 20]) {
      const el = await listing(layout, limit ? `limit="${limit}"` : 'q="zzzz-nothing"', 390, true)
      const items = [...shadow(el).querySelectorAll('li[part="item"]')]
      if (limit < 20) expect(items.length).toBe(limit)
      else expect(items.length).toBeGreaterThan(3) // as many upcoming demo events as there are, up to 20
      expect(el.scrollWidth, `${layout} × ${limit}`).toBeLessThanOrEqual(390)
      for (const card of cards(el)) expect(card.querySelector('article')!.scrollWidth, `${layout} × ${limit} card`).toBeLessThanOrEqual(390)
      // Every grid cell holds an item: one card alone fills the row instead of leaving an empty block beside it.
      const list = shadow(el).querySelector('ul')
      if (list && limit > 0) {
        const width = list.getBoundingClientRect().width
        const rowWidth = items.filter((i) => Math.abs(i.getBoundingClientRect().top - items[0]!.getBoundingClientRect().top) < 1)
          .reduce((sum, i) => sum + i.getBoundingClientRect().width, 0)
        expect(rowWidth / width, `${layout} × ${limit} first row filled`).toBeGreaterThan(0.9)
      }
      el.parentElement!.remove()
    }
  })

  it.each(LAYOUTS)('%s has no axe violations, with and without pictures', async (layout) => {
    const el = await listing(layout, 'limit="8"', 1280, true)
    expect(await axeViolations(el)).toEqual([])
  })

  it('cards and list show a picture with its alt text and credit, lazy and sized before it loads; compact and agenda none', async () => {
    for (const layout of LAYOUTS) {
      const el = await listing(layout, 'limit="4"', 1280, true)
      const pictured = cards(el).filter((c) => c.querySelector('[part="image"]'))
      const visible = pictured.filter((c) => getComputedStyle(c.querySelector('[part="image"]')!).display !== 'none')
      expect(pictured.length, layout).toBe(2) // the first and third event were given one
      if (layout === 'compact' || layout === 'agenda') {
        expect(visible, layout).toEqual([])
      } else {
        for (const card of visible) {
          const img = card.querySelector<HTMLImageElement>('[part="image"] img')!
          expect(img.alt).toBe('Het logo van Kennisstad')
          expect(img.loading).toBe('lazy')
          // Its box has the 16:9 shape before any pixel arrives: nothing below it moves when it loads.
          const box = img.getBoundingClientRect()
          expect(box.width).toBeGreaterThan(0)
          expect(box.height / box.width).toBeCloseTo(9 / 16, 1)
          expect(card.querySelector('[part="credit"]')!.textContent).toBe('Beeld: Kennisstad Open Data')
        }
        // Cards: the picture spans the card's top; list: a thumbnail at the end of the row, beside the text.
        const card = visible[0]!
        const image = card.querySelector('[part="image"]')!.getBoundingClientRect()
        const title = card.querySelector('[part~="title"]')!.getBoundingClientRect()
        if (layout === 'cards') expect(image.bottom).toBeLessThanOrEqual(title.top)
        else expect(image.left).toBeGreaterThanOrEqual(title.right)
      }
      el.parentElement!.remove()
    }
    // In a phone's column the list's picture goes above the text, so the title keeps its width.
    const narrow = await listing('list', 'limit="4"', 390, true)
    const card = cards(narrow).find((c) => c.querySelector('[part="image"]'))!
    expect(card.querySelector('[part="image"]')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(card.querySelector('[part~="title"]')!.getBoundingClientRect().top)
  })

  it('agenda: a heading per day in order, each event under its day with its hours, a running exhibition under today', async () => {
    const el = await listing('agenda', 'limit="20" heading-level="2"', 1280)
    const days = [...shadow(el).querySelectorAll('[part="day"]')]
    expect(days.length).toBeGreaterThan(3)
    const headings = days.map((d) => d.querySelector('[part="day-heading"]')!)
    expect(headings.every((h) => h.getAttribute('role') === 'heading' && h.getAttribute('aria-level') === '2')).toBe(true)
    const seen: string[] = []
    for (const [i, day] of days.entries()) {
      const under = [...day.querySelectorAll('kennisstad-event-card')].map((c) => c.shadowRoot!)
      expect(under.length).toBeGreaterThan(0)
      // The day of its events (what started before today and still runs is under today).
      const starts = under.map((c) => c.querySelector('time')!.getAttribute('datetime')!)
      const key = [localDay(starts[0]!), today()].sort()[1]!
      seen.push(key)
      expect(headings[i]!.textContent).toBe(dayHeading(key, 'nl'))
      for (const [j, card] of under.entries()) {
        expect([localDay(starts[j]!), today()].sort()[1]).toBe(key)
        expect(card.querySelector('[part~="title"]')!.getAttribute('aria-level')).toBe('3')
        expect(card.querySelector('[part="date-block"]')!.checkVisibility()).toBe(false) // the heading says the day
        const when = card.querySelector('time')!.textContent!
        if (!/\d{4}/.test(when)) expect(when).toMatch(/^\d{2}:\d{2}/) // timed: the hours only
      }
    }
    expect(seen).toEqual([...new Set(seen)].sort())
  })
})
