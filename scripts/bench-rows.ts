/**
 * The benchmark rows beyond load: what the framework costs over raw D1, the Worker's size and cold start, where the
 * time of one uncached request goes (a CPU profile through the inspector), and the widget's first render in
 * Chromium. Used by scripts/bench.ts; every server here is started on 127.0.0.1 and stopped again.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { drizzle } from 'drizzle-orm/d1'
import { unstable_startWorker } from 'wrangler'
import { z } from '../schema/api/common'
import { eventFilters } from '../worker/data/events/filters'
import { events } from '../worker/data/events/collection'
import { filterShape } from '../worker/data/filters'
import { orderBy, type SortSpec } from '../worker/data/pagination'
import { launchChromium } from '../test/e2e/chromium'
import { inspector } from './bench-measure'

const root = join(import.meta.dirname, '..')

/** The Worker as `npm run deploy` would upload it: bytes and gzip, unminified (as configured) and minified. */
export function bundleSize() {
  const measure = (minify: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'kennisstad-bundle-'))
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', dir, ...(minify ? ['--minify'] : [])], { cwd: root, stdio: 'ignore' })
    const code = readFileSync(join(dir, 'index.js'))
    return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length }
  }
  return { plain: measure(false), minified: measure(true) }
}

/** The SQL our list runs for its page (drizzle builds it; nothing is executed here). */
export function pageSql(query: Record<string, string>, limit: number) {
  const db = drizzle({} as D1Database)
  const values = z.object(filterShape(eventFilters)).parse(query)
  const sorts = events.sortsFor(values as never, 'startsAt')
  const built = (events.query(db, values as never, null, undefined, 'startsAt')(undefined, orderBy(sorts.startsAt as SortSpec<never>), limit + 1) as unknown as { toSQL: () => { sql: string; params: unknown[] } }).toSQL()
  return built
}

/**
 * A minimal Worker on the same D1 file: the same page SQL (the events with their relations column), then
 * `JSON.stringify` of D1's rows. What our route adds over it is the framework: routing, validation, row mapping,
 * hydration into the contract's shape, ETag, cache and headers.
 */
