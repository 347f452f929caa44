/** Reading rows and normalising them for the API, shared by the resources. */
import { and, eq, isNull } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Bilingual as StoredBilingual } from '../../schema/tables'
import type { Db } from '../base/env'

/** A table of soft-deleted, change-stamped rows with a slug id: every resource's table. */
export type LiveTable = SQLiteTable & { id: SQLiteColumn; deletedAt: SQLiteColumn; updatedAt: SQLiteColumn }

/** The row with this id, unless it is deleted. */
export async function liveRow<T extends LiveTable>(db: Db, table: T, id: string): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db.select().from(table as SQLiteTable).where(and(eq(table.id, id), isNull(table.deletedAt)))
  return row as T['$inferSelect'] | undefined
}

/** Stored bilingual JSON may omit `en`; the API always has both keys, `en` null when untranslated. */
export const bilingual = (value: StoredBilingual) => ({ nl: value.nl, en: value.en ?? null })
export const nullableBilingual = (value: StoredBilingual | null) => (value ? bilingual(value) : null)
