import { drizzle } from 'drizzle-orm/d1'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../base/env'
import { faultPlan, guardedD1, roundTrips } from '../../base/d1-deadline'
import { forgetHeldVersion, heldBookmark } from '../../data/data-version'

const BOOKMARK = /^[A-Za-z0-9-]{1,200}$/

/**
 * D1 Sessions API: reads may be served by the nearest read replica ('first-unconstrained'); writes go to the
 * primary. Every response carries `X-D1-Bookmark`; a client that sends it back reads its own writes, whichever
 * replica answers. (Without replication configured, D1 simply uses the primary.) Every query has a deadline
 * (D1_TIMEOUT_MS, default 10 s; see lib/faulty-d1.ts).
 */
export const d1Session = (): MiddlewareHandler<AppEnv> =>
  async function d1Session(c, next) {
    const asked = c.req.header('X-D1-Bookmark')
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)
    // An anonymous read starts where the held data version was read, so it never sees less than the version it is
    // cached under (data/data-version.ts); a client's own bookmark, a write, or nothing held start as before.
    const start = asked && BOOKMARK.test(asked) ? asked : write ? 'first-primary' : (heldBookmark(c) ?? 'first-unconstrained')
    const session = c.env.DB.withSession?.(start)
    // A session has the same prepare/batch surface drizzle uses; its types just do not list it.
    const plan = c.env.FAULT_INJECTION === 'on' ? faultPlan(c.req.header('X-Fault-Inject')) : {}
    const d1 = guardedD1((session ?? c.env.DB) as unknown as D1Database, Number(c.env.D1_TIMEOUT_MS ?? 10_000), plan)
    c.set('d1', d1)
    c.set('db', drizzle(d1))
    c.set('d1Bookmark', () => session?.getBookmark() ?? null)
    await next()
    // A write landed here: this isolate's readers see it at once (others within the hold; data/data-version.ts).
    if (write && c.res.status < 400) forgetHeldVersion()
    const bookmark = session?.getBookmark()
    if (bookmark) c.res.headers.set('X-D1-Bookmark', bookmark)
    // What this request cost in D1 round trips (W3C Server-Timing; the browser's network panel shows it). Not for a
    // streamed export: its chunks are read after the headers have gone, so any count here would be too low.
    const trips = roundTrips(d1)!
    if (!/^(text\/csv|text\/calendar)/.test(c.res.headers.get('Content-Type') ?? '')) c.res.headers.set('Server-Timing', `d1;dur=${trips.ms.toFixed(1)};desc="${trips.sequential} sequential, ${trips.total} total round trips"`)
  }
