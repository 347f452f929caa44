/**
 * `npm run bench`: measures the Worker on this machine and writes BENCHMARKS.md. Every row compares two things
 * measured side by side in one run, as ratios. Servers are started here on 127.0.0.1 through wrangler's
 * startWorker (Miniflare/workerd, no inspector except for the heap row) and stopped at the end; the load generator
 * is autocannon on loopback with 2 connections. Not part of `npm test`.
 *
 * Options: --seconds N (per measurement, default 8), --events N (large database, default 100000).
 */
import { execFileSync, } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { unstable_startWorker } from 'wrangler'
import { startWorker, unlimitedConfig } from './worker-server'
import { encodeCursor } from '../worker/data/pagination'
import { bundleSize, coldStart, cpuSplit, pageSql, startRawWorker, widgetRender } from './bench-rows'
import { deliveryRate, fanOut } from './bench-push'
import { fmt, heapDuring, load as loadFor, msText, row, sqliteCount, sqliteCsv, sqliteFile, sqliteMs, step, timeDownload } from './bench-measure'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' }, events: { type: 'string', default: '100000' } } })
const SECONDS = Number(values.seconds)
const LARGE = Number(values.events)
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
process.env.WRANGLER_SEND_METRICS = 'false'

/** A local D1 with the seed plus `synthetic` generated events, built once and reused between runs. */
function database(synthetic: number): string {
  const dir = join(root, `.wrangler/bench/${synthetic}`)
  if (!existsSync(join(dir, 'ready'))) {
    console.log(`bench: building a database with ${synthetic} synthetic events (once)…`)
    mkdirSync(dir, { recursive: true })
    execFileSync('npx', ['tsx', 'scripts/seed-large.ts', '--events', String(synthetic), '--persist-to', dir], { cwd: root, stdio: 'inherit' })
    writeFileSync(join(dir, 'ready'), new Date().toISOString())
  }
  return dir
}

const CONFIG = unlimitedConfig()

const load = (url: string, headers: Record<string, string> = {}) => loadFor(url, headers, SECONDS)

const startApi = async (persist: string, inspectorPort?: number) => {
  const worker = await startWorker({ persist, config: CONFIG, inspectorPort })
  return { url: worker.url, stop: worker.stop }
}

/** The ceiling: a Worker in the same runtime that returns a fixed body of the same size, without any work. */
async function startCeiling(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kennisstad-ceiling-'))
  const entry = join(dir, 'ceiling.js')
  writeFileSync(entry, `const BODY = ${JSON.stringify(body)}
export default { fetch() { return new Response(BODY, { headers: { 'Content-Type': 'application/json' } }) } }\n`)
  // Same runtime and same request path as the API: workerd behind the static-assets router (public/).
  const worker = await unstable_startWorker({
    name: 'ceiling', entrypoint: entry, compatibilityDate: '2026-04-20', assets: join(root, 'public'),
    dev: { watch: false, liveReload: false, logLevel: 'error', server: { hostname: '127.0.0.1', port: 0 }, inspector: false },
  })
  await worker.ready
  return { url: (await worker.url).toString().replace(/\/$/, ''), stop: () => worker.dispose() }
}


const small = database(1000)
const large = database(LARGE)
const lines: string[] = []
/** Targets this run missed, each with the reason (what the Worker does that the comparison does not). */
const misses: string[] = []
const list = '/v1/events?limit=20&partner=universiteit-leiden&from=2025-01-01'
const noCache = { 'Cache-Control': 'no-cache' }

