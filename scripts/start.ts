/**
 * `npm start`: local database up to date (migrations applied, seeded when empty), then `wrangler dev` on
 * http://localhost:8787 (127.0.0.1 only). Data survives restarts; `npm run db:reset` starts over.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { migrate, seed } from './db'

const root = join(import.meta.dirname, '..')
migrate(['--local'])
seed(['--local'])

const base = 'http://localhost:8787'
console.log(`
Kennisstad Open Data is starting on ${base}
  ${base}/                      landing page (nl/en)
  ${base}/docs                  interactive API reference
  ${base}/v1/openapi.json       OpenAPI 3.1 contract
  ${base}/v1/events             events (try ?from=2022-07-13&to=2022-07-16)
  ${base}/v1/partners  /v1/places  /v1/opgaven  /v1/themes
`)
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', '8787', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
