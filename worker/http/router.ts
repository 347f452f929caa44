import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../base/env'
import { invalidParams, problem } from '../base/problem'

const where = { query: 'query', param: 'path', header: 'header', json: 'body', form: 'body', cookie: 'header' } as const

/**
 * Every router validates with the same hook: a failed zod parse becomes one 400 problem+json naming every bad
 * parameter, never zod's raw error object.
 */
export const createRouter = () =>
  new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result, c) => {
      if (result.success) return
      const errors = invalidParams(result.error, where[result.target as keyof typeof where] ?? 'query')
      const names = [...new Set(errors.map((e) => e.name))]
      return problem(c, 400, `The request has ${names.length} invalid parameter${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`, errors)
    },
  })
