import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { CHROMIUM, CHROMIUM_ARGS } from './test/e2e/chromium.ts'

/**
 * API tests run inside workerd (the Workers runtime) against a real local D1 with the real migrations and seed;
 * requests go through the real Worker (SELF).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // Empty databases: the backup round trip restores into one, the migration tests upgrade the others.
              d1Databases: { RESTORE_DB: 'restore-db', MIGRATION_DB: 'migration-db', BACKFILL_DB: 'backfill-db' },
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./schema/migrations'), FAULT_INJECTION: 'on', D1_TIMEOUT_MS: '2000',
                // Feeds from the local test server (test/feeds/server.ts); a slow one gives up soon; retries without pause.
                ENVIRONMENT: 'development', FEED_TIMEOUT_MS: '2000', FEED_RETRY_SECONDS: '0',
                // Webhook retries without their pauses, and a receiver that hangs gives up soon.
                WEBHOOK_RETRY_SCALE: '0', WEBHOOK_TIMEOUT_MS: '5000', LIVE_MAX_PER_CLIENT: '3',
                // The hub's own look at the log (an alarm) far off: a test sees a push only because the write kicked the hub.
                HUB_LOOK_MS: '600000',
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          // A bound, not a wait: a loaded 2-core machine may be several times slower than a quiet one.
          testTimeout: 60_000, hookTimeout: 120_000,
          // Fuzzing size and seed (test/worker/fuzz.test.ts); FUZZ_SEED reproduces a failing run.
          provide: { fuzzRuns: Number(process.env.FUZZ_RUNS ?? 5000), fuzzSeed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
          include: ['core/**/*.test.ts', 'worker/**/*.test.ts', 'schema/**/*.test.ts', 'test/worker/**/*.test.ts'],
          setupFiles: ['./test/setup-d1.ts'],
          globalSetup: ['./test/feeds/server.ts'],
        },
      },
      {
        // Node-side checks that spawn tools (Spectral, the start script, the widget build): the same bound as above.
        test: { name: 'tooling', include: ['test/tooling/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        // The Lit widgets in real Chromium (Debian's), against a real Worker with a seeded D1 on another origin.
        test: {
          name: 'widgets', include: ['widgets/src/**/*.test.ts'], globalSetup: ['./test/e2e/global-setup.ts'],
          testTimeout: 120_000, hookTimeout: 180_000,
          browser: {
            enabled: true, headless: true, screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Real Worker (wrangler startWorker + seeded local D1) driven by Debian's Chromium.
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node',
          globalSetup: ['./test/e2e/global-setup.ts'], testTimeout: 180_000, hookTimeout: 180_000,
        },
      },
    ],
  },
})