export async function startRawWorker(persist: string, page: { sql: string; params: unknown[] }) {
  const dir = mkdtempSync(join(tmpdir(), 'kennisstad-raw-'))
  const entry = join(dir, 'raw.js')
  writeFileSync(entry, `const PAGE = ${JSON.stringify(page.sql)}; const PARAMS = ${JSON.stringify(page.params)};
export default { async fetch(request, env) {
  const { results } = await env.DB.prepare(PAGE).bind(...PARAMS).all()
  return new Response(JSON.stringify({ data: results }), { headers: { 'Content-Type': 'application/json' } })
} }\n`)
  // The same D1 database as wrangler.toml declares, so the same local file is read.
  const d1 = /\[\[d1_databases\]\][^[]*/.exec(readFileSync(join(root, 'wrangler.toml'), 'utf8'))![0].replace(/migrations_dir.*\n/, '')
  writeFileSync(join(dir, 'wrangler.toml'), `name = "raw"\nmain = "raw.js"\ncompatibility_date = "2026-04-20"\n\n${d1}`)
  const worker = await unstable_startWorker({
    config: join(dir, 'wrangler.toml'),
    dev: { persist, watch: false, liveReload: false, logLevel: 'error', server: { hostname: '127.0.0.1', port: 0 }, inspector: false },
  })
  await worker.ready
  return { url: (await worker.url).toString().replace(/\/$/, ''), stop: () => worker.dispose() }
}

/** First response of a fresh Worker (module evaluation, first D1 connection) against the median of the next ones. */
export async function coldStart(start: () => Promise<{ url: string; stop: () => Promise<void> }>, path: string) {
  const worker = await start()
  try {
    const time = async () => {
      const t0 = performance.now()
      await (await fetch(`${worker.url}${path}`, { headers: { 'Cache-Control': 'no-cache' } })).arrayBuffer()
      return performance.now() - t0
    }
    const first = await time()
    const warm: number[] = []
    for (let i = 0; i < 20; i++) warm.push(await time())
    warm.sort((a, b) => a - b)
    return { first, warm: warm[10]! }
  } finally {
    await worker.stop()
  }
}

/** Which part of the code a profiled function belongs to, by its source file. */
const PARTS: [RegExp, string][] = [
  [/node_modules\/hono\/|node_modules\/@hono\//, 'routing and middleware (Hono)'],
  [/node_modules\/zod\//, 'validation (zod)'],
  // drizzle's published source maps point to `node_modules/src/…`.
  [/node_modules\/drizzle-orm\/|node_modules\/src\//, 'query building and row mapping (drizzle)'],
  [/worker\/data\/.*hydrate|worker\/data\/rows|core\/schedule-text|core\/recurrence/, 'hydration (relations into the contract)'],
  [/worker\/middleware\/edge-cache|worker\/formats\/respond|worker\/base\/keys/, 'cache and ETag (hashing)'],
  [/worker\/middleware\//, 'our middleware'],
  [/worker\/data\//, 'data layer (query building, paging)'],
  [/worker\/formats\/|worker\/pages\/|schema\/csv\//, 'serialisation (formats)'],
  [/worker\/http\/|worker\/routes\//, 'routes and negotiation'],
  [/core\/time/, 'time zones (core/time)'],
  [/core\/schedule-text|core\/recurrence/, 'repeat rules and their summaries (core)'],
  [/core\//, 'dates and text (core)'],
  [/worker\/|schema\//, 'other Worker code'],
  [/^cloudflare-internal:/, 'D1 client and tracing (workerd)'],
  [/miniflare|workerd|wrangler|middleware-loader|\.wrangler\//, 'runtime glue (Miniflare)'],
]

type Node = { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; hitCount?: number }

/**
 * A CPU profile of the Worker (through its inspector) while `work` runs, as self time per part of the code. The
 * bundle's positions are mapped back to source files with wrangler's source map when there is one.
 */
/** `configDir`: where the Worker's wrangler.toml is (its bundle is written under `.wrangler/tmp` there while it runs). */
export async function cpuSplit(inspectorPort: number, work: () => Promise<void>, configDir = root) {
  const { send, ws } = await inspector(inspectorPort)
  await send('Profiler.enable')
  await send('Profiler.setSamplingInterval', { interval: 200 })
  await send('Profiler.start')
  await work()
  const { profile } = await send('Profiler.stop') as { profile: { nodes: Node[]; samples: number[] } }
  ws.close()
  const { SourceMapConsumer } = await import('source-map-js')
  const maps = new Map<string, InstanceType<typeof SourceMapConsumer> | null>()
  // The Worker runs wrangler's bundle (`index.js`, the newest under .wrangler/tmp/dev-*), with its source map beside it.
  const devDirs = [...new Set([configDir, root])].map((d) => join(d, '.wrangler/tmp')).filter((d) => existsSync(d))
    .flatMap((tmp) => readdirSync(tmp).filter((d) => d.startsWith('dev-')).map((d) => join(tmp, d)))
  const bundle = devDirs.map((d) => join(d, 'index.js')).filter((f) => existsSync(f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  const sourceOf = (frame: Node['callFrame']) => {
    if (frame.url !== 'index.js' || !bundle) return frame.url
    const file = bundle
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))))
      } catch {
        maps.set(file, null)
      }
    }
    const map = maps.get(file)
    const at = { line: frame.lineNumber + 1, column: frame.columnNumber }
    return map?.originalPositionFor(at).source ?? map?.originalPositionFor({ ...at, bias: SourceMapConsumer.LEAST_UPPER_BOUND }).source ?? 'wrangler\'s own wrapper code'
  }
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]))
  const counts = new Map<string, number>()
  const perFunction = new Map<string, number>()
  for (const sample of profile.samples) {
    const node = byNode.get(sample)!
    const name = node.callFrame.functionName
    if (name !== '(idle)') {
      const fn = `${name || '(anonymous)'} ${node.callFrame.url === '' ? '(built-in)' : sourceOf(node.callFrame)}`
      perFunction.set(fn, (perFunction.get(fn) ?? 0) + 1)
    }
    const part = name === '(garbage collector)' ? 'garbage collection'
      : name === '(idle)' ? 'idle (waiting for I/O)'
      : name === '(program)' ? 'V8 itself (compilation, runtime)'
      : node.callFrame.url === '' ? 'built-ins (JSON, Intl, regular expressions, crypto)'
      : ((source) => PARTS.find(([re]) => re.test(source))?.[1] ?? `other: ${source}`)(sourceOf(node.callFrame))
    counts.set(part, (counts.get(part) ?? 0) + 1)
  }
  const busy = [...counts].filter(([part]) => !part.startsWith('idle')).reduce((s, [, n]) => s + n, 0)
  const parts = [...counts].filter(([part]) => !part.startsWith('idle')).sort((a, b) => b[1] - a[1]).map(([part, n]) => ({ part, share: n / busy }))
  /** The functions with the most self time, for finding the next lever (not written into BENCHMARKS.md). */
  const functions = [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([fn, n]) => ({ fn, share: n / busy }))
  const idle = [...counts].filter(([part]) => part.startsWith('idle')).reduce((s, [, n]) => s + n, 0)
  return Object.assign(parts, { functions, busy: busy / (busy + idle) })
}

/**
 * The widget's first render after its data arrives, in Chromium, over `runs` page loads: from the moment the element
 * has its data (its `kennisstad-load`) to the list and its cards rendered (Lit's `updateComplete`), median and worst;
 * and from the end of the API response (Resource Timing), which adds reading and parsing the JSON.
 */
export async function widgetRender(api: string, runs = 15) {
  const browser = await launchChromium()
  try {
    const render: number[] = []
    const fromResponse: number[] = []
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage()
      // The listener is in place before the widget script runs, so the first load is seen as it happens.
      await page.setContent(`<!doctype html><html lang="nl"><body><script>
document.addEventListener('kennisstad-load', async (event) => {
  const handed = performance.now()
  const el = event.target
  await el.updateComplete
  await Promise.all([...el.shadowRoot.querySelectorAll('kennisstad-event-card')].map((c) => c.updateComplete))
  const rendered = performance.now()
  const entry = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/occurrences')).at(-1)
  window.renderMs = [rendered - handed, rendered - entry.responseEnd]
}, { once: true })
</script><script type="module" src="${api}/widgets/v1/kennisstad.js"></script>
<kennisstad-events api="${api}" from="2022-01-01" limit="20" layout="cards" refresh="0"></kennisstad-events></body></html>`)
      await page.waitForFunction('Array.isArray(window.renderMs)')
      const ms = (await page.evaluate('window.renderMs')) as [number, number]
      render.push(ms[0])
      fromResponse.push(ms[1])
      await page.close()
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    return { render: median(render), worst: Math.max(...render), fromResponse: median(fromResponse) }
  } finally {
    await browser.close()
  }
}
