/**
 * Fetching a partner's feed, whose address is hostile input: https only in production (http and loopback only in
 * local development), no private, link-local or other internal addresses, no credentials in the URL, every redirect
 * checked the same way and at most a few of them, one deadline for headers and body together, and a size cap counted
 * while the body streams in. A conditional request (ETag / Last-Modified) lets an unchanged feed answer 304.
 *
 * Names that resolve to internal addresses cannot be checked from a Worker (it has no DNS lookup); on Cloudflare's
 * network an outbound fetch does not reach private ranges, and locally only loopback is allowed besides public names.
 */

import { outboundUrlProblem } from '../base/outbound'

export type FetchPolicy = { development: boolean; maxBytes: number; timeoutMs: number; maxRedirects: number }
export const FETCH_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 } as const

export type Fetched =
  | { status: 200; url: string; body: string; contentType: string; etag: string | null; lastModified: string | null }
  | { status: 304; url: string }

/** Why a fetch failed; `transient` failures (timeouts, 5xx, network errors) are worth retrying. */
export class FetchProblem extends Error {
  constructor(message: string, readonly transient: boolean, readonly httpStatus: number | null = null) {
    super(message)
  }
}

const ACCEPT = 'text/calendar, application/ld+json, application/json;q=0.9, text/html;q=0.8, */*;q=0.1'

/** Reads the body as it streams, stopping past `max` bytes. */
async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('Content-Length') ?? 'NaN')
  if (declared > max) throw new FetchProblem(`the feed is larger than ${Math.round(max / 1024 / 1024)} MB (${Math.round(declared / 1024 / 1024)} MB announced)`, false)
  if (!res.body) return new Uint8Array()
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      throw new FetchProblem(`the feed is larger than ${Math.round(max / 1024 / 1024)} MB`, false)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8'
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

export async function fetchFeed(start: string, validators: { etag: string | null; lastModified: string | null }, policy: FetchPolicy): Promise<Fetched> {
  const signal = AbortSignal.timeout(policy.timeoutMs)
  const seen = new Set<string>()
  let url = start
  try {
    for (let hop = 0; ; hop++) {
      const problem = outboundUrlProblem(url, policy)
      if (problem) throw new FetchProblem(hop ? `it redirects to ${url}, which ${problem}` : `its address ${problem}`, false)
      if (seen.has(url)) throw new FetchProblem(`it redirects in a loop (${url} again)`, false)
      seen.add(url)
      const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': 'KennisstadOpenData/1.0 (feed import; +https://github.com/kennisstad)' }
      if (url === start && validators.etag) headers['If-None-Match'] = validators.etag
      if (url === start && validators.lastModified) headers['If-Modified-Since'] = validators.lastModified
      const res = await fetch(url, { headers, redirect: 'manual', signal })
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined)
        const location = res.headers.get('Location')
        if (!location) throw new FetchProblem(`it answered ${res.status} without saying where to`, false, res.status)
        if (hop >= policy.maxRedirects) throw new FetchProblem(`it redirects more than ${policy.maxRedirects} times`, false, res.status)
        url = new URL(location, url).toString()
        continue
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined)
        return { status: 304, url }
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined)
        const transient = res.status >= 500 || res.status === 408 || res.status === 429
        throw new FetchProblem(`it answered HTTP ${res.status}${transient ? '' : ': check the address'}`, transient, res.status)
      }
      const contentType = res.headers.get('Content-Type') ?? ''
      const body = decode(await readCapped(res, policy.maxBytes), contentType)
      return { status: 200, url, body, contentType, etag: res.headers.get('ETag'), lastModified: res.headers.get('Last-Modified') }
    }
  } catch (err) {
    if (err instanceof FetchProblem) throw err
    if (signal.aborted) throw new FetchProblem(`it did not answer within ${Math.round(policy.timeoutMs / 1000)} s`, true)
    throw new FetchProblem(`it could not be reached (${(err as Error).message.slice(0, 200)})`, true)
  }
}
