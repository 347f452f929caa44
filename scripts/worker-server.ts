/**
 * Starts the real Worker (wrangler's startWorker: the same bundling and workerd as `npm start`, without the
 * inspector) on 127.0.0.1, its queues and Cron Trigger included — by default with a fresh, migrated and seeded local
 * D1 in a temporary directory, or on a given database. Used by the end-to-end and browser tests, the benchmark, the soak test and `npm run feeds`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unstable_startWorker } from 'wrangler'
import { migrate, seed } from './db'

export type RunningWorker = { url: string; persist: string; stop: () => Promise<void> }

const root = join(import.meta.dirname, '..')

/**
 * wrangler.toml without the [[ratelimits]] bindings, for load tools: all their load comes from one loopback
 * address, so the per-client limit would measure the limiter (429s) rather than the Worker.
 */
export function unlimitedConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kennisstad-config-'))
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/\[\[ratelimits\]\][^[]*/g, '')
    .replace('main = "worker/index.ts"', `main = "${join(root, 'worker/index.ts')}"`)
    .replace('directory = "./public"', `directory = "${join(root, 'public')}"`)
    .replace('migrations_dir = "schema/migrations"', `migrations_dir = "${join(root, 'schema/migrations')}"`)
  writeFileSync(join(dir, 'wrangler.toml'), toml)
  return join(dir, 'wrangler.toml')
}

/** `vars`: more bindings (plain text), e.g. a higher LIVE_MAX_PER_CLIENT for a fan-out measurement. */
export async function startWorker(options: { seed?: boolean; config?: string; persist?: string; inspectorPort?: number; vars?: Record<string, string> } = {}): Promise<RunningWorker> {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
  process.env.WRANGLER_SEND_METRICS = 'false'
  const owned = !options.persist
  const persist = options.persist ?? mkdtempSync(join(tmpdir(), 'kennisstad-'))
  if (owned) {
    const where = ['--local', '--persist-to', persist]
    migrate(where, true)
    if (options.seed !== false) seed(where)
  }
  const worker = await unstable_startWorker({
    config: options.config ?? join(root, 'wrangler.toml'),
    // As in `npm start`: local development (feeds on this machine allowed), and the Cron Trigger callable (/__scheduled).
    bindings: {
      ENVIRONMENT: { type: 'plain_text', value: 'development' },
      ...Object.fromEntries(Object.entries(options.vars ?? {}).map(([k, value]) => [k, { type: 'plain_text' as const, value }])),
    },
    dev: {
      testScheduled: true,
      persist, watch: false, liveReload: false, logLevel: 'warn', server: { hostname: '127.0.0.1', port: 0 },
      inspector: options.inspectorPort ? { hostname: '127.0.0.1', port: options.inspectorPort } : false,
    },
  })
  await worker.ready
  const url = (await worker.url).toString().replace(/\/$/, '')
  return {
    url, persist,
    stop: async () => {
      await worker.dispose()
      if (owned) rmSync(persist, { recursive: true, force: true })
    },
  }
}
