/**
 * `npm run soak [-- --seconds 60]`: a bounded soak on loopback. Starts the Worker on a fresh seeded database,
 * runs 2 concurrent clients for the given time with mixed traffic — JSON lists and details, CSV and iCalendar
 * exports, JSON-LD, search, the change feed, and authenticated creates (with Idempotency-Key) and patches — then
 * checks that every acknowledged create is in the database. Prints requests, errors and p99, and exits non-zero on
 * any 5xx or lost write. Rate limits are left out (all traffic comes from one address).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startWorker, unlimitedConfig } from './worker-server'
import { migrate, seed } from './db'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' } } })
const SECONDS = Number(values.seconds)
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'

const persist = mkdtempSync(join(tmpdir(), 'kennisstad-soak-'))
migrate(['--local', '--persist-to', persist], true)
seed(['--local', '--persist-to', persist])
const created = execFileSync('npx', ['tsx', 'scripts/keys.ts', 'create', '--role', 'admin', '--label', 'soak', '--persist-to', persist], { cwd: root }).toString()
const key = /ksk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(created)![0]
const worker = await startWorker({ persist, config: unlimitedConfig() })
const auth = { Authorization: `Bearer ${key}` }

const partners = ['naturalis', 'universiteit-leiden', 'lumc', 'stichting-leiden2022', 'museum-de-lakenhal']
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!
const reads: (() => string)[] = [
  () => `/v1/events?limit=20&partner=${pick(partners)}`,
  () => `/v1/events?from=2022-07-01&to=2022-09-30&limit=${1 + Math.floor(Math.random() * 50)}`,
  () => `/v1/events/${pick(['esof2022', 'misleiden', 'eucys-2022', 'museumnacht-leiden-2022'])}`,
  () => '/v1/events?format=csv&from=2022-07-01&to=2022-07-31',
  () => `/v1/partners/${pick(partners)}/events?format=ics`,
  () => '/v1/events?format=jsonld&limit=10',
  () => `/v1/search?q=${pick(['nacht', 'esof', 'lezing', 'museum'])}`,
  () => '/v1/changes?limit=50',
  () => '/v1/partners?limit=50',
]

const acknowledged: string[] = []
const statuses = new Map<number, number>()
const latencies: number[] = []
let sequence = 0

async function once(): Promise<void> {
  const roll = Math.random()
  const started = performance.now()
  let res: Response
  if (roll < 0.2) {
    const n = ++sequence
    const id = `soak-${n}`
    res = await fetch(`${worker.url}/v1/events`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': `soak-${n}` },
      body: JSON.stringify({ id, title: { nl: `Soak ${n}` }, startsAt: '2027-06-01T10:00:00+02:00', places: ['naturalis'], workflow: 'published' }),
    })
    if (res.status === 201) acknowledged.push(id)
  } else if (roll < 0.25 && acknowledged.length) {
    res = await fetch(`${worker.url}/v1/events/${pick(acknowledged)}`, {
      method: 'PATCH', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ status: pick(['scheduled', 'postponed']) }),
    })
  } else {
    res = await fetch(`${worker.url}${pick(reads)()}`)
  }
  await res.arrayBuffer()
  latencies.push(performance.now() - started)
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
}

async function client(until: number) {
  while (performance.now() < until) await once()
}

console.log(`soak: ${SECONDS} s, 2 clients, ${worker.url}`)
const until = performance.now() + SECONDS * 1000
await Promise.all([client(until), client(until)])

// Every acknowledged write must be there.
let lost = 0
for (const id of acknowledged) {
  const res = await fetch(`${worker.url}/v1/events/${id}`, { headers: auth })
  if (res.status !== 200) lost += 1
  await res.arrayBuffer()
}
await worker.stop()

latencies.sort((a, b) => a - b)
const total = latencies.length
const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)
const p99 = latencies[Math.floor(total * 0.99)] ?? 0
const summary = {
  requests: total, perSecond: Math.round(total / SECONDS), p50: Math.round(latencies[Math.floor(total / 2)] ?? 0),
  p99: Math.round(p99), statuses: Object.fromEntries([...statuses].sort()), writesAcknowledged: acknowledged.length, writesLost: lost, serverErrors,
}
console.log(`soak: ${JSON.stringify(summary)}`)
if (serverErrors > 0 || lost > 0) {
  console.error(`soak: FAILED — ${serverErrors} server errors, ${lost} lost writes`)
  process.exit(1)
}
console.log('soak: passed — no 5xx, no lost writes')
