// Every writable free-text field of every resource is stored as plain text, however the markup is nested: the
// fields are found in the contract (strings without a format, pattern or enum), not listed by hand.
import { describe, expect, it } from 'vitest'
import spec from '../../../openapi/openapi.json'
import { isPlain } from '../../../core/text'
import { call, issueKey } from '../../write-helpers'

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; format?: string; pattern?: string; enum?: unknown[]; $ref?: string; example?: unknown; minLength?: number }
const schemas = (spec as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas
const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split('/').at(-1)!]!) : s)
const isText = (s: Schema) => {
  const types = [s.type ?? []].flat()
  return types.includes('string') && !s.format && !s.pattern && !s.enum
}
const NESTED = '<<b>script>alert(1)<</b>/script> <!--<!-- x -->--> <scr<script>ipt>y</scr</script>ipt> Leiden'

/** The example body with every free-text field (at any depth, in lists too) set to nested markup. */
function hostile(schema: Schema, value: unknown, paths: string[], path = ''): unknown {
  const s = resolve(schema)
  if (s.anyOf) return hostile(s.anyOf.find((x) => resolve(x).type !== 'null') ?? s.anyOf[0]!, value, paths, path)
  if (s.properties) {
    const out: Record<string, unknown> = { ...(value as object) }
    for (const [key, sub] of Object.entries(s.properties)) {
      const r = resolve(sub)
      const present = out[key] !== undefined && out[key] !== null
      // Text fields get markup even when the example leaves them out; nested objects only when present.
      if (isText(r) || r.anyOf?.some((x) => isText(resolve(x)))) {
        out[key] = hostile(sub, out[key], paths, `${path}${key}`)
      } else if (present) out[key] = hostile(sub, out[key], paths, `${path}${key}.`)
      else if (r.properties && (r.properties.nl || r.properties.name)) out[key] = hostile(sub, {}, paths, `${path}${key}.`)
    }
    return out
  }
  if (s.items && Array.isArray(value)) return value.map((v, i) => hostile(s.items!, v, paths, `${path}${i}.`))
  if (isText(s)) {
    paths.push(path)
    return NESTED
  }
  return value
}

function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) value.forEach((v, i) => { strings(v, `${path}[${i}]`, out) })
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out)
  return out
}

const RESOURCES = [['EventInput', 'events'], ['PartnerInput', 'partners'], ['PlaceInput', 'places'], ['OpgaveInput', 'opgaven'], ['ThemeInput', 'themes']] as const

describe('plain text on every write path', () => {
  it.each(RESOURCES)('%s: nested markup in every free-text field is stored without tags, on create and on PATCH', async (name, path) => {
    const admin = await issueKey('admin')
    const input = schemas[name]!
    const texts: string[] = []
    const body = hostile(input, { ...(input.example as object), id: `plain-${path}` }, texts) as Record<string, unknown>
    expect(texts.length, `${name} has free-text fields`).toBeGreaterThan(0)
    const created = await call('POST', `/v1/${path}`, admin, body)
    expect(created.status, await created.clone().text()).toBe(201)
    const stored = (await created.json()) as object
    for (const [at, text] of strings(stored)) expect(isPlain(text), `${name} ${at}: ${text}`).toBe(true)
    expect(JSON.stringify(stored)).toContain('alert(1) ')
    // The same through a merge patch.
    const { id: _id, ...patch } = body
    const patched = await call('PATCH', `/v1/${path}/plain-${path}`, admin, patch)
    expect(patched.status, await patched.clone().text()).toBe(200)
    for (const [at, text] of strings(await patched.json())) expect(isPlain(text), `${name} ${at} (PATCH): ${text}`).toBe(true)
  })

  it('refuses a title that is only markup, on create and on PATCH alike', async () => {
    const admin = await issueKey('admin')
    const created = await call('POST', '/v1/themes', admin, { id: 'plain-empty', scheme: 'kennisstad-2023', label: { nl: '<b></b>' } })
    expect(created.status).toBe(400)
    const ok = await call('POST', '/v1/themes', admin, { id: 'plain-empty', scheme: 'kennisstad-2023', label: { nl: 'Echt' } })
    expect(ok.status).toBe(201)
    expect((await call('PATCH', '/v1/themes/plain-empty', admin, { label: { nl: '<<b>i>' } })).status).toBe(400)
  })
})
