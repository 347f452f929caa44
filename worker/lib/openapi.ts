/**
 * Response declarations for the routes, so every operation documents the same headers and problem shapes
 * (NL API Design Rules: API-Version on every 2xx/3xx, problem+json on every 4xx/5xx).
 */
import type { z } from '@hono/zod-openapi'
import { Problem } from '../../schema/api/common'
import { API_VERSION } from './version'

const header = (description: string, example: string) => ({ description, schema: { type: 'string' as const, example } })

export const commonHeaders = {
  'API-Version': header('Full semantic version of the API.', API_VERSION),
}
const cacheHeaders = {
  ETag: header('Strong validator of this representation; send it back in `If-None-Match`.', '"3f2a9c0e"'),
  'Cache-Control': header('Public open data: may be cached for a short while.', 'public, max-age=60'),
}

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  headers: { ...commonHeaders, ...cacheHeaders },
  content: { 'application/json': { schema } },
})

export const jsonPage = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  headers: {
    ...commonHeaders, ...cacheHeaders,
    Link: header('RFC 8288 links to the `first` and (when there is one) `next` page.',
      '<https://kennisstad.leiden.nl/v1/events?limit=20>; rel="first"'),
  },
  content: { 'application/json': { schema } },
})

export const notModified = {
  description: 'Not modified: the `If-None-Match` validator still matches.',
  headers: { ...commonHeaders, ETag: cacheHeaders.ETag },
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid input: every bad parameter is listed in `errors`.',
  404: 'No such resource.',
  406: 'None of the accepted media types can be produced.',
  500: 'Unexpected error; no details are exposed.',
  503: 'Temporarily unavailable; retry after `Retry-After` seconds.',
}

/** problem+json responses for the given status codes. */
export const problems = (...codes: (keyof typeof problemDescriptions)[]) =>
  Object.fromEntries(codes.map((code) => [code, {
    description: problemDescriptions[code]!,
    headers: commonHeaders,
    content: { 'application/problem+json': { schema: Problem } },
  }])) as Record<number, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>
