import { createRoute } from '@hono/zod-openapi'
import { z } from '../../../schema/api/common'
import { Partner, PartnerPage } from '../../../schema/api/partners'
import { AGREEMENTS, PARTNER_KINDS } from '../../../schema/tables'
import { jsonOk, jsonPage, notModified, problems } from '../../lib/openapi'
import { detailQuery, enumList, exportParams, idParam, pagingParams, textQuery, updatedSinceParam } from '../../lib/query'

export const PartnerListQuery = z.strictObject({
  kind: enumList(PARTNER_KINDS, 'Of this kind.', 'museum'),
  agreement: enumList(AGREEMENTS, 'Party to this Kennisstad agreement.', 'kennisstad-2023'),
  q: textQuery,
  updatedSince: updatedSinceParam,
  ...pagingParams(['name', '-name', 'updatedAt', '-updatedAt'] as const, 'name'),
  ...exportParams(['json', 'csv', 'jsonld'] as const),
})

export const list = createRoute({
  method: 'get', path: '/partners', operationId: 'listPartners', tags: ['Partners'],
  summary: 'List partners', description: 'Organisations in the programme, with former names and agreement memberships.',
  request: { query: PartnerListQuery },
  responses: { 200: jsonPage(PartnerPage, 'A page of partners.', ['csv', 'jsonld']), 304: notModified, ...problems(400, 406, 500) },
})

export const get = createRoute({
  method: 'get', path: '/partners/{id}', operationId: 'getPartner', tags: ['Partners'],
  summary: 'Get one partner', description: 'One partner. Its events are at `/partners/{id}/events`.',
  request: { params: idParam('partner', 'wereldmuseum-leiden'), query: detailQuery },
  responses: { 200: jsonOk(Partner, 'The partner.', ['jsonld']), 304: notModified, ...problems(400, 404, 406, 500) },
})
