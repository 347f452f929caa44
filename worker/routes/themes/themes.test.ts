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
    })
  })
})
