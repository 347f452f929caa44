import { describe, expect, it } from 'vitest'
import { placeRows } from '../../../schema/seed/places'
import { getJson, walk } from '../../../test/api'

describe('GET /v1/places', () => {
  it('lists every place', async () => {
    expect((await walk('/v1/places?limit=5')).items).toHaveLength(placeRows.length)
  })

  it('shows containment both ways: Lorentzzaal is inside the Kamerlingh Onnes Gebouw', async () => {
    const { body: hall } = await getJson('/v1/places/lorentzzaal')
    expect(hall.containedIn).toMatchObject({ id: 'kamerlingh-onnes-gebouw', name: 'Kamerlingh Onnes Gebouw' })
    expect(hall.operator).toEqual({ id: 'universiteit-leiden', name: 'Universiteit Leiden', kind: 'university' })
    const { body: building } = await getJson('/v1/places/kamerlingh-onnes-gebouw')
    expect(building.contains.map((p: any) => p.id)).toEqual(['lorentzzaal'])
    expect(building.containedIn).toBeNull()
  })

  it('carries the rijksmonument number and coordinates where the sources give them', async () => {
    const { body } = await getJson('/v1/places/hooglandse-kerk')
    expect(body).toMatchObject({ rijksmonument: 24917, streetAddress: 'Nieuwstraat 20', postalCode: '2312 KC', latitude: null })
    const { body: hortus } = await getJson('/v1/places/hortus-botanicus-leiden')
    expect([hortus.latitude, hortus.longitude]).toEqual([52.15611, 4.48417])
  })

  it('filters by operator, by containing place and by text', async () => {
    const ul = (await walk('/v1/places?operator=universiteit-leiden')).items.map((p) => p.id).sort()
    expect(ul).toEqual(['academiegebouw', 'kamerlingh-onnes-gebouw', 'lorentzzaal', 'oude-sterrewacht'])
    expect((await walk('/v1/places?containedIn=kamerlingh-onnes-gebouw')).items.map((p) => p.id)).toEqual(['lorentzzaal'])
    expect((await walk('/v1/places?q=rapenburg')).items.map((p) => p.id).sort()).toEqual(
      ['academiegebouw', 'hortus-botanicus-leiden', 'japanmuseum-sieboldhuis', 'rijksmuseum-van-oudheden'])
  })
})
