/**
 * How an import treats what an editor corrected: a three-way comparison per field between what the import last
 * wrote (base), what the event holds now (current) and what the feed says now (theirs). A field nobody touched
 * since the last import takes the feed's value; a field someone corrected keeps the correction, and when the feed
 * changed that field too, the run report says so (`kept`). Values are compared as data, not as JSON text: key order,
 * nulls, absent keys and empty lists do not count as differences (core/json.ts).
 */
import { canonicalJson } from '../../../core/json'

/** The event input fields an import manages (everything a writer sends but its id and its moderation state). */
const UNMANAGED = new Set(['id', 'workflow'])

export const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/**
 * The patch that brings `current` to what the feed says, keeping corrections: `patch` holds only fields that change
 * (null clears one), `kept` the corrected fields the feed also changed.
 */
export function mergeImport(base: Record<string, unknown>, current: Record<string, unknown>, theirs: Record<string, unknown>) {
  const patch: Record<string, unknown> = {}
  const kept: string[] = []
  const fields = new Set([...Object.keys(base), ...Object.keys(theirs)].filter((f) => !UNMANAGED.has(f)))
  for (const field of fields) {
    const corrected = !same(current[field], base[field])
    if (corrected) {
      if (!same(theirs[field], base[field]) && !same(theirs[field], current[field])) kept.push(field)
      continue
    }
    if (!same(theirs[field], current[field])) patch[field] = theirs[field] ?? null
  }
  return { patch, kept }
}
