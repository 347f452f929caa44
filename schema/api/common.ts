/**
 * Building blocks shared by every published shape: bilingual text, instants, problem details, page envelopes.
 * `z` comes from @hono/zod-openapi so every schema can carry `.openapi()` metadata; drizzle-zod is bound to the
 * same instance, so table-derived schemas compose with these without casts.
 */
import { z } from '@hono/zod-openapi'
import { createSchemaFactory } from 'drizzle-zod'
import { SLUG, SLUG_MAX } from '../../core/slug'

export { z }
export const { createSelectSchema } = createSchemaFactory({ zodInstance: z })

/** Attach the description and a copyable example that the docs page shows for a field or parameter. */
export const doc = <T extends z.ZodType>(schema: T, description: string, example?: unknown): T =>
  schema.openapi(example === undefined ? { description } : { description, example }) as T

export const Bilingual = z
  .object({
    nl: doc(z.string(), 'Dutch text (always present).', 'Nacht van Ontdekkingen'),
    en: doc(z.string().nullable(), 'English text, or null where no translation exists.', 'Night of Discoveries'),
  })
  .openapi('Bilingual', { description: 'Text in Dutch and English; Dutch is required, English optional.' })
export type Bilingual = z.infer<typeof Bilingual>

export const Instant = z.iso.datetime().openapi({
  description: 'An instant, RFC 3339 in UTC (`Z`).', example: '2022-09-17T17:00:00Z',
})
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .openapi({
    description: 'ISO 8601 calendar date; reduced precision (`YYYY-MM` or `YYYY`) when the source gives no day.',
    example: '2022-11-11',
  })

export const Slug = z
  .string()
  .min(1)
  .max(SLUG_MAX)
  .regex(SLUG, 'must be a slug: lowercase letters, digits and single hyphens')

export const ProblemParam = z.object({
  in: doc(z.enum(['query', 'path', 'header', 'body']), 'Where the parameter was sent.', 'query'),
  name: doc(z.string(), 'Name of the parameter (a dotted path for body fields).', 'limit'),
  code: doc(z.string(), 'Machine-readable reason.', 'too_big'),
  detail: doc(z.string(), 'What is wrong, for people.', 'must be at most 100'),
  value: doc(z.string().optional(), 'The value sent, where that value is the problem (an id that does not exist).', 'rijksmuseum-boerhave'),
  suggestions: doc(z.array(z.string()).optional(), 'For an id that does not exist (code `unknown_id`): the closest existing ids, best first.', ['rijksmuseum-boerhaave']),
}).openapi('InvalidParam')

export const Problem = z
  .object({
    type: doc(z.string(), 'URI reference identifying the problem type.', '/problems/invalid-parameters'),
    title: doc(z.string(), 'Short, human-readable summary of the problem type.', 'Invalid parameters'),
    status: doc(z.number().int(), 'HTTP status code.', 400),
    detail: doc(z.string(), 'Explanation specific to this occurrence.', 'The query has 1 invalid parameter: limit.'),
    instance: doc(z.string().optional(), 'The request path this problem is about.', '/v1/events'),
    errors: doc(z.array(ProblemParam).optional(), 'Every invalid parameter, for 400 responses.'),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' })
export type Problem = z.infer<typeof Problem>

export const Links = z
  .object({
    self: doc(z.string(), 'This page.', '/v1/events?limit=20'),
    first: doc(z.string(), 'The first page with the same filters.', '/v1/events?limit=20'),
    next: doc(z.string().nullable(), 'The next page, or null on the last page.', '/v1/events?limit=20&cursor=eyJ2IjpbIjIwMjItMDctMTNUMDA6MDA6MDBaIiwiZXNvZjIwMjIiXX0'),
  })
  .openapi('PageLinks')

/** Unregistered, so a resource can extend it inline (extending a named schema renders as `allOf`). */
export const pageMetaFields = z
  .object({
    limit: doc(z.number().int(), 'Page size used.', 20),
    count: doc(z.number().int(), 'Items on this page.', 20),
    sort: doc(z.string(), 'Sort order used.', 'startsAt'),
  })
export const PageMeta = pageMetaFields.openapi('PageMeta')

/** `{ data, links, meta }`: the envelope of every collection. */
export const page = <T extends z.ZodType, M extends z.ZodType = typeof PageMeta>(item: T, name: string, meta?: M) =>
  z.object({
    data: doc(z.array(item), 'The items on this page, in the requested order.'),
    links: Links,
    meta: (meta ?? PageMeta) as M,
  }).openapi(name)

/**
 * A named (referenced) schema or null. zod's `.nullable()` on a registered schema renders as `allOf` with a null
 * type, which no validator accepts for null; a union renders as `anyOf: [$ref, null]`, which is what we mean.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()])
