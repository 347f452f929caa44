// Property-based fuzzing from the published contract (fast-check): for every operation, requests built from its
// documented parameters and bodies — valid, boundary and hostile values (edge dates and offsets, numbers JSON cannot
// hold, nested markup). Invariants: never a 5xx; every response is documented and matches its schema; every error is
// problem+json naming the problem; a refused write changes nothing; and afterwards every stored id is a slug, every
// stored instant lies in the time window and every stored text is plain.
// FUZZ_RUNS (default 5000) and FUZZ_SEED make a run reproducible; a failure prints the seed and the shrunk request.
import { env, SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, inject, it } from 'vitest'
import spec from '../../openapi/openapi.json'
import { isPlain } from '../../core/text'
import { BASE } from '../api'
import { contractViolations, operationFor } from '../contract'
import { issueKey, snapshot, type Who } from '../write-helpers'

type Param = { name: string; in: string; schema?: Record<string, any>; example?: unknown }
type Op = { method: string; path: string; params: Param[]; body?: { schema: any; example: unknown } }

const components = (spec as any).components.schemas
const resolve = (s: any): any => (s?.$ref ? components[s.$ref.split('/').pop()] : s)
const operations: Op[] = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item as Record<string, any>).map(([method, op]) => {
  const media = op.requestBody?.content?.['application/json']
  const schema = resolve(media?.schema)
  return { method: method.toUpperCase(), path, params: op.parameters ?? [], body: media ? { schema, example: schema?.example } : undefined }
}))

const HOSTILE = ["'; drop table events; --", '%00', '\u0000', '../../etc/passwd', '=HYPERLINK("x")', '<script>alert(1)</script>',
  'ë🦋ĳ\u202e', 'a'.repeat(5000), '-1', '1e309', 'NaN', 'null', '[]', '{}', ' ', '', '\\', '"', '*', 'OR', ',,,', 'javascript:x',
  '<<b>script>alert(1)<</b>/script>', '<scr<script>ipt>x</scr</script>ipt>', '<!--<!-- -->-->x', '<b></b>']
/** Dates and instants at and beyond the edges of the calendar and of the platform's time window. */
const EDGE_TIMES = ['9999-12-31', '0001-01-01', '10000-01-01', '2199-12-31', '1900-01-01', '2199-12-31T23:30:00-01:00',
  '1900-01-01T00:30:00+01:00', '2022-07-13T10:00:00+14:00', '2022-07-13T10:00:00-12:00', '9999-12-31T23:59:59+00:00',
  '0000-01-01T00:00:00Z', '2022-10-30T02:30:00+01:00', '2022-03-27T02:30:00+02:00', '2022-07-13T24:00:00Z']
/** Stands for a number JSON cannot write (1e999 parses as Infinity); the body text gets the literal. */
const HUGE = '__HUGE_NUMBER__'

/** Values for one documented parameter: mostly plausible, some at the edges, some hostile. */
function paramValue(p: Param): fc.Arbitrary<string | string[]> {
  const s = p.schema ?? {}
  const plausible: fc.Arbitrary<string>[] = []
  if (p.example !== undefined || s.example !== undefined) plausible.push(fc.constant(String(p.example ?? s.example)))
  if (s.enum) plausible.push(fc.constantFrom(...s.enum.map(String)))
  if (s.type === 'integer' || s.type === 'number') {
    const min = s.minimum ?? -1000
    const max = s.maximum ?? 1000
    plausible.push(fc.integer({ min, max }).map(String), fc.constantFrom(String(min - 1), String(max + 1), '0', '2.5', '-0', '99999999999999999999'))
  }
  if (p.name === 'id') plausible.push(fc.constantFrom('esof2022', 'naturalis', 'lorentzzaal', 'internationalisering', 'celebrate', 'nope'))
  if (['from', 'to', 'updatedSince'].includes(p.name)) {
    plausible.push(fc.constantFrom('2022-07-13', '2022-02-30', '2022-07-13T10:00:00+02:00', '2022-07-13T10:00:00', ...EDGE_TIMES))
  }
  const one = fc.oneof({ weight: 6, arbitrary: fc.oneof(...(plausible.length ? plausible : [fc.string({ maxLength: 20 })])) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) })
  return fc.oneof({ weight: 9, arbitrary: one }, { weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 3 }) })
}

