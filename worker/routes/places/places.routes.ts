import { createRoute } from '@hono/zod-openapi'
import { z } from '../../../schema/api/common'
import { Place, PlacePage } from '../../../schema/api/places'
import { jsonOk, jsonPage, notModified, problems } from '../../lib/openapi'
import { detailQuery, exportParams, idParam, pagingParams, slugList, textQuery, updatedSinceParam } from '../../lib/query'

export const PlaceListQuery = z.strictObject({
  operator: slugList('Run by this partner.', 'universiteit-leiden'),
  containedIn: slugList('Inside this place (the halls of a building).', 'kamerlingh-onnes-gebouw'),
  q: textQuery,
  updatedSince: updatedSinceParam,
  ...pagingParams(['name', '-name', 'updatedAt', '-updatedAt'] as const, 'name'),
  ...exportParams(['json', 'csv', 'jsonld'] as const),
})

export const list = createRoute({
  method: 'get', path: '/places', operationId: 'listPlaces', tags: ['Places'],
  summary: 'List places', description: 'Venues, buildings, halls and squares, with address and (where known) coordinates.',
  request: { query: PlaceListQuery },
  responses: { 200: jsonPage(PlacePage, 'A page of places.', ['csv', 'jsonld']), 304: notModified, ...problems(400, 406, 500) },
})

export const get = createRoute({
  method: 'get', path: '/places/{id}', operationId: 'getPlace', tags: ['Places'],
  summary: 'Get one place', description: 'One place with the place it is part of, the places inside it and its operator.',
  request: { params: idParam('place', 'lorentzzaal'), query: detailQuery },
  responses: { 200: jsonOk(Place, 'The place.', ['jsonld']), 304: notModified, ...problems(400, 404, 406, 500) },
})
