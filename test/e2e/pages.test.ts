// The server-rendered pages in real Chromium: accessible (axe-core), usable by keyboard, working without JavaScript.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright'
import { parse } from 'csv-parse/sync'
import { axeViolations } from './axe'
import { launchChromium } from './chromium'

let browser: Browser
let context: BrowserContext
beforeAll(async () => {
  browser = await launchChromium()
  // bypassCSP only so the test can inject axe-core; the pages themselves keep their CSP.
  context = await browser.newContext({ bypassCSP: true })
})
afterAll(async () => { await browser?.close() })

describe('pages', () => {
  it.each(['/', '/?lang=en', '/data', '/data?lang=en', '/events/esof2022', '/events/nacht-van-ontdekkingen-2022?lang=en',
    '/partners/naturalis', '/places/lorentzzaal', '/opgaven/internationalisering', '/problems/not-found'])(
    '%s has no axe violations', async (path) => {
      const page = await context.newPage()
      const res = await page.goto(`${inject('workerUrl')}${path}`)
      expect(res!.status()).toBe(200)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })

  it('the downloads form works by keyboard and without JavaScript: place and year → count and preview → the same rows as the API', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true })
    const page = await noJs.newPage()
    await page.goto(`${inject('workerUrl')}/data?lang=nl`)
    await page.fill('#from', '2022-01-01')
    await page.fill('#to', '2022-12-31')
    await page.focus('#place')
    await page.keyboard.type('Naturalis') // type-to-select in a native select: "at Naturalis", not "organised by"
    await page.focus('button[type=submit]')
    await Promise.all([page.waitForURL(/show=1/), page.keyboard.press('Enter')])
    // Before downloading: how many rows, and the first rows as a table.
    const api = await (await fetch(`${inject('workerUrl')}/v1/events?place=naturalis&from=2022-01-01&to=2022-12-31&demo=false&limit=100`)).json() as { data: { id: string; title: { nl: string } }[] }
    expect(api.data.length).toBe(2)
    expect(await page.locator('.count strong').textContent()).toBe(String(api.data.length))
    expect(await page.locator('table.preview-rows tbody th a').allTextContents()).toEqual(api.data.map((e) => e.title.nl))
    const link = page.locator('ul.downloads a[download$="excel-nl.csv"]')
    await link.focus()
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toBe('kennisstad-evenementen-naturalis-2022-excel-nl.csv')
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.id)).toEqual(api.data.map((e) => e.id))
    expect(rows.map((r) => r.title_nl)).toEqual(api.data.map((e) => e.title.nl))
    await noJs.close()
  })
})
