/**
 * Full, versioned JSON backups: every table (drafts, deleted rows, API key hashes, audit log, idempotency records and
 * the change log included), raw column values, in an order that restores cleanly. Search indexes are not stored: the
 * triggers rebuild them while rows are restored. Used by `npm run export` / `npm run import` and the round-trip test.
 */
import { getTableColumns, getTableName, is, type Table } from 'drizzle-orm'
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { literal } from './seed/sql'
import * as t from './tables'

export const BACKUP_FORMAT = 'kennisstad-open-data-backup'
export const BACKUP_VERSION = 1

/** Tables the restore's own triggers write into: emptied just before their rows from the file go in. */
const KEPT_BY_TRIGGERS = new Set(['changes', 'event_publications'])
/** Tables that hold only what the triggers derive from the rest (access paths): never stored, rebuilt on restore. */
const DERIVED = new Set(['event_access'])

/**
 * Every table of the schema (write_guards never holds a row), in restore order: referenced tables first, the tables
 * the triggers keep after the rest, `changes` last. Derived from schema/tables.ts, so a new table is backed up
 * without anyone remembering to list it here.
 */
const TABLES: Table[] = (() => {
  const all = (Object.values(t) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable)).filter((x) => getTableName(x) !== 'write_guards' && !DERIVED.has(getTableName(x)))
  const ordered: SQLiteTable[] = []
  const visit = (table: SQLiteTable) => {
    if (ordered.includes(table)) return
    for (const fk of getTableConfig(table).foreignKeys) {
      const target = fk.reference().foreignTable
      if (target !== table) visit(target)
    }
    ordered.push(table)
  }
  all.forEach(visit)
  const kept = [t.eventPublications, t.changes]
  return [...ordered.filter((x) => !KEPT_BY_TRIGGERS.has(getTableName(x))), ...kept]
})()
/** The names of the tables a backup holds, in restore order. */
export const BACKED_UP = TABLES.map((table) => getTableName(table))

export type Row = Record<string, string | number | null>
export type Dump = { format: string; version: number; exportedAt: string; tables: Record<string, Row[]> }

/** What a backup needs from a database: read rows, run statements (each list in one transaction where possible). */
export type SqlClient = { all(sql: string): Promise<Row[]>; exec(statements: string[]): Promise<void> }

/** Stored (not generated) columns of a table, by database name. */
const storedColumns = (table: Table) =>
  Object.values(getTableColumns(table)).filter((c) => !(c as { generated?: unknown }).generated).map((c) => c.name)

/** Rows whose self-reference (parent, containing place) points at a row restored before them. */
function parentsFirst(rows: Row[], key: string): Row[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const depth = (r: Row, seen = 0): number => (r[key] && byId.has(r[key]) && seen < 50 ? 1 + depth(byId.get(r[key])!, seen + 1) : 0)
  return [...rows].sort((a, b) => depth(a) - depth(b))
}

export async function exportDump(db: SqlClient, now = new Date()): Promise<Dump> {
  const tables: Record<string, Row[]> = {}
  for (const table of TABLES) {
    const name = getTableName(table)
    const columns = storedColumns(table).map((c) => `"${c}"`).join(', ')
    // Ordered by content, not rowid: a restore inserts parents first, so rowids may differ; the data may not.
    tables[name] = await db.all(`select ${columns} from "${name}" order by ${columns}`)
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tables }
}

/** A backup row that cannot be restored, named by table, position and id. */
export class BadRow extends Error {}

type Col = { name: string; notNull: boolean; hasDefault: boolean; columnType: string; enumValues?: string[]; generated?: unknown }

