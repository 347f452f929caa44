import { afterEach, describe, expect, it, vi } from 'vitest'
import { API, axeViolations, cleanup, json, mount, nextEvent, settle, shadow, titles } from '../test-helpers'

afterEach(cleanup)

const q = 'partner=universiteit-leiden&from=2022-01-01&to=2022-12-31&limit=5'

describe('<kennisstad-events>', () => {
  it('renders the events the API returns for its filters: same count, same titles, in order', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" partner="universiteit-leiden" from="2022-01-01" to="2022-12-31" limit="5" lang="nl"></kennisstad-events>`)
    const loaded = await nextEvent(el)
    await settle(el)
    const api = await json(`/v1/events?${q}`)
    expect(loaded.detail.count).toBe(api.data.length)
    expect(titles(el)).toEqual(api.data.map((e: any) => e.title.nl))
    const time = shadow(el).querySelector('kennisstad-event-card')!.shadowRoot!.querySelector('time')!
    expect(time.getAttribute('datetime')).toBe(api.data[0].startsAt)
  })

  it('passes every filter of the contract, given as an attribute, on to the API', async () => {
    const spec = await json('/v1/openapi.json')
    const filters = (spec.paths['/occurrences'].get.parameters as { name: string; schema: Record<string, unknown> }[])
      .filter((p) => p.schema['x-kennisstad-filter'])
    expect(filters.map((p) => p.name)).toEqual(expect.arrayContaining(['partner', 'place', 'attendanceMode', 'free', 'language']))
    const requested: URL[] = []
    const original = window.fetch
    window.fetch = async (input, init) => {
      requested.push(new URL(String((input as Request).url ?? input)))
      return original(input, init)
    }
    try {
      const attrs = filters.map((p) => `${p.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${String(p.schema.example)}"`).join(' ')
      const el = await mount(`<kennisstad-events api="${API()}" ${attrs}></kennisstad-events>`)
      await Promise.race([nextEvent(el), nextEvent(el, 'kennisstad-error')])
      const url = requested.find((u) => u.pathname === '/v1/occurrences')!
      for (const p of filters) expect(url.searchParams.get(p.name), p.name).toBe(String(p.schema.example))
    } finally {
      window.fetch = original
    }
  })

  it('switches language: English titles and dates, and back, when the attribute changes', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" partner="universiteit-leiden" from="2022-09-01" to="2022-09-30" lang="en"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toContain('Night of Discoveries')
    const date = shadow(el).querySelector('kennisstad-event-card')!.shadowRoot!.querySelector('time')!.textContent
    expect(date).toMatch(/September 2022/)
    el.setAttribute('lang', 'nl')
    await settle(el)
    expect(titles(el)).toContain('Nacht van Ontdekkingen')
  })

  it('takes its language from the host page when it has no lang attribute', async () => {
    document.documentElement.lang = 'en'
    const el = await mount(`<kennisstad-events api="${API()}" q="zzzz-nothing"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).toBe('No upcoming events.')
    document.documentElement.lang = 'nl'
  })

  it('shows a skeleton while loading, marked busy, with the same number of rows as the limit', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" limit="4" from="2022-01-01"></kennisstad-events>`)
    await (el as any).updateComplete
    const skeleton = shadow(el).querySelector('[part="skeleton"]')!
    expect(skeleton.getAttribute('aria-busy')).toBe('true')
    expect(skeleton.querySelectorAll('.bone')).toHaveLength(4)
    await nextEvent(el)
  })

  it('says there are no upcoming events, in the right language, when nothing matches', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" q="zzzz-nothing" lang="nl"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).toBe('Geen komende evenementen.')
  })

  it('on a network failure shows an error with a retry button and the fallback link, then recovers', async () => {
    const el = await mount(`<kennisstad-events api="http://127.0.0.1:9" lang="en" refresh="0"><a href="https://example.org/agenda">See the listings</a></kennisstad-events>`)
    const failed = await nextEvent(el, 'kennisstad-error')
    expect(failed.detail.status).toBe(0)
    await settle(el)
    const error = shadow(el).querySelector('[part="error"]')!
    expect(error.getAttribute('role')).toBe('alert')
    expect(error.textContent).toContain('The data could not be loaded.')
    expect((shadow(el).querySelector('slot') as HTMLSlotElement).assignedElements()[0]!.textContent).toBe('See the listings')
    el.setAttribute('api', API())
    el.setAttribute('from', '2022-07-13')
    await nextEvent(el)
    await settle(el)
    expect(shadow(el).querySelector('[part="error"]')).toBeNull()
    // The first five events with something on from 13 July, each once (Radio Weetlust is on every day).
    const api = await json('/v1/occurrences?from=2022-07-13&limit=25')
    const first = [...new Map(api.data.map((o: any) => [o.eventId, o.event.title.en ?? o.event.title.nl])).values()].slice(0, 5)
    expect(first).toHaveLength(5)
    expect(titles(el)).toEqual(first)
  })

  it('explains a typo in an attribute in the element itself and in the console, with the id it probably meant', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const [lang, text] of [['nl', 'partner="rijksmuseum-boerhave" bestaat niet. Bedoel je rijksmuseum-boerhaave?'],
        ['en', 'partner="rijksmuseum-boerhave" does not exist. Did you mean rijksmuseum-boerhaave?']] as const) {
        const el = await mount(`<kennisstad-events api="${API()}" partner="rijksmuseum-boerhave" lang="${lang}" refresh="0"></kennisstad-events>`)
        const failed = await nextEvent(el, 'kennisstad-error')
        expect(failed.detail.status).toBe(400)
        expect(failed.detail.message).toContain('rijksmuseum-boerhave')
        await settle(el)
        const error = shadow(el).querySelector('[part="error"]')!
        expect(error.getAttribute('role')).toBe('alert')
        expect(error.textContent).toContain(text)
        expect(error.textContent).not.toContain(lang === 'nl' ? 'Geen komende' : 'No upcoming')
        expect(shadow(el).querySelector('[part="retry"]')).toBeNull() // retrying would not fix a wrong setting
        expect(logged).toHaveBeenCalledWith(expect.stringContaining('<kennisstad-events>: 400'))
        cleanup()
      }
    } finally {
      logged.mockRestore()
    }
  })

  it('shows the API\'s own words for any other wrong attribute (a date written the Dutch way)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const el = await mount(`<kennisstad-events api="${API()}" from="13-07-2022" lang="en" refresh="0"></kennisstad-events>`)
      const failed = await nextEvent(el, 'kennisstad-error')
      expect(failed.detail.status).toBe(400)
      await settle(el)
      const text = shadow(el).querySelector('[part="error"]')!.textContent!
      expect(text).toContain('This listing is not set up correctly:')
      expect(text).toMatch(/from: \S/)
    } finally {
      logged.mockRestore()
    }
  })

  it('names an attribute it does not know in a console warning, and none for its own, global or data- attributes', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const el = await mount(`<kennisstad-events api="${API()}" partners="naturalis" color="red" id="agenda" class="x" data-track="1" aria-label="Agenda" free="true" from="2022-01-01" refresh="0"></kennisstad-events>`)
      await nextEvent(el)
      expect(warned).toHaveBeenCalledTimes(1)
      expect(warned.mock.calls[0]![0]).toContain('<kennisstad-events>: unknown attributes "partners", "color" ignored.')
      expect(warned.mock.calls[0]![0]).toContain('partner')
    } finally {
      warned.mockRestore()
    }
  })

  it('names an attribute value that cannot work in a console warning, and shows the default instead', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const el = await mount(`<kennisstad-events api="${API()}" from="2022-07-01" to="2022-12-31" layout="grid" limit="tien" heading-level="9" refresh="-5" color-scheme="night"></kennisstad-events>`)
      await nextEvent(el)
      await settle(el)
      const said = warned.mock.calls.map((c) => String(c[0]))
      for (const [name, value, instead] of [['layout', 'grid', 'layout="list"'], ['limit', 'tien', 'limit="5"'], ['heading-level', '9', 'heading-level="3"'],
        ['refresh', '-5', 'refresh="300"'], ['color-scheme', 'night', 'the default']]) {
        expect(said.some((m) => m.startsWith(`<kennisstad-events>: ${name}="${value}" is not`) && m.endsWith(`using ${instead}.`)), `${name}: ${said.join(' | ')}`).toBe(true)
      }
      // What it shows instead: the list layout, five events, titles at level 3.
      expect(shadow(el).querySelector('ul')!.classList.contains('is-list')).toBe(true)
      expect(titles(el)).toHaveLength(5)
      const card = shadow(el).querySelector('kennisstad-event-card')!.shadowRoot!
      expect(card.querySelector('[part~="title"]')!.getAttribute('aria-level')).toBe('3')
      el.setAttribute('refresh', '0')
    } finally {
      warned.mockRestore()
    }
  })

  it('the retry button loads again', async () => {
    const el = await mount(`<kennisstad-events api="http://127.0.0.1:9" refresh="0"></kennisstad-events>`)
    await nextEvent(el, 'kennisstad-error')
    await settle(el)
    const retried = nextEvent(el, 'kennisstad-error')
    ;(shadow(el).querySelector('[part="retry"]') as HTMLButtonElement).click()
    expect((await retried).type).toBe('kennisstad-error')
  })

  it('reloads with new data when a filter attribute changes', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" partner="naturalis" from="2020-01-01" limit="20"></kennisstad-events>`)
    await nextEvent(el)
    el.setAttribute('partner', 'sleutelstad')
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toEqual(['Radio Weetlust'])
  })

  it('refreshes on its interval with If-None-Match and keeps the list on a 304', async () => {
    const seen: { inm: string | null; status: number }[] = []
    const original = window.fetch
    window.fetch = async (input, init) => {
      const res = await original(input, init)
      const headers = new Headers((input as Request).headers ?? init?.headers)
      if (String((input as Request).url ?? input).includes('/v1/occurrences')) seen.push({ inm: headers.get('If-None-Match'), status: res.status })
      return res
    }
    try {
      const el = await mount(`<kennisstad-events api="${API()}" from="2022-07-13" to="2022-07-16" refresh="1"></kennisstad-events>`)
      await nextEvent(el)
      await settle(el)
      const before = titles(el)
      await expect.poll(() => seen.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2)
      expect(seen[0]).toEqual({ inm: null, status: 200 })
      expect(seen[1]!.inm).toMatch(/^"[0-9a-f]{40}"$/)
      expect(seen[1]!.status).toBe(304)
      expect(titles(el)).toEqual(before)
    } finally {
      window.fetch = original
    }
  })

  it('pauses refreshing while the page is hidden and catches up when it is visible again', async () => {
    let requests = 0
    const original = window.fetch
    window.fetch = async (input, init) => {
      requests += 1
      return original(input, init)
    }
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!
    const setVisibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
      document.dispatchEvent(new Event('visibilitychange'))
    }
    // Fake timers: the refresh interval is driven by the test, so "no request while hidden" is exact, not a guess.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const el = await mount(`<kennisstad-events api="${API()}" from="2022-07-13" refresh="1"></kennisstad-events>`)
      await nextEvent(el)
      vi.advanceTimersByTime(1000)
      await expect.poll(() => requests, { timeout: 60_000 }).toBe(2) // the interval works while visible
      setVisibility('hidden')
      const whileHidden = requests
      vi.advanceTimersByTime(10_000)
      expect(requests).toBe(whileHidden)
      setVisibility('visible')
      await expect.poll(() => requests, { timeout: 60_000 }).toBe(whileHidden + 1)
    } finally {
      vi.useRealTimers()
      window.fetch = original
      delete (document as unknown as Record<string, unknown>).visibilityState
      Object.defineProperty(Document.prototype, 'visibilityState', visibility)
    }
  })

  it('is themed only through custom properties and parts, and the host page styles do not leak in', async () => {
    const style = document.createElement('style')
    style.textContent = 'a { color: rgb(255, 0, 0) !important; font-family: serif; } li { list-style: disc; }'
    document.head.append(style)
    const el = await mount(`<kennisstad-events api="${API()}" from="2022-09-17" to="2022-09-17" style="--kennisstad-accent: rgb(0, 128, 0)"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    const link = shadow(el).querySelector('kennisstad-event-card')!.shadowRoot!.querySelector('a')!
    expect(getComputedStyle(link).color).toBe('rgb(0, 128, 0)')
    expect(getComputedStyle(shadow(el).querySelector('li')!).listStyleType).toBe('none')
    style.remove()
  })

  it('cards carry a date block, a prominent status and a registration button where the event has a registration link', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" demo="true" limit="20" lang="nl" layout="cards"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    const api = await json(`/v1/occurrences?demo=true&limit=100&from=${new Date().toISOString().slice(0, 10)}`)
    // The first upcoming occurrence of each event, as the card shows it (its own status: one date may be cancelled).
    const byTitle = new Map<string, any>()
    for (const o of api.data) if (!byTitle.has(o.event.title.nl)) byTitle.set(o.event.title.nl, { ...o.event, status: o.status ?? o.event.status })
    const cards = [...shadow(el).querySelectorAll('kennisstad-event-card')].map((c) => c.shadowRoot!)
    expect(cards.length).toBeGreaterThan(3)
    let buttons = 0
    for (const card of cards) {
      const event = byTitle.get(card.querySelector('[part~="title"]')!.textContent!.trim())!
      expect(event).toBeDefined()
      // The leaf shows the start day (decorative: the full date is in the text for screen readers).
      const leaf = card.querySelector('[part="date-block"]')!
      expect(leaf.getAttribute('aria-hidden')).toBe('true')
      expect(leaf.querySelector('.day')!.textContent).toBe(String(Number(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric' }).format(new Date(card.querySelector('time')!.getAttribute('datetime')!)))))
      const register = card.querySelector<HTMLAnchorElement>('[part="register"]')
      if (event.registrationUrl && event.status !== 'cancelled') {
        buttons++
        expect(register!.href).toBe(new URL(event.registrationUrl).href)
        expect(register!.textContent).toContain('Aanmelden')
      } else expect(register).toBeNull()
      if (event.status !== 'scheduled') expect(card.querySelector('[part="status"]')!.textContent).toBeTruthy()
    }
    expect(buttons).toBeGreaterThan(0)
    expect(await axeViolations(el)).toEqual([])
  })

  it('with seo, puts schema.org JSON-LD for exactly the shown events into the host page; without it, nothing', async () => {
    const ldScripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')]
    const plain = await mount(`<kennisstad-events api="${API()}" from="2022-07-13" to="2022-09-30" limit="4" refresh="0"></kennisstad-events>`)
    await nextEvent(plain)
    await settle(plain)
    expect(ldScripts()).toEqual([])
    cleanup()
    const el = await mount(`<kennisstad-events api="${API()}" from="2022-07-13" to="2022-09-30" limit="4" lang="en" refresh="0" seo></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    await vi.waitFor(() => expect(ldScripts()).toHaveLength(1), { timeout: 60_000 }) // a condition, bounded generously
    const doc = JSON.parse(ldScripts()[0]!.textContent!)
    expect(doc['@context']).toBe('https://schema.org')
    const shown = titles(el)
    expect(doc['@graph']).toHaveLength(shown.length)
    expect(doc['@graph'].map((n: any) => n.name.find((v: any) => v['@language'] === 'en')?.['@value'] ?? n.name[0]['@value'])).toEqual(shown)
    for (const node of doc['@graph']) {
      // What Google's Event rich results require: a type, a name, a start date and a location.
      expect(['Event', 'ExhibitionEvent', 'Festival', 'EducationEvent', 'BusinessEvent', 'SocialEvent', 'BroadcastEvent', 'EventSeries']).toContain(node['@type']) // schema.org Event or a subtype
      expect(node.startDate).toMatch(/^\d{4}-\d{2}-\d{2}/)
      // A location unless it is a broadcast (radio/TV), which happens nowhere in particular.
      if (node.eventAttendanceMode !== undefined || node.location) expect(node.location?.length ?? 0, node.url).toBeGreaterThan(0)
    }
    // Removed with the element: the host page keeps no stale event data.
    cleanup()
    expect(ldScripts()).toEqual([])
  })

  it('shows status badges, free and price, and labels demo data', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" demo="true" limit="20" lang="en"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    const cards = [...shadow(el).querySelectorAll('kennisstad-event-card')].map((c) => c.shadowRoot!.textContent!)
    expect(cards.some((t) => t.includes('Cancelled'))).toBe(true)
    expect(cards.some((t) => t.includes('Postponed'))).toBe(true)
    expect(cards.some((t) => t.includes('Free'))).toBe(true)
    expect(cards.some((t) => t.includes('€17.50'))).toBe(true)
    expect(cards.every((t) => t.includes('Fictitious example'))).toBe(true)
  })
})

