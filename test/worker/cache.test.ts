// The edge cache (Workers Cache API) in front of D1: repeated reads are served from cache; a write is visible at once.
import { describe, expect, it } from 'vitest'
import { get } from '../api'
import { call, eventBody, issueKey } from '../write-helpers'

describe('edge cache', () => {
  it('serves the second identical anonymous read from the cache, byte for byte', async () => {
    const first = await get('/v1/events?partner=naturalis&limit=5')
    expect(first.headers.get('X-Cache')).toBe('MISS')
    const second = await get('/v1/events?partner=naturalis&limit=5')
    expect(second.headers.get('X-Cache')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'))
    expect(second.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(second.headers.get('API-Version')).toBe('1.0.0')
    // A revalidation served from the cache is still a 304.
    expect((await get('/v1/events?partner=naturalis&limit=5', { 'If-None-Match': first.headers.get('ETag')! })).status).toBe(304)
  })

  it('keeps representations apart: another Accept is another entry', async () => {
    await get('/v1/themes?limit=3')
    const ld = await get('/v1/themes?limit=3', { Accept: 'application/ld+json' })
    expect(ld.headers.get('X-Cache')).toBe('MISS')
    expect(ld.headers.get('Content-Type')).toMatch(/ld\+json/)
  })

  it('makes a published change visible on the very next request', async () => {
    const admin = await issueKey('admin')
    await get('/v1/events/misleiden')
    expect((await get('/v1/events/misleiden')).headers.get('X-Cache')).toBe('HIT')
    expect((await call('PATCH', '/v1/events/misleiden', admin, { status: 'postponed' })).status).toBe(200)
    const fresh = await get('/v1/events/misleiden')
    expect(fresh.headers.get('X-Cache')).toBe('MISS')
    expect(((await fresh.json()) as any).status).toBe('postponed')
    // Any write moves the version: an unrelated new event also refreshes this entry.
    await call('POST', '/v1/events', admin, eventBody('cache-bump', 'naturalis', { workflow: 'published' }))
    expect((await get('/v1/events/misleiden')).headers.get('X-Cache')).toBe('MISS')
  })

  it('never caches authenticated reads, and does not cache streamed exports', async () => {
    const partner = await issueKey('partner', 'naturalis')
    const keyed = await call('GET', '/v1/events?limit=2', partner)
    expect(keyed.headers.get('X-Cache')).toBeNull()
    expect(keyed.headers.get('Cache-Control')).toBe('no-store')
    await get('/v1/themes?format=csv')
    const csv = await get('/v1/themes?format=csv')
    expect(csv.headers.get('X-Cache')).toBeNull()
    expect(csv.headers.get('ETag')).toMatch(/^"/)
  })

  it('returns a D1 bookmark for read-your-writes across replicas', async () => {
    const res = await get('/v1/themes/celebrate')
    const bookmark = res.headers.get('X-D1-Bookmark')
    expect(bookmark).toMatch(/^[A-Za-z0-9-]+$/)
    expect((await get('/v1/themes/celebrate', { 'X-D1-Bookmark': bookmark! })).status).toBe(200)
    expect((await get('/v1/themes/celebrate', { 'X-D1-Bookmark': 'not a bookmark!' })).status).toBe(200)
  })
})
