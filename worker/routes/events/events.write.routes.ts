import { createRoute } from '@hono/zod-openapi'
import { doc, z } from '../../../schema/api/common'
import { Event } from '../../../schema/api/events'
import { EventInput, EventPatch } from '../../../schema/api/inputs'
import { commonHeaders, problems } from '../../lib/openapi'
import { needsKey } from '../../lib/auth'
import { idParam } from '../../lib/query'
import { jsonBody } from '../../lib/write/body'

export const security = [{ apiKey: [] }]

const writeHeaders = {
  ...commonHeaders,
  ETag: { description: 'Validator of the new state; send it as `If-Match` with the next change.', schema: { type: 'string' as const, example: '"3f2a9c0e"' } },
  'Cache-Control': { description: 'Authenticated responses are never cached.', schema: { type: 'string' as const, example: 'no-store' } },
}

export const IdempotencyHeader = z.object({
  'Idempotency-Key': doc(z.string().max(255).optional(), 'Makes a retried POST safe: the same key and body return the first response; the same key with another body is a 422.', '6f1c2a4e-3b7d-4c1e-9a55-0d9e8f7b6a21'),
})
export const IfMatchHeader = z.object({
  'If-Match': doc(z.string().max(200).optional(), 'The ETag you last saw; when the event changed since, nothing is written and the answer is 412.', '"3f2a9c0e"'),
})

const writeProblems = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503)

export const create = createRoute({
  method: 'post', path: '/events', operationId: 'createEvent', tags: ['Events'], security,
  middleware: [needsKey(), jsonBody()] as const,
  summary: 'Create an event',
  description: 'A partner key creates events its partner organises (it is added as organiser if missing), as `draft` or `submitted`; trusted partner keys and admin keys may publish directly (their default). Only `published` events are public.',
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: EventInput } } },
  },
  responses: {
    201: {
      description: 'Created. `Location` is the new event.', content: { 'application/json': { schema: Event } },
      headers: { ...writeHeaders, Location: { description: 'URL of the new event.', schema: { type: 'string' as const, example: '/v1/events/naturalis-lezing-2027-03-12' } } },
    },
    ...writeProblems,
  },
})

export const update = createRoute({
  method: 'patch', path: '/events/{id}', operationId: 'updateEvent', tags: ['Events'], security,
  middleware: [needsKey(), jsonBody(['application/json', 'application/merge-patch+json'])] as const,
  summary: 'Change an event',
  description: 'JSON merge patch. Set `workflow` to move it through moderation: a partner `draft` → `submitted`; an editor `submitted` → `published` or `rejected`. An edit of a published event by an untrusted partner key sends it back to `submitted`.',
  request: {
    params: idParam('event', 'naturalis-lezing-2027-03-12'),
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: EventPatch }, 'application/merge-patch+json': { schema: EventPatch } } },
  },
  responses: { 200: { description: 'Changed.', headers: writeHeaders, content: { 'application/json': { schema: Event } } }, ...writeProblems },
})

export const remove = createRoute({
  method: 'delete', path: '/events/{id}', operationId: 'deleteEvent', tags: ['Events'], security,
  middleware: [needsKey()] as const,
  summary: 'Delete an event',
  description: 'Soft delete: the event leaves every public read and export at once, and is kept (it appears as a tombstone in the change feed).',
  request: { params: idParam('event', 'naturalis-lezing-2027-03-12'), headers: IfMatchHeader },
  responses: { 204: { description: 'Deleted.', headers: commonHeaders }, ...writeProblems },
})
