import { auditLog } from '../tables'
import { createSelectSchema, doc, Instant, page, z } from './common'

export const AuditEntry = createSelectSchema(auditLog, {
  id: (s) => doc(s, 'Sequence number (increasing).', 42),
  keyId: (s) => doc(s, 'Id of the API key that made the change.', 'key_naturalis_1'),
  role: (s) => doc(s, 'Role of that key.', 'partner'),
  partnerId: (s) => doc(s, 'Partner the key belongs to (partner keys).', 'naturalis'),
  entity: (s) => doc(s, 'What kind of record changed.', 'event'),
  entityId: (s) => doc(s, 'Id of the record.', 'naturalis-lezing-2027-03-12'),
  action: (s) => doc(s, '`create`, `update`, `update:<workflow>` or `delete`.', 'update:published'),
}).extend({
  at: doc(Instant, 'When.'),
  before: doc(z.record(z.string(), z.unknown()).nullable(), 'The changed fields before (null for a creation).'),
  after: doc(z.record(z.string(), z.unknown()).nullable(), 'The changed fields after.'),
}).openapi('AuditEntry', { description: 'One successful write.' })

export const AuditPage = page(AuditEntry, 'AuditPage')
