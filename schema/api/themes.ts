import { THEME_SCHEMES, themes } from '../tables'
import { Bilingual, createSelectSchema, doc, page, z } from './common'
import { omitProvenance, Provenance } from './provenance'

const ThemeBase = createSelectSchema(themes, {
  id: (s) => doc(s, 'Stable slug identifying the theme.', 'cultureel-erfgoed'),
  scheme: () => doc(z.enum(THEME_SCHEMES), 'Concept scheme: Kennisstad themes 2017 / 2023–27, ESOF2022 tracks, Leiden2022 tracks.', 'kennisstad-2023'),
}).omit({ deletedAt: true, version: true, createdAt: true, updatedAt: true, ...omitProvenance }).extend({
  label: doc(Bilingual, 'Preferred label in Dutch and English.'),
})

/** A theme as events and opgaven embed it. */
export const ThemeRef = ThemeBase.openapi('ThemeRef', { description: 'A theme or track, as events and opgaven name it.' })
export type ThemeRef = z.infer<typeof ThemeRef>

export const Theme = ThemeBase.extend({ provenance: Provenance })
  .openapi('Theme', { description: 'A theme or track that events and opgaven are classified under.' })
export type Theme = z.infer<typeof Theme>

export const ThemePage = page(Theme, 'ThemePage')
