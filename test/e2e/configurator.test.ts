// The widget configurator in Chromium: by keyboard, the preview follows the form, and the snippet is copied.
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations } from './axe'
import { launchChromium } from './chromium'

let browser: Browser
beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

describe('/widgets', () => {
  it('updates the live preview and the snippet as the form changes, and copies the snippet', async () => {
    const base = inject('workerUrl')
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${base}/widgets?lang=en`)
    // Fictitious demo events are left out of a snippet for a real site until the webmaster says otherwise.
    expect(await page.locator('#snippet').textContent()).toContain('demo="false"')
    await page.locator('#preview kennisstad-events').first().waitFor()
    // Keyboard only: pick a partner by typing in the focused select, then a layout.
    await page.focus('#w-events-partner')
    await page.keyboard.type('Naturalis')
    await page.focus('#w-events-from')
    await page.keyboard.type('01012021')
    await page.focus('#w-layout')
    await page.keyboard.type('Cards')
    await page.waitForFunction(() => document.getElementById('snippet')?.textContent?.includes('layout="cards"'))
    // A theming property: its default is shown; a changed value goes into the snippet and the preview.
    expect(await page.locator('#w-css-radius-default').textContent()).toContain('default: 6px')
    await page.fill('#w-css-radius', '0')
    await page.waitForFunction(() => document.getElementById('snippet')?.textContent?.includes('--kennisstad-radius: 0'))
    const snippet = await page.locator('#snippet').textContent()
    expect(snippet).toContain('partner="naturalis"')
    expect(snippet).toContain(`src="${base}/widgets/v1/kennisstad.js"`)
    await page.locator('#preview kennisstad-events[partner="naturalis"] kennisstad-event-card').first().waitFor()
    // The same listing on a light and on a dark host page, each in its own palette.
    const titleColour = (preview: string) => page.locator(`${preview} kennisstad-events kennisstad-event-card`).first()
      .evaluate((card) => getComputedStyle(card.shadowRoot!.querySelector('[part~="link"]')!).color)
    await page.locator('#preview-dark kennisstad-events[partner="naturalis"] kennisstad-event-card').first().waitFor()
    expect(await titleColour('#preview')).toBe('rgb(156, 28, 28)')
    expect(await titleColour('#preview-dark')).toBe('rgb(255, 138, 128)')
    await page.focus('#copy')
    await page.keyboard.press('Enter')
    await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)
    expect(errors).toEqual([])
    await context.close()
  })

  it('hides filters that do not apply to the chosen element', async () => {
    const page = await browser.newPage()
    await page.goto(`${inject('workerUrl')}/widgets`)
    await page.selectOption('#w-element', 'partners')
    expect(await page.isVisible('#w-partners-kind')).toBe(true)
    expect(await page.isVisible('#w-events-place')).toBe(false)
    await page.close()
  })

  it('has no axe violations', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    // Past events of a partner, so both previews hold cards (no real event is upcoming in the seed).
    await page.goto(`${inject('workerUrl')}/widgets?lang=en&partner=naturalis&from=2021-01-01&layout=cards`)
    await page.locator('#preview-dark kennisstad-events kennisstad-event-card').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
