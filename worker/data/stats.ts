/** Size, last change and time span of each published dataset: what the catalog and the downloads page state. */
import { eq, type SQL, sql } from 'drizzle-orm'
import { DATASET_IDS, type DatasetId } from '../../schema/tables'
import * as t from '../../schema/tables'
import type { Db } from '../base/env'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { type License, LICENSE_IDS } from '../../core/license'
import { events } from './events/collection'
import { opgaven } from './opgaven/collection'
import { partners } from './partners/collection'
import { places } from './places/collection'
import { themes } from './themes/collection'

/** `licenses`: the licences its public records carry (CC0-1.0, and CC-BY-4.0 where a partner's feed asks for it). */
export type Stats = { rows: number; modified: string | null; licenses: License[]; first?: string | null; last?: string | null }
const COLLECTIONS = { events, opgaven, partners, places, themes } as const

/** Rows the public sees and their last change per dataset, and the time span of the events: one D1 batch. */
export async function datasetStats(db: Db): Promise<Record<DatasetId, Stats>> {
  const counts = DATASET_IDS.map((id) => {
    if (id === 'occurrences') {
      // Occurrences of the public events; they change when their event does.
      return db.select({ rows: sql<number>`count(*)`, modified: sql<string | null>`max(${t.events.updatedAt})`, licenses: sql<string | null>`group_concat(distinct ${t.events.sourceLicense})` }).from(t.eventOccurrences)
        .innerJoin(t.events, eq(t.events.id, t.eventOccurrences.eventId)).where(events.visible(null))
    }
    const { table, visible } = COLLECTIONS[id]
    const license = (table as unknown as { sourceLicense: SQLiteColumn }).sourceLicense
    return db.select({ rows: sql<number>`count(*)`, modified: sql<string | null>`max(${table.updatedAt})`, licenses: sql<string | null>`group_concat(distinct ${license})` }).from(table).where(visible(null) as SQL)
  })
  const span = db.select({ first: sql<string | null>`min(${t.events.startsAt})`, last: sql<string | null>`max(${t.events.endsAtEffective})` })
    .from(t.events).where(events.visible(null))
  const [spanRows, ...results] = await db.batch([span, ...counts] as never) as unknown as [{ first: string | null; last: string | null }[], ...{ rows: number; modified: string | null; licenses: string | null }[][]]
  const all = Object.fromEntries(DATASET_IDS.map((id, i) => {
    const r = results[i]![0]!
    return [id, { rows: Number(r.rows), modified: r.modified, licenses: r.licenses ? LICENSE_IDS.filter((l) => r.licenses!.split(',').includes(l)) : ['CC0-1.0'] }]
  })) as Record<DatasetId, Stats>
  return { ...all, events: { ...all.events, ...spanRows[0] } }
}
