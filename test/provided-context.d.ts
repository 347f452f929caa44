// What the end-to-end global setup provides to tests (Node e2e tests and the widget tests in Chromium).
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    workerUrl: string
    /** The partner web server of the feed tests (test/feeds/server.ts). */
    feedServer: string
    fuzzRuns: number
    fuzzSeed: number
  }
}
