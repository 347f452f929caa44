import { describe, expect, it } from 'vitest'
import { themeRows } from '../../../schema/seed/opgaven'
import { getJson } from '../../../test/api'

describe('GET /v1/themes', () => {
  it('lists every theme of every scheme, with both labels', async () => {
    const { res, body } = await getJson('/v1/themes?limit=100')
    expect(res.status).toBe(200)
    expect(body.data).toHaveLength(themeRows.length)
    expect(body.data.find((t: any) => t.id === 'cultureel-erfgoed')).toEqual({
      id: 'cultureel-erfgoed', scheme: 'kennisstad-2023', label: { nl: 'Cultureel Erfgoed', en: 'Cultural Heritage' },
      provenance: { origin: 'seed', url: null, feed: null, key: null, partner: null, license: 'CC0-1.0', retrievedAt: expect.stringMatching(/Z$/) },
    })
  })
})

describe('GET /v1/themes filters', () => {
  it('filters by scheme: the seven ESOF2022 tracks', async () => {
    const { body } = await getJson('/v1/themes?scheme=esof2022-track')
    expect(body.data.map((t: any) => t.label.en)).toEqual(expect.arrayContaining(['Space for Science', 'Healthy Societies']))
    expect(body.data).toHaveLength(7)
  })

  it('returns one theme by id', async () => {
    const { body } = await getJson('/v1/themes/gezondheid-en-welzijn')
    expect(body).toMatchObject({ id: 'gezondheid-en-welzijn', scheme: 'kennisstad-2023', label: { nl: 'Gezondheid & Welzijn', en: 'Health & Wellbeing' } })
  })
})
