/**
 * Audit rows: who (key, role, partner), what (entity, id, action), when, and only the fields that changed, before
 * and after. They are part of the same batch as the write, so a refused or failed write leaves no audit row.
 */
import * as t from '../../schema/tables'
import type { Db } from '../base/env'
import type { Principal } from '../base/keys'

type Fields = Record<string, unknown> | null

/** The fields whose values differ, as two objects (before, after); null on the side that does not exist. */
export function diff(before: Fields, after: Fields): { before: Fields; after: Fields } {
  if (!before || !after) return { before, after }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const changed = [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])),
  }
}

export function auditStatement(db: Db, who: Principal, entity: string, entityId: string, action: string, before: Fields, after: Fields) {
  const d = diff(before, after)
  return db.insert(t.auditLog).values({
    keyId: who.keyId, role: who.role, partnerId: who.partnerId, entity, entityId, action, before: d.before, after: d.after,
  })
}
