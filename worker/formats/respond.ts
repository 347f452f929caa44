/**
 * Sending the representations: headers that make downloads behave (filename, charset, CSVW link) and a cheap
 * strong validator, so exports get `ETag`/304 without buffering the stream to hash it.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../base/env'
import { etagOf } from '../base/etag'
import { API_VERSION } from '../base/version'
import { dataVersion } from '../data/data-version'

/** Strong ETag of a generated representation: the request, the negotiated variant and the data version. */
export async function variantEtag(c: Context<AppEnv>, variant: string): Promise<string> {
  const viewer = c.get('principal')?.keyId ?? ''
  return etagOf(`${API_VERSION}\n${c.req.url}\n${variant}\n${viewer}\n${await dataVersion(c)}`)
}

/** A streamed body with its validator; `extra` adds headers such as Content-Disposition and Link. */
export async function streamResponse(c: Context<AppEnv>, body: ReadableStream<Uint8Array>, contentType: string,
  variant: string, extra: Record<string, string> = {}): Promise<Response> {
  return new Response(body, {
    headers: { 'Content-Type': contentType, ETag: await variantEtag(c, variant), Vary: 'Accept', ...extra },
  })
}

export function textResponse(c: Context, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  return c.body(body, 200, { 'Content-Type': contentType, Vary: 'Accept', ...extra })
}
