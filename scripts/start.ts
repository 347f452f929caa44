/**
 * `npm start`: local database up to date (migrations applied, seeded when empty), then `wrangler dev` on
 * http://localhost:8787 (127.0.0.1 only). Another port: `PORT=8790 npm start` or `npm start -- --port 8790`.
 * Data survives restarts; `npm run db:reset` starts over.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { migrate, seed } from './db'

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
console.log(`
Kennisstad Open Data is starting on ${base}
  ${base}/                      landing page (nl/en)
  ${base}/events                the agenda (also /partners, /places, /opgaven, /themes)
  ${base}/data                  downloads for journalists (CSV for Dutch Excel)
  ${base}/docs                  interactive API reference
  ${base}/v1/openapi.json       OpenAPI 3.1 contract
  ${base}/v1/events             events (try ?from=2022-07-13&to=2022-07-16)
  ${base}/v1/partners  /v1/places  /v1/opgaven  /v1/themes
`)
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), ...rest], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
