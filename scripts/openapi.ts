/**
 * `npm run openapi`: writes the contract the Worker serves at /v1/openapi.json to openapi/openapi.json, so a
 * contract change shows in the diff. A test fails when the committed copy is stale.
 *
 * First it records real examples: a throwaway local D1 (wrangler's own migrations) holds the curated Kennisstad
 * data — no fictitious demo events — and every read operation is asked once; its 200 body becomes the documented
 * example (openapi/examples.json, which the Worker merges into the contract it serves). Timestamps of the
 * throwaway rows are pinned, so the examples only change when the data or the contract does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import { eventSeeds } from '../schema/seed/events'
import { seedStatements } from '../schema/seed/sql'
import { createApp } from '../worker/app'
import { migrate } from './db'

const root = join(import.meta.dirname, '..')
const PINNED = '2026-01-01T00:00:00Z'

type Param = { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown } }
type Op = { operationId?: string; parameters?: Param[]; security?: unknown[]; responses?: Record<string, { content?: Record<string, unknown> }> }

/** Read operations and the address that shows each one with its documented example values. */
function readExamplePaths(doc: { paths: Record<string, Record<string, Op>> }) {
  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const op = item.get
    if (!op?.operationId || path === '/openapi.json') return []
    let url = path
    for (const p of op.parameters ?? []) {
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example ?? p.schema?.example)))
    }
    const query = new URLSearchParams((op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p): [string, string] => [p.name, String(p.example ?? p.schema?.example)]))
    if ((op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'limit')) query.set('limit', '2')
    const types = Object.keys(op.responses?.['200']?.content ?? {}).filter((type) => type.includes('json'))
    return [{ operationId: op.operationId, path, types, url: `/v1${url}${query.size ? `?${query}` : ''}` }]
  })
}

/** Instants that depend on when the throwaway rows were written (any instant of the last week) are pinned. */
const recent = (v: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v) && Math.abs(Date.now() - Date.parse(v)) < 7 * 86_400_000
const pin = (value: unknown): unknown => {
  if (typeof value === 'string') return recent(value) ? PINNED : value
  if (Array.isArray(value)) return value.map(pin)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pin(v)]))
  return value
}

async function recordExamples(): Promise<Record<string, unknown>> {
  const bare = await (await createApp().request('/v1/openapi.json', {}, { DB: {} as D1Database })).json() as { paths: Record<string, Record<string, Op>> }
  const dir = mkdtempSync(join(tmpdir(), 'kennisstad-openapi-'))
  try {
    migrate(['--local', '--persist-to', dir], true)
    const proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: join(root, 'wrangler.toml'), remoteBindings: false, persist: { path: join(dir, 'v3') } })
    try {
      const db = proxy.env.DB
      await db.batch(seedStatements('2026-01-01', eventSeeds).map((s) => db.prepare(s)))
      const examples: Record<string, unknown> = {}
      // Keyed by operationId for application/json, `<operationId> <media type>` for the other JSON types (JSON-LD …).
      for (const { operationId, types, url } of readExamplePaths(bare)) {
        for (const type of types) {
          const res = await createApp().request(url, { headers: { Accept: type } }, { DB: db } as never)
          if (res.status === 401) continue // needs a key: composed from the field examples instead
          if (res.status !== 200 || !(res.headers.get('Content-Type') ?? '').startsWith(type)) throw new Error(`${url} as ${type} answered ${res.status} ${res.headers.get('Content-Type')}`)
          examples[type === 'application/json' ? operationId : `${operationId} ${type}`] = pin(JSON.parse((await res.text()).replaceAll('http://localhost', 'https://kennisstad.example')))
        }
      }
      return examples
    } finally {
      await proxy.dispose()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

mkdirSync(join(root, 'openapi'), { recursive: true })
const examples = await recordExamples()
writeFileSync(join(root, 'openapi/examples.json'), `${JSON.stringify(examples, null, 2)}\n`)
console.log(`openapi: recorded ${Object.keys(examples).length} real response examples`)

// The contract exactly as the Worker serves it (its examples are on the fields; /docs adds the recorded bodies).
const res = await createApp().request('/v1/openapi.json', {}, { DB: {} as D1Database })
if (res.status !== 200) throw new Error(`/v1/openapi.json answered ${res.status}: ${await res.text()}`)
const doc = await res.json()
const out = join(root, 'openapi/openapi.json')
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`)
console.log(`openapi: wrote ${out}`)
