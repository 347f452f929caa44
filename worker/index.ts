/**
 * The Worker: the app answers requests; a Cron Trigger starts a round of feed imports, the feeds queue (and its
 * dead-letter queue) carries them out, one message per run (worker/jobs/feeds); the change hub (a Durable Object)
 * pushes changes to webhooks and live streams, and the deliveries queue (and its dead-letter queue) sends the
 * webhook messages (worker/jobs/hub, worker/jobs/webhooks).
 */
import { createApp } from './app'
import type { Bindings, DeliveryMessage, RunMessage } from './base/env'
import { consumeFeeds, deadFeeds, FEED_DEAD_LETTERS, FEED_QUEUE, feedRound } from './jobs/feeds/queue'
import { consumeDeliveries, DELIVERY_DEAD_LETTERS, DELIVERY_QUEUE, deadDeliveries } from './jobs/webhooks/deliver'

export { ChangeHub } from './jobs/hub/hub'

const app = createApp()

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(feedRound(env))
  },
  async queue(batch, env) {
    if (batch.queue === FEED_QUEUE) await consumeFeeds(batch as MessageBatch<RunMessage>, env)
    else if (batch.queue === FEED_DEAD_LETTERS) await deadFeeds(batch as MessageBatch<RunMessage>, env)
    else if (batch.queue === DELIVERY_QUEUE) await consumeDeliveries(batch as MessageBatch<DeliveryMessage>, env)
    else if (batch.queue === DELIVERY_DEAD_LETTERS) await deadDeliveries(batch as MessageBatch<DeliveryMessage>, env)
  },
} satisfies ExportedHandler<Bindings, RunMessage | DeliveryMessage>
