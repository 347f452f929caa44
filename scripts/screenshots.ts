/**
 * `npm run screenshots`: pictures of <kennisstad-events> in every layout, at 1280 and 390 px, on a light and on a
 * dark host page, into docs/widgets/ (shown in the README's embedding guide). Everything runs locally: a Worker with
 * a fresh seeded D1 on 127.0.0.1, and a fictitious museum site on another loopback port that also serves the
 * illustrations two demo events are given (through the write API, with an editor key) to show pictures.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../test/e2e/chromium'
import { startPartnerSite } from '../test/e2e/partner-site'
import { startWorker } from './worker-server'
import { LAYOUTS } from '../core/widget-theme'

const root = join(import.meta.dirname, '..')
const out = join(root, 'docs/widgets')
const WIDTHS = [1280, 390] as const
const SCHEMES = ['light', 'dark'] as const

/** An abstract illustration (no real place or person), in one hue. */
const illustration = (hue: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360">
<rect width="640" height="360" fill="hsl(${hue} 45% 88%)"/><circle cx="470" cy="120" r="90" fill="hsl(${hue} 55% 62%)"/>
<rect x="60" y="190" width="300" height="170" rx="12" fill="hsl(${hue + 30} 40% 45%)"/><circle cx="210" cy="150" r="46" fill="hsl(${hue - 20} 60% 72%)"/></svg>`

const page = (scheme: (typeof SCHEMES)[number], api: string, layout: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Museum (fictief) — agenda</title>
<style>:root { color-scheme: ${scheme}; } body { margin: 0; padding: 24px; font-family: Georgia, serif;
background: ${scheme === 'dark' ? '#141414' : '#ffffff'}; color: ${scheme === 'dark' ? '#eeeeee' : '#111111'}; }</style>
<script type="module" src="${api}/widgets/v1/kennisstad.js"></script></head>
<body><main id="agenda"><h1>Agenda</h1>
<kennisstad-events demo="true" limit="4" layout="${layout}" refresh="0"></kennisstad-events></main></body></html>`

const worker = await startWorker()
const site = await startPartnerSite()
const browser = await launchChromium()
try {
  const key = /ksk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(execFileSync('npx', ['tsx', 'scripts/keys.ts', 'create', '--role', 'admin',
    '--label', 'screenshots', '--persist-to', worker.persist], { cwd: root, encoding: 'utf8' }))![0]
  // Pictures for two demo events, served by the (fictitious) museum site as a partner's own images would be.
  for (const [i, id] of ['demo-lezing-biodiversiteit', 'demo-kinderlab-lumc'].entries()) {
    site.pages.set(`/images/${id}.svg`, illustration([150, 20][i]!))
    const res = await fetch(`${worker.url}/v1/events/${id}`, {
      method: 'PATCH', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      // An image URL must name a domain: `museum.localhost` is the museum site (browsers resolve *.localhost to loopback).
      body: JSON.stringify({ image: { url: `${site.url.replace('127.0.0.1', 'museum.localhost')}/images/${id}.svg`, alt: { nl: 'Abstracte illustratie', en: 'Abstract illustration' }, creditText: 'Illustratie: fictief voorbeeld', license: 'CC0-1.0' } }),
    })
    if (!res.ok) throw new Error(`PATCH ${id}: ${res.status} ${await res.text()}`)
  }
  mkdirSync(out, { recursive: true })
  for (const scheme of SCHEMES) {
    for (const layout of LAYOUTS) {
      site.pages.set(`/${scheme}-${layout}`, page(scheme, worker.url, layout))
      for (const width of WIDTHS) {
        const tab = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme })
        await tab.goto(`${site.url}/${scheme}-${layout}`)
        await tab.locator('kennisstad-events kennisstad-event-card').first().waitFor()
        // Every picture that shows has arrived (a string: this script is type-checked without the DOM library).
        await tab.waitForFunction(`[...document.querySelector('kennisstad-events').shadowRoot.querySelectorAll('kennisstad-event-card')]
          .every((c) => [...c.shadowRoot.querySelectorAll('img')].every((img) => img.complete || !img.checkVisibility()))`)
        const file = join(out, `${layout}-${width}-${scheme}.png`)
        await tab.locator('#agenda').screenshot({ path: file })
        console.log(`screenshots: ${file.slice(root.length + 1)}`)
        await tab.close()
      }
    }
  }
} finally {
  await browser.close()
  await site.close()
  await worker.stop()
}
