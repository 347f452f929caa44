/**
 * Validating a write against its resource's schema: every invalid field in one 400 problem. The schemas normalise as
 * they validate (plain text, UTC instants), so what passes is what is stored.
 */
import type { z } from 'zod'
import { invalidParams, ProblemError } from '../../base/problem'

export function validateBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body)
  if (!result.success) {
    const errors = invalidParams(result.error, 'body')
    throw new ProblemError(400, `The ${what} has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((e) => e.name).join(', ')}.`, { errors })
  }
  return result.data
}

/**
 * JSON merge patch (RFC 7396) onto the stored resource in input shape: a field sent replaces the stored one, `null`
 * clears it. The result is validated as a whole resource, so a patch can never leave an invalid one behind.
 */
export function mergePatch<T>(schema: z.ZodType<T>, before: object, patch: object, what: string): T {
  const merged = Object.fromEntries(Object.entries({ ...before, ...patch }).filter(([, v]) => v !== null && v !== undefined))
  return validateBody(schema, merged, what)
}
