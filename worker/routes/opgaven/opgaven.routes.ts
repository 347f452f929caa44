import { createRoute } from '@hono/zod-openapi'
import { z } from '../../../schema/api/common'
import { Opgave, OpgavePage } from '../../../schema/api/opgaven'
import { OPGAVE_STATUSES } from '../../../schema/tables'
import { jsonOk, jsonPage, notModified, problems } from '../../lib/openapi'
import { detailQuery, enumList, exportParams, idParam, pagingParams, slugList, textQuery, updatedSinceParam } from '../../lib/query'

export const OpgaveListQuery = z.strictObject({
  status: enumList(OPGAVE_STATUSES, 'With this status.', 'active'),
  theme: slugList('Under this theme.', 'cultureel-erfgoed'),
  partner: slugList('With this partner involved.', 'universiteit-leiden'),
  q: textQuery,
  updatedSince: updatedSinceParam,
  ...pagingParams(['title', '-title', 'updatedAt', '-updatedAt'] as const, 'title'),
  ...exportParams(['json', 'csv', 'jsonld'] as const),
})

export const list = createRoute({
  method: 'get', path: '/opgaven', operationId: 'listOpgaven', tags: ['Opgaven'],
  summary: 'List opgaven', description: 'The challenges of the Kennisstad programme, with themes and partners.',
  request: { query: OpgaveListQuery },
  responses: { 200: jsonPage(OpgavePage, 'A page of opgaven.', ['csv', 'jsonld']), 304: notModified, ...problems(400, 406, 500) },
})

export const get = createRoute({
  method: 'get', path: '/opgaven/{id}', operationId: 'getOpgave', tags: ['Opgaven'],
  summary: 'Get one opgave', description: 'One opgave. Its events are at `/opgaven/{id}/events`.',
  request: { params: idParam('opgave', 'internationalisering'), query: detailQuery },
  responses: { 200: jsonOk(Opgave, 'The opgave.', ['jsonld']), 304: notModified, ...problems(400, 404, 406, 500) },
})
