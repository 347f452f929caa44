/**
 * Starts the real Worker (wrangler's startWorker: the same bundling and workerd as `npm start`, without the
 * inspector) on 127.0.0.1 with a fresh, migrated and seeded local D1 in a temporary directory. Used by the
 * end-to-end and browser tests and by the benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unstable_startWorker } from 'wrangler'
import { migrate, seed } from '../../scripts/db'

export type RunningWorker = { url: string; persist: string; stop: () => Promise<void> }

export async function startWorker(options: { seed?: boolean } = {}): Promise<RunningWorker> {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
  process.env.WRANGLER_SEND_METRICS = 'false'
  const persist = mkdtempSync(join(tmpdir(), 'kennisstad-'))
  const where = ['--local', '--persist-to', persist]
  migrate(where, true)
  if (options.seed !== false) seed(where)
  const worker = await unstable_startWorker({
    config: join(import.meta.dirname, '../../wrangler.toml'),
    dev: {
      persist, inspector: false, watch: false, liveReload: false, logLevel: 'warn',
      server: { hostname: '127.0.0.1', port: 0 },
    },
  })
  await worker.ready
  const url = (await worker.url).toString().replace(/\/$/, '')
  return {
    url, persist,
    stop: async () => {
      await worker.dispose()
      rmSync(persist, { recursive: true, force: true })
    },
  }
}
