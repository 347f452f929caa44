/**
 * The Worker: the app answers requests; a Cron Trigger starts a round of feed imports, and the feeds queue (and its
 * dead-letter queue) carries them out, one message per run (worker/jobs/feeds).
 */
import { createApp } from './app'
import type { Bindings, RunMessage } from './base/env'
import { consumeFeeds, deadFeeds, FEED_DEAD_LETTERS, feedRound } from './jobs/feeds/queue'

const app = createApp()

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(feedRound(env))
  },
  async queue(batch, env) {
    if (batch.queue === FEED_DEAD_LETTERS) await deadFeeds(batch, env)
    else await consumeFeeds(batch, env)
  },
} satisfies ExportedHandler<Bindings, RunMessage>
