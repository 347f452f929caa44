/**
 * Response declarations for the routes, so every operation documents the same headers and problem shapes
 * (NL API Design Rules: API-Version on every 2xx/3xx, problem+json on every 4xx/5xx).
 */
import type { z } from '@hono/zod-openapi'
import { Problem } from '../../schema/api/common'
import { API_VERSION } from '../base/version'
import { FORMATS, type FormatId } from '../formats/registry'

const header = (description: string, example: string) => ({ description, schema: { type: 'string' as const, example } })

export const commonHeaders = {
  'API-Version': header('Full semantic version of the API.', API_VERSION),
}
const cacheHeaders = {
  ETag: header('Strong validator of this representation; send it back in `If-None-Match`.', '"3f2a9c0e"'),
  'Cache-Control': header('Public open data: may be cached for a short while.', 'public, max-age=60, stale-while-revalidate=300'),
}

/** The content map of a response: JSON with `schema`, plus each other format from the registry. */
const contentOf = <T extends z.ZodType>(schema: T, formats: readonly FormatId[]) => ({
  'application/json': { schema },
  ...Object.fromEntries(formats.flatMap((f) => {
    const entry = FORMATS[f]
    return 'openapi' in entry ? [[entry.mediaType, { schema: { type: entry.openapi.type, description: entry.openapi.description } }]] : []
  })),
})

export const jsonOk = <T extends z.ZodType>(schema: T, description: string, formats: readonly FormatId[] = []) => ({
  description,
  headers: { ...commonHeaders, ...cacheHeaders },
  content: contentOf(schema, formats),
})

/** A collection: JSON page, plus the export formats the dataset offers (chosen by `format` or `Accept`). */
export const jsonPage = <T extends z.ZodType>(schema: T, description: string, formats: readonly FormatId[] = []) => ({
  description,
  headers: {
    ...commonHeaders, ...cacheHeaders,
    Link: header('RFC 8288 links: JSON pages link `first` and (when there is one) `next`; CSV links its CSVW metadata (`describedby`); iCalendar its JSON `alternate`.',
      '<http://localhost:8787/v1/events?limit=20>; rel="first"'),
  },
  content: contentOf(schema, formats),
})

export const notModified = {
  description: 'Not modified: the `If-None-Match` validator still matches.',
  headers: { ...commonHeaders, ETag: cacheHeaders.ETag },
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid input: every bad parameter is listed in `errors`.',
  401: 'No API key, or an unknown or revoked one (see `WWW-Authenticate`).',
  403: 'The key is valid but may not do this (another partner’s event, or an editor-only action).',
  404: 'No such resource.',
  406: 'None of the accepted media types can be produced.',
  409: 'Conflicts with the current state (the id is taken, or the resource is still in use).',
  412: 'The resource changed since the `If-Match` ETag; nothing was written.',
  413: 'The body is larger than 64 KiB.',
  415: 'The body must be JSON (`application/json`).',
  422: 'The `Idempotency-Key` was already used for a different request.',
  429: 'Too many requests; retry after `Retry-After` seconds (`RateLimit-Policy` states the limit).',
  500: 'Unexpected error; no details are exposed.',
  503: 'Temporarily unavailable; retry after `Retry-After` seconds.',
}

/**
 * problem+json responses for the given status codes. 401 (a bad key, even on a public read), 406 (an Accept header
 * the operation cannot satisfy) and 429 (rate limit) can happen on every operation, so they are always documented.
 */
export const problems = (...codes: (keyof typeof problemDescriptions)[]) =>
  Object.fromEntries([...new Set([...codes, 401, 406, 429])].sort().map((code) => [code, {
    description: problemDescriptions[code]!,
    headers: commonHeaders,
    content: { 'application/problem+json': { schema: Problem } },
  }])) as Record<number, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>
