import type { Context } from 'hono'
import type { AppEnv } from '../base/env'

/**
 * The data version: the last position in the change log, which every write advances (triggers on every table).
 * One primary-key lookup, read once per request: the edge-cache key and an export's ETag then name the same state.
 */
export function dataVersion(c: Context<AppEnv>): Promise<number> {
  let version = c.get('dataVersion')
  if (!version) {
    // Exactly `select max(pk) from t`: SQLite answers it from the b-tree's last entry (a coalesce() around it would scan).
    version = c.get('d1').prepare('select max(seq) as v from changes').first<{ v: number | null }>().then((row) => row?.v ?? 0)
    c.set('dataVersion', version)
  }
  return version
}
