// `npm run feeds`: an operator registers a partner's feed, imports it and reads the report, on a local D1 of its own
// (the real CLI, the real Worker with its queue, a partner's server on loopback that the test starts and stops).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate, seed } from '../../scripts/db'
import { render } from '../feeds/server'

const root = join(import.meta.dirname, '../..')
const persist = mkdtempSync(join(tmpdir(), 'kennisstad-feeds-cli-'))
let server: Server
let url: string
// Not execFileSync: the partner's server below lives in this process and must keep answering while the CLI runs.
const feeds = async (...args: string[]) => (await promisify(execFile)('npx', ['tsx', 'scripts/feeds.ts', ...args, '--persist-to', persist], {
  cwd: root, encoding: 'utf8', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})).stdout

beforeAll(async () => {
  migrate(['--local', '--persist-to', persist], true)
  seed(['--local', '--persist-to', persist])
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/calendar' })
    res.end(render('museum.ics', new Date().toISOString().slice(0, 10)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/agenda.ics`
})
afterAll(() => {
  server?.close()
  rmSync(persist, { recursive: true, force: true })
})

describe('npm run feeds', () => {
  it('adds a feed, imports it with a report, lists it and removes it', async () => {
    const added = await feeds('add', '--partner', 'naturalis', '--url', url, '--name', 'Testagenda', '--trusted', '--place', 'naturalis')
    expect(added).toContain('Registered feed naturalis-testagenda for Naturalis Biodiversity Center (trusted: its events are published at once).')
    const ran = await feeds('run', 'naturalis-testagenda')
    expect(ran).toMatch(/naturalis-testagenda: run 1 \(request\): imported at /)
    expect(ran).toContain('7 items: 6 created, 0 updated, 0 cancelled, 0 unchanged, 1 rejected')
    expect(ran).toContain('rejected "Personeelsoverleg": it is marked CLASS:PRIVATE: not for publication')
    const listed = await feeds('list')
    expect(listed).toContain('naturalis-testagenda  naturalis  trusted  every 60 min')
    expect(listed).toContain(url)
    expect(await feeds('remove', 'naturalis-testagenda')).toContain('Feed naturalis-testagenda removed')
    expect(await feeds('list')).toContain('No feeds.')
  }, 600_000)

  it('says what was wrong with a refused feed and exits non-zero', async () => {
    const failure = (await feeds('add', '--partner', 'naturalis', '--url', 'https://192.168.1.10/agenda.ics').then(() => ({}), (err) => err)) as { code?: number; stderr?: string }
    expect(failure.code).toBe(1)
    expect(failure.stderr).toContain('url: points to a private or internal address')
  }, 300_000)
})
