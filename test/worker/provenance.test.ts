// Every published record says where it came from, under which licence and when — in JSON, CSV, JSON-LD and on its page.
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { get, getJson } from '../api'
import { call, eventBody, issueKey, type Who } from '../write-helpers'

let naturalis: Who
let admin: Who
beforeAll(async () => {
  naturalis = await issueKey('partner', 'naturalis', { trusted: true })
  admin = await issueKey('admin')
})

const recent = (instant: string) => Math.abs(Date.now() - Date.parse(instant)) < 120_000

describe('provenance', () => {
  it('a seeded record was compiled by the editors from the source it cites', async () => {
    const { body } = await getJson('/v1/events/nacht-van-ontdekkingen-2022')
    expect(body.provenance).toEqual({
      origin: 'seed', url: 'https://leiden2022.nl/activiteiten/nacht-van-ontdekkingen', feed: null, key: null, partner: null,
      license: 'CC0-1.0', retrievedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    })
    // The deprecated `source` says the same.
    expect(body.source).toEqual({ partner: null, license: 'CC0-1.0', url: body.provenance.url })
    for (const path of ['/v1/partners/naturalis', '/v1/places/hooglandse-kerk', '/v1/opgaven/internationalisering', '/v1/themes/cultureel-erfgoed']) {
      const one = (await getJson(path)).body
      expect(one.provenance, path).toMatchObject({ origin: 'seed', key: null, feed: null, license: 'CC0-1.0' })
    }
  })

  it('an API write names its key and partner; an editor’s correction keeps them and moves only what it changes', async () => {
    const created = await call('POST', '/v1/events', naturalis, eventBody('provenance', 'naturalis', { sourceUrl: 'https://naturalis.nl/agenda' }))
    expect(created.status).toBe(201)
    const made = (await created.json()) as any
    expect(made.provenance).toEqual({
      origin: 'api', url: 'https://naturalis.nl/agenda', feed: null, key: naturalis!.id,
      partner: { id: 'naturalis', name: 'Naturalis Biodiversity Center', kind: 'museum' }, license: 'CC0-1.0', retrievedAt: expect.any(String),
    })
    expect(recent(made.provenance.retrievedAt)).toBe(true)
    const corrected = (await (await call('PATCH', '/v1/events/naturalis-test-provenance', admin, { summary: { nl: 'Gecorrigeerd.' } })).json()) as any
    expect(corrected.provenance).toMatchObject({ origin: 'api', key: naturalis!.id, partner: { id: 'naturalis' } })

    // An editor's correction of a seeded record leaves it a seeded record, retrieved when it was.
    const before = (await getJson('/v1/places/hooglandse-kerk')).body.provenance
    const patched = await call('PATCH', '/v1/places/hooglandse-kerk', admin, { accessibility: { nl: 'Rolstoeltoegankelijk via de zij-ingang.' } })
    expect(patched.status).toBe(200)
    expect(((await patched.json()) as any).provenance).toEqual(before)
  })

  it('is in every CSV, every JSON-LD record and on every record page', async () => {
    for (const dataset of ['events', 'partners', 'places', 'opgaven', 'themes']) {
      const rows = parse(await (await get(`/v1/${dataset}?format=csv`)).text(), { columns: true }) as Record<string, string>[]
      expect(Object.keys(rows[0]!), dataset).toEqual(expect.arrayContaining(['source_origin', 'source_url', 'source_feed', 'source_partner', 'source_license', 'source_retrieved_at']))
      expect(rows.every((r) => ['seed', 'api', 'feed'].includes(r.source_origin!) && r.source_license && r.source_retrieved_at), dataset).toBe(true)
    }
    const ld = (await getJson('/v1/events/nacht-van-ontdekkingen-2022?format=jsonld')).body
    expect(ld).toMatchObject({
      isBasedOn: 'https://leiden2022.nl/activiteiten/nacht-van-ontdekkingen', license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      sdDatePublished: expect.stringMatching(/Z$/),
    })
    for (const path of ['/v1/partners/naturalis', '/v1/places/hooglandse-kerk', '/v1/opgaven/internationalisering', '/v1/themes/cultureel-erfgoed']) {
      expect((await getJson(`${path}?format=jsonld`)).body, path).toMatchObject({ license: 'https://creativecommons.org/publicdomain/zero/1.0/', sdDatePublished: expect.any(String) })
    }
    for (const [path, lang, words] of [
      ['/events/nacht-van-ontdekkingen-2022', 'nl', /Bron: <a href="https:\/\/leiden2022\.nl\/activiteiten\/nacht-van-ontdekkingen" rel="nofollow">leiden2022\.nl<\/a>, samengesteld door de redactie; bijgewerkt <time datetime="[^"]+">\d{1,2} \w+ \d{4}<\/time>\. Licentie: <a href="https:\/\/creativecommons\.org\/publicdomain\/zero\/1\.0\/">CC0 1\.0<\/a>/],
      ['/events/naturalis-test-provenance', 'en', /Source: <a href="https:\/\/naturalis\.nl\/agenda" rel="nofollow">naturalis\.nl<\/a>, entered by Naturalis Biodiversity Center; updated <time/],
      ['/partners/naturalis', 'nl', /Bron: samengesteld door de redactie; bijgewerkt/],
      ['/places/hooglandse-kerk', 'en', /Source: compiled by the editors; updated/],
      ['/opgaven/internationalisering', 'nl', /Bron: <a href="https:\/\/leidenzoekttalent\.nl/],
      ['/themes/cultureel-erfgoed', 'en', /Source: compiled by the editors/],
    ] as const) {
      const page = await (await get(`${path}?lang=${lang}`, { Accept: 'text/html' })).text()
      expect(page, path).toMatch(words)
    }
  })
})
