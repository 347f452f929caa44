// A partner's own site on another origin pastes the snippet: the listing appears, live, themed and in its language.
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations } from './axe'
import { launchChromium } from './chromium'
import { type PartnerSite, startPartnerSite } from './partner-site'

let browser: Browser
let site: PartnerSite
let siteUrl: string
let pages: Map<string, string>

beforeAll(async () => {
  browser = await launchChromium()
  site = await startPartnerSite()
  siteUrl = site.url
  pages = site.pages
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

const museumPage = (worker: string, extraHead = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Museum</title>
<style>body { font-family: Georgia, serif; color: #333 } a { color: red }</style>${extraHead}
<script type="module" src="${worker}/widgets/v1/kennisstad.js"></script></head><body><main>
<h1>What's on</h1>
<kennisstad-events partner="universiteit-leiden" from="2022-01-01" to="2022-12-31" limit="5" layout="cards" style="--kennisstad-accent: #006400">
  <a href="${worker}/partners/universiteit-leiden">See the Kennisstad listings</a>
</kennisstad-events></main></body></html>`

describe('embedding on another origin', () => {
  it('shows the live listing from the Worker, in the page’s language, themed', async () => {
    const worker = inject('workerUrl')
    pages.set('/', museumPage(worker))
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/`)
    const titles = page.locator('kennisstad-events kennisstad-event-card [part~="title"]')
    await titles.first().waitFor()
    const api = await (await fetch(`${worker}/v1/events?partner=universiteit-leiden&from=2022-01-01&to=2022-12-31&limit=5`)).json()
    expect((await titles.allTextContents()).map((t) => t.trim())).toEqual(api.data.map((e: any) => e.title.en ?? e.title.nl))
    const linkColour = await page.locator('kennisstad-events kennisstad-event-card a').first().evaluate((a) => getComputedStyle(a).color)
    expect(linkColour).toBe('rgb(0, 100, 0)')
    // The host page's own styles stay its own: the heading outside keeps its serif font.
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Georgia')
    await page.close()
  })

  it('survives the script being loaded twice (two versions) and adds no globals but its elements', async () => {
    const worker = inject('workerUrl')
    pages.set('/twice', museumPage(worker, `<script type="module" src="${worker}/widgets/1.0.0/kennisstad.js"></script>`))
    pages.set('/blank', '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title></head><body></body></html>')
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${siteUrl}/twice`)
    await page.locator('kennisstad-events kennisstad-event-card').first().waitFor()
    expect(errors).toEqual([])
    await page.goto(`${siteUrl}/blank`)
    const before = await page.evaluate(() => Object.getOwnPropertyNames(globalThis))
    await page.addScriptTag({ url: `${worker}/widgets/v1/kennisstad.js`, type: 'module' })
    await page.waitForFunction(() => customElements.get('kennisstad-events') !== undefined)
    const after = await page.evaluate(() => Object.getOwnPropertyNames(globalThis))
    expect(after.filter((name) => !before.includes(name))).toEqual([])
    await page.close()
  })

  it('without JavaScript, the fallback link inside the element is what visitors see', async () => {
    const worker = inject('workerUrl')
    pages.set('/', museumPage(worker))
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/`)
    expect(await page.getByRole('link', { name: 'See the Kennisstad listings' }).isVisible()).toBe(true)
    await context.close()
  })

  it('serves the script with CORS and the documented cache lifetimes', async () => {
    const worker = inject('workerUrl')
    const alias = await fetch(`${worker}/widgets/v1/kennisstad.js`)
    expect(alias.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(alias.headers.get('Cache-Control')).toBe('public, max-age=300')
    expect(alias.headers.get('Content-Type')).toMatch(/javascript/)
    const exact = await fetch(`${worker}/widgets/1.0.0/kennisstad.js`)
    expect(exact.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await exact.text()).toBe(await alias.text())
    expect((await fetch(`${worker}/widgets/kennisstad.js`)).headers.get('Cache-Control')).toBe('public, max-age=300')
  })

  describe('readable on every host page', () => {
    const hostPage = (worker: string, html: string, attrs = '') => `<!doctype html>${html}<head><meta charset="utf-8"><title>Museum</title>
<script type="module" src="${worker}/widgets/v1/kennisstad.js"></script></head><body><main><h1>Agenda</h1>
<kennisstad-events from="2022-07-13" to="2022-09-30" limit="8" layout="cards" lang="en" ${attrs}></kennisstad-events></main></body></html>`
    const cases = [
      // A museum's white page, visited by someone whose system is in dark mode: the widget stays dark-on-light.
      ['white page, dark system', '<html lang="en" style="background:#fff;color:#222">', '', 'dark', 'light'],
      // A dark site that says so: the widget turns light-on-dark with it.
      ['dark page (CSS color-scheme)', '<html lang="en" style="color-scheme:dark;background:#121212;color:#eee">', '', 'light', 'dark'],
      ['dark page (meta color-scheme)', '<html lang="en" style="background:#121212;color:#eee"><meta name="color-scheme" content="dark">', '', 'light', 'dark'],
      // The embed may ask for it explicitly.
      ['dark page, color-scheme="dark" on the element', '<html lang="en" style="background:#121212;color:#eee">', 'color-scheme="dark"', 'light', 'dark'],
      ['white page, color-scheme="auto", light system', '<html lang="en" style="background:#fff;color:#222">', 'color-scheme="auto"', 'light', 'light'],
    ] as const
    it.each(cases)('%s: axe colour contrast clean', async (name, html, attrs, system, expected) => {
      const worker = inject('workerUrl')
      const path = `/scheme-${cases.findIndex((c) => c[0] === name)}`
      pages.set(path, hostPage(worker, html, attrs))
      const context = await browser.newContext({ colorScheme: system })
      const page = await context.newPage()
      await page.goto(`${siteUrl}${path}`)
      const title = page.locator('kennisstad-events kennisstad-event-card [part~="title"]').first()
      await title.waitFor()
      // Light palette: dark text (#1b1b1b); dark palette: light text (#ececec).
      const [r] = (await page.locator('kennisstad-events kennisstad-event-card [part~="date"]').first().evaluate((n) => getComputedStyle(n).color)).match(/\d+/g)!.map(Number)
      expect(r! > 128 ? 'dark' : 'light').toBe(expected)
      expect(await axeViolations(page, 'kennisstad-events')).toEqual([])
      await context.close()
    })
  })
})
