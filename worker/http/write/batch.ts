/**
 * Every write is one D1 batch: D1 runs a batch as a transaction, so a failure anywhere leaves nothing half-written.
 * Tests can ask for a failure at statement n (`X-Fault-Inject: batch-statement=n`), honoured only when the test
 * configuration sets FAULT_INJECTION; production never has that binding.
 */
import type { BatchItem } from 'drizzle-orm/batch'
import { sql } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../base/env'

export async function runBatch(c: Context<AppEnv>, statements: BatchItem<'sqlite'>[]): Promise<void> {
  if (statements.length === 0) return
  const db = c.get('db')
  const fault = c.env.FAULT_INJECTION === 'on' ? /batch-statement=(\d+)/.exec(c.req.header('X-Fault-Inject') ?? '')?.[1] : undefined
  const items = [...statements]
  if (fault !== undefined) {
    const n = Math.min(Number(fault), items.length - 1)
    items[n] = db.run(sql`select * from __injected_fault__`)
  }
  await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
}
