// The public site as visitors and search engines meet it, in real Chromium with JavaScript switched off: every page
// type in Dutch and English renders, passes axe, fits a 375 px phone and links only to pages that exist; the
// sitemap lists every public page and each one answers.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright'
import { axeViolations } from './axe'
import { launchChromium } from './chromium'

const base = () => inject('workerUrl')

/** One page of each kind the site has (lists, details of every resource, search, downloads, errors). */
const PAGES: [path: string, status: number][] = [
  ['/', 200], ['/events', 200], ['/events?when=past', 200], ['/events?place=naturalis&when=past', 200],
  ['/partners', 200], ['/places', 200], ['/opgaven', 200], ['/themes', 200], ['/search?q=Naturalis', 200],
  ['/data', 200], ['/data?show=1&place=naturalis&from=2022-01-01&to=2022-12-31', 200], ['/data?from=2022-12-31&to=2022-01-01', 400],
  ['/events/esof2022', 200], ['/events/misleiden', 200], ['/events/radio-weetlust', 200], ['/partners/naturalis', 200],
  ['/places/naturalis', 200], ['/opgaven/internationalisering', 200], ['/themes/celebrate', 200], ['/widgets', 200],
  ['/no-such-page', 404], ['/events/no-such-event', 404],
]

let browser: Browser
let noJs: BrowserContext
let withJs: BrowserContext
const links = new Set<string>()
beforeAll(async () => {
  browser = await launchChromium()
  const viewport = { width: 375, height: 800 }
  // Without JavaScript every page must still work; axe-core itself needs it (bypassCSP only so it can be injected).
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport })
  withJs = await browser.newContext({ bypassCSP: true, viewport })
})
afterAll(async () => { await browser?.close() })

/** Runs `work` over `items`, `n` at a time. */
async function pool<T, R>(items: T[], n: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  let next = 0
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i]!)
    }
  }))
  return out
}

describe('the public site', () => {
  for (const lang of ['nl', 'en'] as const) {
    it.each(PAGES)(`%s in ${lang}: renders without JavaScript, passes axe, fits 375 px`, async (path, status) => {
      const url = `${base()}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`
      const page = await noJs.newPage()
      const res = await page.goto(url)
      expect(res!.status()).toBe(status)
      expect(res!.headers()['content-type']).toMatch(/^text\/html/)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy()
      // The page in the reader's language: the navigation speaks it.
      expect(await page.locator('header nav').textContent()).toContain(lang === 'nl' ? 'Organisaties' : 'Organisations')
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
      expect(scrollWidth, 'horizontal scroll at 375 px').toBeLessThanOrEqual(width)
      // HTML and SVG links (the month chart's bars are SVG <a>s), resolved against the page.
      for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        const target = new URL(href, url)
        // An error page's links to itself (its other language) rightly answer the same error.
        if (status !== 200 && target.pathname === new URL(url).pathname) continue
        if (target.href.startsWith(base())) links.add(target.href.split('#')[0]!)
      }
      await page.close()
      const checked = await withJs.newPage()
      await checked.goto(url)
      expect(await axeViolations(checked)).toEqual([])
      await checked.close()
    })
  }

  it('links between pages resolve: every link on those pages answers below 400', async () => {
    expect(links.size).toBeGreaterThan(100)
    const broken = (await pool([...links], 6, async (href) => {
      // As a browser follows a link: its Accept, so API links answer JSON and pages HTML.
      const res = await fetch(href, { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } })
      await res.arrayBuffer()
      return res.status < 400 ? null : `${res.status} ${href}`
    })).filter(Boolean)
    expect(broken).toEqual([])
  })

  it('lists every public page in the sitemap, and every listed page answers 200', async () => {
    const index = await (await fetch(`${base()}/sitemap.xml`)).text()
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(maps).toContain(`${base()}/sitemaps/site.xml`)
    const pages = (await Promise.all(maps.map(async (m) => {
      const res = await fetch(m)
      expect(res.status).toBe(200)
      return [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!.replaceAll('&amp;', '&'))
    }))).flat()
    // Every public record has its page in both languages; demo (fictitious) records are left out.
    for (const dataset of ['events', 'partners', 'places', 'opgaven', 'themes']) {
      const res = await fetch(`${base()}/v1/${dataset}?limit=100`)
      const { data } = await res.json() as { data: { id: string; demo?: boolean }[] }
      for (const { id, demo } of data) {
        if (demo) continue
        for (const lang of ['nl', 'en']) expect(pages).toContain(`${base()}/${dataset}/${id}?lang=${lang}`)
      }
    }
    for (const path of ['/', '/events', '/partners', '/places', '/opgaven', '/themes', '/data', '/widgets', '/docs']) {
      expect(pages).toContain(`${base()}${path}?lang=nl`)
    }
    const failing = (await pool(pages, 6, async (url) => {
      const res = await fetch(url, { headers: { Accept: 'text/html' } })
      await res.arrayBuffer()
      return res.status === 200 ? null : `${res.status} ${url}`
    })).filter(Boolean)
    expect(failing).toEqual([])
    const robots = await (await fetch(`${base()}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${base()}/sitemap.xml`)
  })
})
