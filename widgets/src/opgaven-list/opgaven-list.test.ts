import { afterEach, describe, expect, it } from 'vitest'
import { API, axeViolations, cleanup, json, mount, nextEvent, settle, shadow, titles } from '../test-helpers'

afterEach(cleanup)

describe('<kennisstad-opgaven>', () => {
  it('renders the opgaven the API returns, in both languages, accessibly', async () => {
    const el = await mount(`<kennisstad-opgaven api="${API()}" lang="en" limit="10"></kennisstad-opgaven>`)
    await nextEvent(el)
    await settle(el)
    const api = await json('/v1/opgaven?limit=10')
    expect(titles(el)).toEqual(api.data.map((o: any) => o.title.en))
    expect(shadow(el).querySelector('a')!.getAttribute('href')).toBe(`${API()}/opgaven/${api.data[0].id}?lang=en`)
    expect(await axeViolations(el)).toEqual([])
    el.setAttribute('theme', 'cultureel-erfgoed')
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toEqual(['Connecting knowledge, culture and heritage'])
  })

  it.each(['list', 'cards', 'compact'])('has no axe violations in the %s layout', async (layout) => {
    const el = await mount(`<kennisstad-opgaven api="${API()}" layout="${layout}" lang="nl"></kennisstad-opgaven>`)
    await nextEvent(el)
    await settle(el)
    expect(titles(el)).toHaveLength(3)
    expect(await axeViolations(el)).toEqual([])
  })
})
