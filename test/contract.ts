/**
 * Validates real responses against the committed OpenAPI document: the documented status, headers and body schema.
 * Uses @cfworker/json-schema (no eval, so it runs inside workerd). Objects are closed (`additionalProperties:
 * false`) for the check, so an undocumented field fails just like a missing one.
 */
import { Validator } from '@cfworker/json-schema'
import spec from '../openapi/openapi.json'

type Json = Record<string, any>

function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed)
  if (!schema || typeof schema !== 'object') return schema
  const out: Json = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' ? v : closed(v)]))
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false
  return out
}

const components = closed(spec.components) as Json

/** The operation whose path template matches `path` (e.g. /v1/events/esof2022 → /events/{id}). */
export function operationFor(method: string, path: string): { template: string; op: Json } {
  const local = path.replace(/^\/v1/, '').split('?')[0]!
  for (const [template, item] of Object.entries(spec.paths as Json)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    if (re.test(local) && item[method.toLowerCase()]) return { template, op: item[method.toLowerCase()] }
  }
  throw new Error(`no documented operation for ${method} ${path}`)
}

/** Problems with `res` as a response of `method path`; empty when it matches the contract. */
export async function contractViolations(method: string, path: string, res: Response): Promise<string[]> {
  const { template, op } = operationFor(method, path)
  const documented = op.responses[String(res.status)]
  if (!documented) return [`${method} ${template}: status ${res.status} is not documented`]
  const problems: string[] = []
  for (const name of Object.keys(documented.headers ?? {})) {
    if (!res.headers.has(name)) problems.push(`${method} ${template} ${res.status}: header ${name} missing`)
  }
  const contentType = (res.headers.get('Content-Type') ?? '').split(';')[0]!.trim()
  if (!documented.content) return problems
  const media = documented.content[contentType]
  if (!media) return [...problems, `${method} ${template} ${res.status}: content type ${contentType} not documented`]
  // A live stream never ends: its headers and type are checked, its body is not waited for.
  if (contentType === 'text/event-stream') {
    await res.body?.cancel()
    return problems
  }
  const schema = { ...(closed(media.schema) as Json), components }
  const body = /json$/.test(contentType) ? await res.clone().json() : await res.clone().text()
  const result = new Validator(schema, '2020-12', false).validate(body)
  for (const e of result.errors) problems.push(`${method} ${template} ${res.status}: ${e.instanceLocation} ${e.error}`)
  return problems
}
