/**
 * The write pipeline over HTTP: the routes (create, merge-patch, delete) of a resource's writer
 * (worker/data/write/writer.ts), with what only HTTP has — who is admitted before the body is read, `If-Match`,
 * `Idempotency-Key` and the test configuration's injected faults.
 */
import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { z } from '../../../schema/api/common'
import type { AppEnv } from '../../base/env'
import { idParam } from '../../data/params'
import { conflictProblem, type Representation, type Writer, type WriteCtx } from '../../data/write/writer'
import { keyRequired, needsAdmin } from '../authz'
import { commonHeaders, problems } from '../openapi'
import { createRouter } from '../router'
import { jsonBody } from './body'
import { IdempotencyHeader, idempotencyStatements, idempotentOrReplay, rememberResponse } from './idempotency'
import { IfMatchHeader } from './if-match'

/** How often a POST whose Idempotency-Key a concurrent request took looks again for that request's answer. */
const REPLAY_ATTEMPTS = 16

export type WriteSpec<I extends { id: string }> = {
  writer: Writer<I>
  /** Operation name part: `createEvent`. */
  name: string
  /** OpenAPI tag, shared with the collection's reads. */
  tag: string
  example: string
  create: z.ZodType
  patch: z.ZodType
  output: z.ZodType
  /** Operation descriptions; default: the editors' wording. */
  describe?: { create: string; update: string; remove: string }
  /** Route middleware that admits writers (401/403 before the body is read); default: editors only. */
  admit?: () => ReturnType<typeof needsAdmin>
}

/** The WriteCtx of a request: its D1 session, its If-Match, and a fault the test configuration may inject. */
export function writeCtxOf(c: Context<AppEnv>): WriteCtx {
  const fault = c.env.FAULT_INJECTION === 'on' ? /batch-statement=(\d+)/.exec(c.req.header('X-Fault-Inject') ?? '')?.[1] : undefined
  return { db: c.get('db'), ifMatch: c.req.header('If-Match'), faultAt: fault === undefined ? undefined : Number(fault), development: c.env.ENVIRONMENT === 'development' }
}

const writeHeaders = {
  ...commonHeaders,
  ETag: { description: 'Validator of the new state; send it as `If-Match` with the next change.', schema: { type: 'string' as const, example: '"3f2a9c0e"' } },
  'Cache-Control': { description: 'Authenticated responses are never cached.', schema: { type: 'string' as const, example: 'no-store' } },
}
const writeProblems = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503)

export function writeRoutes<I extends { id: string }>(spec: WriteSpec<I>) {
  const { writer } = spec
  const { path, noun } = writer.spec
  const describe = spec.describe ?? {
    create: 'Admin keys only. Idempotent with `Idempotency-Key`.', update: 'JSON merge patch; lists are replaced whole.',
    remove: 'Soft delete; refused with 409 while events or other records still use it.',
  }
  const admit = spec.admit ?? needsAdmin
  const params = idParam(noun, spec.example)
  const json = (schema: z.ZodType) => ({ 'application/json': { schema } })

  const create = createRoute({
    method: 'post', path: `/${path}`, operationId: `create${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit(), jsonBody()] as const,
    summary: `Create ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}${spec.admit ? '' : ' (editors)'}`, description: describe.create,
    request: { headers: IdempotencyHeader, body: { required: true, content: json(spec.create) } },
    responses: {
      201: {
        description: `Created. \`Location\` is the new ${noun}.`, content: json(spec.output),
        headers: { ...writeHeaders, Location: { description: `Path of the new ${noun}.`, schema: { type: 'string' as const, example: `/v1/${path}/${spec.example}` } } },
      },
      ...writeProblems,
    },
  })
  const update = createRoute({
    method: 'patch', path: `/${path}/{id}`, operationId: `update${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
    summary: `Change ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}${spec.admit ? '' : ' (editors)'}`, description: describe.update,
    request: { params, headers: IfMatchHeader, body: { required: true, content: { ...json(spec.patch), 'application/merge-patch+json': { schema: spec.patch } } } },
    responses: { 200: { description: 'Changed.', headers: writeHeaders, content: json(spec.output) }, ...writeProblems },
  })
  const remove = createRoute({
    method: 'delete', path: `/${path}/{id}`, operationId: `delete${spec.name}`, tags: [spec.tag], security: keyRequired,
    middleware: [admit()] as const,
    summary: `Delete ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}${spec.admit ? '' : ' (editors)'}`, description: describe.remove,
    request: { params, headers: IfMatchHeader },
    responses: { 204: { description: 'Deleted.', headers: commonHeaders }, ...writeProblems },
  })

  const respond = (c: Context<AppEnv>, status: 200 | 201, rep: Representation, location?: string) =>
    c.json(rep.item, status, { ETag: rep.etag, 'Cache-Control': 'no-store', ...(location ? { Location: location } : {}) })

  const router = createRouter()
    .openapi(create, async (c) => {
      const who = c.get('principal')!
      const w = writeCtxOf(c)
      const body = c.req.valid('json') as unknown as I
      for (let attempt = 1; ; attempt++) {
        const seen = await idempotentOrReplay(c, who, body, async (location) => (await writer.representation(w.db, location.split('/').at(-1)!)).body)
        if ('replay' in seen) return seen.replay as never
        const made = await writer.create(w, who, body, (id) => idempotencyStatements(w.db, who, seen.idem, 201, `/v1/${path}/${id}`))
        if ('rep' in made) {
          await rememberResponse(c, who, seen.idem, made.rep.body)
          return respond(c, 201, made.rep, `/v1/${path}/${made.id}`) as never
        }
        // A concurrent request with the same Idempotency-Key won: look again, and replay its answer.
        const keyTaken = made.conflict.kind === 'taken' && made.conflict.message.includes('idempotency.')
        if (keyTaken && attempt < REPLAY_ATTEMPTS) continue
        throw conflictProblem(made.conflict.kind, noun, made.id)
      }
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param')
      const rep = await writer.update(writeCtxOf(c), c.get('principal')!, id, c.req.valid('json') as Partial<I>)
      return respond(c, 200, rep) as never
    })
    .openapi(remove, async (c) => {
      await writer.remove(writeCtxOf(c), c.get('principal')!, c.req.valid('param').id)
      return c.body(null, 204, { 'Cache-Control': 'no-store' }) as never
    })
  return Object.assign(router, { respond, writeProblems })
}
