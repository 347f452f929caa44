/**
 * Full, versioned JSON backups: every table (drafts, deleted rows, API key hashes, audit log, idempotency records and
 * the change log included), raw column values, in an order that restores cleanly. Search indexes are not stored: the
 * triggers rebuild them while rows are restored. Used by `npm run export` / `npm run import` and the round-trip test.
 */
import { getTableColumns, getTableName, type Table } from 'drizzle-orm'
import { literal } from './seed/sql'
import * as t from './tables'

export const BACKUP_FORMAT = 'kennisstad-open-data-backup'
export const BACKUP_VERSION = 1

/** Restore order: referenced tables first. `changes` last, after the restore's own trigger entries are cleared. */
const TABLES: Table[] = [
  t.themes, t.partners, t.memberships, t.places, t.opgaven, t.opgaveThemes, t.opgavePartners, t.events, t.eventPlaces,
  t.eventOrganisers, t.eventOpgaven, t.eventThemes, t.eventAudiences, t.eventLanguages, t.apiKeys, t.auditLog,
  t.idempotency, t.changes,
]

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

export async function importDump(db: SqlClient, dump: Dump): Promise<Record<string, number>> {
  if (dump.format !== BACKUP_FORMAT || dump.version !== BACKUP_VERSION) {
    throw new Error(`not a ${BACKUP_FORMAT} v${BACKUP_VERSION} file (got ${dump.format} v${dump.version})`)
  }
  const [{ n }] = (await db.all('select (select count(*) from partners) + (select count(*) from events) as n')) as [{ n: number }]
  if (n > 0) throw new Error('the target database is not empty: import restores into an empty database only')
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const name = getTableName(table)
    let rows = dump.tables[name] ?? []
    if (name === 'events') rows = parentsFirst(rows, 'parent_id')
    if (name === 'places') rows = parentsFirst(rows, 'contained_in_id')
    if (name === 'changes') await db.exec(['delete from changes']) // entries the restore's own triggers just wrote
    const columns = storedColumns(table)
    const statements: string[] = []
    for (let i = 0; i < rows.length; i += 50) {
      const values = rows.slice(i, i + 50).map((r) => `(${columns.map((c) => literal(r[c] ?? null)).join(', ')})`)
      statements.push(`insert into "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values.join(', ')}`)
    }
    for (let i = 0; i < statements.length; i += 100) await db.exec(statements.slice(i, i + 100))
    counts[name] = rows.length
  }
  return counts
}

/** A SqlClient over a D1 binding (Worker, tests, wrangler's platform proxy). */
export const d1Client = (d1: D1Database): SqlClient => ({
  all: async (sql) => (await d1.prepare(sql).all<Row>()).results,
  exec: async (statements) => {
    if (statements.length) await d1.batch(statements.map((s) => d1.prepare(s)))
  },
})
