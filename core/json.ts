/**
 * Data in a canonical form, so that equal data compare (and hash) equal: object keys sorted, and nulls, absent
 * keys, empty lists and empty objects left out — `{ "en": null }`, `{}` and nothing at all are the same.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map((v) => canonical(v) ?? null) : undefined
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return value === null ? undefined : value
}

/** The canonical JSON text of a value: what equal data share. */
export const canonicalJson = (value: unknown): string => JSON.stringify(canonical(value) ?? null)
