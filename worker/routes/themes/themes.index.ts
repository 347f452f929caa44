/** /v1/themes: reads for everyone, writes for editors. */
import { patchOf, ThemeInput } from '../../../schema/api/inputs'
import { Theme, ThemePage } from '../../../schema/api/themes'
import { themes } from '../../data/themes/collection'
import { themeModel } from '../../data/themes/write'
import { dataset } from '../../formats/datasets'
import { collectionRouter } from '../../http/collections'
import { createRouter } from '../../http/router'
import { writeRoutes } from '../../http/write/pipeline'

export default createRouter()
  .route('/', collectionRouter({
    collection: themes, dataset: dataset('themes'), tag: 'Themes', page: ThemePage, item: Theme, example: 'cultureel-erfgoed',
    list: { operationId: 'listThemes', summary: 'List themes', description: 'Kennisstad themes (2017 agreement, 2023–2027 agreement), ESOF2022 tracks and Leiden2022 tracks.' },
    get: { operationId: 'getTheme', summary: 'Get one theme', description: 'One theme with its labels.' },
  }))
  .route('/', writeRoutes({
    model: themeModel, path: 'themes', noun: 'theme', name: 'Theme', tag: 'Themes', example: 'open-science',
    create: ThemeInput, patch: patchOf(ThemeInput, 'ThemePatch'), output: Theme, one: (db, id) => themes.one(db, id),
  }))
