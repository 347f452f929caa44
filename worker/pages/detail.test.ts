import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, get, getJson } from '../../test/api'

const ldOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!)

describe('detail pages', () => {
  it('an event page shows the event and embeds the same JSON-LD as the API', async () => {
    const res = await get('/events/esof2022?lang=en')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1>ESOF2022 – EuroScience Open Forum</h1>')
    expect(html).toContain('13 – 16 July 2022')
    const { body: api } = await getJson('/v1/events/esof2022?format=jsonld')
    expect(ldOf(html)).toEqual(api)
  })

  it('states status and price in the reader\'s language', async () => {
    const nl = await (await get('/events/demo-tentoonstelling-erfgoed')).text()
    expect(nl).toContain('<dt>Prijs</dt><dd>€\u00a017,50</dd>') // Dutch format, non-breaking space
    const en = await (await get('/events/esof2022?lang=en')).text()
    expect(en).toContain('<dt>Status</dt><dd>Rescheduled</dd>')
    expect(en).not.toContain('rescheduled')
    // A scheduled event says nothing about its status.
    expect(await (await get('/events/demo-tentoonstelling-erfgoed')).text()).not.toContain('<dt>Status</dt>')
  })

  it('shows a series’ schedule in words and its next dates, a cancelled one marked', async () => {
    const nl = await (await get('/events/demo-rondleiding-zondag')).text()
    expect(nl).toContain('<p class="repeats">Elke zondag om 14:00 (35 keer)</p>')
    const dates = /<ul class="dates">([\s\S]*?)<\/ul>/.exec(nl)![1]!
    expect((dates.match(/<li( class="cancelled")?>/g) ?? []).length).toBe(8)
    expect(nl).toMatch(/<li class="cancelled">[\s\S]*?<strong class="status">Geannuleerd<\/strong>/)
    const en = await (await get('/events/demo-rondleiding-zondag?lang=en')).text()
    expect(en).toContain('Every Sunday at 14:00 (35 times)')
  })

  it('shows an exhibition’s opening hours as a week table, closed days included', async () => {
    const html = await (await get('/events/demo-tentoonstelling-erfgoed')).text()
    expect(html).toContain('<tr><th scope="row">maandag</th><td>gesloten</td></tr>')
    expect(html).toContain('<tr><th scope="row">zondag</th><td>10:00–17:00</td></tr>')
    expect(html).toMatch(/Ook gesloten op <time datetime="\d{4}-\d{2}-\d{2}">wo /)
  })

  it('labels demo events as fictitious on their page', async () => {
    expect(await (await get('/events/demo-lezing-biodiversiteit')).text()).toContain('Fictief voorbeeld: dit evenement bestaat niet.')
  })

  it('a partner page lists its events and offers a webcal subscription', async () => {
    const html = await (await get('/partners/naturalis')).text()
    expect(html).toContain('<h1>Naturalis Biodiversity Center</h1>')
    expect(html).toContain('href="/events/ondertekening-kennisstad-2023-2027?lang=nl"')
    expect(html).toContain('href="webcal://localhost/v1/partners/naturalis/events?format=ics"')
    expect(ldOf(html)['@type']).toBe('Organization')
  })

  it('place and opgave pages exist, and unknown ids are 404', async () => {
    expect(await (await get('/places/lorentzzaal')).text()).toContain('href="/places/kamerlingh-onnes-gebouw?lang=nl"')
    expect((await get('/opgaven/internationalisering')).status).toBe(200)
    expect((await get('/events/nope')).status).toBe(404)
    expect((await get('/partners/nope')).status).toBe(404)
  })

  it('never lets data close the JSON-LD script element', async () => {
    const html = await (await get('/events/esof2022')).text()
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!
    expect(block).not.toContain('<')
  })
})

describe('/data', () => {
  it('lists every dataset with rows, licence, dictionary and working download links', async () => {
    const html = await (await get('/data?lang=en')).text()
    for (const id of ['events', 'opgaven', 'partners', 'places', 'themes']) expect(html).toContain(`id="ds-${id}"`)
    expect(html).toContain('CC0 1.0')
    expect(html).toContain('<code>title_nl</code>')
    const links = [...html.matchAll(/href="(\/v1\/[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
    expect(links.length).toBeGreaterThan(20)
    for (const link of new Set(links)) {
      const res = await get(link)
      expect(res.status, link).toBe(200)
      await res.arrayBuffer()
    }
    expect(html).toContain('href="webcal://localhost/v1/events?format=ics"')
  })

  it('has a labelled selection form whose submission downloads exactly that selection', async () => {
    const html = await (await get('/data')).text()
    for (const id of ['from', 'to', 'partner', 'place', 'opgave', 'theme', 'q', 'demo', 'f-excel-nl']) expect(html).toMatch(new RegExp(`<label for="${id}">`))
    // "At Naturalis" is a place; "organised by Naturalis" a partner: the journalist's question is the place one.
    const res = await SELF.fetch(`${BASE}/data/download?lang=nl&from=2022-01-01&to=2022-12-31&partner=&place=naturalis&opgave=&theme=&demo=false&format=excel-nl`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    const location = res.headers.get('Location')!
    expect(location).toBe('/v1/events?from=2022-01-01&to=2022-12-31&place=naturalis&demo=false&format=csv&dialect=excel-nl')
    const csv = await get(location)
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/)
    expect(csv.headers.get('Content-Disposition')).toContain('kennisstad-evenementen-naturalis-2022-excel-nl.csv')
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    const { body: api } = await getJson<{ data: { id: string }[] }>('/v1/events?from=2022-01-01&to=2022-12-31&place=naturalis&demo=false&limit=100')
    expect(api.data.length).toBe(2)
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(api.data.map((e) => e.id))
  })

  it('answers a wrong selection with the form again, a message in the page language and no download', async () => {
    for (const [lang, message] of [['nl', 'moet na “Vanaf” liggen'], ['en', 'must be after “From”']] as const) {
      for (const path of ['/data', '/data/download']) {
        const res = await SELF.fetch(`${BASE}${path}?lang=${lang}&from=2022-12-31&to=2022-01-01&show=1`, { redirect: 'manual', headers: { Accept: 'text/html' } })
        expect(res.status).toBe(400)
        expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
        const html = await res.text()
        expect(html).toContain(`<html lang="${lang}">`)
        expect(html).toContain('role="alert"')
        expect(html).toContain(message)
      }
    }
  })
})
