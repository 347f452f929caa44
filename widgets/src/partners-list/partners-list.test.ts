import { afterEach, describe, expect, it } from 'vitest'
import { API, axeViolations, cleanup, json, mount, nextEvent, settle, titles } from '../test-helpers'

afterEach(cleanup)

describe('<kennisstad-partners>', () => {
  it.each(['list', 'cards', 'compact'])('renders museums in the %s layout with no axe violations', async (layout) => {
    const el = await mount(`<kennisstad-partners api="${API()}" kind="museum" limit="20" layout="${layout}"></kennisstad-partners>`)
    const loaded = await nextEvent(el)
    await settle(el)
    const api = await json('/v1/partners?kind=museum&limit=20')
    expect(loaded.detail.count).toBe(api.data.length)
    expect(titles(el)).toEqual(api.data.map((p: any) => p.name))
    expect(await axeViolations(el)).toEqual([])
  })
})
