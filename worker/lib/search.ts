/**
 * Full-text search with SQLite FTS5 (one index per resource, kept current by triggers; see migration 0002):
 * both languages, diacritics folded (`deja` finds `Déjà`), every word a prefix (`ontdek` finds `Ontdekkingen`),
 * ranked by bm25. User input never reaches FTS5 syntax: it is split into words, each quoted.
 */
import { type SQL, sql } from 'drizzle-orm'

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