describe('<kennisstad-events> with a series', () => {
  it('shows the next date of a weekly series once, with how it repeats and the later dates in order', async () => {
    const el = await mount(`<kennisstad-events api="${API()}" event="demo-rondleiding-zondag" limit="3" lang="nl"></kennisstad-events>`)
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toEqual(['Voorbeeld (fictief): Rondleiding door de collectie'])
    const card = shadow(el).querySelector('kennisstad-event-card')!.shadowRoot!
    expect(card.querySelector('[part~="repeats"]')!.textContent).toBe('Elke zondag om 14:00 (35 keer)')
    const api = await json(`/v1/events/demo-rondleiding-zondag/occurrences?limit=15&from=${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())}`)
    // The later dates are rendered when the visitor opens them.
    expect(card.querySelector('ul.dates')).toBeNull()
    card.querySelector<HTMLDetailsElement>('details[part="more"]')!.open = true
    await vi.waitFor(() => expect(card.querySelector('ul.dates')).not.toBeNull(), { timeout: 60_000 })
    const later = [...card.querySelectorAll('ul.dates time')].map((t) => t.getAttribute('datetime'))
    expect(later).toEqual(api.data.slice(1).map((o: any) => o.startsAt))
    expect(later).toEqual([...later].sort())
    // The cancelled Sunday is marked, in Dutch.
    expect([...card.querySelectorAll('ul.dates li.cancelled .status')].map((s) => s.textContent)).toEqual(['Geannuleerd'])
    expect(await axeViolations(el)).toEqual([])
  })
})
