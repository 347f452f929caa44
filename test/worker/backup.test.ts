// Export → import into an empty database → export again: the same data, drafts, deletions, audit and change log included.
import { applyD1Migrations, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BACKED_UP, d1Client, exportDump, importDump } from '../../schema/backup'
import { call, eventBody, issueKey } from '../write-helpers'

describe('backup round trip', () => {
  it('restores all or nothing: one bad row in the last table leaves the target exactly as it was, and is named', async () => {
    // First in this file: RESTORE_DB is still empty.
    await applyD1Migrations(env.RESTORE_DB, env.TEST_MIGRATIONS)
    const db = d1Client(env.RESTORE_DB)
    const empty = await exportDump(db, new Date(0))
    const dump = await exportDump(d1Client(env.DB))
    const bad = structuredClone(dump)
    bad.tables.changes!.at(-1)!.entity = 'nonsense'
    await expect(importDump(db, bad)).rejects.toThrow(`table changes, row ${bad.tables.changes!.length}: column "entity" must be one of`)
    expect(await exportDump(db, new Date(0))).toEqual(empty)

    // A reference the file does not hold, deep in a join table.
    const dangling = structuredClone(dump)
    dangling.tables.event_places!.at(-1)!.place_id = 'atlantis'
    await expect(importDump(db, dangling)).rejects.toThrow(/table event_places, row \d+: column "place_id" refers to places "atlantis"/)
    expect(await exportDump(db, new Date(0))).toEqual(empty)

    // A row the database itself refuses halfway (validation cannot see it): everything written so far is removed.
    let calls = 0
    const failing = { ...db, exec: async (statements: string[]) => {
      if (++calls === 12) throw new Error('D1_ERROR: injected failure')
      return db.exec(statements)
    } }
    await expect(importDump(failing, dump)).rejects.toThrow(/the database refused them/)
    expect(await exportDump(db, new Date(0))).toEqual(empty)
  })

  it('restores every table exactly, and search works on the restored copy', async () => {
    // State beyond the seed: a draft, a deleted event, a changed partner, audit rows, an idempotency record.
    const admin = await issueKey('admin')
    const partner = await issueKey('partner', 'naturalis')
    await call('POST', '/v1/events', partner, eventBody('backup-draft', 'naturalis', { title: { nl: 'Verborgen concept' } }), { 'Idempotency-Key': 'b-1' })
    await call('DELETE', '/v1/events/radio-weetlust', admin)
    await call('PATCH', '/v1/partners/bplusc', admin, { name: 'BplusC bibliotheek' })

    const original = await exportDump(d1Client(env.DB))
    expect(original.tables.events!.length).toBeGreaterThan(30)
    expect(original.tables.audit_log!.length).toBe(3)
    expect(original.tables.events!.find((e) => e.id === 'radio-weetlust')!.deleted_at).not.toBeNull()

    await applyD1Migrations(env.RESTORE_DB, env.TEST_MIGRATIONS)
    const counts = await importDump(d1Client(env.RESTORE_DB), JSON.parse(JSON.stringify(original)))
    expect(counts.events).toBe(original.tables.events!.length)
    const restored = await exportDump(d1Client(env.RESTORE_DB), new Date(original.exportedAt))
    expect(restored).toEqual(original)

    // Derived data is rebuilt: the restored copy's search index finds the draft's title.
    const found = await env.RESTORE_DB.prepare(`select e.id from events_fts f join events e on e.rowid = f.rowid where events_fts match '"verborgen"*'`).all()
    expect(found.results).toEqual([{ id: 'naturalis-test-backup-draft' }])
    // …and so are the access paths, row for row.
    const access = 'select key, event_id, starts_at, ends_until from event_access order by key, event_id'
    const [before, after] = [(await env.DB.prepare(access).all()).results, (await env.RESTORE_DB.prepare(access).all()).results]
    expect(after.length).toBeGreaterThan(0)
    expect(after).toEqual(before)
  })

  it('holds every table the database has, but the search indexes, the access paths (both derived) and the write guard (which never holds a row)', async () => {
    const { results } = await env.DB.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
      and name not like '_cf_%' and name <> 'd1_migrations' and name not like '%_fts%' and name <> 'write_guards' and name <> 'event_access'`).all<{ name: string }>()
    expect([...BACKED_UP].sort()).toEqual(results.map((r) => r.name).sort())
    // Referenced tables come before the tables that refer to them; the change log last.
    expect(BACKED_UP.indexOf('events')).toBeLessThan(BACKED_UP.indexOf('event_occurrences'))
    expect(BACKED_UP.indexOf('feeds')).toBeLessThan(BACKED_UP.indexOf('feed_items'))
    expect(BACKED_UP.at(-1)).toBe('changes')
  })

  it('refuses to import into a database that already holds data, and refuses other files', async () => {
    const dump = await exportDump(d1Client(env.DB))
    await expect(importDump(d1Client(env.DB), dump)).rejects.toThrow(/not empty/)
    await expect(importDump(d1Client(env.DB), { ...dump, format: 'other' })).rejects.toThrow(/not a kennisstad-open-data-backup/)
  })
})
