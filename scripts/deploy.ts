/**
 * `npm run deploy`: build the assets, apply the migrations to the production D1, check that the database holds no
 * fictitious demo events, and only then publish the Worker. Demo events (`demo = 1`, titled "Voorbeeld (fictief): …")
 * exist for local development; a production seed never loads them (scripts/db.ts), and this refuses to publish a
 * database that holds any, saying how to remove them.
 *   tsx scripts/deploy.ts            the whole deploy
 *   tsx scripts/deploy.ts --check    only the demo check (against --remote, or --local [--persist-to DIR])
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { d1Query, migrate, type Target } from './db'

const root = join(import.meta.dirname, '..')

/** How many demo events (deleted ones included: they would still be in backups and the change feed) `where` holds. */
export function demoEvents(where: Target): number {
  return d1Query<{ n: number }>(where, 'select count(*) as n from events where demo = 1')[0]!.n
}

/** Null when `where` may be published, else the reason in words an operator can act on. */
export function refusal(where: Target): string | null {
  const n = demoEvents(where)
  if (n === 0) return null
  return `deploy: refused. The database holds ${n} fictitious demo event${n === 1 ? '' : 's'} (demo = 1), which must never be `
    + 'published as real data. Remove them first, e.g. `npx wrangler d1 execute DB --remote --command "delete from events where demo = 1"`, '
    + 'then deploy again.'
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1]
if (isMain) {
  const args = process.argv.slice(2)
  const persist = args.indexOf('--persist-to')
  const where: Target = args.includes('--local') ? ['--local', ...(persist >= 0 ? ['--persist-to', args[persist + 1]!] : [])] : ['--remote']
  const run = (cmd: string, cmdArgs: string[]) => execFileSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' })
  if (!args.includes('--check')) {
    run('npm', ['run', 'build:assets'])
    migrate(where)
  }
  const refused = refusal(where)
  if (refused) {
    console.error(refused)
    process.exit(1)
  }
  console.log('deploy: no demo events in the database.')
  if (!args.includes('--check')) run('npx', ['wrangler', 'deploy'])
}
