import { describe, expect, it } from 'vitest'
import { get } from '../../test/api'

describe('pages', () => {
  it('serves the landing page in Dutch by default and in English on request', async () => {
    const nl = await get('/')
    expect(nl.status).toBe(200)
    expect(nl.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await nl.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('href="/docs?lang=nl"')
    expect(html).toContain('href="/v1/openapi.json"')
    const en = await (await get('/?lang=en')).text()
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('Interactive API reference')
    expect(await (await get('/', { 'Accept-Language': 'en-GB,en;q=0.9' })).text()).toContain('<html lang="en">')
  })

  it('serves /docs from our own assets only: no CDN, no font service, no inline script', async () => {
    const html = await (await get('/docs')).text()
    const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
    expect(sources).toEqual(['/vendor/scalar/standalone.js', '/docs-init.js'])
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/)
    expect(html).toContain('data-spec-url="/v1/openapi.json"')
  })

  it('sends a Content-Security-Policy that allows scripts and connections only to this origin', async () => {
    for (const path of ['/', '/docs', '/problems/not-found']) {
      const res = await get(path)
      const csp = res.headers.get('Content-Security-Policy')!
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("connect-src 'self'")
      expect(csp).toContain("font-src 'self' data:")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    }
    expect((await get('/v1/events')).headers.get('Content-Security-Policy')).toBeNull()
  })

  it('serves the vendored Scalar bundle and its start script as static assets', async () => {
    const bundle = await get('/vendor/scalar/standalone.js')
    expect(bundle.status).toBe(200)
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000)
    const init = await (await get('/docs-init.js')).text()
    expect(init).toContain('withDefaultFonts: false')
    // The vendored bundle's font-service URLs were rewritten to local fonts at build time.
    expect(await (await get('/vendor/scalar/standalone.js')).text()).not.toContain('fonts.scalar.com/')
  })
})
