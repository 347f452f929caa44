// The access paths (event_access: one partner's, theme's or opgave's events in start order) are a faster way to the
// same answer, never another answer: the table always equals what it is derived from, whatever wrote the data, and a
// list through it returns exactly the rows and pages of the plain query.
import { env } from 'cloudflare:test'
import { drizzle } from 'drizzle-orm/d1'
import { beforeAll, describe, expect, it } from 'vitest'
import { events } from '../../../worker/data/events/collection'
import type { EventFilterValues } from '../../../worker/data/events/filters'
import { orderBy, type SortSpec } from '../../../worker/data/pagination'
import { get } from '../../api'
import { call, eventBody, issueKey, type Who } from '../../write-helpers'

const db = drizzle(env.DB)
const until = (e: string) => `max(coalesce(${e}.ends_at, ${e}.starts_at), coalesce(${e}.series_ends_at, ''))`
/** The access table as its definition says it should be, computed from the join tables and events afresh. */
const DEFINITION = `select key, event_id, starts_at, ends_until from (
  select 'partner:' || j.partner_id as key, e.id as event_id, e.starts_at, ${until('e')} as ends_until from event_organisers j join events e on e.id = j.event_id where j.confirmed = 1
  union all select 'theme:' || j.theme_id, e.id, e.starts_at, ${until('e')} from event_themes j join events e on e.id = j.event_id
  union all select 'opgave:' || j.opgave_id, e.id, e.starts_at, ${until('e')} from event_opgaven j join events e on e.id = j.event_id
) order by key, event_id`
const STORED = 'select key, event_id, starts_at, ends_until from event_access order by key, event_id'
const rows = async (query: string) => (await env.DB.prepare(query).all()).results

async function expectInStep() {
  const [stored, defined] = [await rows(STORED), await rows(DEFINITION)]
  expect(stored.length).toBeGreaterThan(0)
  expect(stored).toEqual(defined)
}

let naturalis: Who
let lumc: Who
let admin: Who
beforeAll(async () => {
  naturalis = await issueKey('partner', 'naturalis', { trusted: true })
  lumc = await issueKey('partner', 'lumc', { trusted: true })
  admin = await issueKey('admin')
})

describe('access paths', () => {
  it('equal their definition after the seed and after writes of every kind', async () => {
    await expectInStep()
    const made = await call('POST', '/v1/events', naturalis, eventBody('access', 'naturalis', {
      organisers: [{ id: 'naturalis', role: 'organiser' }, { id: 'lumc', role: 'partner' }], opgaven: ['leiden2022-inclusieve-stad'],
    }))
    expect(made.status).toBe(201)
    await expectInStep() // lumc named but not confirmed: not on its path yet
    expect(await rows("select key from event_access where event_id = 'naturalis-test-access' order by key")).toEqual([
      { key: 'opgave:leiden2022-inclusieve-stad' }, { key: 'partner:naturalis' }, { key: 'theme:biodiversiteit-en-duurzaamheid' },
    ])
    expect((await call('PATCH', '/v1/events/naturalis-test-access/organisers/lumc', lumc, { confirmed: true })).status).toBe(200)
    await expectInStep()
    // New times, themes and opgaven; then a weekly series (its end moves the window); then a withdrawal and a deletion.
    expect((await call('PATCH', '/v1/events/naturalis-test-access', naturalis, {
      startsAt: '2027-04-02T19:00:00+02:00', endsAt: '2027-04-02T20:00:00+02:00', themes: ['cultureel-erfgoed'], opgaven: [],
    })).status).toBe(200)
    await expectInStep()
    expect((await call('PATCH', '/v1/events/naturalis-test-access', naturalis, { schedule: { rrule: 'FREQ=WEEKLY;COUNT=6' } })).status).toBe(200)
    await expectInStep()
    expect((await rows("select ends_until from event_access where event_id = 'naturalis-test-access' limit 1"))[0]!.ends_until).toBe('2027-05-07T18:00:00Z')
    expect((await call('DELETE', '/v1/events/naturalis-test-access/organisers/lumc', lumc)).status).toBe(204)
    await expectInStep()
    expect((await call('DELETE', '/v1/events/radio-weetlust', admin)).status).toBe(204)
    await expectInStep()
  })

  // Single values take the access path; lists, other filters and other sorts are the plain query's.
  const cases: [string, EventFilterValues][] = [
    ['a partner', { partner: 'universiteit-leiden' }],
    ['a partner from a date (an exhibition running through it included)', { partner: 'naturalis', from: '2022-07-01' }],
    ['a partner in a window', { partner: 'universiteit-leiden', from: '2022-06-01', to: '2022-09-30' }],
    ['a theme, with other filters', { theme: 'cultureel-erfgoed', kind: 'exhibition,festival', free: 'true' }],
    ['an opgave and a partner', { opgave: 'leiden2022-inclusieve-stad', partner: 'gemeente-leiden' }],
    ['a partner that organises nothing', { partner: 'bplusc' }],
    ['two partners (the plain query)', { partner: 'universiteit-leiden,naturalis' }],
  ]
  it.each(cases)('%s: the same rows in the same order as the plain query, both ways', async (_label, values) => {
    for (const sort of ['startsAt', '-startsAt']) {
      const spec = events.sortsFor(values, sort)[sort] as SortSpec<never>
      const fast = await events.select(db, values, null, undefined, sort)(undefined, orderBy(spec), 500)
      const plain = await events.select(db, values, null)(undefined, orderBy(events.sorts[sort] as SortSpec<never>), 500)
      expect(fast.map((r) => r.id)).toEqual(plain.map((r) => r.id))
    }
  })

  it('pages through a partner’s events with cursors exactly as one long page lists them', async () => {
    const all = (await (await get('/v1/events?partner=universiteit-leiden&limit=100')).json()) as { data: { id: string }[] }
    expect(all.data.length).toBeGreaterThan(4)
    const paged: string[] = []
    let next: string | undefined = '/v1/events?partner=universiteit-leiden&limit=2'
    while (next) {
      const body = (await (await get(next)).json()) as { data: { id: string }[]; links: { next: string | null } }
      paged.push(...body.data.map((e) => e.id))
      next = body.links.next?.replace(/^https?:\/\/[^/]+/, '')
    }
    expect(paged).toEqual(all.data.map((e) => e.id))
  })
})