/** A body: the documented example, the example with one mutation, or arbitrary JSON. */
function bodyValue(op: Op): fc.Arbitrary<unknown> {
  const example = (op.body?.example ?? {}) as Record<string, unknown>
  const keys = Object.keys(example)
  const mutated = fc.record({
    key: keys.length ? fc.constantFrom(...keys, 'unknownField') : fc.constant('unknownField'),
    value: fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.double(), fc.integer(),
      fc.constantFrom(...EDGE_TIMES), fc.constantFrom(HUGE, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
      fc.constantFrom(...HOSTILE).map((text) => ({ nl: text, en: text }))),
  }).map(({ key, value }) => ({ ...example, id: `fz-${Math.random().toString(36).slice(2, 10)}`, [key]: value }))
  return fc.oneof({ weight: 3, arbitrary: fc.constant(example).map((e) => ({ ...e, id: `fz-${Math.random().toString(36).slice(2, 10)}` })) },
    { weight: 5, arbitrary: mutated }, { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) })
}

const ACCEPT = ['application/json', 'text/csv', 'text/calendar', 'application/ld+json', 'application/xml', '*/*', 'text/html,*/*;q=0.8', 'garbage']

let keys: { admin: Who[]; partner: Who[] }
beforeAll(async () => {
  keys = { admin: [], partner: [] }
  for (let i = 0; i < 60; i++) {
    keys.admin.push(await issueKey('admin'))
    keys.partner.push(await issueKey('partner', 'naturalis'))
  }
}, 60_000)

const request = fc.integer({ min: 0, max: operations.length - 1 }).chain((index) => {
  const op = operations[index]!
  return fc.record({
  op: fc.constant(`${op.method} ${op.path}`),
  path: fc.record(Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, paramValue(p)]))),
  query: fc.record(Object.fromEntries(op.params.filter((p) => p.in === 'query').map((p) => [p.name, paramValue(p)])), { requiredKeys: [] }),
  unknown: fc.option(fc.constantFrom('colour', 'LIMIT', 'q[]', '__proto__'), { freq: 8 }),
  accept: fc.option(fc.constantFrom(...ACCEPT), { freq: 2 }),
  who: fc.constantFrom('none', 'admin', 'partner', 'bogus'),
  body: op.body ? fc.option(bodyValue(op), { freq: 10 }) : fc.constant(null),
  ip: fc.integer({ min: 1, max: 2 ** 31 }),
  })
})

const runs = inject('fuzzRuns')
const byName = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]))

