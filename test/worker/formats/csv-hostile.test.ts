// Values a spreadsheet would misread or execute, and a 10,000-row export: both must come back intact.
import { env } from 'cloudflare:test'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventStatements } from '../../../schema/seed/sql'
import type { EventSeed } from '../../../schema/seed/types'
import { get } from '../../api'

const hostile: [id: string, title: string][] = [
  ['hostile-formula', '=HYPERLINK("http://evil.example","klik")'],
  ['hostile-plus', '+31 71 000 0000'],
  ['hostile-minus', '-2+3'],
  ['hostile-at', '@SUM(A1:A9)'],
  ['hostile-tab', '\tverborgen'],
  ['hostile-cr', '\rregel'],
  ['hostile-quotes', 'Hij zei "hallo", en; toen'],
  ['hostile-newline', 'regel één\nregel twee'],
  ['hostile-unicode', 'ĳsbaan 🦋 Ærø — ë'],
]
const fixture = (id: string, title: string, extra: Partial<EventSeed> = {}): EventSeed =>
  ({ id, title: { nl: title, en: null }, startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z', ...extra })

beforeAll(async () => {
  const seeds = [
    ...hostile.map(([id, title]) => fixture(id, title, { notes: { nl: title, en: null } })),
    fixture('hostile-negative-price', 'Teruggave', { price: -5.5, priceCurrency: 'EUR', free: false }),
    ...Array.from({ length: 10_000 }, (_, i) => fixture(`bulk-${String(i).padStart(5, '0')}`, `Bulk ${i}`, {
      startsAt: new Date(Date.UTC(2031, 0, 1) + i * 3600_000).toISOString().replace('.000', ''), endsAt: null,
    })),
  ]
  const statements = eventStatements(seeds)
  for (let i = 0; i < statements.length; i += 500) {
    await env.DB.batch(statements.slice(i, i + 500).map((s) => env.DB.prepare(s)))
  }
})

async function rows(query: string, dialect: 'rfc4180' | 'excel-nl') {
  const res = await get(`/v1/events?format=csv&dialect=${dialect}&${query}`)
  return parse(await res.text(), { columns: true, bom: true, delimiter: dialect === 'excel-nl' ? ';' : ',' }) as Record<string, string>[]
}

describe.each(['rfc4180', 'excel-nl'] as const)('hostile values, %s', (dialect) => {
  it('neutralises every cell a spreadsheet would run as a formula, and keeps the text', async () => {
    const byId = new Map((await rows('from=2030-01-01&to=2030-01-01', dialect)).map((r) => [r.id, r]))
    for (const [id, title] of hostile) {
      const expected = /^[=+\-@\t\r]/.test(title) ? `'${title}` : title
      expect(byId.get(id)!.title_nl, id).toBe(expected)
      expect(byId.get(id)!.notes_nl, id).toBe(expected)
    }
  })

  it('keeps a negative price a readable number', async () => {
    const row = (await rows('q=Teruggave', dialect))[0]!
    expect(row.price).toBe(dialect === 'excel-nl' ? '-5,5' : '-5.5')
  })
})

describe('large export', () => {
  it('streams a 10,000-row export completely, without duplicates, in order', async () => {
    const res = await get('/v1/events?format=csv&from=2031-01-01&demo=false')
    expect(res.status).toBe(200)
    const all = parse(await res.text(), { columns: true }) as Record<string, string>[]
    const bulk = all.filter((r) => r.id!.startsWith('bulk-'))
    expect(bulk).toHaveLength(10_000)
    expect(new Set(bulk.map((r) => r.id)).size).toBe(10_000)
    expect(bulk.map((r) => r.id)).toEqual([...bulk.map((r) => r.id)].sort())
    expect(bulk[9999]!.title_nl).toBe('Bulk 9999')
  }, 60_000)
})
