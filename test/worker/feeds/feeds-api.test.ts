// Who may register and see which feeds; one run at a time; Cron rounds; long imports in passes; JSON-LD feeds.
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { getJson } from '../../api'
import { feedEvents, finished, register, runNow, serve } from '../../feeds/helpers'
import { call, issueKey, snapshot, type Who } from '../../write-helpers'
import { WRITES_PER_PASS } from '../../../worker/jobs/feeds/import'
import { feedRound } from '../../../worker/jobs/feeds/queue'
import worker from '../../../worker/index'

/** Items in fixtures/large.ics. */
const LARGE = 85
let admin: Who
let naturalis: Who
let lumc: Who
let trustedLumc: Who
beforeAll(async () => {
  admin = await issueKey('admin')
  naturalis = await issueKey('partner', 'naturalis')
  lumc = await issueKey('partner', 'lumc')
  trustedLumc = await issueKey('partner', 'lumc', { trusted: true })
})

describe('registering feeds', () => {
  it('a partner key registers its own partner’s feeds only, and sees only those', async () => {
    const url = await serve('api-own', 'museum.ics')
    const own = await register(naturalis, { url })
    expect(own).toMatchObject({ partner: { id: 'naturalis' }, trusted: false, license: 'CC0-1.0', intervalMinutes: 60 })
    const before = await snapshot()
    const foreign = await call('POST', '/v1/feeds', naturalis, { partner: 'lumc', name: 'Niet van ons', url })
    expect(foreign.status).toBe(403)
    expect(await snapshot()).toBe(before)
    expect((await call('GET', `/v1/feeds/${own.id}`, lumc)).status).toBe(404)
    expect((await call('PATCH', `/v1/feeds/${own.id}`, lumc, { paused: true })).status).toBe(404)
    expect((await call('POST', `/v1/feeds/${own.id}/runs`, lumc)).status).toBe(404)
    expect((await call('GET', '/v1/feeds', null)).status).toBe(401)
    const mine = (await (await call('GET', '/v1/feeds', lumc)).json()) as any
    expect(mine.data.map((f: any) => f.id)).not.toContain(own.id)
    const all = (await (await call('GET', '/v1/feeds?partner=naturalis', admin)).json()) as any
    expect(all.data.map((f: any) => f.id)).toContain(own.id)
    // An editor must say whose feed it is.
    const nobody = await call('POST', '/v1/feeds', admin, { name: 'Van wie?', url })
    expect(nobody.status).toBe(400)
    expect(((await nobody.json()) as any).errors[0]).toMatchObject({ name: 'partner', code: 'required' })
  })

  it('trust is given by editors and trusted partner keys only; every change is audited', async () => {
    const url = await serve('api-trust', 'museum.ics')
    expect((await call('POST', '/v1/feeds', lumc, { name: 'Vertrouwd?', url, trusted: true })).status).toBe(403)
    const feed = await register(trustedLumc, { name: 'Vertrouwd', url, trusted: true })
    expect(feed.trusted).toBe(true)
    const untrusted = await register(lumc, { name: 'Onvertrouwd', url })
    expect((await call('PATCH', `/v1/feeds/${untrusted.id}`, lumc, { trusted: true })).status).toBe(403)
    expect(((await (await call('PATCH', `/v1/feeds/${untrusted.id}`, admin, { trusted: true })).json()) as any).trusted).toBe(true)
    const audit = (await (await call('GET', `/v1/audit?entity=feed&entityId=${untrusted.id}`, admin)).json()) as any
    expect(audit.data.map((a: any) => a.action)).toEqual(['update', 'create'])
    expect(audit.data[0]).toMatchObject({ before: { trusted: false }, after: { trusted: true } })
  })
})

