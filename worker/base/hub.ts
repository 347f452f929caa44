/** The change hub (worker/jobs/hub): one Durable Object for the whole dataset, addressed by name; and the deliveries queue it feeds. */
import type { Bindings } from './env'

/** Open live streams allowed per client address (the binding LIVE_MAX_PER_CLIENT overrides it, for tests and benches). */
export const LIVE_MAX_PER_CLIENT = 10

export const hubOf = (env: Bindings) => env.HUB.get(env.HUB.idFromName('hub'))

/** Tells the hub that something was written, so webhooks and live streams hear of it at once. */
export async function kickHub(env: Bindings): Promise<void> {
  if (!env.HUB) return // a bare app without bindings (scripts that call the app directly)
  await hubOf(env).fetch('https://hub/kick', { method: 'POST' }).then((r) => r.body?.cancel(), () => undefined)
}

/**
 * Asks the deliveries queue to send what `webhookId` is owed (after `delaySeconds`: a retry's pause, at most the
 * 12 hours a queue message may wait).
 */
export const nudge = (env: Bindings, webhookId: string, delaySeconds = 0) =>
  env.DELIVERY_QUEUE.send({ webhookId }, delaySeconds > 0 ? { delaySeconds: Math.min(delaySeconds, 43_200) } : undefined)
