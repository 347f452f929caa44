// schema.org JSON-LD, the DCAT catalog, the CSVW data dictionaries and content negotiation.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { BASE, get, getJson } from '../../api'

describe('schema.org JSON-LD', () => {
  it('serves an event as its schema.org subtype with status, mode, places, organisers and offers', async () => {
    const { res, body } = await getJson('/v1/events/nacht-van-ontdekkingen-2022?format=jsonld')
    expect(res.headers.get('Content-Type')).toBe('application/ld+json; charset=utf-8')
    expect(body).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Festival', '@id': 'http://localhost/events/nacht-van-ontdekkingen-2022',
      startDate: '2022-09-17T19:00:00+02:00', endDate: '2022-09-18T00:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: false,
    })
    expect(body.name).toEqual([{ '@value': 'Nacht van Ontdekkingen', '@language': 'nl' }, { '@value': 'Night of Discoveries', '@language': 'en' }])
    expect(body.location[0]).toMatchObject({ '@type': 'Place', name: 'Hortus botanicus Leiden', geo: { '@type': 'GeoCoordinates', latitude: 52.15611, longitude: 4.48417 }, address: { '@type': 'PostalAddress', streetAddress: 'Rapenburg 73' } })
    expect(body.organizer).toEqual([{ '@type': 'Organization', '@id': 'http://localhost/partners/universiteit-leiden', name: 'Universiteit Leiden' }])
  })

  it('marks a rescheduled event with its previous start, a hybrid one as mixed, and links super and sub events', async () => {
    const { body } = await getJson('/v1/events/esof2022', { Accept: 'application/ld+json' })
    expect(body).toMatchObject({
      '@type': 'EducationEvent', startDate: '2022-07-13', endDate: '2022-07-16', previousStartDate: '2022-07-11',
      eventStatus: 'https://schema.org/EventRescheduled', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      inLanguage: ['en'],
    })
    expect(body.subEvent).toHaveLength(4)
    expect(body.funder[0].name).toBe('European Commission (DG RTD)')
    const { body: child } = await getJson('/v1/events/esof2022-expositievloer-2022-07-15?format=jsonld')
    expect(child.superEvent['@id']).toBe('http://localhost/events/esof2022')
  })

  it('describes audiences and ages, and offers with a price', async () => {
    const { body } = await getJson('/v1/events/eucys-2022?format=jsonld')
    expect(body.audience).toContainEqual({ '@type': 'PeopleAudience', audienceType: 'students', suggestedMinAge: 14, suggestedMaxAge: 20 })
    expect(body.typicalAgeRange).toBe('14-20')
    const { body: paid } = await getJson('/v1/events/demo-tentoonstelling-erfgoed?format=jsonld')
    expect(paid.offers).toEqual({ '@type': 'Offer', price: 17.5, priceCurrency: 'EUR' })
  })

  it('serves collections as an ItemList and partners and places as Organization and Place', async () => {
    const { body } = await getJson('/v1/events?format=jsonld&limit=5')
    expect(body['@type']).toBe('ItemList')
    expect(body.itemListElement).toHaveLength(5)
    expect(body.itemListElement[0]).toMatchObject({ '@type': 'ListItem', position: 1, item: { '@type': expect.any(String) } })
    const { body: museum } = await getJson('/v1/partners/wereldmuseum-leiden?format=jsonld')
    expect(museum).toMatchObject({ '@type': 'Organization', name: 'Wereldmuseum Leiden', alternateName: ['Museum Volkenkunde'] })
    const { body: hall } = await getJson('/v1/places/lorentzzaal?format=jsonld')
    expect(hall).toMatchObject({ '@type': 'Place', containedInPlace: { '@type': 'Place', name: 'Kamerlingh Onnes Gebouw' } })
    const { body: church } = await getJson('/v1/places/hooglandse-kerk?format=jsonld')
    expect(church.additionalProperty).toEqual({ '@type': 'PropertyValue', propertyID: 'rijksmonumentnummer', value: 24917 })
  })
})

