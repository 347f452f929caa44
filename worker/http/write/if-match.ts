import { doc, z } from '../../../schema/api/common'

export const IfMatchHeader = z.object({
  'If-Match': doc(z.string().max(200).optional(), 'The ETag you last saw; when the resource changed since, nothing is written and the answer is 412.', '"3f2a9c0e"'),
})
