import type { Context } from 'hono'
import type { AppEnv } from '../base/env'

/**
 * The data version: the last position in the change log, which every write advances (triggers on every table). It
 * names the state a response shows: the edge-cache key and an export's ETag.
 *
 * Reading it is a D1 round trip, so an isolate holds the last version it read for a few seconds (`HOLD_MS`, or the
 * DATA_VERSION_HOLD_MS binding) and a cache hit needs no D1 read at all. The bound this gives, stated in the README:
 * a published change is visible to everyone within HOLD_MS (plus the edge cache's own 60 s for browsers and CDNs
 * that revalidate), and at once to the one who made it (its next reads carry `X-D1-Bookmark` or a key, and those
 * read the version afresh) and to every reader of the isolate that took the write. The held version comes with the
 * D1 bookmark of the read that saw it, and anonymous reads start their D1 session there (middleware/d1-session), so
 * whatever a request reads is at least as new as the version it is keyed by, even on a lagging read replica.
 */
export const HOLD_MS = 5000

type Held = { version: number; bookmark: string | null; at: number }
let held: Held | undefined
let refreshing: Promise<unknown> | undefined

const holdMs = (c: Context<AppEnv>) => Number(c.env?.DATA_VERSION_HOLD_MS ?? HOLD_MS)
const valid = (c: Context<AppEnv>) => (held && Date.now() - held.at < holdMs(c) ? held : undefined)

/** Reads that must see the newest state: a writer's own next reads (bookmark), and writes themselves. */
const bypasses = (c: Context<AppEnv>) => !!c.req.header('X-D1-Bookmark') || !['GET', 'HEAD'].includes(c.req.method)

/** The bookmark of the held version (for the D1 session of an anonymous read), when there is one. */
export const heldBookmark = (c: Context<AppEnv>): string | undefined => valid(c)?.bookmark ?? undefined

/** After a write in this isolate: the next reads here read the version afresh. */
export function forgetHeldVersion() {
  held = undefined
}

/** Exactly `select max(pk) from t`: SQLite answers it from the b-tree's last entry (a coalesce() around it would scan). */
function read(c: Context<AppEnv>): Promise<number> {
  const at = Date.now()
  return c.get('d1').prepare('select max(seq) as v from changes').first<{ v: number | null }>().then((row) => {
    const version = row?.v ?? 0
    const bookmark = c.get('d1Bookmark')?.() ?? null
    // Never back: a lagging replica's older answer does not replace a newer version already held.
    if (!held || version >= held.version) held = { version, bookmark, at }
    return version
  })
}

/** The data version for this request: the held one while it is fresh, else one read now (once per request). */
export function dataVersion(c: Context<AppEnv>): Promise<number> {
  let version = c.get('dataVersion')
  if (version) return version
  const current = bypasses(c) ? undefined : valid(c)
  if (current) {
    version = Promise.resolve(current.version)
    // Refresh ahead of expiry, off the request's path, so steady traffic never waits for it.
    if (Date.now() - current.at > holdMs(c) * 0.6 && !refreshing) {
      refreshing = read(c).catch(() => undefined).finally(() => { refreshing = undefined })
      try {
        c.executionCtx.waitUntil(refreshing)
      } catch {
        // No execution context (unit runs): the read simply completes on its own.
      }
    }
  } else {
    version = read(c)
  }
  c.set('dataVersion', version)
  return version
}
