// A museum's agenda reaches its own homepage without anyone retyping it: the museum's site publishes an iCalendar
// feed, the platform imports it (real Worker, its queue, real D1), and the listing embedded on the same site shows the
// events — and, after the museum changes its agenda and the next run, the change, without a reload.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningWorker, startWorker } from '../../scripts/worker-server'
import { render } from '../feeds/server'
import { launchChromium } from './chromium'
import { type PartnerSite, startPartnerSite } from './partner-site'

let worker: RunningWorker
let browser: Browser
let site: PartnerSite
let editorKey: string
const today = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  worker = await startWorker()
  const out = execFileSync('npx', ['tsx', 'scripts/keys.ts', 'create', '--role', 'admin', '--label', 'e2e editor', '--persist-to', worker.persist], {
    cwd: join(import.meta.dirname, '../..'), encoding: 'utf8', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  })
  editorKey = /ksk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(out)![0]
  browser = await launchChromium()
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Fictief testmuseum — agenda</title>
<script type="module" src="${worker.url}/widgets/v1/kennisstad.js"></script></head><body><main><h1>Agenda</h1>
<kennisstad-events partner="naturalis" demo="false" limit="20" refresh="1"></kennisstad-events></main></body></html>`
  site = await startPartnerSite(new Map([['/', page], ['/agenda.ics', render('museum.ics', today)]]))
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await worker?.stop()
})

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${worker.url}/v1${path}`, {
    method, body: body ? JSON.stringify(body) : undefined, headers: { Authorization: `Bearer ${editorKey}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
  })
  return { status: res.status, body: (await res.json()) as any, location: res.headers.get('Location') }
}
async function run(feed: string) {
  const { location } = await api('POST', `/feeds/${feed}/runs`)
  let report: any
  await expect.poll(async () => {
    report = (await api('GET', location!.replace(/^\/v1/, ''))).body
    return report.outcome
  }, { timeout: 90_000, interval: 250 }).toMatch(/^(imported|unchanged|failed)$/)
  return report
}

describe('a museum’s own agenda on its own homepage', () => {
  it('imports the feed, shows it in the embedded listing, and shows a change after the next run without a reload', async () => {
    const registered = await api('POST', '/feeds', { partner: 'naturalis', name: 'Agenda (fictief testmuseum)', url: `${site.url}/agenda.ics`, trusted: true, defaults: { places: ['naturalis'] } })
    expect(registered.status).toBe(201)
    expect(await run(registered.body.id)).toMatchObject({ outcome: 'imported', counts: { created: 6 } })

    const page = await browser.newPage()
    await page.goto(`${site.url}/`)
    const titles = page.locator('kennisstad-events kennisstad-event-card [part~="title"]')
    await expect.poll(async () => (await titles.allTextContents()).map((t) => t.trim()), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['Lezing: stadsnatuur', 'Zondagrondleiding door de collectie', 'Tentoonstelling: verzamelde werelden']))

    // The museum edits its agenda; the next run imports the change, and the listing refreshes by itself.
    site.pages.set('/agenda.ics', render('museum-v2.ics', today))
    expect(await run(registered.body.id)).toMatchObject({ outcome: 'imported', counts: { created: 1, updated: 2, cancelled: 1 } })
    await expect.poll(async () => (await titles.allTextContents()).map((t) => t.trim()), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['Lezing: stadsnatuur in Leiden', 'Avondopenstelling']))
    const concert = page.locator('kennisstad-event-card', { hasText: 'Ochtendconcert in de kerk' })
    await expect.poll(async () => (await concert.locator('[part~="status"]').textContent())?.trim(), { timeout: 60_000 }).toBe('Geannuleerd')
    await page.close()
  })
})
