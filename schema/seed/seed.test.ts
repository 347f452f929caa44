import { describe, expect, it } from 'vitest'
import { addDays, utcToZoned } from '../../core/time'
import { demoEventSeeds } from './demo'
import { eventSeeds } from './events'
import { opgaveRows, themeRows } from './opgaven'
import { partnerRows } from './partners'
import { placeRows } from './places'

const today = '2026-11-27'

describe('the Kennisstad seed dataset', () => {
  it('has the size the platform promises', () => {
    expect(partnerRows.length).toBeGreaterThanOrEqual(25)
    expect(placeRows.length).toBeGreaterThanOrEqual(15)
    expect(opgaveRows).toHaveLength(3)
    expect(themeRows.filter((t) => t.scheme === 'kennisstad-2023').map((t) => t.id)).toEqual(
      ['gezondheid-en-welzijn', 'biodiversiteit-en-duurzaamheid', 'cultureel-erfgoed'])
    expect(eventSeeds.filter((e) => !e.demo).length).toBeGreaterThanOrEqual(24)
  })

  it('keeps every real event historical and every demo event labelled and in the future (or running)', () => {
    expect(eventSeeds.every((e) => !e.demo && e.startsAt < '2023-01-01')).toBe(true)
    const demos = demoEventSeeds(today)
    expect(demos.every((e) => e.demo && e.title.nl.startsWith('Voorbeeld (fictief): ') && e.title.en?.startsWith('Example (fictitious): '))).toBe(true)
    expect(demos.every((e) => (e.endsAt ?? e.startsAt) > `${today}T00:00:00Z`)).toBe(true)
    expect(demos.filter((e) => e.startsAt > `${today}T00:00:00Z`).length).toBeGreaterThanOrEqual(8)
  })

  it('has ends after starts and a source for every real event', () => {
    for (const e of [...eventSeeds, ...demoEventSeeds(today)]) {
      if (e.endsAt) expect(e.endsAt > e.startsAt, e.id).toBe(true)
    }
    // A source without a public address is named in the notes instead (the fact check's rule: never a guessed link).
    for (const e of eventSeeds) {
      if (e.sourceUrl === null) expect(e.notes?.nl, e.id).toMatch(/^Bron: /)
      else expect(e.sourceUrl, e.id).toMatch(/^https:\/\//)
    }
  })

  it('stores the true local dates: ESOF2022 13–16 July, EUCYS 13–18 September, Misleiden until 12 June 2022', () => {
    const local = (id: string) => {
      const e = eventSeeds.find((x) => x.id === id)!
      return [utcToZoned(e.startsAt).date, addDays(utcToZoned(e.endsAt!).date, e.allDay ? -1 : 0)]
    }
    expect(local('esof2022')).toEqual(['2022-07-13', '2022-07-16'])
    expect(local('eucys-2022')).toEqual(['2022-09-13', '2022-09-18'])
    expect(local('misleiden')).toEqual(['2021-12-17', '2022-06-12'])
    expect(local('the-space-week-2022')).toEqual(['2022-09-25', '2022-10-02'])
  })

  it('uses only known ids in relations', () => {
    const partners = new Set(partnerRows.map((p) => p.id))
    const places = new Set(placeRows.map((p) => p.id))
    const themes = new Set(themeRows.map((t) => t.id))
    const opgaven = new Set(opgaveRows.map((o) => o.id))
    for (const e of [...eventSeeds, ...demoEventSeeds(today)]) {
      for (const { id: p } of e.organisers ?? []) expect(partners.has(p), `${e.id} organiser ${p}`).toBe(true)
      for (const p of e.places ?? []) expect(places.has(p), `${e.id} place ${p}`).toBe(true)
      for (const t of e.themes ?? []) expect(themes.has(t), `${e.id} theme ${t}`).toBe(true)
      for (const o of e.opgaven ?? []) expect(opgaven.has(o), `${e.id} opgave ${o}`).toBe(true)
    }
  })
})
