/**
 * Backups as versioned JSON (schema/backup.ts):
 *   npm run export -- [--out backup.json] [--persist-to DIR | --remote]
 *   npm run import -- backup.json [--persist-to DIR | --remote]     into an EMPTY database (migrations applied first)
 * Local databases are opened through wrangler's platform proxy (the same files `npm start` uses); `--remote` goes
 * through `wrangler d1 execute` against production. For production restores of a recent state, prefer D1 Time
 * Travel (see README).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getPlatformProxy } from 'wrangler'
import { d1Client, type Dump, exportDump, importDump, type Row, type SqlClient } from '../schema/backup'
import { migrate } from './db'

const root = join(import.meta.dirname, '..')
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'persist-to': { type: 'string' }, remote: { type: 'boolean', default: false } },
})
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

/** Production through the wrangler CLI: selects with --json, statements as a file. */
function remoteClient(): SqlClient {
  const wrangler = (args: string[]) => execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--remote', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] }).toString()
  return {
    all: async (sql) => (JSON.parse(wrangler(['--json', '--command', sql])) as { results: Row[] }[])[0]!.results,
    exec: async (statements) => {
      const dir = mkdtempSync(join(tmpdir(), 'kennisstad-import-'))
      writeFileSync(join(dir, 'batch.sql'), statements.map((s) => `${s};`).join('\n'))
      wrangler(['--file', join(dir, 'batch.sql')])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function withClient<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
  if (values.remote) return work(remoteClient())
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(root, 'wrangler.toml'), remoteBindings: false,
    persist: { path: values['persist-to'] ? join(values['persist-to'], 'v3') : join(root, '.wrangler/state/v3') },
  })
  try {
    return await work(d1Client(proxy.env.DB))
  } finally {
    await proxy.dispose()
  }
}

const [command, file] = positionals
if (command === 'export') {
  const dump = await withClient((client) => exportDump(client))
  const out = values.out ?? `kennisstad-backup-${dump.exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`
  writeFileSync(out, JSON.stringify(dump))
  const counts = Object.entries(dump.tables).map(([name, rows]) => `${name} ${rows.length}`).join(', ')
  console.log(`export: wrote ${out} (${counts})`)
} else if (command === 'import') {
  if (!file) throw new Error('usage: npm run import -- <backup.json> [--persist-to DIR | --remote]')
  const dump = JSON.parse(readFileSync(file, 'utf8')) as Dump
  migrate(values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])], true)
  try {
    const counts = await withClient((client) => importDump(client, dump))
    console.log(`import: restored ${Object.entries(counts).map(([name, n]) => `${name} ${n}`).join(', ')}`)
  } catch (err) {
    // Nothing was kept: the file is checked whole first, and a write the database refuses empties the target again.
    console.error(`import: nothing was restored — ${(err as Error).message}`)
    process.exit(1)
  }
} else {
  console.error('usage: npm run export -- [--out FILE] | npm run import -- FILE   [--persist-to DIR | --remote]')
  process.exit(2)
}
