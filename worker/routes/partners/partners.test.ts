import { describe, expect, it } from 'vitest'
import { partnerRows } from '../../../schema/seed/partners'
import { getJson, walk } from '../../../test/api'

describe('GET /v1/partners', () => {
  it('lists every partner by name, case-insensitively, with memberships', async () => {
    const { items } = await walk('/v1/partners?limit=10')
    expect(items).toHaveLength(partnerRows.length)
    const names = items.map((p) => p.name.toLowerCase())
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(items.find((p) => p.id === 'mborijnland').memberships).toEqual([
      { agreement: 'kennisstad-2023', validFrom: '2022-11-11', validTo: '2027', verified: true, note: null },
    ])
  })

  it('filters by kind and by agreement', async () => {
    const museums = (await walk('/v1/partners?kind=museum&limit=100')).items
    expect(museums.map((p) => p.id)).toContain('naturalis')
    expect(museums.every((p) => p.kind === 'museum')).toBe(true)
    const signatories2017 = (await walk('/v1/partners?agreement=kennisstad-2017')).items.map((p) => p.id).sort()
    expect(signatories2017).toEqual(['gemeente-leiden', 'hogeschool-leiden', 'lumc', 'naturalis', 'universiteit-leiden'])
  })

  it('shows an unverified membership as unverified, never as certain', async () => {
    const { body } = await getJson('/v1/partners/lumc')
    const m2023 = body.memberships.find((m: any) => m.agreement === 'kennisstad-2023')
    expect(m2023.verified).toBe(false)
    expect(m2023.note).toMatch(/not on the mboRijnland signing photo/)
  })

  it('finds a partner by a former name and shows when that name was used', async () => {
    const { items } = await walk('/v1/partners?q=volkenkunde')
    expect(items.map((p) => p.id)).toEqual(['wereldmuseum-leiden'])
    expect(items[0].altNames).toEqual([
      { name: 'Museum Volkenkunde', validFrom: null, validTo: '2023-10-03', note: 'Renamed Wereldmuseum Leiden on 4 October 2023.' },
    ])
  })

  it('sorts by name descending', async () => {
    const { body } = await getJson('/v1/partners?sort=-name&limit=1')
    expect(body.data[0].id).toBe('wereldmuseum-leiden')
  })
})
