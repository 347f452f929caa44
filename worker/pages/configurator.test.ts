import { describe, expect, it } from 'vitest'
import { get } from '../../test/api'
import { widgetConfig } from './configurator'

const snippetOf = (html: string) =>
  /<code id="snippet">([\s\S]*?)<\/code>/.exec(html)![1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')

describe('/widgets configurator', () => {
  it('renders a snippet for the chosen element, filters, language, layout and accent', async () => {
    const html = await (await get('/widgets?element=events&partner=naturalis&theme=cultureel-erfgoed&limit=8&widgetLang=en&layout=cards&accent=%23006400')).text()
    expect(snippetOf(html)).toBe(`<script type="module" src="http://localhost/widgets/v1/kennisstad.js"></script>
<kennisstad-events partner="naturalis" theme="cultureel-erfgoed" limit="8" lang="en" layout="cards" style="--kennisstad-accent: #006400">
  <a href="http://localhost/partners/naturalis">See the Kennisstad Leiden listings</a>
</kennisstad-events>`)
    expect(html).toContain('<div class="preview" id="preview"><kennisstad-events partner="naturalis"')
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
    expect(cfg.accent).toBe('#9c1c1c')
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
