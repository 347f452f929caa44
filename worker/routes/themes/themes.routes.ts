import { createRoute } from '@hono/zod-openapi'
import { z } from '../../../schema/api/common'
import { Theme, ThemePage } from '../../../schema/api/themes'
import { THEME_SCHEMES } from '../../../schema/tables'
import { jsonOk, jsonPage, notModified, problems } from '../../lib/openapi'
import { detailQuery, enumList, exportParams, idParam, pagingParams, updatedSinceParam } from '../../lib/query'

export const ThemeListQuery = z.strictObject({
  scheme: enumList(THEME_SCHEMES, 'From this scheme.', 'kennisstad-2023'),
  updatedSince: updatedSinceParam,
  ...pagingParams(['scheme', '-scheme', 'id', '-id'] as const, 'scheme'),
  ...exportParams(['json', 'csv', 'jsonld'] as const),
})

export const list = createRoute({
  method: 'get', path: '/themes', operationId: 'listThemes', tags: ['Themes'],
  summary: 'List themes',
  description: 'Kennisstad themes (2017 agreement, 2023–2027 agreement), ESOF2022 tracks and Leiden2022 tracks.',
  request: { query: ThemeListQuery },
  responses: { 200: jsonPage(ThemePage, 'A page of themes.', ['csv', 'jsonld']), 304: notModified, ...problems(400, 406, 500) },
})

export const get = createRoute({
  method: 'get', path: '/themes/{id}', operationId: 'getTheme', tags: ['Themes'],
  summary: 'Get one theme', description: 'One theme with its labels.',
  request: { params: idParam('theme', 'cultureel-erfgoed'), query: detailQuery },
  responses: { 200: jsonOk(Theme, 'The theme.', ['jsonld']), 304: notModified, ...problems(400, 404, 406, 500) },
})
