// Export → import into an empty database → export again: the same data, drafts, deletions, audit and change log included.
import { applyD1Migrations, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1Client, exportDump, importDump } from '../../schema/backup'
import { call, eventBody, issueKey } from '../write-helpers'

describe('backup round trip', () => {
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
    expect(found.results).toEqual([{ id: 'test-backup-draft' }])
  })

  it('refuses to import into a database that already holds data, and refuses other files', async () => {
    const dump = await exportDump(d1Client(env.DB))
    await expect(importDump(d1Client(env.DB), dump)).rejects.toThrow(/not empty/)
    await expect(importDump(d1Client(env.DB), { ...dump, format: 'other' })).rejects.toThrow(/not a kennisstad-open-data-backup/)
  })
})
