/**
 * `npm run feeds -- <command>`: partners' feeds for operators, through the Worker's own API (so every change is
 * validated, audited and imported the way the API does it):
 *   add --partner naturalis --url https://… [--name "Agenda"] [--trusted] [--format ical|jsonld] [--license CC-BY-4.0]
 *       [--place naturalis] [--theme …] [--audience general] [--language nl] [--interval 60]
 *   list                     every feed: partner, state, its last run
 *   runs <id>                the last runs of a feed, with what each did and why items were rejected
 *   run [id]                 import one feed now (or every feed that is not paused), wait, and print the reports
 *   remove <id>              stop importing it (its events stay)
 * Locally it talks to `npm start` when that runs (PORT, default 8787), else to a Worker of its own on the same local
 * database (`--persist-to DIR`: always its own, on that database), with a temporary editor key it revokes afterwards.
 * `--remote` talks to KENNISSTAD_API with KENNISSTAD_KEY (an editor's key).
 */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { insertStatements } from '../schema/seed/sql'
import * as t from '../schema/tables'
import { newKey } from '../worker/base/keys'
import { d1Query, migrate } from './db'
import { startWorker } from './worker-server'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    partner: { type: 'string' }, url: { type: 'string' }, name: { type: 'string' }, trusted: { type: 'boolean' },
    format: { type: 'string' }, license: { type: 'string' }, interval: { type: 'string' },
    place: { type: 'string', multiple: true }, theme: { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true }, language: { type: 'string', multiple: true },
    remote: { type: 'boolean', default: false }, 'persist-to': { type: 'string' },
  },
})
const fail = (message: string): never => {
  console.error(`feeds: ${message}`)
  process.exit(2)
}
const [command, arg] = positionals
if (!['add', 'list', 'runs', 'run', 'remove'].includes(command ?? '')) fail('usage: npm run feeds -- add|list|runs|run|remove … (see scripts/feeds.ts)')

/** Where the API is, with a key that may act on every feed, and what to undo afterwards. */
async function connect(): Promise<{ api: string; key: string; close: () => Promise<void> }> {
  if (values.remote) {
    const api = process.env.KENNISSTAD_API
    const key = process.env.KENNISSTAD_KEY
    if (!api || !key) fail('--remote needs KENNISSTAD_API (https://…, the deployed Worker) and KENNISSTAD_KEY (an editor key)')
    return { api: api!.replace(/\/$/, ''), key: key!, close: async () => undefined }
  }
  const persist = values['persist-to'] ? resolve(values['persist-to']) : undefined
  const where = persist ? ['--local', '--persist-to', persist] : ['--local']
  migrate(where, true) // a database no one has started yet gets its tables
  const { key, prefix, hash } = await newKey()
  const [insert] = insertStatements(t.apiKeys, [{ id: `key_${prefix}`, prefix, hash, role: 'admin', label: 'npm run feeds (temporary)' }])
  d1Query(where, insert!)
  const revoke = () => d1Query(where, `update api_keys set revoked_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') where prefix = '${prefix}'`)
  const running = `http://127.0.0.1:${process.env.PORT ?? 8787}`
  if (!persist && await fetch(`${running}/v1/openapi.json`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false)) {
    return { api: running, key, close: async () => void revoke() }
  }
  console.log(`feeds: starting a Worker on the local database${persist ? ` in ${persist}` : ` (no server on ${running})`} for this command…`)
  const worker = await startWorker({ persist: persist ?? join(import.meta.dirname, '../.wrangler/state') })
  return { api: worker.url, key, close: async () => { revoke(); await worker.stop() } }
}

