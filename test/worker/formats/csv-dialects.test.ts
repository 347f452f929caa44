// What each CSV dialect writes: ISO values for programs, and for Dutch Excel dates, times, decimals and yes/no that a
// Dutch spreadsheet reads as such; file names that say what the selection is; metadata that matches the file.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { eventColumns } from '../../../schema/csv/events'
import { get, getJson } from '../../api'

type Row = Record<string, string>
async function rows(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers)
  const text = await res.text()
  const delimiter = path.includes('dialect=excel-nl') ? ';' : ','
  return { res, rows: parse(text, { columns: true, bom: true, delimiter, record_delimiter: '\r\n' }) as Row[] }
}
const fileName = (res: Response) => /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1]

describe('local dates and times', () => {
  it('Dutch Excel: day-month-year, an inclusive last day for all-day events, no times for whole days, a month, ja/nee', async () => {
    const { rows: all } = await rows('/v1/events?format=csv&dialect=excel-nl&demo=false')
    const misleiden = all.find((r) => r.id === 'misleiden')!
    expect([misleiden.start_date, misleiden.start_time, misleiden.end_date, misleiden.end_time, misleiden.month])
      .toEqual(['17-12-2021', '', '12-06-2022', '', '2021-12'])
    expect(misleiden.all_day).toBe('ja')
    const night = all.find((r) => r.id === 'nacht-van-ontdekkingen-2022')!
    expect([night.start_date, night.start_time, night.end_date, night.end_time]).toEqual(['17-09-2022', '19:00', '18-09-2022', '00:00'])
    expect([night.all_day, night.free, night.verified]).toEqual(['nee', 'nee', 'ja'])
  })

  it('RFC 4180 keeps ISO values: 2022-06-12, true/false, a point for decimals', async () => {
    const { rows: all } = await rows('/v1/events?format=csv')
    const misleiden = all.find((r) => r.id === 'misleiden')!
    expect([misleiden.start_date, misleiden.end_date, misleiden.all_day]).toEqual(['2021-12-17', '2022-06-12', 'true'])
    const paid = all.find((r) => r.id === 'demo-tentoonstelling-erfgoed')!
    expect([paid.price, paid.free]).toEqual(['17.5', 'false'])
    const { rows: dutch } = await rows('/v1/events?format=csv&dialect=excel-nl')
    expect(dutch.find((r) => r.id === 'demo-tentoonstelling-erfgoed')!.price).toBe('17,5')
  })

  it('occurrences carry the same local columns', async () => {
    const { rows: dates } = await rows('/v1/occurrences?format=csv&dialect=excel-nl&event=misleiden')
    expect(dates.map((r) => [r.start_date, r.end_date, r.month])).toEqual([['17-12-2021', '12-06-2022', '2021-12']])
  })
})

describe('file names describe the selection', () => {
  it.each([
    ['/v1/events?format=csv&dialect=excel-nl&place=naturalis&from=2022-01-01&to=2022-12-31', 'kennisstad-evenementen-naturalis-2022-excel-nl.csv'],
    ['/v1/events?format=csv&partner=naturalis,lumc&from=2022-07-01&to=2022-07-31', 'kennisstad-evenementen-naturalis-lumc-2022-07.csv'],
    ['/v1/events?format=csv&audience=children&free=true&from=2022-07-13&to=2022-07-16', 'kennisstad-evenementen-kinderen-gratis-2022-07-13-tot-2022-07-16.csv'],
    ['/v1/events?format=csv&from=2022-09-01', 'kennisstad-evenementen-vanaf-2022-09-01.csv'],
    ['/v1/partners/naturalis/events?format=csv&dialect=excel-nl', 'kennisstad-evenementen-naturalis-excel-nl.csv'],
    ['/v1/events?format=ics&theme=cultureel-erfgoed', 'kennisstad-evenementen-cultureel-erfgoed.ics'],
    ['/v1/places?format=csv', /^kennisstad-plekken-\d{4}-\d{2}-\d{2}\.csv$/],
  ])('%s → %s', async (path, expected) => {
    const res = await get(path)
    await res.arrayBuffer()
    expect(res.status).toBe(200)
    expect(fileName(res)).toMatch(typeof expected === 'string' ? new RegExp(`^${expected.replaceAll('.', '\\.')}$`) : expected)
  })

  it('names the file in the reader’s language, and the Dutch-Excel file always in Dutch', async () => {
    const en = { 'Accept-Language': 'en-GB,en;q=0.9' }
    const plain = await get('/v1/events?format=csv&place=naturalis&from=2022-01-01&to=2022-12-31', en)
    await plain.arrayBuffer()
    expect(fileName(plain)).toBe('kennisstad-events-naturalis-2022.csv')
    const dutch = await get('/v1/events?format=csv&dialect=excel-nl&place=naturalis&from=2022-01-01&to=2022-12-31', en)
    await dutch.arrayBuffer()
    expect(fileName(dutch)).toBe('kennisstad-evenementen-naturalis-2022-excel-nl.csv')
  })
})

describe('CSVW metadata per dialect', () => {
  it('describes the Dutch file’s own dates, booleans and decimals, with examples written the same way', async () => {
    const { body } = await getJson('/v1/csv-metadata/events?dialect=excel-nl')
    const column = (name: string) => body.tableSchema.columns.find((c: any) => c.name === name)
    expect(body.dialect.delimiter).toBe(';')
    expect(column('start_date').datatype).toEqual({ base: 'date', format: 'dd-MM-yyyy' })
    expect(column('start_date')['skos:example']).toBe('17-09-2022')
    expect(column('start_time').datatype).toEqual({ base: 'time', format: 'HH:mm' })
    expect(column('free').datatype).toEqual({ base: 'boolean', format: 'ja|nee' })
    expect(column('free')['skos:example']).toBe('nee')
    expect(column('price')['skos:example']).toBe('17,5')
    const { body: iso } = await getJson('/v1/csv-metadata/events')
    expect(iso.tableSchema.columns.find((c: any) => c.name === 'start_date')).toMatchObject({ datatype: 'date', 'skos:example': '2022-09-17' })
    expect(iso.tableSchema.columns.find((c: any) => c.name === 'price')['skos:example']).toBe('17.5')
  })

  it('lists every allowed value of a coded column, with its Dutch and English name', async () => {
    const { body } = await getJson('/v1/csv-metadata/events')
    const status = body.tableSchema.columns.find((c: any) => c.name === 'status')
    expect(status['skos:member'].map((m: any) => m['skos:notation'])).toEqual(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'movedOnline'])
    expect(status['skos:member'][1]['skos:prefLabel']).toEqual([{ '@value': 'Geannuleerd', '@language': 'nl' }, { '@value': 'Cancelled', '@language': 'en' }])
    // Every coded column of events names its values; no column is coded without them.
    for (const c of eventColumns.filter((x) => x.codes)) expect(c.codes!.values.length, c.name).toBeGreaterThan(1)
  })
})
