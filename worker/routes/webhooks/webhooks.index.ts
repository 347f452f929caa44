/**
 * Webhooks: subscribing, changing and unsubscribing through the one write pipeline (audited, conditional), rotating
 * the signing secret, test messages, and the deliveries an owner reads to see why an endpoint is not getting them.
 */
import { and, eq, isNull } from 'drizzle-orm'
import type { Context } from 'hono'
import { toRfc3339 } from '../../../core/time'
import * as t from '../../../schema/tables'
import type { AppEnv } from '../../base/env'
import { nudge } from '../../base/hub'
import { ProblemError } from '../../base/problem'
import { newSecret } from '../../base/signature'
import { keysetPage } from '../../data/pagination'
import { queueTest } from '../../data/webhooks/deliveries'
import { deliveryOf, hydrateWebhooks } from '../../data/webhooks/rows'
import { ownedBy, ownsWebhook, type WebhookWrite, webhookWriter } from '../../data/webhooks/write'
import { conflictProblem } from '../../data/write/writer'
import { createRouter } from '../../http/router'
import { writeCtxOf } from '../../http/write/pipeline'
import * as routes from './webhooks.routes'

/** How long messages are signed with the previous secret after a rotation too. */
const OVERLAP_HOURS = 24

async function hookFor(c: Context<AppEnv>, id: string) {
  const [row] = await c.get('db').select().from(t.webhooks).where(and(eq(t.webhooks.id, id), isNull(t.webhooks.deletedAt)))
  if (!row || !ownsWebhook(c.get('principal')!, row)) throw new ProblemError(404, `There is no webhook with id "${id}".`)
  return row
}
const noStore = { 'Cache-Control': 'no-store' }
const secretOf = async (c: Context<AppEnv>, id: string) => (await c.get('db').select({ secret: t.webhooks.secret }).from(t.webhooks).where(eq(t.webhooks.id, id)))[0]!.secret

const router = createRouter()

router.openapi(routes.create, async (c) => {
    const made = await webhookWriter.create(writeCtxOf(c), c.get('principal')!, c.req.valid('json') as WebhookWrite)
    if ('conflict' in made) throw conflictProblem(made.conflict.kind, 'webhook', made.id)
    const body = { ...(made.rep.item as object), secret: await secretOf(c, made.id) }
    return c.json(body as never, 201, { ...noStore, ETag: made.rep.etag, Location: `/v1/webhooks/${made.id}` })
})

router.openapi(routes.list, async (c) => {
    const q = c.req.valid('query')
    const db = c.get('db')
    const who = c.get('principal')!
    const page = await keysetPage(c, q, routes.hookSorts,
      (keyset, order, limit) => db.select().from(t.webhooks).where(and(isNull(t.webhooks.deletedAt), ownedBy(who), keyset)).orderBy(...order).limit(limit),
      (rows) => hydrateWebhooks(db, rows))
    return c.json(page, 200)
})

router.openapi(routes.get, async (c) => {
    const hook = await hookFor(c, c.req.valid('param').id)
    const rep = await webhookWriter.representation(c.get('db'), hook.id)
    return c.json(rep.item as never, 200, { ...noStore, ETag: rep.etag })
})

router.openapi(routes.update, async (c) => {
    const { id } = c.req.valid('param')
    const before = await hookFor(c, id)
    const rep = await webhookWriter.update(writeCtxOf(c), c.get('principal')!, id, c.req.valid('json') as Partial<WebhookWrite>)
    if (before.paused && !(rep.item as { paused: boolean }).paused) await nudge(c.env, id)
    return c.json(rep.item as never, 200, { ...noStore, ETag: rep.etag })
})

router.openapi(routes.remove, async (c) => {
    await webhookWriter.remove(writeCtxOf(c), c.get('principal')!, c.req.valid('param').id)
    return c.body(null, 204, noStore)
})

router.openapi(routes.rotate, async (c) => {
    const { id } = c.req.valid('param')
    const secret = newSecret()
    const rep = await webhookWriter.change(writeCtxOf(c), c.get('principal')!, id, async (before) => {
      const { row, ...input } = before
      return { after: input as WebhookWrite, action: 'rotate-secret', lists: new Set(), columns: { secret, previousSecret: row.secret, previousSecretUntil: toRfc3339(Date.now() + OVERLAP_HOURS * 3_600_000) } }
    })
    return c.json({ ...(rep.item as object), secret } as never, 200, { ...noStore, ETag: rep.etag })
})

router.openapi(routes.test, async (c) => {
    const hook = await hookFor(c, c.req.valid('param').id)
    const row = await queueTest(c.get('db'), hook)
    await nudge(c.env, hook.id)
    return c.json(deliveryOf(row) as never, 202, { ...noStore, Location: `/v1/webhooks/${hook.id}/deliveries/${row.id}` })
})

router.openapi(routes.deliveries, async (c) => {
    const hook = await hookFor(c, c.req.valid('param').id)
    const q = c.req.valid('query')
    const db = c.get('db')
    const page = await keysetPage(c, q, routes.deliverySorts,
      (keyset, order, limit) => db.select().from(t.webhookDeliveries).where(and(eq(t.webhookDeliveries.webhookId, hook.id), keyset)).orderBy(...order).limit(limit),
      async (rows) => rows.map(deliveryOf))
    return c.json(page as never, 200)
})

router.openapi(routes.delivery, async (c) => {
    const { id, delivery } = c.req.valid('param')
    const hook = await hookFor(c, id)
    const [row] = await c.get('db').select().from(t.webhookDeliveries).where(and(eq(t.webhookDeliveries.id, delivery), eq(t.webhookDeliveries.webhookId, hook.id)))
    if (!row) throw new ProblemError(404, `Webhook "${id}" has no delivery ${delivery}.`)
    return c.json(deliveryOf(row) as never, 200, noStore)
  })

export default router
