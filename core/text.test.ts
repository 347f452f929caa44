import { describe, expect, it } from 'vitest'
import { htmlToText, plain } from './text'

describe('htmlToText: the HTML of feed descriptions as plain text', () => {
  it('keeps paragraphs, line breaks and list items apart, and decodes every entity', () => {
    expect(htmlToText('<p>Eén &amp; twee</p><p>drie<br>vier</p><ul><li>vijf</li><li>zes&nbsp;&euro;&#8364;&#x20AC;</li></ul>'))
      .toBe('Eén & twee\n\ndrie\nvier\n\n• vijf\n• zes\u00a0€€€')
  })
  it('drops scripts and styles with their content, and markup that was escaped', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script>Tekst &lt;script&gt;alert(2)&lt;/script&gt; &lt;b&gt;vet&lt;/b&gt;')).toBe('Tekst alert(2) vet')
    const text = htmlToText('&lt;&lt;b&gt;script&gt;x')
    expect(plain(text)).toBe(text)
  })
})
