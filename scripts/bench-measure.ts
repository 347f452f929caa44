/**
 * How scripts/bench.ts measures: load with autocannon, the Worker's heap through its inspector, a download's timing,
 * and sqlite3 on the same D1 file (a dump, a count, its own query timer); and how it writes numbers and table rows.
 */
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import WebSocket from 'ws'

type Load = { rps: number; p95: number; p99: number; errors: number; requests: number }

/** autocannon, 2 connections; latencies recorded per response so p95 is exact. */
export async function load(url: string, headers: Record<string, string> = {}, seconds = 8): Promise<Load> {
  const times: number[] = []
  // Without a callback autocannon returns a promise that is also an event emitter (its types only say promise).
  const instance = autocannon({ url, connections: 2, duration: seconds, headers }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200 || status === 304) times.push(ms)
  })
  const result = await instance
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN
  return { rps: result.requests.average, p95: at(0.95), p99: at(0.99), errors: result.errors + result.non2xx, requests: times.length }
}

/** Progress on stderr, so a long run says where it is. */
export const step = (what: string) => console.error(`bench: ${what} (${new Date().toISOString().slice(11, 19)})`)
export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

/**
 * Samples the Worker's V8 heap through the inspector while `work` runs (every 50 ms), as start and peak. `live`: what
 * the Worker holds rather than what it has let go of and V8 has not collected yet: each sample follows a heap snapshot,
 * which collects garbage first (workerd's inspector has no collectGarbage). Snapshots pause the Worker, so a live
 * measurement is never the timed one.
 */
/** The Worker's inspector (Chrome DevTools protocol): `send` a method, get its result. */
export async function inspector(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string }[]
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl)
  await new Promise((resolve) => ws.once('open', resolve))
  let id = 0
  const send = (method: string, params: object = {}) => new Promise<any>((resolve) => {
    const mine = ++id
    const onMessage = (m: WebSocket.RawData) => {
      const d = JSON.parse(String(m))
      if (d.id === mine) {
        ws.off('message', onMessage)
        resolve(d.result)
      }
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ id: mine, method, params }))
  })
  return { send, ws }
}

export async function heapDuring(inspectorPort: number, work: () => Promise<void>, live = false) {
  const { send, ws } = await inspector(inspectorPort)
  const usage = async () => (await send('Runtime.getHeapUsage')).usedSize as number
  if (live) await send('HeapProfiler.takeHeapSnapshot')
  const start = await usage()
  let peak = start
  let running = true
  const sampler = (async () => {
    while (running) {
      const used = await usage()
      if (live) await send('HeapProfiler.takeHeapSnapshot') // the snapshot collects garbage first; the next sample is what is held
      peak = Math.max(peak, live ? await usage() : used)
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  await work()
  running = false
  await sampler
  ws.close()
  return { start, peak }
}

export async function timeDownload(url: string) {
  const t0 = performance.now()
  const res = await fetch(url)
  const reader = res.body!.getReader()
  let first = 0
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!first) first = performance.now() - t0
    bytes += value.byteLength
  }
  return { ttfb: first, total: performance.now() - t0, bytes }
}

export function sqliteFile(persist: string): string {
  const dir = join(persist, 'v3/d1/miniflare-D1DatabaseObject')
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && !f.startsWith('metadata'))
  return join(dir, file!)
}

export async function sqliteCsv(file: string) {
  const t0 = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn('sqlite3', ['-csv', '-header', file, 'select * from events;'], { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sqlite3 exited ${code}`))))
  })
  return performance.now() - t0
}

export const sqliteCount = (persist: string, query: string) =>
  Number(execFileSync('sqlite3', [sqliteFile(persist), query], { encoding: 'utf8' }).trim())
/** A sqlite3 time as text: its timer counts whole milliseconds. */
export const msText = (ms: number) => (ms < 1 ? 'under 1 ms' : `${fmt(ms, 0)} ms`)
/** sqlite3's own time for a query on a D1 file, in ms (the best of three runs, no process start counted). */
export const sqliteMs = (persist: string, query: string) => {
  const out = execFileSync('sqlite3', [sqliteFile(persist)], { input: `.timer on\n${`${query};\n`.repeat(3)}`, encoding: 'utf8' })
  return Math.min(...[...out.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000))
}
