import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventStatements } from '../../../schema/seed/sql'
import { getJson, walk } from '../../../test/api'

/** Every event, unfiltered: the oracle each filter is checked against. */
let everything: any[]
const ids = async (query: string) => (await walk(`/v1/events?limit=100&${query}`)).items.map((e) => e.id).sort()
const expected = (keep: (e: any) => boolean) => everything.filter(keep).map((e) => e.id).sort()

beforeAll(async () => {
  // Two fixture events around the end of summer time (Sunday 30 October 2022, 03:00 CEST → 02:00 CET).
  await env.DB.batch(eventStatements([
    { id: 'fixture-night-before-dst-end', title: { nl: 'Nacht voor de wintertijd' }, startsAt: '2022-10-29T22:30:00Z',
      endsAt: '2022-10-29T23:30:00Z', places: ['pieterskerk'], organisers: [{ id: 'gemeente-leiden', role: 'organiser' }] },
    { id: 'fixture-late-on-dst-day', title: { nl: 'Laat op de dag van de wintertijd' }, startsAt: '2022-10-30T22:30:00Z',
      endsAt: '2022-10-30T22:45:00Z' },
  ]).map((s) => env.DB.prepare(s)))
  everything = (await walk('/v1/events?limit=100')).items
})

describe('event filters (each compared with the unfiltered list)', () => {
  it.each([
    ['partner=naturalis', (e: any) => e.organisers.some((o: any) => o.id === 'naturalis')],
    ['partner=naturalis,lumc', (e: any) => e.organisers.some((o: any) => ['naturalis', 'lumc'].includes(o.id))],
    ['opgave=kennis-cultuur-erfgoed', (e: any) => e.opgaven.some((o: any) => o.id === 'kennis-cultuur-erfgoed')],
    ['theme=cultureel-erfgoed', (e: any) => e.themes.some((t: any) => t.id === 'cultureel-erfgoed')],
    ['theme=space-for-science,celebrate', (e: any) => e.themes.some((t: any) => ['space-for-science', 'celebrate'].includes(t.id))],
    ['place=pieterskerk', (e: any) => e.places.some((p: any) => p.id === 'pieterskerk')],
    ['audience=children', (e: any) => e.audiences.includes('children')],
    ['audience=children,students', (e: any) => e.audiences.includes('children') || e.audiences.includes('students')],
    ['language=en', (e: any) => e.languages.includes('en')],
    ['free=true', (e: any) => e.free === true],
    ['free=false', (e: any) => e.free === false],
    ['registration=true', (e: any) => e.registrationRequired === true],
    ['registration=false', (e: any) => e.registrationRequired === false],
    ['status=cancelled,postponed', (e: any) => ['cancelled', 'postponed'].includes(e.status)],
    ['status=rescheduled', (e: any) => e.status === 'rescheduled'],
    ['attendanceMode=online', (e: any) => e.attendanceMode === 'online'],
    ['attendanceMode=mixed,online', (e: any) => ['mixed', 'online'].includes(e.attendanceMode)],
    ['kind=exhibition', (e: any) => e.kind === 'exhibition'],
    ['demo=false', (e: any) => !e.demo],
    ['demo=true', (e: any) => e.demo],
    ['partner=universiteit-leiden&demo=false&audience=general',
      (e: any) => e.organisers.some((o: any) => o.id === 'universiteit-leiden') && !e.demo && e.audiences.includes('general')],
  ])('%s', async (query, keep) => {
    const want = expected(keep)
    expect(want.length).toBeGreaterThan(0)
    expect(await ids(query)).toEqual(want)
  })

  it('place also matches events in the places inside it (Lorentzzaal ⊂ Kamerlingh Onnes Gebouw)', async () => {
    expect(await ids('place=kamerlingh-onnes-gebouw')).toEqual(
      expected((e) => e.places.some((p: any) => ['kamerlingh-onnes-gebouw', 'lorentzzaal'].includes(p.id))))
    expect(await ids('place=kamerlingh-onnes-gebouw')).toContain('demo-lorentz-colloquium')
  })
})