/** Every problem with the file, checked before anything is written: columns, types, required values, keys, references. */
export function validateDump(dump: Dump): void {
  if (dump?.format !== BACKUP_FORMAT || dump.version !== BACKUP_VERSION) {
    throw new Error(`not a ${BACKUP_FORMAT} v${BACKUP_VERSION} file (got ${dump?.format} v${dump?.version})`)
  }
  const known = new Set(TABLES.map((table) => getTableName(table)))
  for (const name of Object.keys(dump.tables ?? {})) if (!known.has(name)) throw new BadRow(`table "${name}" is not part of this database`)
  const keys = new Map<string, Set<string>>()
  for (const table of TABLES) {
    const name = getTableName(table)
    const rows = dump.tables[name] ?? []
    if (!Array.isArray(rows)) throw new BadRow(`table ${name}: not a list of rows`)
    const columns = (Object.values(getTableColumns(table)) as unknown as Col[]).filter((c) => !c.generated)
    const byName = new Map(columns.map((c) => [c.name, c]))
    const primary = getTableConfig(table).primaryKeys[0]?.columns.map((c) => c.name) ?? columns.filter((c) => (c as { primary?: boolean }).primary).map((c) => c.name)
    const seen = new Set<string>()
    rows.forEach((row, i) => {
      const where = `table ${name}, row ${i + 1}${typeof row?.id === 'string' ? ` (id "${row.id}")` : ''}`
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BadRow(`${where}: not an object`)
      for (const key of Object.keys(row)) if (!byName.has(key)) throw new BadRow(`${where}: unknown column "${key}"`)
      for (const col of columns) {
        const value = row[col.name]
        if (value === null || value === undefined) {
          if (col.notNull && !col.hasDefault) throw new BadRow(`${where}: column "${col.name}" is required`)
          continue
        }
        const problem = typeProblem(col, value)
        if (problem) throw new BadRow(`${where}: column "${col.name}" ${problem}`)
      }
      const key = JSON.stringify(primary.map((c) => row[c] ?? null))
      if (primary.length && seen.has(key)) throw new BadRow(`${where}: a second row with the same key ${key}`)
      seen.add(key)
    })
    keys.set(name, new Set(rows.map((r) => String(r.id ?? ''))))
  }
  // References between tables (and within one) must point at rows of the file.
  for (const table of TABLES) {
    const name = getTableName(table)
    for (const fk of getTableConfig(table).foreignKeys) {
      const ref = fk.reference()
      if (ref.foreignColumns.length !== 1 || ref.foreignColumns[0]!.name !== 'id') continue
      const target = getTableName(ref.foreignTable)
      const column = ref.columns[0]!.name
      ;(dump.tables[name] ?? []).forEach((row, i) => {
        const value = row[column]
        if (value !== null && value !== undefined && !keys.get(target)?.has(String(value))) {
          throw new BadRow(`table ${name}, row ${i + 1}${row.id ? ` (id "${row.id}")` : ''}: column "${column}" refers to ${target} "${value}", which the file does not contain`)
        }
      })
    }
  }
}

function typeProblem(col: Col, value: unknown): string | null {
  if (col.columnType === 'SQLiteText' || col.columnType === 'SQLiteTextJson') {
    if (typeof value !== 'string') return `must be text, not ${typeof value}`
    if (col.enumValues && !col.enumValues.includes(value)) return `must be one of ${col.enumValues.join(', ')}, not "${value}"`
    if (col.columnType === 'SQLiteTextJson') {
      try { JSON.parse(value) } catch { return 'must hold JSON' }
    }
    return null
  }
  if (col.columnType === 'SQLiteReal') return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a finite number'
  // Integers, booleans (0/1) and integer timestamps.
  return typeof value === 'number' && Number.isInteger(value) ? null : 'must be a whole number'
}

/**
 * Restores a validated file into an empty database, all or nothing: the file is checked whole before the first write,
 * and a write that still fails (the database refuses a row) empties the target again, so a failed import leaves it
 * exactly as it was.
 */
export async function importDump(db: SqlClient, dump: Dump): Promise<Record<string, number>> {
  validateDump(dump)
  const [{ n }] = (await db.all('select (select count(*) from partners) + (select count(*) from events) as n')) as [{ n: number }]
  if (n > 0) throw new Error('the target database is not empty: import restores into an empty database only')
  const counts: Record<string, number> = {}
  try {
    for (const table of TABLES) {
      const name = getTableName(table)
      let rows = dump.tables[name] ?? []
      if (name === 'events') rows = parentsFirst(rows, 'parent_id')
      if (name === 'places') rows = parentsFirst(rows, 'contained_in_id')
      if (KEPT_BY_TRIGGERS.has(name)) await db.exec([`delete from "${name}"`]) // what the restore's own triggers just wrote
      const columns = storedColumns(table)
      const statements: string[] = []
      for (let i = 0; i < rows.length; i += 50) {
        const values = rows.slice(i, i + 50).map((r) => `(${columns.map((c) => literal(r[c] ?? null)).join(', ')})`)
        statements.push(`insert into "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values.join(', ')}`)
      }
      for (let i = 0; i < statements.length; i += 100) {
        try {
          await db.exec(statements.slice(i, i + 100))
        } catch (err) {
          throw new BadRow(`table ${name}, rows ${i * 50 + 1}–${Math.min((i + 100) * 50, rows.length)}: the database refused them (${(err as Error).message})`)
        }
      }
      counts[name] = rows.length
    }
  } catch (err) {
    await wipe(db)
    throw err
  }
  return counts
}

/** Empties every table the restore writes (children first), then what their triggers wrote. */
async function wipe(db: SqlClient) {
  await db.exec([...[...TABLES].reverse().map((table) => `delete from "${getTableName(table)}"`), ...[...KEPT_BY_TRIGGERS, ...DERIVED].map((name) => `delete from "${name}"`)])
}

/** A SqlClient over a D1 binding (Worker, tests, wrangler's platform proxy). */
export const d1Client = (d1: D1Database): SqlClient => ({
  all: async (sql) => (await d1.prepare(sql).all<Row>()).results,
  exec: async (statements) => {
    if (statements.length) await d1.batch(statements.map((s) => d1.prepare(s)))
  },
})
