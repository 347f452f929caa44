import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { safeUrl } from '../shared/api'
import { API, cleanup, json, mount, nextEvent, settle, shadow, titles } from '../test-helpers'

afterEach(cleanup)
const axeRun = async (el: Element) =>
  (await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id)

describe('<kennisstad-opgaven>', () => {
  it('renders the opgaven the API returns, in both languages, accessibly', async () => {
    const el = await mount(`<kennisstad-opgaven api="${API()}" lang="en" limit="10"></kennisstad-opgaven>`)
    await nextEvent(el)
    await settle(el)
    const api = await json('/v1/opgaven?limit=10')
    expect(titles(el)).toEqual(api.data.map((o: any) => o.title.en))
    expect(shadow(el).querySelector('a')!.getAttribute('href')).toBe(`${API()}/opgaven/${api.data[0].id}?lang=en`)
    expect(await axeRun(el)).toEqual([])
    el.setAttribute('theme', 'cultureel-erfgoed')
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toEqual(['Connecting knowledge, culture and heritage'])
  })
})

describe('<kennisstad-opgaven> layouts', () => {
  it.each(['list', 'cards', 'compact'])('has no axe violations in the %s layout', async (layout) => {
    const el = await mount(`<kennisstad-opgaven api="${API()}" layout="${layout}" lang="nl"></kennisstad-opgaven>`)
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toHaveLength(3)
    expect(await axeRun(el)).toEqual([])
  })
})

describe('<kennisstad-partners>', () => {
  it.each(['list', 'cards', 'compact'])('renders museums in the %s layout with no axe violations', async (layout) => {
    const el = await mount(`<kennisstad-partners api="${API()}" kind="museum" limit="20" layout="${layout}"></kennisstad-partners>`)
    const loaded = await nextEvent(el)
    await settle(el)
    const api = await json('/v1/partners?kind=museum&limit=20')
    expect(loaded.detail.count).toBe(api.data.length)
    expect(titles(el)).toEqual(api.data.map((p: any) => p.name))
    expect(await axeRun(el)).toEqual([])
  })
})

describe('<kennisstad-event-card>', () => {
  it('fetches one event by id and renders it', async () => {
    const el = await mount(`<kennisstad-event-card api="${API()}" event-id="nacht-van-ontdekkingen-2022" lang="en"></kennisstad-event-card>`)
    await nextEvent(el)
    await settle(el)
    expect(shadow(el).querySelector('[part~="title"]')!.textContent!.trim()).toBe('Night of Discoveries')
    expect(shadow(el).querySelector('[part~="place"]')!.textContent).toBe('Hortus botanicus Leiden, Academiegebouw, Oude Sterrewacht')
    expect(await axeRun(el)).toEqual([])
  })
})

describe('links', () => {
  it('only ever renders http(s) URLs', () => {
    expect(safeUrl('https://naturalis.nl/agenda')).toBe('https://naturalis.nl/agenda')
    expect(safeUrl('http://example.org/')).toBe('http://example.org/')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeUrl('//evil.example')).toBeUndefined()
    expect(safeUrl(null)).toBeUndefined()
  })
})
