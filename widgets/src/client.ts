/**
 * A ready typed client for the Kennisstad API: the types generated from the contract (`npm run client`) with
 * openapi-fetch, preconfigured for JSON, so `data.data` is typed without knowing about media types:
 *
 *   const api = kennisstadClient('http://localhost:8787')
 *   const { data, error } = await api.GET('/events', { params: { query: { partner: 'naturalis', limit: 5 } } })
 *   if (error) throw new Error(error.detail)
 *   for (const e of data.data) console.log(e.startsAt, e.title.nl)
 *
 * It runs in browsers, Node 20+ and Workers. (The widgets make one typed GET of their own, `widgets/src/shared/api.ts`,
 * to keep openapi-fetch out of their 15 KB bundle.)
 */
import createClient, { type ClientOptions } from 'openapi-fetch'
import type { components, paths } from './generated/api'

export type { components, paths }
/** Our JSON bodies: results as `application/json`, problems as `application/problem+json` (RFC 9457). */
type JsonMedia = 'application/json' | 'application/problem+json'
export type KennisstadClient = ReturnType<typeof createClient<paths, JsonMedia>>

/** A client for the API at `origin` (its `/v1` is added); `options` go to openapi-fetch (headers, fetch, …). */
export const kennisstadClient = (origin: string, options: ClientOptions = {}): KennisstadClient =>
  createClient<paths, JsonMedia>({ baseUrl: `${origin.replace(/\/+$/, '')}/v1`, headers: { Accept: 'application/json' }, ...options })
