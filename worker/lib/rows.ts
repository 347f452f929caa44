/** Row → API normalisation shared by the resources. */
import type { Bilingual as StoredBilingual } from '../../schema/tables'

/** Stored bilingual JSON may omit `en`; the API always has both keys, `en` null when untranslated. */
export const bilingual = (value: StoredBilingual) => ({ nl: value.nl, en: value.en ?? null })
export const nullableBilingual = (value: StoredBilingual | null) => (value ? bilingual(value) : null)
