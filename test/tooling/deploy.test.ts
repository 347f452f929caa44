// Demo data stays local: a production seed loads no demo events, and `npm run deploy` refuses a database with any.
// Both run here against local D1 files through the same wrangler commands a deploy uses (no network needed).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrate, seed } from '../../scripts/db'
import { demoEvents, refusal } from '../../scripts/deploy'

const root = join(import.meta.dirname, '../..')
const dirs: string[] = []
function database(demo: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'kennisstad-deploy-'))
  dirs.push(dir)
  const where = ['--local', '--persist-to', dir]
  migrate(where, true)
  seed(where, { demo })
  return where
}
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }) })

describe('demo data and deploys', () => {
  it('a seed without demo events (what --remote loads) passes the deploy check', () => {
    const where = database(false)
    expect(demoEvents(where)).toBe(0)
    expect(refusal(where)).toBeNull()
  })

  it('a database holding demo events is refused, with the reason and the way out', () => {
    const where = database(true)
    expect(demoEvents(where)).toBeGreaterThan(0)
    const cli = (() => {
      try {
        execFileSync('npx', ['tsx', 'scripts/deploy.ts', '--check', ...where], { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false' } })
        return { status: 0, stderr: '' }
      } catch (e) {
        return e as { status: number; stderr: string }
      }
    })()
    expect(cli.status).toBe(1)
    expect(cli.stderr).toMatch(/deploy: refused\. The database holds \d+ fictitious demo events/)
    expect(cli.stderr).toContain('delete from events where demo = 1')
  })
})