describe('DCAT-AP-NL catalog', () => {
  it('lists a dataset per collection with publisher, contact, licence, theme and modified date', async () => {
    const { res, body } = await getJson('/v1/catalog')
    expect(res.headers.get('Content-Type')).toBe('application/ld+json; charset=utf-8')
    expect(body['@type']).toBe('dcat:Catalog')
    const datasets = body['dcat:dataset']
    expect(datasets.map((d: any) => d['dct:identifier'])).toEqual(['kennisstad-events', 'kennisstad-occurrences', 'kennisstad-opgaven', 'kennisstad-partners', 'kennisstad-places', 'kennisstad-themes'])
    for (const d of datasets) {
      expect(d['dct:title'].map((t: any) => t['@language'])).toEqual(['nl', 'en'])
      expect(d['dct:license']['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/')
      expect(d['dcat:contactPoint']['vcard:hasEmail']['@id']).toMatch(/^mailto:/)
      expect(d['dcat:theme']).toHaveLength(1)
    }
    const events = datasets[0]
    expect(events['dct:temporal']['dcat:startDate']['@value']).toBe('2021-11-10') // the international launch of Leiden2022
    expect(events['dct:modified']['@value']).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const formats = events['dcat:distribution'].map((x: any) => x['dcat:mediaType']['@id'].split('/media-types/')[1])
    expect(formats).toEqual(['application/json', 'text/csv', 'text/csv', 'text/calendar', 'application/ld+json'])
  })

  it('has access URLs that all answer 200 with the media type they promise', async () => {
    const { body } = await getJson('/v1/catalog')
    const distributions = body['dcat:dataset'].flatMap((d: any) => d['dcat:distribution'])
    expect(distributions).toHaveLength(5 + 5 * 4) // events (JSON, 2× CSV, iCalendar, JSON-LD); the others without iCalendar
    for (const x of distributions) {
      const res = await get(x['dcat:accessURL']['@id'].slice(BASE.length))
      expect(res.status, x['@id']).toBe(200)
      expect(res.headers.get('Content-Type'), x['@id']).toContain(x['dcat:mediaType']['@id'].split('/media-types/')[1])
      await res.arrayBuffer()
    }
  })
})

describe('CSV on the Web data dictionaries', () => {
  it.each(['events', 'opgaven', 'partners', 'places', 'themes'])('%s: the columns match the CSV header exactly', async (dataset) => {
    const { res, body } = await getJson(`/v1/csv-metadata/${dataset}`)
    expect(res.headers.get('Content-Type')).toBe('application/csvm+json; charset=utf-8')
    const header = parse(await (await get(`/v1/${dataset}?format=csv&limit=1`)).text(), { to_line: 1 })[0]
    expect(body.tableSchema.columns.map((c: any) => c.name)).toEqual(header)
    for (const c of body.tableSchema.columns) {
      expect(c['dc:description'].map((d: any) => d['@language'])).toEqual(['nl', 'en'])
      expect(typeof c['skos:example']).toBe('string')
    }
    expect(body.url).toBe(`http://localhost/v1/${dataset}?format=csv`)
  })

  it('describes the excel-nl dialect: semicolons and decimal commas', async () => {
    const { body } = await getJson('/v1/csv-metadata/places?dialect=excel-nl')
    expect(body.dialect.delimiter).toBe(';')
    expect(body.tableSchema.columns.find((c: any) => c.name === 'latitude').datatype).toEqual({ base: 'decimal', format: { decimalChar: ',' } })
  })
})

describe('content negotiation', () => {
  it('picks the representation from Accept, honouring q-values', async () => {
    expect((await get('/v1/partners', { Accept: 'text/csv' })).headers.get('Content-Type')).toMatch(/^text\/csv/)
    expect((await get('/v1/partners', { Accept: 'text/csv;q=0.5, application/ld+json' })).headers.get('Content-Type')).toMatch(/^application\/ld\+json/)
    expect((await get('/v1/partners', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })).headers.get('Content-Type')).toMatch(/^application\/json/)
    expect((await get('/v1/partners')).headers.get('Vary')).toBe('Accept, Authorization')
  })

  it('answers 406 problem+json when nothing acceptable exists, 400 for an unknown format', async () => {
    const notAcceptable = await get('/v1/partners', { Accept: 'text/calendar' })
    expect(notAcceptable.status).toBe(406)
    expect(notAcceptable.headers.get('Content-Type')).toBe('application/problem+json')
    expect((await get('/v1/events', { Accept: 'application/xml' })).status).toBe(406)
    const { res, body } = await getJson('/v1/partners?format=ics')
    expect(res.status).toBe(400)
    expect(body.errors[0]).toMatchObject({ name: 'format', detail: 'must be one of: json, csv, jsonld' })
  })
})