describe('fuzzing every operation from the contract', () => {
  it(`${runs} generated requests: no 5xx, documented responses, problems that name the problem, refused writes change nothing`, async () => {
    const seed = inject('fuzzSeed')
    console.log(`fuzz: seed ${seed}, ${runs} runs (reproduce with FUZZ_SEED=${seed})`)
    await fc.assert(fc.asyncProperty(request, async (r) => {
      const op = byName.get(r.op)!
      let path = op.path
      for (const [name, value] of Object.entries(r.path)) path = path.replace(`{${name}}`, encodeURIComponent([value].flat()[0] ?? ''))
      const params = new URLSearchParams()
      for (const [name, value] of Object.entries(r.query)) for (const v of [value].flat()) params.append(name, v as string)
      if (r.unknown) params.append(r.unknown, 'x')
      const url = `/v1${path}${params.size ? `?${params}` : ''}`
      const headers: Record<string, string> = { 'CF-Connecting-IP': `10.${r.ip % 256}.${(r.ip >> 8) % 256}.${(r.ip >> 16) % 256}` }
      if (r.accept) headers.Accept = r.accept
      const key = r.who === 'admin' ? keys.admin[r.ip % 60] : r.who === 'partner' ? keys.partner[r.ip % 60] : null
      if (key) headers.Authorization = `Bearer ${key.key}`
      if (r.who === 'bogus') headers.Authorization = `Bearer ksk_zzzzzzzzzzzz_${'x'.repeat(43)}`
      const write = op.method !== 'GET'
      if (write && r.body !== null) headers['Content-Type'] = 'application/json'
      const before = write ? await snapshot() : ''
      const body = write && r.body !== null ? JSON.stringify(r.body).replaceAll(`"${HUGE}"`, '1e999') : undefined
      const res = await SELF.fetch(`${BASE}${url}`, { method: op.method, headers, body })
      const label = `${op.method} ${url} (${r.who}) → ${res.status}`
      if (res.status >= 500) throw new Error(`${label}: ${await res.text()}`)
      if (res.status === 429) return // a documented, correct answer under load; nothing else to check
      // An empty path parameter makes a path no operation has (`/v1/events/`): that must simply be a 404 problem.
      const documented = (() => { try { operationFor(op.method, url); return true } catch { return false } })()
      if (!documented) {
        if (![401, 404].includes(res.status) || res.headers.get('Content-Type') !== 'application/problem+json') throw new Error(`${label}: expected a 404 problem (or 401 for a bad key)`)
        return
      }
      const violations = await contractViolations(op.method, url, res.clone())
      if (violations.length) throw new Error(`${label}: ${violations.join('; ')}`)
      if (res.status >= 400) {
        const problem = (await res.json()) as any
        if (res.headers.get('Content-Type') !== 'application/problem+json' || problem.status !== res.status || !problem.title || !problem.detail) {
          throw new Error(`${label}: not a problem document: ${JSON.stringify(problem)}`)
        }
        if (res.status === 400 && !(problem.errors?.length > 0 && problem.errors.every((e: any) => e.name))) throw new Error(`${label}: 400 without named errors`)
        if (write && (await snapshot()) !== before) throw new Error(`${label}: a refused write changed the database`)
      } else {
        await res.arrayBuffer()
      }
    }), { numRuns: runs, seed, verbose: 1, endOnFailure: true })
    await storedDataIsClean()
  }, 900_000)
})

/**
 * What every accepted write must have left: ids that are slugs, instants inside the time window (in UTC), and text
 * without markup — read straight from the database, so no representation can hide a bad value.
 */
async function storedDataIsClean() {
  const bad: string[] = []
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
  const instant = /^(19\d\d|2[01]\d\d)-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
  const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts)
    : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [])
  const tables: Record<string, { instants: string[]; text: string[]; json: string[] }> = {
    events: { instants: ['starts_at', 'ends_at', 'previous_starts_at', 'created_at', 'updated_at', 'deleted_at'], text: [], json: ['title', 'summary', 'description', 'notes', 'image'] },
    partners: { instants: ['created_at', 'updated_at', 'deleted_at'], text: ['name', 'notes', 'street_address', 'locality'], json: ['description', 'alt_names'] },
    places: { instants: ['created_at', 'updated_at', 'deleted_at'], text: ['name', 'street_address', 'locality'], json: ['description', 'accessibility'] },
    opgaven: { instants: ['created_at', 'updated_at', 'deleted_at'], text: [], json: ['title', 'summary', 'description'] },
    themes: { instants: ['created_at', 'updated_at', 'deleted_at'], text: [], json: ['label'] },
  }
  for (const [table, cols] of Object.entries(tables)) {
    const { results } = await env.DB.prepare(`select * from ${table}`).all<Record<string, unknown>>()
    for (const row of results) {
      const where = `${table} ${String(row.id)}`
      if (!slug.test(String(row.id))) bad.push(`${where}: id is not a slug`)
      for (const c of cols.instants) if (row[c] !== null && !instant.test(String(row[c]))) bad.push(`${where}: ${c} = ${String(row[c])}`)
      const strings = [...cols.text.map((c) => row[c]).filter((v) => typeof v === 'string') as string[],
        ...cols.json.flatMap((c) => (typeof row[c] === 'string' ? texts(JSON.parse(row[c] as string)) : []))]
      for (const text of strings) if (!isPlain(text) || text !== text.trim()) bad.push(`${where}: text ${JSON.stringify(text).slice(0, 80)}`)
    }
  }
  if (bad.length) throw new Error(`stored data broke an invariant:\n${bad.slice(0, 20).join('\n')}`)
}
