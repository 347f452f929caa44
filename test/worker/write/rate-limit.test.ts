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
    const request = () => call('GET', '/v1/themes/celebrate', null, undefined, ip)
    const first = await request()
    expect(first.headers.get('RateLimit-Policy')).toBe('"client";q=600;w=10')
    const statuses = [first.status]
    const started = Date.now()
    // In parallel batches, so even a loaded machine gets through 600 requests well inside one window; the test's own
    // timeout is the only bound (a 429 must come).
    while (!statuses.includes(429)) {
      statuses.push(...await Promise.all(Array.from({ length: 50 }, async () => {
        const res = await request()
        await res.body?.cancel()
        return res.status
      })))
    }
    expect(new Set(statuses)).toEqual(new Set([200, 429]))
    // Fixed windows: at least 600 pass, and at most 600 in each window the run touched.
    const windows = Math.floor(Date.now() / 10_000) - Math.floor(started / 10_000) + 1
    const passed = statuses.filter((s) => s === 200).length
    expect(passed).toBeGreaterThanOrEqual(600)
    expect(passed).toBeLessThanOrEqual(600 * windows + 1)
    const other = await call('GET', '/v1/themes/celebrate', null, undefined, { 'CF-Connecting-IP': '198.51.100.7' })
    expect(other.status).toBe(200)
  }, 180_000)
})
