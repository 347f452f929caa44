/**
 * Local (and, with --remote, production) database chores through wrangler, so migrations and seed data reach D1
 * exactly the way a deploy does:
 *   tsx scripts/db.ts migrate [--remote]   apply schema/migrations
 *   tsx scripts/db.ts seed [--remote]      load the Kennisstad dataset when the database is empty; the fictitious
 *                                          demo events only locally (never with --remote: see scripts/deploy.ts)
 *   tsx scripts/db.ts reset                delete the local database, then migrate and seed
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventSeeds } from '../schema/seed/events'
import { seedStatements } from '../schema/seed/sql'
import { today } from '../core/time'

const root = join(import.meta.dirname, '..')
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

function wrangler(args: string[], capture = false): string {
  const out = execFileSync('npx', ['wrangler', ...args], { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'inherit', 'inherit'] })
  return capture ? out.toString() : ''
}

/** Where wrangler's d1 commands act: `['--local']`, `['--local', '--persist-to', dir]` or `['--remote']`. */
export type Target = string[]

export function migrate(where: Target, quiet = false) {
  wrangler(['d1', 'migrations', 'apply', 'DB', ...where], quiet)
}

/** The rows one SQL statement returns. */
export function d1Query<R = Record<string, unknown>>(where: Target, sql: string): R[] {
  const out = wrangler(['d1', 'execute', 'DB', ...where, '--json', '--command', sql], true)
  return (JSON.parse(out) as { results: R[] }[])[0]?.results ?? []
}

/** Runs every statement of an SQL file (wrangler sends it as one batch). */
export function d1File(where: Target, file: string) {
  wrangler(['d1', 'execute', 'DB', ...where, '--file', file], true)
}

const partnerCount = (where: Target) => d1Query<{ n: number }>(where, 'select count(*) as n from partners')[0]!.n

/** `demo`: load the fictitious demo events too (default: only locally, never with --remote). */
export function seed(where: Target, { demo = !where.includes('--remote') } = {}) {
  const existing = partnerCount(where)
  if (existing > 0) {
    console.log(`seed: the database already holds data (${existing} partners); leaving it as it is.`)
    return
  }
  const date = today()
  // Demo events are for local development only: production gets the curated, sourced events alone.
  const statements = demo ? seedStatements(date) : seedStatements(date, eventSeeds)
  mkdirSync(join(root, '.wrangler/tmp'), { recursive: true })
  const file = join(root, `.wrangler/tmp/seed-${process.pid}.sql`)
  writeFileSync(file, `${statements.join('\n')}\n`)
  d1File(where, file)
  console.log(`seed: loaded ${statements.length} rows (${demo ? `demo events dated from ${date}` : 'no demo events'}).`)
}

export function reset() {
  rmSync(join(root, '.wrangler/state/v3/d1'), { recursive: true, force: true })
  migrate(['--local'])
  seed(['--local'])
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1]
if (isMain) {
  const [command] = process.argv.slice(2)
  const where = process.argv.includes('--remote') ? ['--remote'] : ['--local']
  if (command === 'migrate') migrate(where)
  else if (command === 'seed') seed(where)
  else if (command === 'reset') reset()
  else {
    console.error('usage: tsx scripts/db.ts migrate|seed|reset [--remote]')
    process.exit(2)
  }
}
