// Floods get a 429 problem with Retry-After and RateLimit headers, and change nothing.
import { describe, expect, it } from 'vitest'
import { call, issueKey, snapshot } from '../../write-helpers'

describe('rate limits', () => {
  it('limits writes per API key: the 61st write within a minute is a 429', async () => {
    const key = await issueKey('partner', 'naturalis')
    const ip = { 'CF-Connecting-IP': '203.0.113.61' }
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await call('POST', '/v1/events', key, { nope: i }, ip)).status)
    expect(new Set(statuses)).toEqual(new Set([400]))
    const before = await snapshot()
    const limited = await call('POST', '/v1/events', key, { nope: true }, ip)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json')
    expect(limited.headers.get('Retry-After')).toBe('60')
    expect(limited.headers.get('RateLimit-Policy')).toContain('"writes";q=60;w=60')
    expect(limited.headers.get('RateLimit')).toBe('"writes";r=0;t=60')
    expect(await snapshot()).toBe(before)
    // Another key is not affected.
    expect((await call('POST', '/v1/events', await issueKey('partner', 'lumc'), { nope: true }, ip)).status).toBe(400)
  })

  it('limits every request per client address: 600 per 10-second window, then 429', async () => {
    const ip = { 'CF-Connecting-IP': '198.51.100.600' }
    const first = await call('GET', '/v1/themes/celebrate', null, undefined, ip)
    expect(first.headers.get('RateLimit-Policy')).toBe('"client";q=600;w=10')
    let status = first.status
    let count = 1
    while (status === 200 && count < 1300) {
      status = (await call('GET', '/v1/themes/celebrate', null, undefined, ip)).status
      count++
    }
    expect(status).toBe(429)
    // Fixed windows: at least 600 pass; if a window boundary fell inside the loop, up to 600 more.
    expect(count).toBeGreaterThanOrEqual(601)
    expect(count).toBeLessThanOrEqual(1201)
    const other = await call('GET', '/v1/themes/celebrate', null, undefined, { 'CF-Connecting-IP': '198.51.100.7' })
    expect(other.status).toBe(200)
  })
})
