/** The ids and names people pick from in forms (filters of the configurator, /data and the agenda). */
import { asc, isNull } from 'drizzle-orm'
import type { Bilingual } from '../../core/locale'
import * as t from '../../schema/tables'
import type { DatasetId } from '../../schema/tables'
import type { Db } from '../base/env'
import type { FilterTable } from './filters'

export type Choice = { id: string; label: string | Bilingual }

const QUERIES = {
  partners: (db: Db) => db.select({ id: t.partners.id, label: t.partners.name }).from(t.partners).where(isNull(t.partners.deletedAt)).orderBy(asc(t.partners.name)),
  places: (db: Db) => db.select({ id: t.places.id, label: t.places.name }).from(t.places).where(isNull(t.places.deletedAt)).orderBy(asc(t.places.name)),
  opgaven: (db: Db) => db.select({ id: t.opgaven.id, label: t.opgaven.title }).from(t.opgaven).where(isNull(t.opgaven.deletedAt)).orderBy(asc(t.opgaven.id)),
  themes: (db: Db) => db.select({ id: t.themes.id, label: t.themes.label }).from(t.themes).where(isNull(t.themes.deletedAt)).orderBy(asc(t.themes.scheme), asc(t.themes.id)),
} satisfies Partial<Record<DatasetId, (db: Db) => unknown>>
type Referable = keyof typeof QUERIES

/** The choices of every reference filter in `tables`, each dataset read once, all in one D1 batch. */
export async function choicesFor(db: Db, ...tables: FilterTable[]): Promise<Partial<Record<DatasetId, Choice[]>>> {
  const wanted = [...new Set(tables.flatMap((table) => Object.values(table).flatMap((f) => (f.input.kind === 'ref' ? [f.input.dataset as Referable] : []))))]
  if (wanted.length === 0) return {}
  const results = await db.batch(wanted.map((d) => QUERIES[d](db)) as never) as unknown as Choice[][]
  return Object.fromEntries(wanted.map((d, i) => [d, results[i]!]))
}
