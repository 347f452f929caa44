// The whole partner story on a real Worker: Naturalis's key creates a draft and submits it, an editor publishes it,
// and the listing already embedded on a museum page shows it by itself (live refresh), without a reload.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './chromium'
import { type PartnerSite, startPartnerSite } from './partner-site'
import { type RunningWorker, startWorker } from '../../scripts/worker-server'

let worker: RunningWorker
let browser: Browser
let site: PartnerSite
let partnerKey: string
let editorKey: string

/** A key from the operators' CLI (`npm run keys`), written into this Worker's own D1. */
function createKey(...args: string[]): string {
  const out = execFileSync('npx', ['tsx', 'scripts/keys.ts', 'create', ...args, '--persist-to', worker.persist], {
    cwd: join(import.meta.dirname, '../..'), encoding: 'utf8', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  })
  return /ksk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(out)![0]
}

beforeAll(async () => {
  // Its own Worker and database: this test writes, and the shared one must stay as seeded for the other suites.
  worker = await startWorker()
  partnerKey = createKey('--role', 'partner', '--partner', 'naturalis', '--label', 'e2e CMS')
  editorKey = createKey('--role', 'admin', '--label', 'e2e editor')
  browser = await launchChromium()
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Naturalis — agenda</title>
<script type="module" src="${worker.url}/widgets/v1/kennisstad.js"></script></head><body><main><h1>Agenda</h1>
<kennisstad-events partner="naturalis" from="2027-03-01" to="2027-04-01" demo="false" refresh="1"></kennisstad-events></main></body></html>`
  site = await startPartnerSite(new Map([['/', page]]))
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await worker?.stop()
})

async function write(method: string, path: string, key: string, body: unknown) {
  const res = await fetch(`${worker.url}${path}`, {
    method, body: JSON.stringify(body), headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
  })
  return { status: res.status, body: (await res.json()) as { workflow?: string } }
}

describe('a partner publishes through moderation', () => {
  it('draft and submitted stay private; once an editor publishes, the embedded listing shows it without a reload', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/`)
    const listing = page.locator('kennisstad-events')
    await expect.poll(async () => (await listing.locator('[part~="empty"]').textContent())?.trim(), { timeout: 60_000 }).toBe('No upcoming events.')

    const created = await write('POST', '/v1/events', partnerKey, {
      id: 'naturalis-e2e-nachtexcursie', kind: 'tour', title: { nl: 'Nachtexcursie in de collectie', en: 'Night tour of the collection' },
      startsAt: '2027-03-12T20:00:00+01:00', endsAt: '2027-03-12T22:00:00+01:00', places: ['naturalis'],
      organisers: [{ id: 'naturalis', role: 'organiser' }], audiences: ['general'], languages: ['nl', 'en'],
    })
    expect(created).toMatchObject({ status: 201, body: { workflow: 'draft' } })
    expect((await write('PATCH', '/v1/events/naturalis-e2e-nachtexcursie', partnerKey, { workflow: 'submitted' })).status).toBe(200)
    // The partner cannot publish its own event; the public still sees nothing after several refreshes.
    expect((await write('PATCH', '/v1/events/naturalis-e2e-nachtexcursie', partnerKey, { workflow: 'published' })).status).toBe(403)
    // Two refreshes seen on the network (refresh="1"), and the listing still shows nothing.
    for (let i = 0; i < 2; i++) await page.waitForResponse((r) => r.url().startsWith(`${worker.url}/v1/occurrences?`), { timeout: 0 })
    expect((await listing.locator('[part~="empty"]').textContent())?.trim()).toBe('No upcoming events.')

    expect((await write('PATCH', '/v1/events/naturalis-e2e-nachtexcursie', editorKey, { workflow: 'published' })).status).toBe(200)
    const title = listing.locator('kennisstad-event-card [part~="title"]')
    await expect.poll(async () => (await title.allTextContents()).map((t) => t.trim()), { timeout: 60_000 }).toEqual(['Night tour of the collection'])
    // Now public in every format too.
    expect((await fetch(`${worker.url}/v1/events/naturalis-e2e-nachtexcursie`)).status).toBe(200)
    expect(await (await fetch(`${worker.url}/v1/partners/naturalis/events?format=csv&from=2027-03-01`)).text()).toContain('naturalis-e2e-nachtexcursie')
    expect(await (await fetch(`${worker.url}/v1/partners/naturalis/events?format=ics&from=2027-03-01`)).text()).toContain('UID:naturalis-e2e-nachtexcursie@')
    await page.close()
  })
})