const apiSmall = await startApi(small)
const apiLarge = await startApi(large)
try {
  // Row 1: the list against the ceiling, uncached and with the edge cache warm.
  step('row 1, the list against the ceiling')
  const sample = await (await fetch(`${apiLarge.url}${list}`)).text()
  const ceiling = await startCeiling(sample)
  step('ceiling started')
  const base = await load(`${ceiling.url}/`)
  const uncached = await load(`${apiLarge.url}${list}`, noCache)
  await fetch(`${apiLarge.url}${list}`)
  const cached = await load(`${apiLarge.url}${list}`)
  // D1 round trips of one request of each kind, as the Worker reports them (Server-Timing).
  const tripsOf = async (headers: Record<string, string>) => {
    const res = await fetch(`${apiLarge.url}${list}`, { headers })
    await res.arrayBuffer()
    return /desc="(\d+) sequential/.exec(res.headers.get('Server-Timing') ?? '')?.[1] ?? '?'
  }
  const [uncachedTrips, cachedTrips] = [await tripsOf(noCache), await tripsOf({})]
  await ceiling.stop()
  lines.push('## 1. List endpoint vs. a static Worker (the ceiling)', '',
    `\`GET ${list}\` on the ${LARGE.toLocaleString('en')}-event database, body ${sample.length} bytes; the ceiling returns the same bytes.`, '',
    row(['', 'req/s', 'p99 ms', 'throughput ratio', 'p99 ratio', 'target', 'D1 round trips (sequential)', 'errors']), row(['---', '---', '---', '---', '---', '---', '---', '---']),
    row(['ceiling (static body)', fmt(base.rps, 0), fmt(base.p99), '1.00', '1.00', '', '', base.errors]),
    row(['uncached (`Cache-Control: no-cache`)', fmt(uncached.rps, 0), fmt(uncached.p99), fmt(uncached.rps / base.rps), fmt(uncached.p99 / base.p99), '≥ 0.50, p99 ≤ 3', uncachedTrips, uncached.errors]),
    row(['edge cache warm', fmt(cached.rps, 0), fmt(cached.p99), fmt(cached.rps / base.rps), fmt(cached.p99 / base.p99), '≥ 0.80', cachedTrips, cached.errors]), '')
  if (uncached.rps / base.rps < 0.5) {
    const organised = sqliteCount(large, "select count(*) from event_access where key = 'partner:universiteit-leiden'")
    misses.push(`**Uncached list, ${fmt(uncached.rps / base.rps)} of the ceiling (target 0.5).** The ceiling does no work; an uncached page costs
  ${uncachedTrips} sequential D1 round trip${uncachedTrips === '1' ? '' : 's'} (the page query, each event with all its relations as one JSON column, and the
  partner's existence check in the same batch; the data version comes from the isolate), an RPC from the Worker to the local D1 (a
  SQLite Durable Object in Miniflare), then row mapping, hydration, JSON serialisation, an ETag hash and a write of the fresh answer into the
  cache. The page query itself is cheap: it reads the partner's ${organised.toLocaleString('en')} events from their access path in start
  order and stops after the page (row 2: the same list at 1k and 100k). Row 5's minimal Worker, which runs only the same SQL and JSON.stringify, shows what any D1-backed
  endpoint reaches on this machine; what remains above that is the framework (row 5). Hot lists are what the edge cache is for.`)
  }
  if (cached.rps / base.rps < 0.8) {
    misses.push(`**Edge cache warm, ${fmt(cached.rps / base.rps)} of the ceiling (target 0.8).** A hit reads nothing from D1 (${cachedTrips} round
  trips: the isolate holds the data version for up to 5 s, the bound the README states). What remains is the cache
  itself: locally the Cache API is Miniflare's own SQLite-backed simulation behind an RPC, a storage hop per request
  that Cloudflare's in-colo cache does not have, plus the middleware a hit still passes (rate limit, key check,
  content negotiation, security and CORS headers, the SHA-256 of the cache key).`)
  }

  // Row 2: the same queries at 1k and at the large size.
  step('row 2, 1k against 100k')
  const deep = encodeCursor({ s: 'startsAt', v: ['2030-06-01T00:00:00Z', 'synthetic-000000'] })
  const queries: [string, string][] = [
    ['list (partner + from)', list], ['search (`q=lezing`)', '/v1/events?q=lezing&limit=20'],
    ['deep cursor page', `/v1/events?limit=20&cursor=${deep}`], ['search across types', '/v1/search?q=workshop'],
  ]
  lines.push(`## 2. Scale: 1k vs ${LARGE.toLocaleString('en')} events (uncached)`, '',
    row(['query', 'p95 ms at 1k', `p95 ms at ${LARGE / 1000}k`, 'p95 ratio', 'target', 'req/s at 1k', `req/s at ${LARGE / 1000}k`]),
    row(['---', '---', '---', '---', '---', '---', '---']))
  const scaleMisses: string[] = []
  for (const [label, path] of queries) {
    const a = await load(`${apiSmall.url}${path}`, noCache)
    const b = await load(`${apiLarge.url}${path}`, noCache)
    lines.push(row([label, fmt(a.p95), fmt(b.p95), fmt(b.p95 / a.p95), '≤ 2', fmt(a.rps, 0), fmt(b.rps, 0)]))
    if (b.p95 / a.p95 > 2) scaleMisses.push(`${label} (${fmt(b.p95 / a.p95)})`)
  }
  lines.push('')
  if (scaleMisses.length) {
    // What SQLite itself spends on the search queries, at both sizes: the match, the page in start order by each plan.
    const match = (word: string) => `select rowid from events_fts where events_fts match '"${word}"*'`
    const page = (word: string, hint = '') => `select count(*) from (select e.id from events e ${hint} where e.rowid in (${match(word)})
      and e.deleted_at is null and e.workflow = 'published' order by e.starts_at, e.id limit 21)`
    const ranked = (word: string) => `select count(*) from (${match(word)} order by bm25(events_fts, 10.0, 10.0, 1.0, 1.0) limit 500)`
    const [n1, n2] = [small, large].map((db) => sqliteCount(db, `select count(*) from (${match('lezing')})`)) as [number, number]
    const [p1, p2] = [small, large].map((db) => sqliteMs(db, page('lezing'))) as [number, number]
    const walk = sqliteMs(large, page('lezing', 'indexed by events_starts_idx'))
    const rare = sqliteCount(large, `select count(*) from (${match('nacht')})`)
    const walkRare = sqliteMs(large, page('nacht', 'indexed by events_starts_idx'))
    const [r1, r2] = [small, large].map((db) => sqliteMs(db, ranked('workshop'))) as [number, number]
    const listNoise = scaleMisses.some((m) => m.startsWith('list'))
      ? ' The list (one partner) reads its access path and the same 21 rows at both sizes; its ratio above 2 in this run is the noise of this shared 2-core machine (compare the runs).'
      : ''
    misses.push(`**p95 ratio 100k/1k above 2 for ${scaleMisses.join(', ')}.**${listNoise} A searched list must find every match and
  order it. \`lezing\` matches ${n1.toLocaleString('en')} events at 1k and ${n2.toLocaleString('en')} at 100k; the FTS5 match itself is cheap, but each match is
  looked up and sorted by start: sqlite3 on the same files takes ${msText(p1)} and ${msText(p2)} for that page. Walking the start index
  instead and testing each event against the matches stops after a page for a common word (${msText(walk)}) but reads the
  whole index for a rare one (\`nacht\`, ${rare} match${rare === 1 ? '' : 'es'}: ${msText(walkRare)} against under 1 ms now), so neither plan alone is
  flat. \`/v1/search\` ranks among the 500 best-scoring matches per type, which bounds the work after the match but
  not bm25 over every match (sqlite3: ${msText(r1)} at 1k, ${msText(r2)} at 100k for \`workshop\`). One partner, theme or opgave reads its access path in start
  order (the list row); several partners at once, a place (with the halls inside it) or an audience still sort their
  matches. The query plans are checked in \`test/worker/query-plans.test.ts\` (index-driven, no full scan). What would
  flatten \`q=\` on the lists, which must return every match in start order: choosing the plan by the number of matches
  (walk the start index when a word is common, sort the matches when it is rare), or an FTS index partitioned by
  month, read month by month until a page is full.`)
  }
} finally {
  await apiSmall.stop()
  await apiLarge.stop()
}

