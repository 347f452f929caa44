/**
 * RFC 9457 problem details. Every 4xx/5xx of this API goes through here, so the shape is the same everywhere:
 * `type`, `title`, `status`, `detail`, `instance`, and `errors` naming each invalid parameter.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { Problem } from '../../schema/api/common'

/** Relative URI references (RFC 9457 §3.1.1), resolved against this deployment; /problems/{slug} explains each. */
export const PROBLEM_BASE = '/problems/'
export type InvalidParam = NonNullable<Problem['errors']>[number]

export const PROBLEM_TYPES: Record<number, [slug: string, title: string]> = {
  400: ['invalid-parameters', 'Invalid parameters'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Not allowed'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  429: ['too-many-requests', 'Too many requests'],
  500: ['internal-error', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
}

/** Thrown anywhere in a handler; app.onError turns it into the problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: { errors?: InvalidParam[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
  }
}

export function problemBody(status: number, detail: string, instance?: string, errors?: InvalidParam[]): Problem {
  const [slug, title] = PROBLEM_TYPES[status] ?? ['error', 'Error']
  return { type: `${PROBLEM_BASE}${slug}`, title, status, detail, ...(instance ? { instance } : {}), ...(errors ? { errors } : {}) }
}

export function problem(c: Context, status: ContentfulStatusCode, detail: string, errors?: InvalidParam[],
  headers: Record<string, string> = {}): Response {
  const body = problemBody(status, detail, new URL(c.req.url).pathname, errors)
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  })
}

/** Zod issues → one entry per bad parameter, in the NL API Design Rules' invalid-input style. */
export function invalidParams(error: z.ZodError, where: InvalidParam['in']): InvalidParam[] {
  return error.issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ in: where, name: key === '' ? '(empty name)' : key, code: 'unknown_parameter', detail: 'is not a known parameter' }))
    }
    const name = issue.path.length ? issue.path.map((p) => (p === '' ? '(empty name)' : String(p))).join('.') : '(root)'
    return [{ in: where, name, code: issue.code, detail: humanise(issue) }]
  })
}

function humanise(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      // zod does not keep the input; its message ends with what it received ("received NaN", "received array").
      const received = /received (\w+)/.exec(issue.message)?.[1]
      if (received === 'undefined') return 'is required'
      if (received === 'array') return 'was given more than once; give it once'
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${received ? `, not ${received}` : ''}`
    }
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`
    default:
      return issue.message
  }
}
