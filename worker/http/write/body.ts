/**
 * Reading a write's body defensively: at most 64 KiB however it is sent (413, Hono's bodyLimit), JSON only (415
 * otherwise), valid UTF-8 (400), parseable JSON (400). Nothing is written before all of this passed.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { every } from 'hono/combine'
import type { AppEnv } from '../../base/env'
import { ProblemError } from '../../base/problem'

export const MAX_BODY_BYTES = 64 * 1024

const badBody = (detail: string) =>
  new ProblemError(400, detail, { errors: [{ in: 'body', name: '(body)', code: 'invalid_body', detail }] })

async function readJson(c: Context<AppEnv>, types: string[]): Promise<unknown> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!types.includes(type)) {
    throw new ProblemError(415, `Send the body as ${types.join(' or ')}${type ? `, not ${type}` : ''}.`, { headers: { 'Accept-Patch': types.join(', ') } })
  }
  // The size is enforced by Hono's bodyLimit around this (by Content-Length, and while the stream is read).
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw badBody('The body is not valid UTF-8.')
  }
  if (!text.trim()) throw badBody('The body is empty; send a JSON object.')
  try {
    return JSON.parse(text)
  } catch {
    throw badBody('The body is not valid JSON.')
  }
}

/**
 * Route middleware for writes: reads the body with the checks above before the route's schema validator runs, and
 * hands the parsed JSON to it (Hono's body cache), so the validator never decodes the raw bytes itself.
 */
export const jsonBody = (types = ['application/json']): MiddlewareHandler<AppEnv> =>
  every(
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw new ProblemError(413, `The body may be at most ${MAX_BODY_BYTES} bytes.`) } }),
    async function jsonBody(c, next) {
      const value = await readJson(c, types)
      c.req.bodyCache.json = Promise.resolve(value)
      await next()
    },
  )
