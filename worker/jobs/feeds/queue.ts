/**
 * Feed imports on Cloudflare's machinery: a Cron Trigger starts a round (every due feed gets a run, as a message
 * on the feeds queue); the queue's consumer imports each message's feed on its own, so a slow or broken feed never
 * holds up the others; a failure that may pass (a timeout, a 5xx, a database hiccup) is retried with growing pauses,
 * and a message that keeps failing lands on the dead-letter queue, whose consumer closes its run as failed.
 */
import { drizzle } from 'drizzle-orm/d1'
import type { Bindings, RunMessage } from '../../base/env'
import { dueFeeds, finishRun, queueRun } from '../../data/feeds/runs'
import { importPass } from './import'

export const FEED_QUEUE = 'kennisstad-feeds'
export const FEED_DEAD_LETTERS = 'kennisstad-feeds-dlq'

/** A round: a run for every feed that is due, queued together (sendBatch takes up to 100 messages). */
export async function feedRound(env: Bindings, now = Date.now()): Promise<number> {
  const db = drizzle(env.DB)
  const runs: RunMessage[] = []
  for (const feedId of await dueFeeds(db, now)) {
    const { runId, queued } = await queueRun(db, feedId, 'schedule', now)
    if (queued) runs.push({ runId, feedId })
  }
  for (let i = 0; i < runs.length; i += 100) await env.FEED_QUEUE.sendBatch(runs.slice(i, i + 100).map((body) => ({ body })))
  return runs.length
}

/** Pause before retry `attempt` (1, 2, …): FEED_RETRY_SECONDS (default 60) × 4^(attempt−1), at most 12 hours. */
const backoff = (env: Bindings, attempt: number) => Math.min(43_200, Number(env.FEED_RETRY_SECONDS ?? 60) * 4 ** (attempt - 1))

export async function consumeFeeds(batch: MessageBatch<RunMessage>, env: Bindings): Promise<void> {
  for (const message of batch.messages) {
    try {
      const result = await importPass(env, message.body, message.attempts)
      if (result === 'retry') message.retry({ delaySeconds: backoff(env, message.attempts) })
      else message.ack()
    } catch (err) {
      // Unexpected (a database outage, a bug): tried again later; after the last retry the message is dead-lettered.
      console.error(`feed run ${message.body.runId} (${message.body.feedId}), attempt ${message.attempts}:`, err)
      message.retry({ delaySeconds: backoff(env, message.attempts) })
    }
  }
}

/** Messages the importer gave up on: their runs end as failed, saying so, and count towards pausing the feed. */
export async function deadFeeds(batch: MessageBatch<RunMessage>, env: Bindings): Promise<void> {
  const db = drizzle(env.DB)
  for (const message of batch.messages) {
    await finishRun(db, message.body.runId, message.body.feedId, {
      outcome: 'failed', httpStatus: null,
      error: `The import failed ${message.attempts} times in a row on our side (see the Worker's log); it was given up. The next round tries again.`,
    })
    message.ack()
  }
}
