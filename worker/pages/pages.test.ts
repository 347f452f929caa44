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
    // Two sentences about Kennisstad, a search box, what is coming up, then the three doors.
    expect(en).toContain('the city as a laboratory and as a stage')
    expect(en).toMatch(/<form action="\/search" method="get" role="search"/)
    expect(en).toContain('<h2 id="next">Coming up</h2>')
    for (const door of ['href="/data?lang=en"', 'href="/widgets?lang=en"', 'href="/docs?lang=en"']) expect(en).toContain(door)
    expect(await (await get('/', { 'Accept-Language': 'en-GB,en;q=0.9' })).text()).toContain('<html lang="en">')
  })

  it('serves /docs from our own assets only: no CDN, no font service, no inline script', async () => {
    const html = await (await get('/docs')).text()
    const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
    expect(sources).toEqual(['/vendor/scalar/standalone.js', '/docs-init.js'])
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/)
    expect(html).toContain('data-contract="/docs/openapi.json"')
    // The notice for readers without JavaScript is a <noscript>: it is gone as soon as scripts run.
    expect(html).toMatch(/<noscript>.*JavaScript.*<\/noscript>/s)
  })

  it('feeds /docs the contract with a real example body for every read and a composed one for every other JSON body', async () => {
    const contract = await (await get('/v1/openapi.json')).json() as any
    const documented = await (await get('/docs/openapi.json')).json() as any
    // Media type objects (those with a schema) lose their example bodies; everything else must be identical.
    const strip = (doc: any) => JSON.parse(JSON.stringify(doc, function (this: any, k, v) {
      return (k === 'example' || k === 'examples') && 'schema' in this ? undefined : v
    }))
    expect(strip(documented)).toEqual(strip(contract)) // the same contract, only with examples
    const missing: string[] = []
    for (const [path, item] of Object.entries<any>(documented.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        for (const [status, res] of Object.entries<any>(op.responses ?? {})) {
          for (const [type, media] of Object.entries<any>(res.content ?? {})) {
            if (!type.includes('json')) continue
            const body = media.examples ? Object.values<any>(media.examples)[0].value : media.example
            if (body === undefined || (typeof body === 'object' && body && Object.keys(body).length === 0)) missing.push(`${method} ${path} ${status} ${type}`)
          }
        }
      }
    }
    expect(missing).toEqual([])
    // A read's 200 example is a real response: the ESOF2022 record as the API returns it.
    const real = documented.paths['/events/{id}'].get.responses['200'].content['application/json'].examples.recorded.value
    expect(real.id).toBeTypeOf('string')
    expect(real.title).toBeTruthy()
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
