/**
 * The change hub: one Durable Object that follows the change log and pushes what is new — to webhook endpoints (as
 * messages on the deliveries queue) and to live streams (Server-Sent Events to the widgets). Every write through the
 * Worker kicks it; an alarm looks again every few seconds while streams are open, for writes that came another way.
 *
 * One object for the whole dataset, not one per filter: the change log is one ordered sequence with a few changes a
 * minute, so one object reads each change once, keeps one cursor (durable, in its storage), and per round matches
 * the webhooks' filters in one D1 batch and the open streams' in another (one query per distinct filter). It holds
 * each stream open as a response it writes to; an object holds thousands. Beyond that the way out is relay objects
 * (each a share of the clients, fed by this one).
 */
import { DurableObject } from 'cloudflare:workers'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/d1'
import type { Bindings, Db } from '../../base/env'
import { LIVE_MAX_PER_CLIENT, nudge } from '../../base/hub'
import { changesAfter } from '../../data/changes'
import { type ChangeEntry, queueChanges } from '../../data/webhooks/deliveries'
import { type FilterValues, matchingEvents, selects } from '../../data/webhooks/match'

type Client = { writer: WritableStreamDefaultWriter<Uint8Array>; filter: FilterValues; address: string }

const encoder = new TextEncoder()
/** How often a stream hears from the hub when nothing happens (proxies close silent connections). */
const HEARTBEAT_MS = 15_000
/** How often the hub looks at the log by itself while streams are open (HUB_LOOK_MS overrides it). */
const LOOK_MS = 5_000
/** A client this far behind in reading is let go (its EventSource reconnects and catches up by Last-Event-ID). */
const MAX_BACKLOG = 256

/** A change as a Server-Sent Event: its sequence number is the event id a reconnecting client resumes from. */
const eventOf = (e: ChangeEntry) => `id: ${e.seq}\nevent: change\ndata: ${JSON.stringify({ seq: e.seq, entity: e.entity, id: e.id, action: e.action, at: e.at })}\n\n`

export class ChangeHub extends DurableObject<Bindings> {
  private clients = new Map<number, Client>()
  private counter = 0
  private running: Promise<void> | null = null
  private again = false
  private heartbeat: ReturnType<typeof setInterval> | null = null

  private get db(): Db {
    return drizzle(this.env.DB)
  }

  override async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url)
    if (pathname === '/kick') {
      await this.kick()
      return new Response(null, { status: 204 })
    }
    if (pathname === '/stream') return this.subscribe(request)
    if (pathname === '/stats') return Response.json({ clients: this.clients.size, seq: (await this.ctx.storage.get<number>('seq')) ?? null })
    return new Response('not found', { status: 404 })
  }

  override async alarm() {
    await this.kick()
  }

  /** Looks at the log now; one round at a time (a kick during a round makes it go round once more). */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.again = false
        await this.dispatch()
      } while (this.again)
    })().finally(() => {
      this.running = null
    })
    return this.running
  }

  /**
   * Where the hub is in the log. First start: from where the oldest live webhook began, or from the end of the log.
   * A log that is shorter than the cursor (a database restored from a backup) is followed from its end.
   */
  private async cursor(): Promise<number> {
    const after = await this.ctx.storage.get<number>('seq')
    const [log] = await this.db.all<{ last: number; start: number }>(sql`select coalesce((select max(seq) from changes), 0) as last,
      coalesce((select min(from_seq) from webhooks where deleted_at is null), (select max(seq) from changes), 0) as start`)
    if (after !== undefined && after <= (log?.last ?? 0)) return after
    const at = after === undefined ? (log?.start ?? 0) : (log?.last ?? 0)
    await this.ctx.storage.put('seq', at)
    return at
  }

  private async dispatch() {
    const db = this.db
    let after = await this.cursor()
    for (let round = 0; round < 20; round++) {
      const { data, lastSeq, hasMore } = await changesAfter(db, after, 200)
      if (data.length) {
        const entries = data as ChangeEntry[]
        const owed = await queueChanges(db, entries)
        await Promise.all(owed.map((id) => nudge(this.env, id)))
        await this.publish(entries)
      }
      if (lastSeq === after) break
      after = lastSeq
      await this.ctx.storage.put('seq', after)
      if (!hasMore) break
    }
    await this.arm()
  }

  /** The changed events each open stream asked for. */
  private async publish(entries: readonly ChangeEntry[], only?: Client) {
    const targets = only ? [only] : [...this.clients.values()]
    const events = entries.filter((e) => e.entity === 'event')
    if (targets.length === 0 || events.length === 0) return
    const found = await matchingEvents(this.db, targets.map((c) => c.filter), events.map((e) => e.id))
    for (const client of targets) for (const e of events) if (selects(found, client.filter, e.id)) this.write(client, eventOf(e))
  }

  private write(client: Client, text: string) {
    if ((client.writer.desiredSize ?? 0) < -MAX_BACKLOG) return this.drop(client)
    client.writer.write(encoder.encode(text)).catch(() => this.drop(client))
  }

  private drop(client: Client) {
    for (const [id, c] of this.clients) if (c === client) this.clients.delete(id)
    client.writer.abort().catch(() => undefined)
    if (this.clients.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat)
      this.heartbeat = null
    }
  }

  /** A live stream of the changed events a filter selects, resuming after `Last-Event-ID` when the client sends one. */
  private async subscribe(request: Request): Promise<Response> {
    const address = request.headers.get('X-Client-Address') ?? 'unknown'
    const max = Number(this.env.LIVE_MAX_PER_CLIENT ?? LIVE_MAX_PER_CLIENT)
    if ([...this.clients.values()].filter((c) => c.address === address).length >= max) {
      return new Response(JSON.stringify({ max }), { status: 429, headers: { 'Content-Type': 'application/json' } })
    }
    // The hub catches up with the log before the stream opens: what was written before it is history, not news. If
    // D1 fails now, the stream opens anyway and the alarm's next look catches up.
    await this.kick().catch(() => undefined)
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
    const client: Client = { writer: writable.getWriter(), filter: JSON.parse(request.headers.get('X-Filter') ?? '{}') as FilterValues, address }
    this.clients.set(++this.counter, client)
    // A client that goes away cancels its end of the stream: it is let go at once (not only at the next heartbeat).
    client.writer.closed.catch(() => this.drop(client))
    this.write(client, 'retry: 3000\n: connected\n\n')
    const resume = Number(request.headers.get('Last-Event-ID'))
    if (Number.isInteger(resume) && resume > 0) {
      // What it missed while it was away, before anything new.
      this.ctx.waitUntil((async () => {
        const { data } = await changesAfter(this.db, resume, 500)
        await this.publish(data as ChangeEntry[], client)
      })().catch(() => this.drop(client)))
    }
    this.heartbeat ??= setInterval(() => {
      for (const c of this.clients.values()) this.write(c, ': ping\n\n')
    }, HEARTBEAT_MS)
    await this.arm()
    return new Response(readable, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' } })
  }

  /** While streams are open, the hub looks at the log by itself every few seconds. */
  private async arm() {
    if (this.clients.size === 0) return
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + Number(this.env.HUB_LOOK_MS ?? LOOK_MS))
  }
}
