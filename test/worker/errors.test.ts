// Every error path of the read API, checked for the same RFC 9457 shape (Datasette keeps such a test; so do we).
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BASE } from '../api'

type Case = [label: string, method: string, path: string, status: number, names?: string[]]

const cases: Case[] = [
  ['limit is not a number', 'GET', '/v1/events?limit=abc', 400, ['limit']],
  ['limit too small', 'GET', '/v1/events?limit=0', 400, ['limit']],
  ['limit too big', 'GET', '/v1/events?limit=101', 400, ['limit']],
  ['limit not an integer', 'GET', '/v1/partners?limit=2.5', 400, ['limit']],
  ['from is not a date', 'GET', '/v1/events?from=gisteren', 400, ['from']],
  ['from is an impossible date', 'GET', '/v1/events?from=2022-02-30', 400, ['from']],
  ['to without offset', 'GET', '/v1/events?to=2022-07-13T10:00:00', 400, ['to']],
  ['to before from', 'GET', '/v1/events?from=2022-07-16&to=2022-07-13', 400, ['to']],
  ['unknown sort', 'GET', '/v1/events?sort=title', 400, ['sort']],
  ['unknown query key', 'GET', '/v1/events?colour=red', 400, ['colour']],
  ['unknown query key on partners', 'GET', '/v1/partners?partner=x', 400, ['partner']],
  ['malformed cursor', 'GET', '/v1/events?cursor=not-a-cursor', 400, ['cursor']],
  ['cursor of another sort', 'GET', `/v1/events?sort=-startsAt&cursor=${btoa(JSON.stringify({ s: 'startsAt', v: ['2022-01-01T00:00:00Z', 'x'] })).replace(/=+$/, '')}`, 400, ['cursor']],
  ['repeated key', 'GET', '/v1/events?limit=1&limit=2', 400, ['limit']],
  ['bad enum in a list', 'GET', '/v1/events?status=scheduled,maybe', 400, ['status']],
  ['bad slug in a list', 'GET', '/v1/events?partner=naturalis,DROP%20TABLE', 400, ['partner']],
  ['too many slugs', 'GET', `/v1/events?partner=${Array.from({ length: 21 }, (_, i) => `p${i}`).join(',')}`, 400, ['partner']],
  ['q too long', 'GET', `/v1/events?q=${'a'.repeat(201)}`, 400, ['q']],
  ['free is not a boolean', 'GET', '/v1/events?free=yes', 400, ['free']],
  ['several at once', 'GET', '/v1/events?limit=abc&from=gisteren&sort=foo&bogus=1&cursor=xx', 400, ['limit', 'from', 'sort', 'bogus', 'cursor']],
  ['malformed id', 'GET', '/v1/places/Bad%20Id', 400, ['id']],
  ['unknown event', 'GET', '/v1/events/nope', 404],
  ['unknown partner', 'GET', '/v1/partners/nope', 404],
  ['unknown place', 'GET', '/v1/places/nope', 404],
  ['unknown opgave', 'GET', '/v1/opgaven/nope', 404],
  ['unknown theme', 'GET', '/v1/themes/nope', 404],
  ['unknown path', 'GET', '/v1/nothing-here', 404],
  ['trailing slash', 'GET', '/v1/events/', 404],
  ['trailing slash on an item', 'GET', '/v1/events/esof2022/', 404],
  ['unknown problem type page', 'GET', '/problems/nope', 404],
  ['PUT on a collection', 'PUT', '/v1/events', 405],
  ['POST on an item', 'POST', '/v1/events/esof2022', 405],
  ['PUT on openapi.json', 'PUT', '/v1/openapi.json', 405],
  ['anonymous write', 'POST', '/v1/events', 401],
  ['anonymous delete', 'DELETE', '/v1/events/esof2022', 401],
  ['anonymous audit', 'GET', '/v1/audit', 401],
]

describe('error responses are RFC 9457 problem+json', () => {
  it.each(cases)('%s → %s %s', async (_label, method, path, status, names) => {
    const res = await SELF.fetch(`${BASE}${path}`, { method })
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('API-Version')).toBe('1.0.0')
    const body = (await res.json()) as any
    expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\/[a-z-]+$/), title: expect.any(String), detail: expect.any(String) })
    expect(body.instance).toBe(new URL(`${BASE}${path}`).pathname)
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+|stack|SQLITE|D1_/i)
    if (status === 400) {
      expect(body.errors.map((e: any) => e.name).sort()).toEqual([...names!].sort())
      for (const e of body.errors) expect(e).toEqual({ in: expect.any(String), name: expect.any(String), code: expect.any(String), detail: expect.any(String) })
    }
    if (status === 405) expect(res.headers.get('Allow')).toBe(path.endsWith('esof2022') ? 'DELETE, GET, HEAD, OPTIONS, PATCH' : path.endsWith('/events') ? 'GET, HEAD, OPTIONS, POST' : 'GET, HEAD, OPTIONS')
    if (status === 401) expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="kennisstad"/)
  })

  it('explains a 400 in words a developer can act on', async () => {
    const res = await SELF.fetch(`${BASE}/v1/events?limit=abc&limit2=1`)
    const body = (await res.json()) as any
    expect(body.detail).toBe('The request has 2 invalid parameters: limit, limit2.')
    expect(body.errors).toEqual([
      { in: 'query', name: 'limit', code: 'invalid_type', detail: 'must be a number, not NaN' },
      { in: 'query', name: 'limit2', code: 'unknown_parameter', detail: 'is not a known parameter' },
    ])
  })

  it('points to the right path when a trailing slash is used', async () => {
    const body = (await (await SELF.fetch(`${BASE}/v1/events/`)).json()) as any
    expect(body.detail).toContain('try /v1/events')
  })

  it('links each problem type to a page that explains it', async () => {
    const res = await SELF.fetch(`${BASE}/problems/invalid-parameters?lang=en`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('The errors field lists every one of them')
  })
})
