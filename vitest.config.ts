import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

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
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./schema/migrations') },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['worker/**/*.test.ts', 'schema/**/*.test.ts', 'test/worker/**/*.test.ts'],
          setupFiles: ['./test/setup-d1.ts'],
        },
      },
      {
        test: { name: 'tooling', include: ['test/tooling/**/*.test.ts'], environment: 'node' },
      },
      {
        // Real Worker (wrangler startWorker + seeded local D1) driven by Debian's Chromium.
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node',
          globalSetup: ['./test/e2e/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000,
        },
      },
    ],
  },
})