// Rows 3 and 4: the full CSV export of the large database, against sqlite3 on the same file, with the heap sampled.
step('rows 3 and 4, the CSV export')
const inspector = 9331
const exporter = await startApi(large, inspector)
try {
  const csvUrl = `${exporter.url}/v1/events?format=csv`
  await timeDownload(`${exporter.url}/v1/events?format=csv&to=2020-02-01`) // warm-up
  let download = { ttfb: 0, total: 0, bytes: 0 }
  const heap = await heapDuring(inspector, async () => {
    download = await timeDownload(csvUrl)
  })
  // And once more under the CPU profiler: where the export's time goes.
  const split = await cpuSplit(inspector, async () => { await timeDownload(csvUrl) }, dirname(CONFIG))
  // Again, for what the Worker holds while it streams (each sample after a collection; slower, so not the timed
  // run; last, as the snapshots leave the heap grown).
  const live = await heapDuring(inspector, async () => { await timeDownload(csvUrl) }, true)
  const sqlite = await sqliteCsv(sqliteFile(large))
  const share = (part: string) => split.find((p) => p.part.startsWith(part))?.share ?? 0
  const pct = (x: number) => `${Math.round(x * 100)} %`
  lines.push(`## 3. Full CSV export of ${LARGE.toLocaleString('en')}+ events vs. \`sqlite3 -csv\``, '',
    row(['', 'wall time s', 'time to first byte ms', 'bytes', 'ratio', 'target']), row(['---', '---', '---', '---', '---', '---']),
    row(['`sqlite3 -csv` on the same D1 file (`select * from events`)', fmt(sqlite / 1000), '', '', '1.00', '']),
    row(['`GET /v1/events?format=csv` (all columns, relations joined)', fmt(download.total / 1000), fmt(download.ttfb, 0), download.bytes, fmt(download.total / sqlite), '≤ 3, streaming']), '',
    `Where the Worker's CPU time goes during the export (busy ${pct(split.busy)} of the time: the Worker, not D1, sets the pace):`, '',
    row(['part', 'share of CPU time']), row(['---', '---']),
    ...split.filter((p) => p.share >= 0.005).map((p) => row([p.part, pct(p.share)])), '',
    '## 4. Worker heap during that export', '',
    'Live: a second export, each sample taken right after a heap snapshot (which collects garbage first): what the Worker holds. Used: the timed',
    'export, sampled every 50 ms without collecting, so it includes garbage V8 has not collected yet.', '',
    row(['', 'heap at start MB', 'peak heap MB', 'peak / start', 'target']), row(['---', '---', '---', '---', '---']),
    row(['live', fmt(live.start / 1e6, 1), fmt(live.peak / 1e6, 1), fmt(live.peak / live.start), '≤ 1.5']),
    row(['used (with garbage)', fmt(heap.start / 1e6, 1), fmt(heap.peak / 1e6, 1), fmt(heap.peak / heap.start), '']), '')
  if (download.total / sqlite > 3) {
    misses.push(`**CSV export ${fmt(download.total / sqlite)}× \`sqlite3 -csv\` (target 3×); streaming is met (first byte after
  ${fmt(download.ttfb, 0)} ms).** \`sqlite3\` dumps one table's raw columns in C. The export is one query per 1,000-row chunk,
  relations included (one JSON column per event), and the Worker is busy ${pct(split.busy)} of the time, so its CPU sets the
  pace: per row it parses the relations and builds the contract's event (hydration ${pct(share('hydration'))}), converts up to seven
  instants to Amsterdam time and writes about 55 escaped cells (serialisation ${pct(share('serialisation'))}, V8 inlines the time
  conversions there), and the runtime copies D1's rows in (${pct(share('D1 client'))}) and encodes the text (built-ins ${pct(share('built-ins'))}) into
  ${(download.bytes / 1e6).toFixed(0)} MB, with garbage collection ${pct(share('garbage'))}. What would lift it: formatting cells from the raw row without building the
  event first, and spreading a large export over several Workers (one per year, joined by the client or a Queue).`)
  }
  if (live.peak / live.start > 1.5) {
    misses.push(`**Live heap ${fmt(live.peak / live.start)}× its start during the export (target 1.5).** ${fmt(live.start / 1e6, 1)} MB at start,
  ${fmt(live.peak / 1e6, 1)} MB at peak: one chunk of 1,000 rows, its text and its bytes are held at a time.`)
  }
} finally {
  await exporter.stop()
}

