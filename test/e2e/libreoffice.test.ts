// The Dutch-Excel CSV opened as a journalist opens it: LibreOffice Calc with the Dutch import settings (separator ;,
// UTF-8, language Dutch). Dates must arrive as date cells, times as time cells and amounts as numbers, with no
// formula or "text to columns" needed.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'
const dir = mkdtempSync(join(tmpdir(), 'kennisstad-calc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Cell = { type: string; value: string; text: string }

/** The cells of the first sheet of a flat ODF spreadsheet, row by row (repeated cells expanded). */
function sheet(fods: string): Cell[][] {
  const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(fods)![1]!
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) => {
    const cells: Cell[] = []
    for (const [, attrs = '', body = ''] of row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? ''
      const repeat = Math.min(Number(attr('table:number-columns-repeated') || 1), 200)
      const text = body.replace(/<[^>]+>/g, '').trim().replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
      const type = attr('office:value-type')
      const value = attr(type === 'date' ? 'office:date-value' : type === 'time' ? 'office:time-value' : 'office:value')
      for (let i = 0; i < repeat; i++) cells.push({ type, value, text })
    }
    return cells
  })
}

describe('the Dutch-Excel CSV in LibreOffice Calc (Dutch import settings)', () => {
  it('arrives with real date, time and number cells, an inclusive end date for all-day events and ja/nee', async () => {
    if (!existsSync(SOFFICE)) throw new Error(`LibreOffice not found at ${SOFFICE}. Install it with: apt-get install -y libreoffice-calc-nogui (or set SOFFICE_PATH)`)
    const res = await fetch(`${inject('workerUrl')}/v1/events?format=csv&dialect=excel-nl`)
    expect(res.status).toBe(200)
    writeFileSync(join(dir, 'events.csv'), Buffer.from(await res.arrayBuffer()))
    // 59 = ';', 34 = '"', 76 = UTF-8, from line 1, language 1043 = Dutch (Netherlands): what Calc's import dialog sets.
    execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--infilter=CSV:59,34,76,1,,1043', '--convert-to', 'fods', '--outdir', dir, join(dir, 'events.csv')], { stdio: 'pipe', timeout: 300_000 })
    const [header, ...rows] = sheet(readFileSync(join(dir, 'events.fods'), 'utf8')).filter((r) => r.some((c) => c.text))
    const col = (name: string) => {
      const i = header!.findIndex((c) => c.text === name)
      expect(i, name).toBeGreaterThanOrEqual(0)
      return i
    }
    const [id, startDate, startTime, endDate, allDay, free, price] =
      ['id', 'start_date', 'start_time', 'end_date', 'all_day', 'free', 'price'].map(col) as number[]
    const api = await (await fetch(`${inject('workerUrl')}/v1/events?limit=100`)).json() as {
      data: { id: string; startsAt: string; endsAt: string | null; allDay: boolean; price: number | null }[]
    }
    expect(rows.length).toBe(api.data.length)
    // The local (Europe/Amsterdam) date and time of an instant, as the journalist's calendar shows it.
    const local = (instant: string) => {
      const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
      return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `PT${parts.hour}H${parts.minute}M00S` }
    }
    for (const row of rows) {
      const event = api.data.find((e) => e.id === row[id!]!.text)!
      expect(event, row[id!]!.text).toBeDefined()
      // A date cell holding the event's local start date.
      expect(row[startDate!]).toMatchObject({ type: 'date', value: local(event.startsAt).date })
      expect(row[endDate!]!.type).toBe(event.endsAt ? 'date' : '') // no end known: an empty cell
      if (event.allDay) expect(row[startTime!]!.text).toBe('')
      else expect(row[startTime!]).toMatchObject({ type: 'time', value: local(event.startsAt).time })
      expect(['ja', 'nee']).toContain(row[allDay!]!.text)
      expect(['ja', 'nee', '']).toContain(row[free!]!.text)
      if (event.price !== null) expect(row[price!]).toMatchObject({ type: 'float', value: String(event.price) })
    }
    // Misleiden ran to and including 12 June 2022: an all-day end date is the last day, not the day after.
    const misleiden = rows.find((r) => r[id!]!.text === 'misleiden')!
    expect(misleiden[endDate!]!.value).toBe('2022-06-12')
    expect(rows.some((r) => r[price!]!.type === 'float' && !Number.isInteger(Number(r[price!]!.value)))).toBe(true) // 17,5 → 17.5
  }, 360_000)
})
