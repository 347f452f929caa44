/**
 * `npm run db:seed:large -- --events 100000 [--persist-to DIR]`: fills a local D1 (migrated and seeded first if
 * empty) with SYNTHETIC events for scale tests and the benchmark. Every row is marked: ids `synthetic-…`, titles
 * "Synthetisch evenement …", demo = true, a note saying it is generated. Real partners, places and themes are used
 * as references. Deterministic (seeded PRNG), so two runs produce the same data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { themeRows } from '../schema/seed/opgaven'
import { partnerRows } from '../schema/seed/partners'
import { placeRows } from '../schema/seed/places'
import { bulkInsertStatements } from '../schema/seed/sql'
import * as t from '../schema/tables'
import { toRfc3339 } from '../core/time'
import { d1File, migrate, seed } from './db'

const root = join(import.meta.dirname, '..')

/** mulberry32: a tiny seeded PRNG, so the synthetic data is the same on every machine. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticEvents(count: number, offset = 0) {
  const rand = prng(20221111 + offset)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const words = ['lezing', 'workshop', 'rondleiding', 'festival', 'symposium', 'tentoonstelling', 'debat', 'excursie', 'concert', 'lab']
  const base = Date.UTC(2020, 0, 1)
  const span = Date.UTC(2031, 0, 1) - base
  const stamp = '2026-11-27T00:00:00Z'
  const events: (typeof t.events.$inferInsert)[] = []
  const organisers: (typeof t.eventOrganisers.$inferInsert)[] = []
  const places: (typeof t.eventPlaces.$inferInsert)[] = []
  const themes: (typeof t.eventThemes.$inferInsert)[] = []
  for (let i = 0; i < count; i++) {
    const n = offset + i + 1
    const id = `synthetic-${String(n).padStart(6, '0')}`
    const start = base + Math.floor((rand() * span) / 900000) * 900000
    const word = pick(words)
    events.push({
      id, kind: 'event', title: { nl: `Synthetisch evenement ${n}: ${word}`, en: `Synthetic event ${n}: ${word}` },
      summary: { nl: `Gegenereerde testdata (${word}).`, en: `Generated test data (${word}).` }, description: null,
      startsAt: toRfc3339(start), endsAt: toRfc3339(start + (1 + Math.floor(rand() * 4)) * 3600000), timeZone: 'Europe/Amsterdam',
      allDay: false, status: rand() < 0.03 ? 'cancelled' : 'scheduled', previousStartsAt: null, attendanceMode: 'offline',
      onlineUrl: null, minAge: null, maxAge: null, free: rand() < 0.5, price: null, priceCurrency: null, url: null,
      registrationUrl: null, registrationRequired: null, image: null, parentId: null, sourcePartnerId: null,
      sourceLicense: 'CC0-1.0', sourceUrl: null, demo: true, workflow: 'published', deletedAt: null,
      notes: { nl: 'Synthetische testdata voor schaaltests; geen echt evenement.', en: 'Synthetic test data for scale tests; not a real event.' },
      createdAt: stamp, updatedAt: stamp,
    })
    organisers.push({ eventId: id, partnerId: pick(partnerRows).id, role: 'organiser', position: 0 })
    places.push({ eventId: id, placeId: pick(placeRows).id, position: 0 })
    themes.push({ eventId: id, themeId: pick(themeRows).id })
  }
  return { events, organisers, places, themes }
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1]
if (isMain) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, 'persist-to': { type: 'string' } } })
  const total = Number(values.events)
  const where = ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])]
  migrate(where, true)
  seed(where)
  const dir = join(root, '.wrangler/tmp/synthetic')
  mkdirSync(dir, { recursive: true })
  const chunk = 10_000
  for (let offset = 0; offset < total; offset += chunk) {
    const part = syntheticEvents(Math.min(chunk, total - offset), offset)
    const file = join(dir, `synthetic-${offset}.sql`)
    writeFileSync(file, [
      ...bulkInsertStatements(t.events, part.events, 50), ...bulkInsertStatements(t.eventOrganisers, part.organisers),
      ...bulkInsertStatements(t.eventPlaces, part.places), ...bulkInsertStatements(t.eventThemes, part.themes),
    ].join('\n'))
    d1File(where, file)
    rmSync(file)
    console.log(`synthetic: ${Math.min(offset + chunk, total)} / ${total} events`)
  }
}
