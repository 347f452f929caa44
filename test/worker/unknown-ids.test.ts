// A filter naming something that does not exist is a mistake, not "nothing on": every reference filter of every list
// in the contract answers a 400 naming the parameter and the value, with the closest existing ids as suggestions.
import { beforeAll, describe, expect, it } from 'vitest'
import spec from '../../openapi/openapi.json'
import { eventFilters } from '../../worker/data/events/filters'
import { feedFilters } from '../../worker/data/feeds/filters'
import type { FilterTable } from '../../worker/data/filters'
import { occurrenceFilters } from '../../worker/data/occurrences/collection'
import { opgaveFilters } from '../../worker/data/opgaven/collection'
import { partnerFilters } from '../../worker/data/partners/collection'
import { placeFilters } from '../../worker/data/places/collection'
import { themeFilters } from '../../worker/data/themes/collection'
import { suggest } from '../../worker/data/unknown-refs'
import { get, getJson } from '../api'
import { issueKey } from '../write-helpers'

/** Every reference filter's parameter name and the dataset its ids come from. */
const REFS = new Map<string, string>()
for (const table of [eventFilters, occurrenceFilters, opgaveFilters, partnerFilters, placeFilters, themeFilters, feedFilters] as FilterTable[]) {
  for (const [name, f] of Object.entries(table)) if (f.input.kind === 'ref') REFS.set(name, f.input.dataset)
}

type Param = { in: string; name: string; schema?: { example?: unknown } }
/**
 * Each list operation of the contract with a reference filter: `[path with example ids, parameter, dataset]`; lists
 * that need a key (feeds) are asked with an editor's.
 */
const CASES = Object.entries(spec.paths as unknown as Record<string, { get?: { parameters?: Param[]; security?: Record<string, string[]>[] } }>).flatMap(([path, item]) => {
  const params = item.get?.parameters ?? []
  const url = `/v1${params.filter((p) => p.in === 'path').reduce((u, p) => u.replace(`{${p.name}}`, String(p.schema?.example)), path)}`
  const keyed = item.get?.security?.every((s) => Object.keys(s).length > 0) ?? false
  return params.filter((p) => p.in === 'query' && REFS.has(p.name)).map((p) => [url, p.name, REFS.get(p.name)!, keyed] as const)
})
let editor: Record<string, string> = {}
beforeAll(async () => {
  editor = { Authorization: `Bearer ${(await issueKey('admin'))!.key}` }
})

describe('reference filters naming ids that do not exist', () => {
  it('covers every list with a reference filter', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12)
    expect(new Set(CASES.map(([, name]) => name))).toEqual(new Set(REFS.keys()))
  })

  it.each(CASES)('%s?%s=<typo> is a 400 naming it, with the real id suggested', async (url, name, dataset, keyed) => {
    const headers = keyed ? editor : {}
    const { body: list } = await getJson<{ data: { id: string }[] }>(`/v1/${dataset}?limit=100`)
    const real = list.data.find((r) => r.id.length > 6)!.id
    const typo = `${real.slice(0, -2)}${real.slice(-1)}` // one letter dropped, as people type
    const { res, body } = await getJson(`${url}?${name}=${typo}`, headers)
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(body.errors).toEqual([{ in: 'query', name, code: 'unknown_id', value: typo, detail: expect.stringContaining(`"${typo}"`), suggestions: expect.arrayContaining([real]) }])
    expect(body.detail).toContain(typo)
    // One bad value in a comma list is enough, and only that value is named.
    const { res: mixed, body: mixedBody } = await getJson(`${url}?${name}=${real},no-such-${name.toLowerCase()}`, headers)
    expect(mixed.status).toBe(400)
    expect(mixedBody.errors.map((e: { detail: string }) => e.detail)).toEqual([expect.stringContaining(`"no-such-${name.toLowerCase()}"`)])
    // The real id is a valid filter, whatever it matches (an empty result stays a 200).
    const ok = await get(`${url}?${name}=${real}`, headers)
    expect(ok.status).toBe(200)
    await ok.body?.cancel() // a live stream (GET /changes/stream) never ends by itself
  })

  it('checks exports too: a CSV or iCal download of a typo is the same 400, not an empty file', async () => {
    for (const format of ['csv', 'ics']) {
      const { res, body } = await getJson(`/v1/events?format=${format}&partner=rijksmuseum-boerhave`)
      expect(res.status).toBe(400)
      expect(body.errors[0].suggestions).toEqual(['rijksmuseum-boerhaave'])
    }
  })

  it('suggests by edit distance and by containment, best first, at most three', () => {
    const ids = ['rijksmuseum-boerhaave', 'naturalis', 'museum-volkenkunde', 'lumc', 'universiteit-leiden']
    expect(suggest('rijksmuseum-boerhave', ids)).toEqual(['rijksmuseum-boerhaave'])
    expect(suggest('boerhaave', ids)).toEqual(['rijksmuseum-boerhaave'])
    expect(suggest('naturalis-biodiversity', ids)).toEqual(['naturalis'])
    expect(suggest('xyz', ids)).toEqual([])
  })
})
