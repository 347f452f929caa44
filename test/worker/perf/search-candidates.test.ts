// /v1/search ranks among the best-scoring FTS candidates only (worker/data/search.ts): with far more matches than
// candidates it must still answer exactly what ranking every match would.
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { SEARCH_CANDIDATES } from '../../../worker/data/search'
import { eventStatements } from '../../../schema/seed/sql'
import type { EventSeed } from '../../../schema/seed/types'
import { getJson } from '../../api'

const matching = SEARCH_CANDIDATES * 3
beforeAll(async () => {
  // Titles and summaries that match "zeldzaam" to different degrees, so the ranking is not a tie.
  const seeds: EventSeed[] = Array.from({ length: matching }, (_, i) => ({
    id: `kandidaat-${String(i).padStart(4, '0')}`, startsAt: '2031-01-01T10:00:00Z', endsAt: null,
    title: { nl: i % 97 === 0 ? `Zeldzaam zeldzaam ${i}` : `Lezing ${i}`, en: null },
    summary: { nl: `${'woord '.repeat(i % 50)}zeldzaam`, en: null },
  }))
  const statements = eventStatements(seeds)
  for (let i = 0; i < statements.length; i += 500) await env.DB.batch(statements.slice(i, i + 500).map((s) => env.DB.prepare(s)))
})

describe('search among bounded candidates', () => {
  it(`answers the same best matches as ranking all ${matching} matches`, async () => {
    const { body } = await getJson('/v1/search?q=zeldzaam&limit=10')
    const { results } = await env.DB.prepare(`select e.id from events e join (select rowid, bm25(events_fts, 10.0, 10.0, 1.0, 1.0) as score
      from events_fts where events_fts match '"zeldzaam"*') f on f.rowid = e.rowid
      where e.deleted_at is null and e.workflow = 'published' order by f.score limit 10`).all<{ id: string }>()
    expect(results.length).toBe(10)
    expect(body.data.events.map((e: { id: string }) => e.id)).toEqual(results.map((r) => r.id))
  })
})
