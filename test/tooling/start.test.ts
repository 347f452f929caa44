// `npm start` on another port, as a newcomer whose 8787 is taken would run it: the banner names the real address and
// the site answers there. Runs the real script (migrations, seed, wrangler dev on 127.0.0.1) and ends it by PID.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const root = join(import.meta.dirname, '../..')
// The environment of a person's shell: without the variables vitest sets for itself (they switch builds to test mode).
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k))),
  CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false',
}
let child: ChildProcess | undefined

afterAll(() => {
  // The whole process group we started (npm → tsx → wrangler → workerd), and nothing else.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
})

/** A port nothing listens on right now (the OS picks it). */
const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number }
    server.close(() => resolve(port))
  }).on('error', reject)
})

describe('npm start', () => {
  // `npm start` is `prestart` (the asset build) and then `tsx scripts/start.ts` with the arguments after `--`. The
  // asset build is left out here: it rewrites public/, which the browser tests running alongside are reading.
  it('refuses a port that is not a number, from --port or PORT, saying how to pass one', () => {
    for (const [args, extra] of [[['--port', 'eighty'], {}], [[], { PORT: 'eighty' }]] as const) {
      const run = spawnSync('npx', ['tsx', 'scripts/start.ts', ...args], { cwd: root, env: { ...env, ...extra }, encoding: 'utf8' })
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('"eighty" is not a port number')
      expect(run.stderr).toContain('PORT=8790 npm start')
    }
  }, 120_000) // two tsx start-ups: seconds on a quiet machine, far more under load

  it('serves on the port given with `npm start -- --port N` and says so in its banner', async () => {
    const port = await freePort()
    child = spawn('npx', ['tsx', 'scripts/start.ts', '--port', String(port)], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout!.on('data', (d) => { out += d })
    child.stderr!.on('data', (d) => { out += d })
    const exited = new Promise<never>((_, reject) => child!.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`))))
    // Wait for the condition (the page answers 200), however long a loaded machine needs, within the test's bound.
    const ready = vi.waitFor(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/?lang=en`)
      if (res.status !== 200) throw new Error(`answered ${res.status}`)
      return res.text()
    }, { timeout: 230_000, interval: 250 })
    const html = await Promise.race([ready, exited])
    expect(html).toContain('<html lang="en">')
    expect(out).toContain(`Kennisstad Open Data is starting on http://localhost:${port}`)
    expect(out).not.toContain('localhost:8787')
    // The sample feed is registered at this address and imported offline, through the queue, right after start.
    const sample = await vi.waitFor(async () => {
      const body = (await (await fetch(`http://127.0.0.1:${port}/v1/events?q=schermen&demo=true`)).json()) as { data: any[] }
      const event = body.data.find((e) => e.provenance.origin === 'feed')
      if (!event) throw new Error('not imported yet')
      return event
    }, { timeout: 120_000, interval: 500 })
    expect(sample.title.nl).toBe('Voorbeeld (fictief): Rondleiding achter de schermen')
    expect(sample).toMatchObject({ demo: true, provenance: { feed: 'voorbeeld-agenda', partner: { id: 'naturalis' } } })
  }, 360_000)
})