// Row 5: our route against a minimal Worker running the same page SQL on raw D1, and where our route's time goes.
step('row 5, our route against raw D1')
{
  const page = pageSql({ partner: 'universiteit-leiden', from: '2025-01-01' }, 20)
  const raw = await startRawWorker(large, page)
  const rawRows = ((await (await fetch(`${raw.url}/`)).json()) as { data: unknown[] }).data.length
  const rawLoad = await load(`${raw.url}/`)
  await raw.stop()
  const ours = await startApi(large)
  const oursLoad = await load(`${ours.url}${list}`, noCache)
  await ours.stop()
  const profiled = await startApi(large, inspector)
  const split = await cpuSplit(inspector, async () => { await load(`${profiled.url}${list}`, noCache) }, dirname(CONFIG))
  await profiled.stop()
  lines.push('## 5. Our route vs. raw D1 (the cost of the framework)', '',
    `The same list, uncached, against a minimal Worker on the same D1 file that runs the same page SQL (${rawRows} rows, each with its relations`,
    'column) and `JSON.stringify` of D1\'s rows (`scripts/bench-rows.ts`).', '',
    row(['', 'req/s', 'p95 ms', 'ratio', 'target']), row(['---', '---', '---', '---', '---']),
    row(['raw D1 + JSON.stringify', fmt(rawLoad.rps, 0), fmt(rawLoad.p95), '1.00', '']),
    row(['`GET /v1/events` (ours)', fmt(oursLoad.rps, 0), fmt(oursLoad.p95), fmt(oursLoad.rps / rawLoad.rps), '≥ 0.70']), '',
    'Where the Worker\'s CPU time goes during that load (a V8 CPU profile through the inspector, self time, idle left out):', '',
    row(['part', 'share of CPU time']), row(['---', '---']),
    ...split.map((p) => row([p.part, `${fmt(p.share * 100, 0)} %`])), '')
  if (oursLoad.rps / rawLoad.rps < 0.7) {
    misses.push(`**Our route ${fmt(oursLoad.rps / rawLoad.rps)} of raw D1 (target 0.7).** Both run the same single query (the page with its
  relations column); the difference is CPU in the Worker, split in row 5: ${split.slice(0, 4).map((p) => `${p.part} ${fmt(p.share * 100, 0)} %`).join(', ')}. The raw Worker
  returns D1's rows as they come; ours validates the query, builds the SQL, maps and hydrates the rows into the
  contract's nested, bilingual shape, hashes an ETag and writes the answer into the cache. What would lift it, in the
  order of the split: build each query shape once per isolate (drizzle's \`.prepare()\` with placeholders) instead of
  on every request, and reuse the cache entry's ETag instead of hashing the body again.`)
  }
}

