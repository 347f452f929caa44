import { createRoute } from '@hono/zod-openapi'
import { doc, z } from '../../../schema/api/common'
import { DATASET_IDS } from '../../formats/datasets'
import { commonHeaders, notModified, problems } from '../../http/openapi'
import { anonymous } from '../../http/authz'

const DatasetParam = z.object({
  dataset: doc(z.enum(DATASET_IDS), 'Which dataset.', 'events')
    .openapi({ param: { name: 'dataset', in: 'path' } }),
})

export const csvMetadata = createRoute({
  method: 'get', path: '/csv-metadata/{dataset}', operationId: 'getCsvMetadata', security: anonymous, tags: ['Datasets'],
  summary: 'Data dictionary of a CSV export (CSV on the Web)',
  description: 'W3C CSV on the Web metadata for `/{dataset}?format=csv`: every column with its datatype and a Dutch and English description. The CSV links here with `Link: <…>; rel="describedby"`.',
  request: {
    params: DatasetParam,
    query: z.strictObject({
      dialect: doc(z.enum(['rfc4180', 'excel-nl']).optional(), 'Describe this CSV dialect (default `rfc4180`).', 'excel-nl'),
    }),
  },
  responses: {
    200: {
      description: 'CSVW table description (JSON-LD).', headers: commonHeaders,
      content: { 'application/csvm+json': { schema: z.object({}).passthrough().openapi({ description: 'A CSVW Table description.' }) } },
    },
    304: notModified, ...problems(400, 500),
  },
})

export const catalog = createRoute({
  method: 'get', path: '/catalog', operationId: 'getCatalog', security: anonymous, tags: ['Datasets'],
  summary: 'DCAT-AP-NL catalog of the datasets',
  description: 'A `dcat:Catalog` with one `dcat:Dataset` per collection and a `dcat:Distribution` per format (JSON, CSV, CSV for Dutch Excel, iCalendar, JSON-LD), for harvesting by data.overheid.nl and other portals.',
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: 'The catalog (JSON-LD, DCAT-AP-NL 3.0).', headers: commonHeaders,
      content: { 'application/ld+json': { schema: z.object({}).passthrough().openapi({ description: 'A DCAT catalog in JSON-LD.' }) } },
    },
    304: notModified, ...problems(400, 500),
  },
})
