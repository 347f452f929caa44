import { describe, expect, it } from 'vitest'
import { safeUrl } from './api'

describe('links', () => {
  it('only ever renders http(s) URLs', () => {
    expect(safeUrl('https://naturalis.nl/agenda')).toBe('https://naturalis.nl/agenda')
    expect(safeUrl('http://example.org/')).toBe('http://example.org/')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeUrl('//evil.example')).toBeUndefined()
    expect(safeUrl(null)).toBeUndefined()
  })
})