// Row 6: the Worker's size and a cold start; row 7: the widget's first render in Chromium.
step('rows 6 and 7, size, cold start, widget')
{
  const size = bundleSize()
  const cold = await coldStart(() => startApi(small), list)
  const api = await startApi(small)
  const render = await widgetRender(api.url)
  await api.stop()
  lines.push('## 6. Worker size and cold start', '',
    row(['bundle (as deployed)', 'gzip', 'minified', 'minified gzip', 'first response of a fresh Worker ms', 'warm median ms']), row(['---', '---', '---', '---', '---', '---']),
    row([`${fmt(size.plain.bytes / 1e6, 2)} MB`, `${fmt(size.plain.gzip / 1e3, 0)} KB`, `${fmt(size.minified.bytes / 1e6, 2)} MB`, `${fmt(size.minified.gzip / 1e3, 0)} KB`, fmt(cold.first, 0), fmt(cold.warm, 0)]), '',
    'Cloudflare loads a Worker this size in a few milliseconds and starts it while the TLS handshake runs; the free plan allows 3 MB gzip, paid 10 MB.', '',
    '## 7. Widget: first render after its data arrives (Chromium)', '',
    row(['render, median ms', 'render, worst ms', 'target', 'from the end of the response, median ms']), row(['---', '---', '---', '---']),
    row([fmt(render.render, 1), fmt(render.worst, 1), '≤ 50', fmt(render.fromResponse, 1)]), '',
    '`<kennisstad-events layout="cards" limit="20">`: from the element having its data to the list and every card rendered; the last column starts at the end of',
    'the API response (Resource Timing) and so adds reading and parsing the JSON. A series\' later dates are rendered only when opened.', '')
  if (render.render > 50) misses.push(`**Widget first render ${fmt(render.render, 1)} ms (target 50).** Each card is its own element with a shadow root and its styles.`)
}