describe('runs', () => {
  it('asking twice at the same moment makes one run, not two', async () => {
    const feed = await register(admin, { partner: 'naturalis', name: 'Tegelijk', url: await serve('api-twice', 'museum.ics'), trusted: true })
    const [a, b] = await Promise.all([call('POST', `/v1/feeds/${feed.id}/runs`, admin), call('POST', `/v1/feeds/${feed.id}/runs`, admin)])
    expect([a.status, b.status]).toEqual([202, 202])
    expect(a.headers.get('Location')).toBe(b.headers.get('Location'))
    const run = await finished(a.headers.get('Location')!, admin)
    expect(run.counts.created).toBe(6)
    const runs = (await (await call('GET', `/v1/feeds/${feed.id}/runs`, admin)).json()) as any
    expect(runs.data).toHaveLength(1)
    expect(Object.keys(await feedEvents(feed.id))).toHaveLength(6)
  })

  it('a Cron round queues a run for every feed that is due, and none for a feed that is not', async () => {
    const due = await register(admin, { partner: 'naturalis', name: 'Op tijd', url: await serve('api-due', 'museum.ics'), trusted: true })
    const paused = await register(admin, { partner: 'naturalis', name: 'Gepauzeerd', url: await serve('api-paused', 'museum.ics'), paused: true })
    const ctx = { waitUntil: () => undefined, passThroughOnException: () => undefined, props: {} } as unknown as ExecutionContext
    const waits: Promise<unknown>[] = []
    await worker.scheduled({ cron: '*/15 * * * *', scheduledTime: Date.now(), noRetry: () => undefined } as ScheduledController, env, { ...ctx, waitUntil: (p: Promise<unknown>) => waits.push(p) } as ExecutionContext)
    await Promise.all(waits)
    const runsOf = async (id: string) => ((await (await call('GET', `/v1/feeds/${id}/runs`, admin)).json()) as any).data
    const [run] = await runsOf(due.id)
    expect(run).toMatchObject({ trigger: 'schedule' })
    expect(await finished(`/v1/feeds/${due.id}/runs/${run.id}`, admin)).toMatchObject({ outcome: 'imported', counts: { created: 6 } })
    expect(await runsOf(paused.id)).toEqual([])
    // Just imported: not due again until its interval has passed.
    expect(await feedRound(env)).toBe(0)
    expect(await feedRound(env, Date.now() + 61 * 60_000)).toBeGreaterThanOrEqual(1)
  })

  it(`imports a large feed in passes of ${WRITES_PER_PASS} writes, counting every item once`, async () => {
    const feed = await register(admin, { partner: 'naturalis', name: 'Groot', url: await serve('api-large', 'large.ics'), trusted: true })
    const run = await runNow(feed.id, admin)
    expect(LARGE).toBeGreaterThan(WRITES_PER_PASS * 2)
    expect(run).toMatchObject({ outcome: 'imported', counts: { items: LARGE, created: LARGE, updated: 0, unchanged: 0, rejected: 0 } })
    expect(Object.keys(await feedEvents(feed.id))).toHaveLength(LARGE)
    expect((await runNow(feed.id, admin)).outcome).toBe('unchanged')
  })
})

describe('a JSON-LD feed', () => {
  it('brings exhibitions with prices and pictures, online events and weekly series through the same pipeline', async () => {
    const feed = await register(admin, { partner: 'rijksmuseum-boerhaave', name: 'Agenda Boerhaave (fictief)', url: await serve('api-jsonld', 'agenda.html'), trusted: true })
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', counts: { items: 4, created: 3, rejected: 1 } })
    const events = await feedEvents(feed.id)
    const exhibition = (await getJson(`/v1/events/${events['https://example.org/testmuseum/agenda/instrumenten#event']!.id}`)).body
    expect(exhibition).toMatchObject({
      kind: 'exhibition', allDay: true, price: 12.5, priceCurrency: 'EUR', free: false, places: [{ id: 'rijksmuseum-boerhaave' }],
      image: { url: 'https://example.org/testmuseum/instrumenten.jpg', alt: { nl: 'Een koperen microscoop' }, creditText: 'Foto: testmuseum' },
      registrationUrl: 'https://example.org/testmuseum/tickets', organisers: [{ id: 'rijksmuseum-boerhaave' }],
    })
    const webinar = (await getJson(`/v1/events/${events['https://example.org/testmuseum/agenda/webinar']!.id}`)).body
    expect(webinar).toMatchObject({ attendanceMode: 'online', onlineUrl: 'https://example.org/testmuseum/live', title: { nl: 'Webinar: sterren kijken', en: 'Webinar: stargazing' }, places: [] })
    const workshop = (await getJson(`/v1/events/${events['https://example.org/testmuseum/agenda/zaterdagworkshop']!.id}/occurrences`)).body
    expect(workshop.data).toHaveLength(4)
  })
})

