/**
 * Example bodies in the contract, written into the document itself so every viewer (Scalar on /docs, Redocly, code
 * generators) shows a body instead of `{}`. A read operation's 200 example is a real response, recorded from the
 * curated data by `npm run openapi` (openapi/examples.json); every other JSON body gets an example composed from
 * the examples its fields document (`doc(…, example)`).
 */
type Schema = Record<string, any>
type Doc = { paths?: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } }

const FALLBACK: Record<string, unknown> = { string: '', integer: 0, number: 0, boolean: false, null: null }

/** An example of `schema`; `$ref`s resolved once per branch, so recursive schemas end. */
export function exampleOf(schema: Schema | undefined, schemas: Record<string, Schema>, seen: ReadonlySet<string> = new Set()): unknown {
  if (!schema) return undefined
  if ('example' in schema) return schema.example
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0]
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!
    return seen.has(name) ? undefined : exampleOf(schemas[name], schemas, new Set([...seen, name]))
  }
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) {
      const branches = schema[key] as Schema[]
      const real = branches.find((b) => b.type !== 'null') ?? branches[0]
      return exampleOf(real, schemas, seen)
    }
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part: Schema) => exampleOf(part, schemas, seen) ?? {}))
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type
  if (type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {}
    for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      const value = exampleOf(prop, schemas, seen)
      if (value !== undefined) out[name] = value
    }
    return out
  }
  if (type === 'array') {
    const item = exampleOf(schema.items, schemas, seen)
    return item === undefined ? [] : [item]
  }
  return FALLBACK[type as string]
}

/**
 * The contract as /docs shows it: an example on every JSON body, the recorded 200 examples (by operationId, and
 * `<operationId> <media type>` for JSON-LD and the like) and a
 * composed one elsewhere. Served at /docs/openapi.json; the contract itself (/v1/openapi.json) keeps its examples on
 * the fields only, because the NL API Design Rules linter reads every key under `paths` containing "post", "put",
 * "patch", "get" or "delete" as an operation, so an inline body with a field such as `postalCode` would fail it.
 */
export function withExamples<D extends Doc>(contract: D, recorded: Record<string, unknown> = {}): D {
  const doc = structuredClone(contract)
  const schemas = doc.components?.schemas ?? {}
  const fill = (operationId: string, where: string, content: Record<string, { schema?: Schema; example?: unknown; examples?: unknown }> | undefined) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      if (!/json/.test(type) || !media.schema || 'example' in media || media.examples) continue
      const real = where === '200' ? recorded[type === 'application/json' ? operationId : `${operationId} ${type}`] : undefined
      if (real !== undefined) {
        media.examples = { recorded: { summary: 'A real response (curated Kennisstad data)', value: real } }
        continue
      }
      const example = exampleOf(media.schema, schemas)
      if (example !== undefined) media.example = example
    }
  }
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (typeof op !== 'object' || !op || typeof op.operationId !== 'string') continue
      fill(op.operationId, 'request', op.requestBody?.content)
      for (const [status, res] of Object.entries((op.responses ?? {}) as Record<string, { content?: Record<string, any> }>)) fill(op.operationId, status, res.content)
    }
  }
  return doc
}
