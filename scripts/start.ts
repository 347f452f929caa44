/**
 * `npm start`: local database up to date (migrations applied, seeded when empty), the sample feed registered, then
 * `wrangler dev` on http://localhost:8787 (127.0.0.1 only) as local development, with its queues. Another port:
 * `PORT=8790 npm start` or `npm start -- --port 8790`. Data survives restarts; `npm run db:reset` starts over.
 *
 * wrangler dev does not fire Cron Triggers by itself, so this script fires the Worker's one (a feed round) the way
 * Cloudflare would: once the server answers, and then every quarter of an hour.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { d1Query, migrate, seed } from './db'
import { SAMPLE_FEED } from '../schema/seed/sample-feed'

const root = join(import.meta.dirname, '..')

/** `--port N` / `--port=N` (taken out of the arguments passed on to wrangler), else $PORT, else 8787. */
function portOf(args: string[]): { port: number; rest: string[] } {
  const rest: string[] = []
  let raw = process.env.PORT
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--port') raw = args[++i]
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length)
    else rest.push(arg)
  }
  const port = Number(raw ?? 8787)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`npm start: "${raw}" is not a port number (1–65535). Try: PORT=8790 npm start`)
    process.exit(2)
  }
  return { port, rest }
}
const { port, rest } = portOf(process.argv.slice(2))
migrate(['--local'])
seed(['--local'])
const base = `http://localhost:${port}`
const local = `http://127.0.0.1:${port}`
sampleFeed(`${local}${SAMPLE_FEED.path}`)
console.log(`
Kennisstad Open Data is starting on ${base}
  ${base}/                      landing page (nl/en)
  ${base}/events                the agenda (also /partners, /places, /opgaven, /themes)
  ${base}/data                  downloads for journalists (CSV for Dutch Excel)
  ${base}/docs                  interactive API reference
  ${base}/v1/openapi.json       OpenAPI 3.1 contract
  ${base}/v1/events             events (try ?from=2022-07-13&to=2022-07-16)
  ${base}/v1/partners  /v1/places  /v1/opgaven  /v1/themes
  feeds: a round every 15 minutes; the sample feed (${SAMPLE_FEED.name}) is imported right after start.
         See \`npm run feeds -- list\`.
`)
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--test-scheduled', '--var', 'ENVIRONMENT:development', ...rest], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
let timer: ReturnType<typeof setTimeout> | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => {
  clearTimeout(timer)
  process.exit(code ?? 0)
})
cron()

/**
 * Registers the sample feed (local development only, fictitious, trusted, demo) at this server's address, or points
 * the registered one here; one removed through the API stays removed.
 */
function sampleFeed(url: string) {
  const q = (v: string) => `'${v.replaceAll("'", "''")}'`
  if (d1Query(['--local'], `select id from partners where id = ${q(SAMPLE_FEED.partnerId)} and deleted_at is null`).length === 0) return
  d1Query(['--local'], `insert into feeds (id, partner_id, name, url, trusted, demo, interval_minutes, created_by)
    values (${q(SAMPLE_FEED.id)}, ${q(SAMPLE_FEED.partnerId)}, ${q(SAMPLE_FEED.name)}, ${q(url)}, 1, 1, 60, 'npm start')
    on conflict(id) do update set url = excluded.url, etag = null, last_modified = null where feeds.deleted_at is null and feeds.url <> excluded.url`)
}

/** The Cron Trigger, locally: first as soon as the Worker answers, then at every quarter of an hour. */
async function cron() {
  for (let tries = 0; tries < 600; tries++) {
    if (await fetch(`${local}/__scheduled?cron=*/15+*+*+*+*`).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 500))
  }
  const next = () => {
    const wait = 15 * 60_000 - (Date.now() % (15 * 60_000))
    timer = setTimeout(() => {
      fetch(`${local}/__scheduled?cron=*/15+*+*+*+*`).catch(() => undefined).finally(next)
    }, wait)
  }
  next()
}
