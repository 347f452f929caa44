import { afterEach, describe, expect, it } from 'vitest'
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
})