const connection = await connect()
const api = async (method: string, path: string, body?: unknown): Promise<any> => {
  const res = await fetch(`${connection.api}/v1${path}`, {
    method, headers: { Authorization: `Bearer ${connection.key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  const json = text ? JSON.parse(text) : null
  if (!res.ok) {
    const errors = (json?.errors ?? []).map((e: { name: string; detail: string }) => `\n  ${e.name}: ${e.detail}`).join('')
    throw new Error(`${method} ${path} → ${res.status}: ${json?.detail ?? text}${errors}`)
  }
  return json
}
async function all(path: string): Promise<any[]> {
  const out: any[] = []
  for (let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=100`; next;) {
    const page = await api('GET', next)
    out.push(...page.data)
    next = page.links.next ? new URL(page.links.next).pathname.replace(/^\/v1/, '') + new URL(page.links.next).search : null
  }
  return out
}

const when = (instant: string | null) => (instant ? instant.replace('T', ' ').replace(/:\d\dZ$/, ' UTC') : 'never')
function report(run: any): string {
  const c = run.counts
  const lines = [`run ${run.id} (${run.trigger}): ${run.outcome}${run.finishedAt ? ` at ${when(run.finishedAt)}` : ''}${run.attempts > 1 ? `, ${run.attempts} attempts` : ''}`]
  if (run.outcome === 'imported') lines.push(`  ${c.items} items: ${c.created} created, ${c.updated} updated, ${c.cancelled} cancelled, ${c.unchanged} unchanged, ${c.rejected} rejected`)
  if (run.error) lines.push(`  ${run.error}`)
  for (const r of run.rejected) lines.push(`  rejected ${r.title ? `"${r.title}"` : r.item}: ${r.reason}${(r.errors ?? []).map((e: any) => `\n    ${e.name}: ${e.detail}`).join('')}`)
  for (const k of run.kept) lines.push(`  kept the editors' correction of ${k.fields.join(', ')} in ${k.event}`)
  for (const n of run.notes) lines.push(`  note: ${n}`)
  return lines.join('\n')
}
async function runAndWait(id: string) {
  const queued = await api('POST', `/feeds/${id}/runs`)
  for (let i = 0; i < 600; i++) {
    const run = await api('GET', `/feeds/${id}/runs/${queued.id}`)
    if (!['queued', 'running'].includes(run.outcome)) return run
    await new Promise((r) => setTimeout(r, 500))
  }
  return api('GET', `/feeds/${id}/runs/${queued.id}`)
}

try {
  if (command === 'add') {
    if (!values.url) fail('add needs --url')
    const defaults = { places: values.place, themes: values.theme, audiences: values.audience, languages: values.language }
    const feed = await api('POST', '/feeds', {
      partner: values.partner, url: values.url, name: values.name ?? `Agenda van ${values.partner ?? 'de partner'}`,
      ...(values.trusted ? { trusted: true } : {}), ...(values.format ? { format: values.format } : {}),
      ...(values.license ? { license: values.license } : {}), ...(values.interval ? { intervalMinutes: Number(values.interval) } : {}),
      ...(Object.values(defaults).some(Boolean) ? { defaults: Object.fromEntries(Object.entries(defaults).filter(([, v]) => v)) } : {}),
    })
    console.log(`Registered feed ${feed.id} for ${feed.partner.name}${feed.trusted ? ' (trusted: its events are published at once)' : ' (its events wait for an editor)'}.`)
    console.log(`Import it now with: npm run feeds -- run ${feed.id}${values.remote ? ' --remote' : ''}`)
  } else if (command === 'list') {
    const feeds = await all('/feeds')
    if (feeds.length === 0) console.log('No feeds. Register one with: npm run feeds -- add --partner <id> --url <address>')
    for (const f of feeds) {
      console.log(`${f.id}  ${f.partner.id}  ${f.trusted ? 'trusted' : 'moderated'}  ${f.paused ? `PAUSED (${f.pauseReason ?? 'by an editor'})` : `every ${f.intervalMinutes} min`}  last fetched ${when(f.lastFetchedAt)}`)
      console.log(`  ${f.url}`)
      if (f.lastRun) console.log(report(f.lastRun).replace(/^/gm, '  '))
    }
  } else if (command === 'runs') {
    if (!arg) fail('usage: npm run feeds -- runs <feed id>')
    const page = await api('GET', `/feeds/${arg}/runs?limit=10`)
    if (page.data.length === 0) console.log(`Feed ${arg} has not run yet.`)
    for (const run of page.data) console.log(report(run))
  } else if (command === 'run') {
    const ids = arg ? [arg] : (await all('/feeds')).filter((f) => !f.paused).map((f) => f.id)
    if (ids.length === 0) console.log('No feeds to run.')
    for (const run of await Promise.all(ids.map(async (id) => ({ id, run: await runAndWait(id) })))) console.log(`${run.id}: ${report(run.run)}`)
  } else if (command === 'remove') {
    if (!arg) fail('usage: npm run feeds -- remove <feed id>')
    await api('DELETE', `/feeds/${arg}`)
    console.log(`Feed ${arg} removed: it is no longer imported; its events stay.`)
  }
} catch (err) {
  console.error(`feeds: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await connection.close()
}
