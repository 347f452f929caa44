// The interactive reference in real Chromium: it renders the contract and never even tries to reach another origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright'
import { launchChromium } from './chromium'

let browser: Browser
beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

describe('/docs', () => {
  it('renders every operation from /v1/openapi.json using only this origin', async () => {
    const base = inject('workerUrl')
    const page = await browser.newPage()
    // Scalar renders a large document: on a loaded machine that takes a while, so only the test's own bound applies.
    page.setDefaultTimeout(0)
    const leftOrigin: string[] = []
    page.on('request', (r) => { if (!r.url().startsWith(base)) leftOrigin.push(r.url()) })
    const res = await page.goto(`${base}/docs?lang=en`, { waitUntil: 'networkidle' })
    expect(res!.status()).toBe(200)
    await page.getByText('List events', { exact: true }).first().waitFor({ state: 'visible' })
    // Each tag in the sidebar opens to its operations (Scalar renders collapsed tags lazily).
    for (const [tag, summary] of [['Opgaven', 'List opgaven'], ['Partners', 'List partners'], ['Places', 'List places'], ['Themes', 'List themes']]) {
      await page.getByText(tag!, { exact: true }).first().click()
      await page.getByText(summary!, { exact: true }).first().waitFor({ state: 'visible' })
    }
    expect(leftOrigin).toEqual([])
    await page.close()
  })
})
