// D1 round trips per request, as the Server-Timing header reports them (the counting wrapper around the binding,
// worker/base/d1-deadline.ts). In production each is a network round trip from the edge to D1 or its replica, and
// the sequential ones are what a visitor waits for: these counts are pinned.
import { describe, expect, it } from 'vitest'
import { get } from '../../api'

/** Sequential and total D1 round trips of one request, and whether the edge cache answered. */
async function trips(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers)
  expect(res.status, path).toBe(200)
  await res.arrayBuffer()
  const m = /desc="(\d+) sequential, (\d+) total round trips"/.exec(res.headers.get('Server-Timing') ?? '')
  expect(m, `${path}: ${res.headers.get('Server-Timing')}`).not.toBeNull()
  return { sequential: Number(m![1]), total: Number(m![2]), cache: res.headers.get('X-Cache') }
}

describe('D1 round trips', () => {
  // Events and occurrences arrive with their relations in the page query itself (worker/data/events/relations.ts).
  it.each([
    ['/v1/events?from=2022-01-01&limit=20', 1],
    ['/v1/events?from=2022-01-01&partner=universiteit-leiden,naturalis&theme=cultureel-erfgoed', 1],
    ['/v1/events?from=2022-01-01&partner=naturalis', 1], // through its access path
    ['/v1/events?from=2022-01-01&q=lezing', 1],
    ['/v1/occurrences?from=2022-01-01&place=naturalis', 1],
    ['/v1/occurrences?from=2022-01-01&limit=50', 1],
    ['/v1/partners?kind=museum', 2],
    ['/v1/places', 2],
    ['/v1/opgaven', 2],
    ['/v1/events/esof2022', 1],
    ['/v1/partners/naturalis', 2],
  ] as const)('%s: at most %i sequential uncached, none from the edge cache', async (path, most) => {
    await trips('/v1/themes') // the isolate holds a data version (any read does)
    const fresh = await trips(path, { 'Cache-Control': 'no-cache' })
    expect(fresh.cache).toBe('MISS')
    expect(fresh.sequential).toBe(most)
    const hit = await trips(path)
    expect(hit).toEqual({ sequential: 0, total: 0, cache: 'HIT' })
  })

  it('a streamed export claims no count: its chunks are read after the headers are sent', async () => {
    const res = await get('/v1/events?format=csv&from=2000-01-01')
    expect(res.status).toBe(200)
    expect((await res.text()).length).toBeGreaterThan(0)
    expect(res.headers.get('Server-Timing')).toBeNull()
  })
})
