/** Webhook and delivery rows → what the API shows of them: never a secret. */
import type { Webhook } from '../../../schema/api/webhooks'
import type * as t from '../../../schema/tables'
import type { Db } from '../../base/env'

type Row = typeof t.webhooks.$inferSelect

export async function hydrateWebhooks(_db: Db, rows: Row[]): Promise<Webhook[]> {
  return rows.map(({ ownerKeyId, ownerPartnerId, secret, previousSecret, deletedAt, version, ...r }) => r)
}

export const deliveryOf = ({ webhookId, body, leaseUntil, ...d }: typeof t.webhookDeliveries.$inferSelect) => d
