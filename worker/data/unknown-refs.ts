/**
 * Reference filters naming something that does not exist (`partner=rijksmuseum-boerhave`): found here, with the
 * closest existing ids as suggestions, so a typo is a clear 400 instead of an empty list that looks like "nothing on".
 * One D1 batch reads the ids of every small dataset the request's reference filters name; events (a large dataset)
 * are looked up by the given ids and their first letters only, and only among those the viewer may see, so a
 * suggestion never reveals a draft.
 */
import { and, like, or } from 'drizzle-orm'
import { distance } from 'fastest-levenshtein'
import * as t from '../../schema/tables'
import type { DatasetId } from '../../schema/tables'
import type { Db } from '../base/env'
import { choicesFor } from './choices'
import type { Viewer } from './collection'
import { visibleEvents } from './events/visibility'
import type { FilterTable } from './filters'
import { split } from './params'
import { inList } from './sql'

export type UnknownRef = { name: string; value: string; dataset: DatasetId; suggestions: string[] }

/** Up to three ids close to `value`: a small edit distance, or one containing the other. */
export function suggest(value: string, ids: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3))
  return ids
    .map((id) => ({ id, d: id.includes(value) || value.includes(id) ? Math.min(1, distance(value, id)) : distance(value, id) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((x) => x.id)
}

/** Every value of a reference filter in `values` that names no existing record (filters in `skip` are not checked). */
export async function unknownRefs(db: Db, table: FilterTable, values: Record<string, unknown>, viewer: Viewer, skip: readonly string[] = []): Promise<UnknownRef[]> {
  const used = Object.fromEntries(Object.entries(table).filter(([name, f]) =>
    f.input.kind === 'ref' && !skip.includes(name) && typeof values[name] === 'string' && values[name] !== ''))
  if (Object.keys(used).length === 0) return []
  const isEvents = ([, f]: [string, FilterTable[string]]) => f.input.kind === 'ref' && f.input.dataset === 'events'
  const small = Object.fromEntries(Object.entries(used).filter((e) => !isEvents(e)))
  const wantedEvents = Object.entries(used).filter(isEvents).flatMap(([name]) => split(values[name] as string))
  const [choices, eventIds] = await Promise.all([choicesFor(db, small), wantedEvents.length ? eventsLike(db, wantedEvents, viewer) : []])
  if (wantedEvents.length) choices.events = eventIds.map((id) => ({ id, label: id }))
  const unknown: UnknownRef[] = []
  for (const [name, f] of Object.entries(used)) {
    if (f.input.kind !== 'ref') continue
    const dataset = f.input.dataset
    const ids = (choices[dataset] ?? []).map((c) => c.id)
    const known = new Set(ids)
    for (const value of split(values[name] as string)) {
      if (!known.has(value)) unknown.push({ name, value, dataset, suggestions: suggest(value, ids) })
    }
  }
  return unknown
}

/** Visible event ids equal to one of `ids` or sharing its first four letters (candidates for suggestions). */
async function eventsLike(db: Db, ids: string[], viewer: Viewer): Promise<string[]> {
  // Slugs are validated ([a-z0-9-]), so they hold no LIKE wildcard.
  const prefixes = [...new Set(ids.map((id) => id.slice(0, 4)))]
  const rows = await db.select({ id: t.events.id }).from(t.events)
    .where(and(visibleEvents(viewer), or(inList(t.events.id, ids), ...prefixes.map((p) => like(t.events.id, `${p}%`))))).limit(1000)
  return rows.map((r) => r.id)
}
