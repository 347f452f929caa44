/** /v1/themes: reads for everyone, writes for editors. */
import { ThemeInput } from '../../../schema/api/inputs'
import { Theme, ThemePage } from '../../../schema/api/themes'
import { themes } from '../../data/themes/collection'
import { themeModel } from '../../data/themes/write'
import { dataset } from '../../formats/datasets'
import { resourceRouter } from '../../http/collections'

export default resourceRouter({
  collection: themes, dataset: dataset('themes'), name: 'Theme', page: ThemePage, item: Theme, input: ThemeInput, model: themeModel,
  examples: ['cultureel-erfgoed', 'open-science'], describe: ['Kennisstad themes (2017 agreement, 2023–2027 agreement), ESOF2022 tracks and Leiden2022 tracks.', 'One theme with its labels.'],
})
