import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import type { Principal } from './keys'

export type Bindings = {
  DB: D1Database
  /** The deployment's version (wrangler.toml [version_metadata]); absent in bare unit runs. */
  CF_VERSION_METADATA?: { id: string; tag?: string; timestamp?: string }
  ASSETS?: Fetcher
  /** Workers Rate Limiting: reads per client IP, writes per API key (wrangler.toml). */
  READ_LIMITER?: RateLimit
  WRITE_LIMITER?: RateLimit
  /** Set only by the test configuration: lets a request ask for an injected D1 failure (X-Fault-Inject). */
  FAULT_INJECTION?: string
  /** Deadline for one D1 query in milliseconds (default 10 000); past it the request answers 503. */
  D1_TIMEOUT_MS?: string
  /** How long an isolate holds the data version it read, in milliseconds (default 5000; data/data-version.ts). */
  DATA_VERSION_HOLD_MS?: string
  /** `development` in local development and tests (`npm start`, vitest): feeds on this machine are allowed. */
  ENVIRONMENT?: string
  /** Where feed imports are queued (wrangler.toml [[queues]]): one message per run of one feed. */
  FEED_QUEUE: Queue<RunMessage>
  /** Deadline for fetching one feed, headers and body (default 15 000 ms), and its size cap (default 5 MiB). */
  FEED_TIMEOUT_MS?: string
  FEED_MAX_BYTES?: string
  /** Seconds before the first retry of a feed that failed in a way that may pass; each next waits 4× longer. */
  FEED_RETRY_SECONDS?: string
  /** Webhook messages to send, one per endpoint that is owed some; and the hub that fans changes out (Durable Object). */
  DELIVERY_QUEUE: Queue<DeliveryMessage>
  HUB: DurableObjectNamespace
  /** Deadline of one webhook attempt (default 10 000 ms); the retry schedule's pauses multiplied by this (default 1). */
  WEBHOOK_TIMEOUT_MS?: string
  WEBHOOK_RETRY_SCALE?: string
  /** Live streams one client (address) may hold open at once (default 10). */
  LIVE_MAX_PER_CLIENT?: string
  /** How often the hub looks at the change log by itself while streams are open (default 5 000 ms). */
  HUB_LOOK_MS?: string
}
/** "Send what this endpoint is owed", as a queue message (worker/jobs/webhooks). */
export type DeliveryMessage = { webhookId: string }
/** One run of one feed, as a queue message; `pass` > 1 continues a long import. */
export type RunMessage = { runId: number; feedId: string; pass?: number }
/** Drizzle without a schema: the code uses the query builder only, never relational queries (`db.query`), and
 * `drizzle(d1, { schema })` walks every table of the schema on each call, once per request. */
export type Db = DrizzleD1Database
/** `d1` is the request's D1 session (see middleware/d1-session); `db` is drizzle over it. */
export type AppEnv = { Bindings: Bindings; Variables: { d1: D1Database; db: Db; principal: Principal | null; dataVersion?: Promise<number>; d1Bookmark?: () => string | null } }
export type App = OpenAPIHono<AppEnv>
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>
