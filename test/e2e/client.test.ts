// The typed client a developer would use, from Node against the real Worker: the README's five lines, type-checked.
import { describe, expect, inject, it } from 'vitest'
import { kennisstadClient } from '../../widgets/src/client'

describe('the typed API client', () => {
  it('lists a partner’s events with typed data, and reports a problem with its detail', async () => {
    const api = kennisstadClient(inject('workerUrl'))
    const { data, error } = await api.GET('/events', { params: { query: { partner: 'naturalis', limit: 5 } } })
    expect(error).toBeUndefined()
    const titles: string[] = data!.data.map((e) => e.title.nl) // typed: no cast, no media-type argument
    expect(titles.length).toBeGreaterThan(0)
    const bad = await api.GET('/events', { params: { query: { partner: 'rijksmuseum-boerhave' } } })
    expect(bad.response.status).toBe(400)
    expect(bad.error?.errors?.[0]?.suggestions).toEqual(['rijksmuseum-boerhaave'])
  })
})
