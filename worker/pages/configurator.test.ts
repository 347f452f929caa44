import { describe, expect, it } from 'vitest'
import { get } from '../../test/api'
import { LAYOUT_LABELS, THEME } from '../../core/widget-theme'
import { widgetConfig } from './configurator'

const snippetOf = (html: string) =>
  /<code id="snippet">([\s\S]*?)<\/code>/.exec(html)![1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')

describe('/widgets configurator', () => {
  it('renders a snippet for the chosen element, filters, language, layout and style; demo events left out by default', async () => {
    const html = await (await get('/widgets?element=events&partner=naturalis&theme=cultureel-erfgoed&limit=8&widgetLang=en&layout=cards&css-accent=%23006400&css-radius=0')).text()
    expect(snippetOf(html)).toBe(`<script type="module" src="http://localhost/widgets/v1/kennisstad.js"></script>
<kennisstad-events partner="naturalis" theme="cultureel-erfgoed" demo="false" limit="8" lang="en" layout="cards" style="--kennisstad-accent: #006400; --kennisstad-radius: 0">
  <a href="http://localhost/partners/naturalis">See the Kennisstad Leiden listings</a>
</kennisstad-events>`)
    expect(html).toContain('<div class="preview" id="preview"><kennisstad-events partner="naturalis"')
    expect(html).toContain('<div class="preview" id="preview-dark"><kennisstad-events partner="naturalis"')
    expect(html).toContain('<option value="naturalis" selected>Naturalis Biodiversity Center</option>')
    // Every filter of the events table is offered, including those the old hand-written list left out.
    for (const name of ['from', 'to', 'partner', 'place', 'theme', 'opgave', 'audience', 'language', 'free', 'status', 'kind', 'demo', 'q']) {
      expect(html).toContain(`id="w-events-${name}"`)
    }
  })

  it('keeps only the filters of the chosen element and only well-formed values', () => {
    const cfg = widgetConfig({ element: 'partners', partner: 'naturalis', kind: 'museum', q: '"><script>alert(1)</script>', accent: 'red', limit: '999' })
    expect(cfg.tag).toBe('kennisstad-partners')
    // A text search may hold any character: it is kept, and escaped in the markup (next test).
    expect(cfg.attrs).toEqual([['kind', 'museum'], ['q', '"><script>alert(1)</script>'], ['limit', '5'], ['layout', 'list']])
    expect(cfg.style).toEqual([])
  })

  it('offers every layout and theming property with its default, in the page language', async () => {
    const html = await (await get('/widgets?lang=en')).text()
    for (const [layout, [, en]] of Object.entries(LAYOUT_LABELS)) expect(html).toMatch(new RegExp(`<option value="${layout}"( selected)?>${en}</option>`))
    for (const [name, p] of Object.entries(THEME)) {
      expect(html).toContain(`name="css-${name}"`)
      expect(html).toContain(`--kennisstad-${name} · default: ${p.light.replaceAll("'", '&#39;')}`)
    }
    expect(html).toContain('Custom HTML')
  })

  it('puts only changed, well-formed style values into the snippet', () => {
    const style = (query: Record<string, string>) => widgetConfig({ element: 'opgaven', ...query }).style
    expect(style({ 'css-accent': '#9C1C1C', 'css-spacing': '0.75rem' })).toEqual([]) // the defaults
    expect(style({ 'css-fg': '#003366', 'css-font-size': '1.125rem', 'css-bg': 'transparent', 'css-font': "Georgia, 'Times New Roman', serif" }))
      .toEqual([['fg', '#003366'], ['font', "Georgia, 'Times New Roman', serif"], ['font-size', '1.125rem']])
    expect(style({ 'css-font-size': 'expression(alert(1))', 'css-fg': 'red;background:url(x)', 'css-font': 'x;}</style>' })).toEqual([])
  })

  it('leaves demo events out until the form says otherwise', () => {
    const demo = (query: Record<string, string>) => widgetConfig({ element: 'events', ...query }).attrs.find(([k]) => k === 'demo')?.[1]
    expect(demo({})).toBe('false')
    expect(demo({ demo: '' })).toBeUndefined() // "— all —"
    expect(demo({ demo: 'true' })).toBe('true')
  })

  it('makes an events listing live when asked, as a bare boolean attribute; other elements have no such option', async () => {
    const html = await (await get('/widgets?element=events&partner=naturalis&live=1')).text()
    expect(snippetOf(html)).toContain('<kennisstad-events partner="naturalis" demo="false" limit="5" layout="list" live>')
    expect(html).toMatch(/<input type="checkbox" id="w-live" name="live" value="1" checked/)
    expect(snippetOf(await (await get('/widgets?element=events')).text())).not.toContain(' live')
    expect(widgetConfig({ element: 'opgaven', live: '1' }).attrs.some(([k]) => k === 'live')).toBe(false)
    expect(widgetConfig({ element: 'events', live: 'yes' }).attrs.some(([k]) => k === 'live')).toBe(false)
  })

  it('never lets a value break out of the markup', async () => {
    const html = await (await get('/widgets?element=events&q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&partner=%3Cimg%3E')).text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img>')
    expect(snippetOf(html)).toContain('q="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('answers the page script with just the preview and snippet', async () => {
    const html = await (await get('/widgets?element=opgaven&theme=internationalisering&partial=1')).text()
    expect(html.startsWith('<h2 id="preview-title">')).toBe(true)
    expect(html).toContain('&lt;kennisstad-opgaven theme=&quot;internationalisering&quot; limit=&quot;5&quot; layout=&quot;list&quot;')
    expect(html).not.toContain('<html')
  })
})
