// Runs inside workerd before each test file: the real migrations, then the real seed (as `npm start` loads it).
import { applyD1Migrations, env } from 'cloudflare:test'
import { seedStatements } from '../schema/seed/sql'
import { today } from '../core/time'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
const { n } = (await env.DB.prepare('select count(*) as n from partners').first<{ n: number }>())!
if (n === 0) {
  const statements = seedStatements(today())
  await env.DB.batch(statements.map((s) => env.DB.prepare(s)))
}

// Each test file starts from this database, which the Worker has not read yet: nothing it held from another file's
// database counts (in production a database only moves forward; here every file starts over).
const { forgetHeldVersion } = await import('../worker/data/data-version')
forgetHeldVersion()
