import { describe, expect, it } from 'vitest'
import { getJson, walk } from '../../../test/api'

describe('GET /v1/opgaven', () => {
  it('lists the three opgaven of the programme, by Dutch title', async () => {
    const { body } = await getJson('/v1/opgaven')
    expect(body.data.map((o: any) => o.id)).toEqual(['leiden2022-inclusieve-stad', 'internationalisering', 'kennis-cultuur-erfgoed'])
  })

  it('embeds themes and the partners with their role, and says where the wording comes from', async () => {
    const { body } = await getJson('/v1/opgaven/leiden2022-inclusieve-stad')
    expect(body.themes.map((t: any) => t.id)).toEqual(['stad-als-lab'])
    expect(body.partners).toContainEqual({ id: 'stichting-leiden2022', name: 'Stichting Leiden European City of Science 2022', kind: 'foundation', role: 'organiser' })
    expect(body.partners).toContainEqual({ id: 'mborijnland', name: 'mboRijnland', kind: 'mbo', role: 'partner' })
    expect(body.sourceUrl).toBe('https://leidenzoekttalent.nl/7-themas/kennis/')
    expect(body.description.en).toMatch(/paraphrased/)
  })

  it('filters by theme, partner, status and text', async () => {
    expect((await walk('/v1/opgaven?theme=cultureel-erfgoed')).items.map((o) => o.id)).toEqual(['kennis-cultuur-erfgoed'])
    expect((await walk('/v1/opgaven?partner=stichting-leiden2022')).items.map((o) => o.id)).toEqual(['leiden2022-inclusieve-stad'])
    expect((await walk('/v1/opgaven?status=completed')).items).toEqual([])
    expect((await walk('/v1/opgaven?q=internationalisation')).items.map((o) => o.id)).toEqual(['internationalisering'])
  })
})
