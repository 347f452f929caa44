/**
 * Sending the non-JSON representations: headers that make downloads behave (filename, charset, CSVW link) and a
 * cheap strong validator, so exports get `ETag`/304 without buffering the stream to hash it.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { API_VERSION } from '../version'
import { utcToZoned } from '../time'
import { type Column, csvStream, type Dialect } from './csv'

/**
 * The data version: the last position in the change log, which every write advances (triggers on every table).
 * One primary-key lookup, read once per request: the edge-cache key and an export's ETag then name the same state.
 */
export function dataVersion(c: Context<AppEnv>): Promise<number> {
  let version = c.get('dataVersion')
  if (!version) {
    // Exactly `select max(pk) from t`: SQLite answers it from the b-tree's last entry (a coalesce() around it would scan).
    version = c.get('d1').prepare('select max(seq) as v from changes').first<{ v: number | null }>().then((row) => row?.v ?? 0)
    c.set('dataVersion', version)
  }
  return version
}

async function sha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The strong ETag of a body: SHA-1 hex, as the etag middleware computes it, so reads and writes agree. */
export const etagOf = async (body: string) => `"${await sha1(body)}"`

/** Strong ETag of a generated representation: the request, the negotiated variant and the data version. */
export async function variantEtag(c: Context<AppEnv>, variant: string): Promise<string> {
  const viewer = c.get('principal')?.keyId ?? ''
  return `"${await sha1(`${API_VERSION}\n${c.req.url}\n${variant}\n${viewer}\n${await dataVersion(c)}`)}"`
}

const today = () => utcToZoned(new Date().toISOString()).date

export async function csvResponse<T>(c: Context<AppEnv>, dataset: string, columns: Column<T>[], dialect: Dialect,
  chunks: AsyncGenerator<T[]>): Promise<Response> {
  const suffix = dialect === 'excel-nl' ? '-excel-nl' : ''
  return new Response(csvStream(columns, dialect, chunks), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="kennisstad-${dataset}-${today()}${suffix}.csv"`,
      Link: `<${new URL(`/v1/csv-metadata/${dataset}`, c.req.url)}>; rel="describedby"; type="application/csvm+json"`,
      ETag: await variantEtag(c, `csv:${dialect}`),
      Vary: 'Accept',
    },
  })
}

export async function textStreamResponse(c: Context<AppEnv>, body: ReadableStream<Uint8Array>, contentType: string,
  variant: string, extra: Record<string, string> = {}): Promise<Response> {
  return new Response(body, {
    headers: { 'Content-Type': contentType, ETag: await variantEtag(c, variant), Vary: 'Accept', ...extra },
  })
}

export function jsonLdResponse(c: Context, body: unknown): Response {
  return c.body(JSON.stringify(body), 200, { 'Content-Type': 'application/ld+json; charset=utf-8', Vary: 'Accept' })
}
