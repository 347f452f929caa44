/**
 * Turns the seed dataset into plain SQL INSERT statements. The same statements feed `npm run db:seed`
 * (written to a file for `wrangler d1 execute`) and the test setup (run through the D1 binding), so the tests
 * see exactly the data a newcomer sees. Values are mapped by drizzle's own column codecs (JSON, booleans).
 */
import { getTableColumns, getTableName, type Table } from 'drizzle-orm'
import { occurrenceRows } from '../occurrences'
import { EVENT_RELATIONS } from '../relations'
import * as t from '../tables'
import { demoEventSeeds } from './demo'
import { eventSeeds } from './events'
import { opgavePartnerRows, opgaveRows, opgaveThemeRows, themeRows } from './opgaven'
import { membershipRows, partnerRows } from './partners'
import { placeRows } from './places'
import type { EventSeed } from './types'

export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
    return String(value)
  }
  if (typeof value === 'boolean') return value ? '1' : '0'
  return `'${String(value).replaceAll("'", "''")}'`
}

/** One INSERT per row, naming only the columns the row sets so that column defaults apply to the rest. */
export function insertStatements<T extends Table>(table: T, rows: readonly T['$inferInsert'][]): string[] {
  const columns = Object.entries(getTableColumns(table))
  return rows.map((row) => {
    const set = columns.filter(([key]) => (row as Record<string, unknown>)[key] !== undefined)
    const names = set.map(([, col]) => `"${col.name}"`).join(', ')
    const values = set.map(([key, col]) => literal(col.mapToDriverValue((row as Record<string, unknown>)[key]))).join(', ')
    return `INSERT INTO "${getTableName(table)}" (${names}) VALUES (${values});`
  })
}

/** Parents before children, so the self-referencing foreign key holds at every insert. */
function parentsFirst(seeds: EventSeed[]): EventSeed[] {
  const byId = new Map(seeds.map((s) => [s.id, s]))
  const depth = (s: EventSeed): number => (s.parentId ? 1 + depth(byId.get(s.parentId)!) : 0)
  return [...seeds].sort((a, b) => depth(a) - depth(b))
}

export function eventStatements(seeds: EventSeed[]): string[] {
  const ordered = parentsFirst(seeds)
  // Curated and demo events are published; a seed row may say otherwise (the table's default is a draft).
  const rows = ordered.map(({ places, organisers, opgaven, themes, audiences, languages, overrides, ...row }) =>
    ({ workflow: 'published' as const, ...row, seriesEndsAt: occurrenceRows(row.id, { ...row, overrides }).seriesEndsAt ?? undefined }))
  const relations = Object.entries(EVENT_RELATIONS).flatMap(([name, r]) =>
    insertStatements(r.table as Table, ordered.flatMap((e): unknown[] => r.toRows(e.id, (e[name as keyof typeof EVENT_RELATIONS] ?? []) as never[])) as never[]))
  // Every event's occurrences, as the write pipeline makes them.
  const occurrences = insertStatements(t.eventOccurrences, ordered.flatMap((e) => occurrenceRows(e.id, e).rows))
  return [...insertStatements(t.events, rows), ...relations, ...occurrences]
}

/** The whole Kennisstad dataset; demo events are dated relative to `today` (YYYY-MM-DD, Amsterdam). */
export function seedStatements(today: string, events = [...eventSeeds, ...demoEventSeeds(today)]): string[] {
  return [
    ...insertStatements(t.themes, themeRows),
    ...insertStatements(t.partners, partnerRows),
    ...insertStatements(t.memberships, membershipRows),
    ...insertStatements(t.places, placeRows),
    ...insertStatements(t.opgaven, opgaveRows),
    ...insertStatements(t.opgaveThemes, opgaveThemeRows),
    ...insertStatements(t.opgavePartners, opgavePartnerRows),
    ...eventStatements(events),
  ]
}

/** Multi-row INSERTs (`rows` per statement) for bulk loads; same value mapping as insertStatements. */
export function bulkInsertStatements<T extends Table>(table: T, rows: readonly T['$inferInsert'][], perStatement = 200): string[] {
  const columns = Object.entries(getTableColumns(table)).filter(([, col]) => !(col as { generated?: unknown }).generated)
  const present = columns.filter(([key]) => rows.some((r) => (r as Record<string, unknown>)[key] !== undefined))
  const names = present.map(([, col]) => `"${col.name}"`).join(', ')
  const out: string[] = []
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((row) => `(${present.map(([key, col]) => {
      const v = (row as Record<string, unknown>)[key]
      if (v === undefined) throw new Error(`bulk rows must all set ${key}`) // SQLite has no DEFAULT in VALUES
      return literal(v === null ? null : col.mapToDriverValue(v))
    }).join(', ')})`)
    out.push(`INSERT INTO "${getTableName(table)}" (${names}) VALUES ${values.join(', ')};`)
  }
  return out
}
