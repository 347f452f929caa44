// The change feed reproduces the published data in a mirror, also across writes; search finds across types.
import { beforeAll, describe, expect, it } from 'vitest'
import { BASE, getJson, walk } from '../api'
import { call, eventBody, issueKey, type Who } from '../write-helpers'

type Mirror = Record<string, Map<string, unknown>>
const COLLECTIONS = { event: 'events', partner: 'partners', place: 'places', opgave: 'opgaven', theme: 'themes' } as const

/** Follows the feed from `since` to the end, applying every entry to `mirror`; returns the resume URL. */
async function follow(mirror: Mirror, start: string): Promise<string> {
  let next = start
  for (let pages = 0; pages < 1000; pages++) {
    const { res, body } = await getJson(next.replace(BASE, ''))
    expect(res.status).toBe(200)
    for (const change of body.data) {
      mirror[change.entity] ??= new Map()
      const table = mirror[change.entity]!
      if (change.action === 'upsert') table.set(change.id, change.data)
      else table.delete(change.id)
    }
    next = body.links.next
    if (!body.meta.hasMore) return next
  }
  throw new Error('the feed does not end')
}

async function published(): Promise<Mirror> {
  const out: Mirror = {}
  for (const [entity, path] of Object.entries(COLLECTIONS)) {
    out[entity] = new Map((await walk(`/v1/${path}?limit=100`)).items.map((x) => [x.id, x]))
  }
  return out
}

function expectSame(mirror: Mirror, truth: Mirror) {
  for (const entity of Object.keys(COLLECTIONS)) {
    const m = mirror[entity] ?? new Map()
    expect([...m.keys()].sort(), entity).toEqual([...truth[entity]!.keys()].sort())
    for (const [id, item] of truth[entity]!) expect(m.get(id), `${entity} ${id}`).toEqual(item)
  }
}

let admin: Who
let partner: Who
beforeAll(async () => {
  admin = await issueKey('admin')
  partner = await issueKey('partner', 'naturalis')
})

describe('GET /v1/changes', () => {
  it('applied from the start to an empty mirror, reproduces the published data exactly — and keeps doing so after writes', async () => {
    const mirror: Mirror = {}
    let resume = await follow(mirror, '/v1/changes?limit=37')
    expectSame(mirror, await published())

    // Writes of every kind: create, draft (never public), publish, update, unpublish, delete, reference data.
    expect((await call('POST', '/v1/events', admin, eventBody('feed-new', 'naturalis', { workflow: 'published' }))).status).toBe(201)
    expect((await call('POST', '/v1/events', partner, eventBody('feed-draft'))).status).toBe(201)
    expect((await call('PATCH', '/v1/events/misleiden', admin, { status: 'postponed' })).status).toBe(200)
    expect((await call('PATCH', '/v1/events/radio-weetlust', admin, { workflow: 'rejected' })).status).toBe(200)
    expect((await call('DELETE', '/v1/events/seeing-stars-leiden', admin)).status).toBe(204)
    expect((await call('PATCH', '/v1/partners/bplusc', admin, { name: 'BplusC (bibliotheek)' })).status).toBe(200)
    expect((await call('DELETE', '/v1/places/corpus', admin)).status).toBe(204)
    expect((await call('POST', '/v1/themes', admin, { id: 'feed-theme', scheme: 'kennisstad-2023', label: { nl: 'Feed' } })).status).toBe(201)

    resume = await follow(mirror, resume)
    const truth = await published()
    expectSame(mirror, truth)
    expect(mirror.event!.has('radio-weetlust')).toBe(false)
    expect(mirror.event!.has('naturalis-test-feed-draft')).toBe(false)
    expect(mirror.place!.has('corpus')).toBe(false)
    expect((mirror.partner!.get('bplusc') as any).name).toBe('BplusC (bibliotheek)')

    // Caught up: the resume URL answers an empty page that points at itself.
    const { body } = await getJson(resume.replace(BASE, ''))
    expect(body.data).toEqual([])
    expect(body.meta.hasMore).toBe(false)
    expect(body.links.next).toBe(resume)
  })

  it('never names an event that was not public at some moment: drafts, rejections, deletions before publication', async () => {
    const trusted = await issueKey('partner', 'naturalis', { trusted: true })
    const hidden = ['naturalis-test-embargo-draft', 'naturalis-test-embargo-rejected', 'naturalis-test-embargo-deleted', 'naturalis-test-embargo-submitted']
    await call('POST', '/v1/events', partner, eventBody('embargo-draft'))
    await call('POST', '/v1/events', partner, eventBody('embargo-rejected', 'naturalis', { workflow: 'submitted' }))
    await call('PATCH', '/v1/events/naturalis-test-embargo-rejected', admin, { workflow: 'rejected' })
    await call('POST', '/v1/events', partner, eventBody('embargo-deleted'))
    await call('PATCH', '/v1/events/naturalis-test-embargo-deleted', partner, { title: { nl: 'Nog steeds geheim' } })
    await call('DELETE', '/v1/events/naturalis-test-embargo-deleted', partner)
    await call('POST', '/v1/events', partner, eventBody('embargo-submitted', 'naturalis', { workflow: 'submitted' }))
    // Published, then withdrawn: it was public, so its tombstone is news a mirror needs.
    await call('POST', '/v1/events', trusted, eventBody('embargo-was-public', 'naturalis', { workflow: 'published' }))
    await call('DELETE', '/v1/events/naturalis-test-embargo-was-public', trusted)
    const named = new Set<string>()
    let next: string | null = '/v1/changes?limit=500'
    for (let pages = 0; next && pages < 100; pages++) {
      const { body }: { body: any } = await getJson(next.replace(BASE, ''))
      for (const entry of body.data) named.add(`${entry.entity}:${entry.id}:${entry.action}`)
      next = body.meta.hasMore ? body.links.next : null
    }
    for (const id of hidden) expect([...named].some((n) => n.startsWith(`event:${id}:`)), id).toBe(false)
    expect(named.has('event:naturalis-test-embargo-was-public:delete')).toBe(true)
  })

  it('refuses a cursor of another list', async () => {
    const { body: page } = await getJson('/v1/events?limit=1')
    const foreign = new URL(page.links.next).searchParams.get('cursor')!
    const { res, body } = await getJson(`/v1/changes?since=${foreign}`)
    expect(res.status).toBe(400)
    expect(body.errors[0].name).toBe('since')
  })
})