// Rows 8 and 9: push — webhook deliveries through the queue, and the live stream's fan-out.
step('rows 8 and 9, push')
{
  const pusher = await startWorker({ config: CONFIG, vars: { LIVE_MAX_PER_CLIENT: '1000' } })
  try {
    const rate = await deliveryRate(pusher)
    const fan = await fanOut(pusher)
    lines.push('## 8. Webhook deliveries through the queue', '',
      `${rate.endpoints} endpoints on a local receiver, each owed ${rate.changes} changes (registered paused, the changes written, then all resumed at once): every message signed,`,
      'POSTed and recorded; one endpoint\'s messages one at a time, in change order, endpoints in parallel (one queue message per endpoint and round).', '',
      row(['messages', 'seconds', 'deliveries per second', 'per endpoint per second', 'duplicates']), row(['---', '---', '---', '---', '---']),
      row([rate.messages, fmt(rate.seconds), fmt(rate.perSecond, 0), fmt(rate.perSecond / rate.endpoints, 1), rate.duplicates]), '',
      '## 9. Live stream fan-out', '',
      `${fan.clients} open streams (\`GET /v1/changes/stream?partner=naturalis\`), one published event; time from sending the write until each client has its change event.`, '',
      row(['clients', 'write acknowledged ms', 'first client ms', 'median client ms', 'last client ms', 'target']), row(['---', '---', '---', '---', '---', '---']),
      row([fan.clients, fmt(fan.acknowledged, 0), fmt(fan.first, 0), fmt(fan.median, 0), fmt(fan.last, 0), '≤ 2000 (the widget’s promise)']), '',
      'What production changes: deliveries are spread over many consumer invocations (`max_concurrency`), one per endpoint with messages, so the rate',
      'grows with the number of endpoints, not with one machine; an endpoint\'s own rate is bound by its response time (one message at a time, for order).',
      'The hub is one Durable Object in one location: a stream pays the round trip to it, and one object writes every client\'s stream; past a few thousand',
      'clients, relay objects per region (each a share of the clients, fed by the hub) keep the time to the last client flat.', '')
    if (fan.last > 2000) misses.push(`**Live fan-out: the last of ${fan.clients} clients heard of a write after ${fmt(fan.last, 0)} ms (target 2 s).**`)
  } finally {
    await pusher.stop()
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
writeFileSync(join(root, 'BENCHMARKS.md'), [
  '# Benchmarks', '',
  `Written by \`npm run bench\` on ${new Date().toISOString()}. Machine: ${machine}.`, '',
  'Method: the Worker runs in workerd through wrangler\'s `startWorker` (Miniflare, local D1 file, no inspector, rate-limit bindings left out because all load comes from one address) on',
  '127.0.0.1; autocannon drives it over loopback with 2 connections for', `${SECONDS} s per measurement. Each row compares two things measured in this run; ratios, not absolute numbers,`,
  'are the result. The databases hold the real seed plus synthetic events (`npm run db:seed:large`).',
  'On 2 cores the load generator shares the CPU with workerd, so repeated runs move a single p95 ratio by up to about 2×:',
  'read a ratio close to its target as a tie, and compare runs, not single numbers.', '',
  ...lines,
  '## Where a target is missed, and why', '',
  ...misses.flatMap((m) => [m, '']),
].join('\n'))
console.log(`bench: wrote BENCHMARKS.md\n\n${lines.join('\n')}`)
