/**
 * Full-text search with SQLite FTS5 (one index per resource, kept current by triggers; see migration 0002):
 * both languages, diacritics folded (`deja` finds `Déjà`), every word a prefix (`ontdek` finds `Ontdekkingen`),
 * ranked by bm25. User input never reaches FTS5 syntax: it is split into words, each quoted.
 */
import { isNull, type SQL, sql } from 'drizzle-orm'
import * as t from '../../schema/tables'
import type { Db } from '../base/env'
import { visibleEvents } from './events/visibility'
import { bilingual } from './rows'

export type Searchable = 'events' | 'partners' | 'places' | 'opgaven'

/** `Nacht "van" ontdek` → `"nacht"* "van"* "ontdek"*`; null when the text has no words (only punctuation). */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 12)
  return words?.length ? words.map((w) => `"${w.toLowerCase()}"*`).join(' ') : null
}

/** `<table>.rowid in (matching rows)`; a text without words matches nothing. */
export function matches(table: Searchable, text: string): SQL {
  const query = ftsQuery(text)
  if (!query) return sql`0`
  return sql`${sql.identifier(table)}.rowid in (select rowid from ${sql.identifier(`${table}_fts`)} where ${sql.identifier(`${table}_fts`)} match ${query})`
}

// Titles weigh ten times the summary text.
const rank = (table: string) => sql.raw(`bm25(${table}_fts, 10.0, 10.0, 1.0, 1.0)`)

/**
 * How many of the best-scoring matches are looked at: the work after the FTS scan (joining each match to its row,
 * checking it is public, sorting) stays bounded however many rows match. Only a match outside these that is public
 * while all of these but fewer than `limit` are not (drafts, deleted rows) could be missed.
 */
export const SEARCH_CANDIDATES = 500

/** The best `limit` public matches of each kind, best first (one D1 batch). */
export async function searchAll(db: Db, q: string, limit: number) {
  const query = ftsQuery(q)
  if (!query) return { events: [], opgaven: [], partners: [], places: [] }
  // Rank by joining the FTS row, among the best-scoring candidates only; filter on the base table's own columns.
  const fts = (table: string) => sql`(select rowid, ${rank(table)} as score from ${sql.identifier(`${table}_fts`)} where ${sql.identifier(`${table}_fts`)} match ${query}
    order by score limit ${SEARCH_CANDIDATES})`
  const [events, opgaven, partners, places] = await db.batch([
    db.select({ id: t.events.id, title: t.events.title, startsAt: t.events.startsAt, endsAt: t.events.endsAt, allDay: t.events.allDay })
      .from(t.events).innerJoin(sql`${fts('events')} as f`, sql`f.rowid = ${t.events}.rowid`).where(visibleEvents(null))
      .orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.opgaven.id, title: t.opgaven.title }).from(t.opgaven)
      .innerJoin(sql`${fts('opgaven')} as f`, sql`f.rowid = ${t.opgaven}.rowid`).where(isNull(t.opgaven.deletedAt)).orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.partners.id, name: t.partners.name, kind: t.partners.kind }).from(t.partners)
      .innerJoin(sql`${fts('partners')} as f`, sql`f.rowid = ${t.partners}.rowid`).where(isNull(t.partners.deletedAt)).orderBy(sql`f.score`).limit(limit),
    db.select({ id: t.places.id, name: t.places.name, streetAddress: t.places.streetAddress, postalCode: t.places.postalCode,
      locality: t.places.locality, latitude: t.places.latitude, longitude: t.places.longitude }).from(t.places)
      .innerJoin(sql`${fts('places')} as f`, sql`f.rowid = ${t.places}.rowid`).where(isNull(t.places.deletedAt)).orderBy(sql`f.score`).limit(limit),
  ])
  return {
    events: events.map((e) => ({ ...e, title: bilingual(e.title) })),
    opgaven: opgaven.map((o) => ({ ...o, title: bilingual(o.title) })),
    partners, places,
  }
}
