import { afterEach, describe, expect, it, vi } from 'vitest'
import { API, axeViolations, cleanup, mount, nextEvent, settle, shadow } from '../test-helpers'

afterEach(cleanup)

describe('<kennisstad-event-card>', () => {
  it('fetches one event by id and renders it', async () => {
    const el = await mount(`<kennisstad-event-card api="${API()}" event-id="nacht-van-ontdekkingen-2022" lang="en"></kennisstad-event-card>`)
    await nextEvent(el)
    await settle(el)
    expect(shadow(el).querySelector('[part~="title"]')!.textContent!.trim()).toBe('Night of Discoveries')
    expect(shadow(el).querySelector('[part~="place"]')!.textContent).toBe('Hortus botanicus Leiden, Academiegebouw, Oude Sterrewacht')
    expect(await axeViolations(el)).toEqual([])
  })

  it('shows the newest event-id when an older answer arrives late, and no stale event', async () => {
    const el = await mount<HTMLElement>(`<kennisstad-event-card api="${API()}" event-id="esof2022" lang="en"></kennisstad-event-card>`)
    // Replace the id before the first answer can have been rendered: only the second may win.
    el.setAttribute('event-id', 'nacht-van-ontdekkingen-2022')
    const loads: string[] = []
    el.addEventListener('kennisstad-load', () => loads.push(shadow(el).querySelector('[part~="title"]')?.textContent?.trim() ?? ''))
    await vi.waitFor(async () => {
      await settle(el)
      expect(shadow(el).querySelector('[part~="title"]')?.textContent?.trim()).toBe('Night of Discoveries')
    }, { timeout: 60_000 }) // a condition, bounded generously
    // Whatever order the answers came in, the card never ends on the older event.
    await settle(el)
    expect(shadow(el).querySelector('[part~="title"]')!.textContent!.trim()).toBe('Night of Discoveries')
    expect(loads.every((t) => t !== 'ESOF2022 – EuroScience Open Forum')).toBe(true)
  })

  it('reports a failure with the API\'s status and message, as the README promises', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const el = await mount(`<kennisstad-event-card api="${API()}" event-id="no-such-event" lang="en"></kennisstad-event-card>`)
      const failed = await nextEvent(el, 'kennisstad-error')
      expect(failed.detail.status).toBe(404)
      expect(failed.detail.message).toContain('no-such-event')
      await settle(el)
      expect(shadow(el).querySelector('[part="error"]')).not.toBeNull()
    } finally {
      logged.mockRestore()
    }
  })

  it('renders a picture only from an http(s) URL, with empty alt text when the picture is decorative', async () => {
    const event = (await (await fetch(`${API()}/v1/events/nacht-van-ontdekkingen-2022`)).json()) as Record<string, unknown>
    const render = async (image: unknown) => {
      const el = document.createElement('kennisstad-event-card') as HTMLElement & { event: unknown }
      el.event = { ...event, image }
      el.lang = 'en'
      document.body.append(el)
      await settle(el)
      return shadow(el).querySelector('[part="image"]')
    }
    const decorative = await render({ url: `${API()}/favicon.svg`, alt: null, creditText: null, license: null })
    expect(decorative!.querySelector('img')!.getAttribute('alt')).toBe('')
    expect(decorative!.querySelector('[part="credit"]')).toBeNull()
    expect(await render({ url: 'javascript:alert(1)', alt: null, creditText: null, license: null })).toBeNull()
    expect(await render(null)).toBeNull()
  })
})
