// The server-rendered pages in real Chromium: accessible (axe-core), usable by keyboard, working without JavaScript.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright'
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

  it('the downloads form works by keyboard and without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true })
    const page = await noJs.newPage()
    await page.goto(`${inject('workerUrl')}/data?lang=en`)
    await page.fill('#from', '2022-01-01')
    await page.fill('#to', '2022-12-31')
    await page.focus('#partner')
    await page.keyboard.type('Naturalis') // type-to-select in a native select
    await page.focus('button[type=submit]')
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/^kennisstad-events-\d{4}-\d{2}-\d{2}-excel-nl\.csv$/)
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
    expect(text.startsWith('\uFEFFid;kind;title_nl')).toBe(true)
    expect(text).toContain('ondertekening-kennisstad-2023-2027')
    await noJs.close()
  })
})
