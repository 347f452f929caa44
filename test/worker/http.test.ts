// Protocol behaviour a client relies on: versions, CORS, conditional requests, caching, HEAD, the contract itself.
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import committed from '../../openapi/openapi.json'
import { BASE, get } from '../api'

const publicGets = ['/v1/events', '/v1/events/esof2022', '/v1/partners', '/v1/partners/naturalis', '/v1/places',
  '/v1/places/lorentzzaal', '/v1/opgaven', '/v1/opgaven/internationalisering', '/v1/themes', '/v1/themes/celebrate',
  '/v1/partners/naturalis/events', '/v1/places/pieterskerk/events', '/v1/opgaven/internationalisering/events',
  '/v1/openapi.json']

describe('headers on public GETs', () => {
  it.each(publicGets)('%s: API-Version, CORS *, strong ETag, public Cache-Control', async (path) => {
    const res = await get(path, { Origin: 'https://www.naturalis.nl' })
    expect(res.status).toBe(200)
    expect(res.headers.get('API-Version')).toBe(committed.info.version)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{40}"$/)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=300')
  })

  it('API-Version is on every response, pages and errors included', async () => {
    for (const path of ['/', '/docs', '/v1/nothing', '/site.css']) {
      expect((await get(path)).headers.get('API-Version')).toBe('1.0.0')
    }
  })
})

describe('conditional requests', () => {
  it('answers 304 without a body when If-None-Match matches, 200 when it does not', async () => {
    const first = await get('/v1/events?limit=3')
    const tag = first.headers.get('ETag')!
    const again = await get('/v1/events?limit=3', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(tag)
    expect(again.headers.get('API-Version')).toBe('1.0.0')
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const other = await get('/v1/events?limit=4', { 'If-None-Match': tag })
    expect(other.status).toBe(200)
    expect(other.headers.get('ETag')).not.toBe(tag)
  })

  it('gives the same ETag for the same representation', async () => {
    const [a, b] = await Promise.all([get('/v1/partners/naturalis'), get('/v1/partners/naturalis')])
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'))
  })
})

describe('methods', () => {
  it('HEAD answers like GET without a body', async () => {
    const res = await SELF.fetch(`${BASE}/v1/events/esof2022`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(res.headers.get('ETag')).toMatch(/^"/)
  })

  it('answers OPTIONS with exactly the methods the contract has for that path, and 404 where there is none', async () => {
    for (const [path, item] of Object.entries(committed.paths as Record<string, Record<string, unknown>>)) {
      const concrete = `/v1${path.replace(/\{[^}]+\}/g, 'x-1')}`
      const methods = Object.keys(item).map((m) => m.toUpperCase())
      const want = [...new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])].sort().join(', ')
      const res = await SELF.fetch(`${BASE}${concrete}`, { method: 'OPTIONS' })
      expect(res.headers.get('Allow'), concrete).toBe(want)
      const preflight = await SELF.fetch(`${BASE}${concrete}`, { method: 'OPTIONS', headers: { Origin: 'https://museum.example', 'Access-Control-Request-Method': 'GET' } })
      expect(preflight.headers.get('Access-Control-Allow-Methods')?.split(',').join(', '), concrete).toBe(want)
    }
    expect((await SELF.fetch(`${BASE}/v1/nothing-here`, { method: 'OPTIONS' })).status).toBe(404)
  })

  it('answers 406 on every operation when Accept allows none of its media types, before doing anything', async () => {
    for (const [path, item] of Object.entries(committed.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.responses['406'], `${method} ${path} documents 406`).toBeDefined()
        if (method !== 'get') continue
        const res = await get(`/v1${path.replace('{id}', 'esof2022').replace('{dataset}', 'events')}`, { Accept: 'image/png' })
        expect(res.status, `${method} ${path}`).toBe(406)
        expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      }
    }
  })

  it('says what a response depends on in Vary: the key for API reads, the language for pages', async () => {
    expect((await get('/v1/events/esof2022')).headers.get('Vary')).toBe('Accept, Authorization')
    expect((await get('/events/esof2022')).headers.get('Vary')).toContain('Accept-Language')
  })

  it('answers a CORS preflight from any origin, exposing the headers clients read', async () => {
    const res = await SELF.fetch(`${BASE}/v1/events`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://museum.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS,POST')
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS, POST')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    const exposed = (await get('/v1/events', { Origin: 'https://museum.example' })).headers.get('Access-Control-Expose-Headers')
    for (const h of ['API-Version', 'ETag', 'Link']) expect(exposed).toContain(h)
  })
})

describe('the contract', () => {
  it('openapi/openapi.json is exactly what the Worker serves (run `npm run openapi` after a change)', async () => {
    const served = await (await get('/v1/openapi.json')).json()
    expect(served).toEqual(committed)
  })

  it('is OpenAPI 3.1 with contact, a /v1 server and every operation', () => {
    expect(committed.openapi).toBe('3.1.0')
    expect(committed.info.contact).toEqual({ name: expect.any(String), url: expect.any(String), email: expect.any(String) })
    expect(committed.servers[0]!.url).toBe('/v1')
    const operations = Object.values(committed.paths).flatMap((p: any) => Object.values(p).map((o: any) => o.operationId))
    expect(operations.sort()).toEqual(['createEvent', 'createFeed', 'createFeedRun', 'deleteFeed', 'getFeed', 'getFeedRun', 'listFeedRuns', 'listFeeds', 'updateFeed',
      'createWebhook', 'listWebhooks', 'getWebhook', 'updateWebhook', 'deleteWebhook', 'rotateWebhookSecret', 'testWebhook', 'listWebhookDeliveries', 'getWebhookDelivery', 'streamChanges', 'createOpgave', 'createPartner', 'createPlace', 'createTheme',
      'deleteEvent', 'deleteEventOrganiser', 'deleteOpgave', 'deletePartner', 'deletePlace', 'deleteTheme', 'getCatalog', 'getCsvMetadata', 'getEvent',
      'getOpgave', 'getPartner', 'getPlace', 'getTheme', 'listAudit', 'listEventOccurrences', 'listEvents', 'listOccurrences', 'listOpgaveEvents', 'listOpgaven',
      'listChanges', 'listPartnerEvents', 'listPartners', 'listPlaceEvents', 'listPlaces', 'listThemeEvents', 'listThemes', 'search',
      'updateEvent', 'updateEventOrganiser', 'updateOpgave', 'updatePartner', 'updatePlace', 'updateTheme'].sort())
  })

  it('documents every parameter and every schema property with a description', () => {
    const missing: string[] = []
    for (const [path, item] of Object.entries(committed.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, any>)) {
        for (const p of op.parameters ?? []) {
          if (!p.schema?.description && !p.description) missing.push(`${method} ${path} ${p.name}`)
          if (p.schema?.example === undefined && p.example === undefined) missing.push(`${method} ${path} ${p.name} (example)`)
        }
      }
    }
    for (const [name, schema] of Object.entries(committed.components.schemas as Record<string, any>)) {
      for (const [prop, s] of Object.entries(schema.properties ?? {}) as [string, any][]) {
        const described = s.description || s.$ref || s.allOf?.some((part: any) => part.description)
        if (!described) missing.push(`${name}.${prop}`)
      }
    }
    expect(missing).toEqual([])
  })
})