describe('GET /v1/search', () => {
  it('finds events, partners, places and opgaven, ranked, both languages, diacritics folded', async () => {
    const { body } = await getJson('/v1/search?q=museumnacht')
    expect(body.data.events.map((e: any) => e.id)).toEqual(['museumnacht-leiden-2022'])
    expect(body.data.partners.map((p: any) => p.id)).toEqual(['stichting-museumnacht-leiden'])
    expect((await getJson('/v1/search?q=volkenkunde')).body.data.partners.map((p: any) => p.id)).toEqual(['wereldmuseum-leiden'])
    expect((await getJson('/v1/search?q=rapenburg&limit=10')).body.data.places.map((p: any) => p.id).sort()).toEqual(
      ['academiegebouw', 'hortus-botanicus-leiden', 'japanmuseum-sieboldhuis', 'rijksmuseum-van-oudheden'])
    expect((await getJson('/v1/search?q=internationalisation')).body.data.opgaven.map((o: any) => o.id)).toEqual(['internationalisering'])
    expect((await getJson('/v1/search?q=deja')).body.data.events.map((e: any) => e.id)).toEqual(['museumnacht-leiden-2022'])
  })

  it('ranks title matches above summary matches, and never shows unpublished events', async () => {
    const { body } = await getJson('/v1/search?q=leiden2022&limit=20')
    const inTitle = body.data.events.map((e: any) => /leiden2022/i.test(`${e.title.nl} ${e.title.en}`))
    expect(inTitle.indexOf(false)).toBeGreaterThan(0)
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true)
    expect(body.data.events.map((e: any) => e.id)).toContain('so-you-think-you-can-robot') // found through its summary
    await call('POST', '/v1/events', partner, eventBody('search-draft', 'naturalis', { title: { nl: 'Geheimzinnige zoekproef' } }))
    expect((await getJson('/v1/search?q=geheimzinnige')).body.data.events).toEqual([])
  })

  it('needs a q and answers nothing for text without words', async () => {
    expect((await getJson('/v1/search')).res.status).toBe(400)
    expect((await getJson('/v1/search?q=%25%25')).body.data).toEqual({ events: [], opgaven: [], partners: [], places: [] })
  })
})
