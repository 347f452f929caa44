// A feed's address and content are hostile input: each hostile feed ends in a clear run report and changes nothing.
import { describe, expect, it } from 'vitest'
import { outboundUrlProblem } from '../../../worker/base/outbound'
import { FETCH_DEFAULTS } from '../../../worker/ingest/fetch'
import { register, runNow, serve, server, writeCounts } from '../../feeds/helpers'
import { call, issueKey, snapshot } from '../../write-helpers'

describe('feed addresses', () => {
  it('are https on public addresses in production; http and this machine only in local development', () => {
    const prod = { development: false }
    const dev = { development: true }
    expect(outboundUrlProblem('https://www.naturalis.nl/agenda.ics', prod)).toBeNull()
    expect(outboundUrlProblem('http://www.naturalis.nl/agenda.ics', prod)).toBe('must be an https address')
    expect(outboundUrlProblem('http://www.naturalis.nl/agenda.ics', dev)).toBeNull()
    expect(outboundUrlProblem('https://user:secret@www.naturalis.nl/agenda.ics', prod)).toBe('must not contain a user name or password')
    expect(outboundUrlProblem('https://www.naturalis.nl:8443/agenda.ics', prod)).toBe('must use the standard https port')
    expect(outboundUrlProblem('ftp://www.naturalis.nl/agenda.ics', dev)).toBe('must be an http or https address')
    expect(outboundUrlProblem('geen adres', dev)).toBe('is not a URL')
    for (const local of ['https://127.0.0.1/x', 'https://localhost/x', 'https://agenda.localhost/x', 'https://[::1]/x', 'https://2130706433/x', 'https://0x7f.1/x', 'https://[::ffff:127.0.0.1]/x']) {
      expect(outboundUrlProblem(local, prod), local).toBe('points to this machine (allowed only in local development)')
      expect(outboundUrlProblem(local, dev), local).toBeNull()
    }
    for (const internal of ['https://10.1.2.3/x', 'https://172.16.0.1/x', 'https://192.168.1.1/x', 'https://169.254.169.254/latest/meta-data/', 'https://0.0.0.0/x',
      'https://100.64.0.1/x', 'https://[fd00::1]/x', 'https://[fe80::1]/x', 'https://[::ffff:10.0.0.1]/x', 'https://[::ffff:a9fe:a9fe]/x', 'https://intranet/x',
      'https://agenda.local/x', 'https://cms.internal/x', 'https://0251.0376.0251.0376/x']) {
      expect(outboundUrlProblem(internal, prod), internal).toBe('points to a private or internal address')
      expect(outboundUrlProblem(internal, dev), internal).toBe('points to a private or internal address')
    }
  })

  it('that are refused are refused at registration, with the reason, and nothing is written', async () => {
    const naturalis = await issueKey('partner', 'naturalis')
    const before = await snapshot()
    const res = await call('POST', '/v1/feeds', naturalis, { name: 'Intern', url: 'https://169.254.169.254/latest/meta-data/' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).errors).toEqual([{ in: 'body', name: 'url', code: 'unsafe_url', detail: 'points to a private or internal address' }])
    expect(await snapshot()).toBe(before)
  })
})

describe('hostile feeds', () => {
  const cases: [name: string, path: string, error: RegExp][] = [
    ['huge', '/huge/feed.ics', new RegExp(`^The feed could not be fetched: the feed is larger than ${FETCH_DEFAULTS.maxBytes / 1024 / 1024} MB\\.$`)],
    ['slow', '/slow/feed.ics', /^The feed could not be fetched: it did not answer within 2 s\.$/],
    ['redirect loop', '/loop/a', /^The feed could not be fetched: it redirects in a loop \(http:\/\/127\.0\.0\.1:\d+\/loop\/a again\)\.$/],
    ['too many redirects', '/hops/1', /^The feed could not be fetched: it redirects more than 5 times\.$/],
    ['redirect to a private address', '/to-private', /^The feed could not be fetched: it redirects to http:\/\/169\.254\.169\.254\/latest\/meta-data\/, which points to a private or internal address\.$/],
    ['not found', '/gone/agenda.ics', /^The feed could not be fetched: it answered HTTP 404: check the address\.$/],
    ['malformed', '/fixtures/malformed.ics', /^The feed could not be read: not a valid iCalendar file \(.+\)\. Nothing was imported\.$/],
    ['not JSON', '/fixtures/broken.jsonld', /^The feed could not be read: not valid JSON \(.+\)\. Nothing was imported\.$/],
  ]
  it.each(cases)('%s: a failed run that says why, and nothing written', async (_name, path, error) => {
    const admin = await issueKey('admin')
    const feed = await register(admin, { partner: 'naturalis', name: `Vijandig ${path}`, url: `${server}${path}`, trusted: true })
    const before = await snapshot()
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'failed', counts: { items: 0, created: 0 } })
    expect(run.error).toMatch(error)
    expect(await snapshot()).toBe(before)
    expect(((await (await call('GET', `/v1/feeds/${feed.id}`, admin)).json()) as any)).toMatchObject({ failures: 1, paused: false, lastRun: { id: run.id, outcome: 'failed' } })
  })

  it('a rule that would repeat a billion times (or every second) is rejected with its reason; nothing is written', async () => {
    const admin = await issueKey('admin')
    const feed = await register(admin, { partner: 'naturalis', name: 'Miljard', url: await serve('billion', 'billion.ics'), trusted: true })
    const before = await writeCounts()
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', counts: { items: 2, created: 0, rejected: 2 } })
    expect(run.rejected.map((r: any) => r.errors)).toEqual([
      [{ name: 'schedule.rrule', detail: 'COUNT may be at most 500' }],
      [{ name: 'schedule.rrule', detail: 'FREQ=SECONDLY repeats too often for an event listing; use DAILY, WEEKLY, MONTHLY or YEARLY' }],
    ])
    expect(await writeCounts()).toEqual(before)
  })

  it('a server that is down twice is tried again with a pause, and the third attempt imports it', async () => {
    const admin = await issueKey('admin')
    const feed = await register(admin, { partner: 'naturalis', name: 'Wankel', url: `${server}/flaky/once?fixture=museum.ics`, trusted: true })
    const run = await runNow(feed.id, admin)
    expect(run).toMatchObject({ outcome: 'imported', attempts: 3, error: null, counts: { created: 6 } })
  })

  it('a feed that fails five runs in a row is paused and says why; rounds leave it alone until it is resumed', async () => {
    const admin = await issueKey('admin')
    const feed = await register(admin, { partner: 'naturalis', name: 'Verdwenen', url: `${server}/gone/agenda.ics` })
    for (let i = 0; i < 5; i++) await runNow(feed.id, admin)
    const paused = (await (await call('GET', `/v1/feeds/${feed.id}`, admin)).json()) as any
    expect(paused).toMatchObject({ paused: true, failures: 5, pauseReason: '5 runs in a row failed; the last: The feed could not be fetched: it answered HTTP 404: check the address.' })
    const { env } = await import('cloudflare:test')
    const { dueFeeds } = await import('../../../worker/data/feeds/runs')
    const { drizzle } = await import('drizzle-orm/d1')
    expect(await dueFeeds(drizzle(env.DB))).not.toContain(feed.id)
    const resumed = await call('PATCH', `/v1/feeds/${feed.id}`, admin, { paused: false, url: await serve('resumed', 'museum.ics') })
    expect(((await resumed.json()) as any)).toMatchObject({ paused: false, failures: 0, pauseReason: null })
    expect(await dueFeeds(drizzle(env.DB))).toContain(feed.id)
  })
})
