/** Reading rows and normalising them for the API, shared by the resources. */
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Bilingual as StoredBilingual } from '../../schema/tables'

/** A table of soft-deleted, change-stamped rows with a slug id: every resource's table. */
export type LiveTable = SQLiteTable & { id: SQLiteColumn; deletedAt: SQLiteColumn; updatedAt: SQLiteColumn; version: SQLiteColumn }

/** Stored bilingual JSON may omit `en`; the API always has both keys, `en` null when untranslated. */
export const bilingual = (value: StoredBilingual) => ({ nl: value.nl, en: value.en ?? null })
export const nullableBilingual = (value: StoredBilingual | null) => (value ? bilingual(value) : null)
