// Migrations that rebuild a table keep every row: a database seeded before the migration reads the same after it.
import { applyD1Migrations, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { eventSeeds } from '../../schema/seed/events'
import { seedStatements } from '../../schema/seed/sql'

const TABLES = ['events', 'event_places', 'event_organisers', 'event_opgaven', 'event_themes', 'event_audiences', 'event_languages',
  'partners', 'memberships', 'places', 'opgaven', 'opgave_themes', 'opgave_partners', 'themes', 'changes']

async function state(db: D1Database) {
  const parts = await db.batch([
    ...TABLES.map((name) => db.prepare(`select rowid as _rowid, * from ${name} order by rowid`)),
    db.prepare('select rowid, title_nl, title_en from events_fts order by rowid'),
  ])
  return parts.map((p) => p.results)
}

describe('migrations', () => {
  it('0005 (events rebuilt for a draft default) keeps every row, rowid, relation, search entry and change', async () => {
    const db = env.MIGRATION_DB
    await applyD1Migrations(db, env.TEST_MIGRATIONS.filter((m) => m.name < '0005'))
    // The seed as that schema could hold it: no occurrences (0007), no `verified` column (0009).
    const single = eventSeeds.filter((e) => !e.schedule && !e.openingHours).map((e) => ({ ...e, verified: undefined }))
    const statements = seedStatements('2026-11-28', single).filter((s) => !s.startsWith('INSERT INTO "event_occurrences"'))
    await db.batch(statements.map((s) => db.prepare(s)))
    const before = await state(db)
    expect(before[0]!.length).toBeGreaterThan(20)
    expect(before[1]!.length).toBeGreaterThan(20)
    await applyD1Migrations(db, env.TEST_MIGRATIONS.filter((m) => m.name < '0006'))
    expect(await state(db)).toEqual(before)
    await applyD1Migrations(db, env.TEST_MIGRATIONS)

    // The new default, and the triggers that were created again.
    await db.prepare(`insert into events (id, title, starts_at) values ('migration-probe', '{"nl":"Proef"}', '2027-01-01T10:00:00Z')`).run()
    const probe = await db.prepare(`select workflow from events where id = 'migration-probe'`).first<{ workflow: string }>()
    expect(probe!.workflow).toBe('draft')
    await db.prepare(`update events set title = '{"nl":"Nachtexcursie"}' where id = 'migration-probe'`).run()
    const found = await db.prepare(`select count(*) as n from events_fts where events_fts match '"nachtexcursie"*'`).first<{ n: number }>()
    expect(found!.n).toBe(1)
    const logged = await db.prepare(`select count(*) as n from changes where entity_id = 'migration-probe'`).first<{ n: number }>()
    expect(logged!.n).toBe(2)
  })

  it('0010 (provenance) says where each existing record came from: an audited create → the API and its key, else the seed', async () => {
    const db = env.BACKFILL_DB
    await applyD1Migrations(db, env.TEST_MIGRATIONS.filter((m) => m.name < '0010'))
    await db.batch(seedStatements('2026-11-28', eventSeeds).map((s) => db.prepare(s)))
    await db.batch([
      db.prepare(`insert into events (id, title, starts_at, workflow, created_at, updated_at) values ('naturalis-via-api', '{"nl":"Via de API"}', '2027-01-01T10:00:00Z', 'published', '2026-10-01T08:00:00Z', '2026-10-02T09:00:00Z')`),
      db.prepare(`insert into audit_log (key_id, role, partner_id, entity, entity_id, action) values ('key_abc123def456', 'partner', 'naturalis', 'event', 'naturalis-via-api', 'create')`),
    ])
    const changesBefore = (await db.prepare('select count(*) as n from changes').first<{ n: number }>())!.n
    await applyD1Migrations(db, env.TEST_MIGRATIONS)
    const row = (id: string) => db.prepare('select source_origin, source_key_id, retrieved_at, created_at from events where id = ?').bind(id).first()
    expect(await row('naturalis-via-api')).toEqual({ source_origin: 'api', source_key_id: 'key_abc123def456', retrieved_at: '2026-10-02T09:00:00Z', created_at: '2026-10-01T08:00:00Z' })
    const seeded = (await row('esof2022'))!
    expect(seeded).toMatchObject({ source_origin: 'seed', source_key_id: null })
    expect(seeded.retrieved_at).toBe(seeded.created_at)
    for (const table of ['partners', 'places', 'opgaven', 'themes']) {
      const open = await db.prepare(`select count(*) as n from ${table} where source_origin <> 'seed' or retrieved_at is null`).first<{ n: number }>()
      expect(open!.n, table).toBe(0)
    }
    // Each record's representation gained `provenance`: the change feed tells mirrors.
    const changesAfter = (await db.prepare('select count(*) as n from changes').first<{ n: number }>())!.n
    expect(changesAfter - changesBefore).toBeGreaterThan(100)
  })
})
