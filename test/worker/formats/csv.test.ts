// CSV exports read back with a real CSV parser (csv-parse) and compared with the JSON for the same filter.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { eventColumns } from '../../../schema/csv/events'
import { get, walk } from '../../api'

type Row = Record<string, string>

async function csv(path: string, dialect: 'rfc4180' | 'excel-nl' = 'rfc4180') {
  const res = await get(`${path}${path.includes('?') ? '&' : '?'}format=csv${dialect === 'excel-nl' ? '&dialect=excel-nl' : ''}`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: false }).decode(bytes)
  const rows: Row[] = parse(text, { columns: true, bom: true, delimiter: dialect === 'excel-nl' ? ';' : ',', record_delimiter: '\r\n' })
  return { res, bytes, text, rows }
}

const num = (s: string, dialect: 'rfc4180' | 'excel-nl') => (s === '' ? null : Number(dialect === 'excel-nl' ? s.replace(',', '.') : s))
const bool = (s: string, dialect: 'rfc4180' | 'excel-nl') => (s === '' ? null : s === (dialect === 'excel-nl' ? 'ja' : 'true'))
/** A local date as the dialect writes it: ISO, or day-month-year for Dutch Excel. */
const day = (iso: string, dialect: 'rfc4180' | 'excel-nl') => (dialect === 'excel-nl' ? iso.split('-').reverse().join('-') : iso)
const amsterdam = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant))

describe.each(['rfc4180', 'excel-nl'] as const)('CSV, %s dialect', (dialect) => {
  it('has every event matching the filter, in the same order, with the same values as the JSON', async () => {
    const filter = '/v1/events?partner=universiteit-leiden,naturalis&sort=-startsAt'
    const [{ rows }, { items }] = await Promise.all([csv(filter, dialect), walk(`${filter}&limit=100`)])
    expect(rows.map((r) => r.id)).toEqual(items.map((e) => e.id))
    expect(Object.keys(rows[0]!)).toEqual(eventColumns.map((c) => c.name))
    rows.forEach((r, i) => {
      const e = items[i]
      expect(r.title_nl).toBe(e.title.nl)
      expect(r.title_en).toBe(e.title.en ?? '')
      expect(r.starts_at_utc).toBe(e.startsAt)
      expect(r.ends_at_utc).toBe(e.endsAt ?? '')
      expect(Date.parse(r.starts_at!)).toBe(Date.parse(e.startsAt)) // local time with offset: the same instant
      expect(r.place_ids).toBe(e.places.map((p: any) => p.id).join(';'))
      expect(r.organiser_names).toBe(e.organisers.map((o: any) => o.name).join(';'))
      expect(bool(r.all_day!, dialect)).toBe(e.allDay)
      expect(bool(r.free!, dialect)).toBe(e.free)
      expect(num(r.price!, dialect)).toBe(e.price)
      expect(bool(r.demo!, dialect)).toBe(e.demo)
      expect(r.start_date).toBe(day(amsterdam(e.startsAt), dialect))
      expect(r.month).toBe(amsterdam(e.startsAt).slice(0, 7))
    })
  })

  it.each(['opgaven', 'partners', 'places', 'themes'])('exports every row of %s', async (dataset) => {
    const [{ rows }, { items }] = await Promise.all([csv(`/v1/${dataset}`, dialect), walk(`/v1/${dataset}?limit=100`)])
    expect(rows.map((r) => r.id)).toEqual(items.map((x) => x.id))
    const nameField = dataset === 'opgaven' ? 'title_nl' : dataset === 'themes' ? 'label_nl' : 'name'
    expect(rows.map((r) => r[nameField])).toEqual(items.map((x) => x.name ?? (x.title ?? x.label).nl))
    if (dataset === 'places') {
      const hortus = rows.find((r) => r.id === 'hortus-botanicus-leiden')!
      expect([num(hortus.latitude!, dialect), num(hortus.longitude!, dialect)]).toEqual([52.15611, 4.48417])
    }
  })

  it('sends download headers, a CSVW link and the dialect’s bytes', async () => {
    const { res, bytes, text } = await csv('/v1/events?demo=false', dialect)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present')
    const suffix = dialect === 'excel-nl' ? '-excel-nl' : ''
    expect(res.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="kennisstad-evenementen-\\d{4}-\\d{2}-\\d{2}${suffix}\\.csv"$`))
    const link = res.headers.get('Link')!
    expect(link).toBe(`<http://localhost/v1/csv-metadata/events${dialect === 'excel-nl' ? '?dialect=excel-nl' : ''}>; rel="describedby"; type="application/csvm+json"`)
    // The metadata it points at describes this file's own dialect.
    const meta = await (await get(link.slice('<http://localhost'.length, link.indexOf('>')))).json() as { dialect: { delimiter: string } }
    expect(meta.dialect.delimiter).toBe(dialect === 'excel-nl' ? ';' : ',')
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    expect(bom).toBe(dialect === 'excel-nl')
    const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!
    expect(header.split(dialect === 'excel-nl' ? ';' : ',')[0]).toBe('id')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/) // every line break outside quoted cells is CRLF
  })
})

describe('CSV export, all rows', () => {
  it('ignores limit and cursor: a CSV always has every matching row', async () => {
    const { rows } = await csv('/v1/events?limit=1')
    expect(rows.length).toBe((await walk('/v1/events?limit=100')).items.length)
  })

  it('keeps diacritics intact (UTF-8)', async () => {
    const { rows } = await csv('/v1/events?q=ESOF2022', 'excel-nl')
    expect(rows.find((r) => r.id === 'esof2022')!.title_nl).toBe('ESOF2022 – EuroScience Open Forum')
    const { rows: all } = await csv('/v1/events', 'excel-nl')
    expect(all.find((r) => r.id === 'museumnacht-leiden-2022')!.title_nl).toBe('Museumnacht Leiden 2022: Déjà Vu')
    expect(all.find((r) => r.id === 'eu-talenton-2022')!.summary_nl).toBe('104 deelnemers in 26 teams, 5 Mission Arenas, € 78.000 aan prijzen.')
  })

  it('answers 304 to a repeated download with the same ETag', async () => {
    const first = await get('/v1/themes?format=csv')
    const tag = first.headers.get('ETag')!
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/)
    await first.arrayBuffer()
    const again = await get('/v1/themes?format=csv', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    const excel = await get('/v1/themes?format=csv&dialect=excel-nl')
    expect(excel.headers.get('ETag')).not.toBe(tag)
  })
})
