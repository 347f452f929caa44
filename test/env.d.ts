import type { D1Migration } from '@cloudflare/vitest-plugin'
import type { Bindings } from '../worker/base/env'

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[]
      RESTORE_DB: D1Database
      MIGRATION_DB: D1Database
      BACKFILL_DB: D1Database
    }
  }
}
