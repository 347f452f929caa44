import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { getJson, walk } from '../../../test/api'

describe('GET /v1/opgaven', () => {
  it('lists the three opgaven of the programme, by Dutch title', async () => {
    const { body } = await getJson('/v1/opgaven')
    expect(body.data.map((o: any) => o.id)).toEqual(['leiden2022-inclusieve-stad', 'internationalisering', 'kennis-cultuur-erfgoed'])
  })

  it('says what the opgaven are: examples from a recruitment text, one of them ended with 2022, none with claimed partners', async () => {
    const { body } = await getJson('/v1/opgaven/leiden2022-inclusieve-stad')
    expect(body.themes.map((t: any) => t.id)).toEqual(['stad-als-lab'])
    expect(body.status).toBe('completed')
    expect(body.partners).toEqual([]) // the source names no partners per opgave
    expect(body.sourceUrl).toBe('https://leidenzoekttalent.nl/7-themas/kennis/')
    expect(body.description.en).toMatch(/paraphrased/)
    expect(body.description.nl).toMatch(/geen besluit van de gemeenteraad/)
    expect((await walk('/v1/opgaven?status=example')).items.map((o) => o.id).sort()).toEqual(['internationalisering', 'kennis-cultuur-erfgoed'])
  })

  it('embeds a linked partner with its role', async () => {
    await env.DB.prepare(`insert into opgave_partners (opgave_id, partner_id, role) values ('internationalisering', 'mborijnland', 'partner')`).run()
    const { body } = await getJson('/v1/opgaven/internationalisering')
    expect(body.partners).toEqual([{ id: 'mborijnland', name: 'mboRijnland', kind: 'mbo', role: 'partner' }])
    expect((await walk('/v1/opgaven?partner=mborijnland')).items.map((o) => o.id)).toEqual(['internationalisering'])
    expect((await walk('/v1/opgaven?partner=naturalis')).items).toEqual([])
  })

  it('filters by theme, status and text', async () => {
    expect((await walk('/v1/opgaven?theme=cultureel-erfgoed')).items.map((o) => o.id)).toEqual(['kennis-cultuur-erfgoed'])
    expect((await walk('/v1/opgaven?status=completed')).items.map((o) => o.id)).toEqual(['leiden2022-inclusieve-stad'])
    expect((await walk('/v1/opgaven?status=active')).items).toEqual([])
    expect((await walk('/v1/opgaven?q=internationalisation')).items.map((o) => o.id)).toEqual(['internationalisering'])
  })
})