describe('time window (from/to) uses overlap', () => {
  it('includes an exhibition running through the window, excludes what ended before it', async () => {
    const found = await ids('from=2022-03-01&to=2022-03-31')
    expect(found).toEqual(['misleiden', 'radio-weetlust'])
  })

  it('to=<date> includes that whole local day; from=<date> starts at local midnight', async () => {
    expect(await ids('from=2022-07-13&to=2022-07-13')).toEqual(['esof2022', 'radio-weetlust'])
    // ESOF ends at local midnight after 16 July: it does not overlap 17 July.
    expect(await ids('from=2022-07-17&to=2022-07-17')).toEqual(['european-science-in-the-city-festival', 'radio-weetlust'])
  })

  it('matches a point-in-time event (no end) exactly at from, not after it', async () => {
    // EU TalentOn participants announced: 16 July 2022 12:45 CEST, no end time.
    expect(await ids('from=2022-07-16T12:45:00%2B02:00&to=2022-07-16T12:46:00%2B02:00')).toEqual(
      ['esof2022', 'esof2022-expositievloer-2022-07-16', 'eu-talenton-deelnemers-bekend', 'european-science-in-the-city-festival', 'radio-weetlust'])
    expect(await ids('from=2022-07-16T10:46:00Z&to=2022-07-16T10:47:00Z')).not.toContain('eu-talenton-deelnemers-bekend')
  })

  it('counts the 25-hour local day of the DST change correctly', async () => {
    // 30 Oct 2022 local runs from 2022-10-29T22:00Z (CEST) to 2022-10-30T23:00Z (CET): both fixtures fall inside.
    const day = await ids('from=2022-10-30&to=2022-10-30&partner=gemeente-leiden')
    expect(day).toEqual(['fixture-night-before-dst-end'])
    const all = await ids('from=2022-10-30&to=2022-10-30')
    expect(all).toContain('fixture-night-before-dst-end')
    expect(all).toContain('fixture-late-on-dst-day')
    // …and neither belongs to the day before or after.
    expect(await ids('from=2022-10-29&to=2022-10-29')).not.toContain('fixture-night-before-dst-end')
    expect(await ids('from=2022-10-31&to=2022-10-31')).not.toContain('fixture-late-on-dst-day')
  })

  it('rejects an empty window', async () => {
    const res = await walk('/v1/events?from=2022-07-16&to=2022-07-13').catch((e: Error) => e.message)
    expect(String(res)).toMatch(/answered 400/)
  })
})

describe('text search (q)', () => {
  it('searches titles and summaries in both languages, case-insensitively', async () => {
    expect(await ids('q=night%20of%20DISCOVERIES')).toEqual(['nacht-van-ontdekkingen-2022'])
    expect(await ids('q=nacht%20van%20ontdekkingen')).toEqual(['nacht-van-ontdekkingen-2022'])
    expect(await ids('q=Beestenmarkt')).toEqual(['museumnacht-leiden-2022'])
  })

  it('folds diacritics and matches word prefixes, in both languages', async () => {
    expect(await ids('q=deja%20vu')).toEqual(['museumnacht-leiden-2022'])
    expect(await ids('q=ontdek')).toEqual(['nacht-van-ontdekkingen-2022'])
    expect(await ids('q=discover')).toEqual(['nacht-van-ontdekkingen-2022'])
    expect(await ids('q=EUCYS%20prijs')).toEqual(['eucys-2022-prijsuitreiking'])
  })

  it('treats search syntax, wildcards and SQL as plain words', async () => {
    expect(await ids('q=%25')).toEqual([]) // no words: matches nothing, never everything
    expect(await ids('q=_')).toEqual([])
    // The words "or", "1", "1" (prefixes: "Organised… 14th"), never every row.
    const injected = await ids(`q=${encodeURIComponent("' OR 1=1 --")}`)
    expect(injected).toEqual(await ids('q=or%201%201'))
    expect(injected.length).toBeLessThan(everything.length / 4)
    expect(await ids(`q=${encodeURIComponent('ESOF2022 OR NOT x')}`)).toEqual([]) // "or", "not" are words, not operators
    expect(await ids(`q=${encodeURIComponent('"ESOF2022*')}`)).toContain('esof2022')
    expect(await ids(`q=${encodeURIComponent('ë 🦋 ĳ')}`)).toEqual([])
  })
})

describe('facets', () => {
  it('counts all matching events per theme, partner and Amsterdam month, not just the page', async () => {
    const { body } = await getJson('/v1/events?from=2022-07-01&to=2022-09-30&demo=false&limit=1&facets=theme,partner,month')
    // A series matches by its occurrences: the only 2022 series (Radio Weetlust) is on every day of the year.
    const matching = expected((e) => !e.demo && e.startsAt < '2022-09-30T22:00:00Z' && (e.schedule !== null || (e.endsAt ?? e.startsAt) > '2022-06-30T22:00:00Z'))
    expect(body.data).toHaveLength(1)
    expect(body.meta.facets.month.reduce((n: number, m: any) => n + m.count, 0)).toBe(matching.length)
    expect(body.meta.facets.month.map((m: any) => m.month)).toEqual(['2022-01', '2022-07', '2022-09'])
    const l2022 = body.meta.facets.partner.find((p: any) => p.id === 'stichting-leiden2022')
    expect(l2022.count).toBe(everything.filter((e) => matching.includes(e.id) && e.organisers.some((o: any) => o.id === 'stichting-leiden2022')).length)
    expect(body.meta.facets.theme.find((t: any) => t.id === 'space-for-science')).toEqual({
      id: 'space-for-science', label: { nl: 'Wetenschap en de ruimte (het heelal)', en: 'Space for Science' },
      count: everything.filter((e) => matching.includes(e.id) && e.themes.some((t: any) => t.id === 'space-for-science')).length,
    })
  })

  it('uses the local month: an all-day event from 1 January starts in January, not at 23:00 UTC on 31 December', async () => {
    const { body } = await getJson('/v1/events?q=Radio%20Weetlust&facets=month')
    expect(body.meta.facets.month).toEqual([{ month: '2022-01', count: 1 }])
  })
})

describe('updatedSince', () => {
  it('returns only events changed at or after the instant', async () => {
    const all = await ids('updatedSince=2000-01-01T00:00:00Z')
    expect(all.length).toBe(everything.length)
    expect(await ids('updatedSince=2199-01-01T00:00:00%2B01:00')).toEqual([])
  })
})
