import type { Context } from 'hono'
import type { AppEnv } from '../../base/env'
import { doc, z } from '../../../schema/api/common'
import { ProblemError } from '../../base/problem'

export const IfMatchHeader = z.object({
  'If-Match': doc(z.string().max(200).optional(), 'The ETag you last saw; when the resource changed since, nothing is written and the answer is 412.', '"3f2a9c0e"'),
})

/**
 * Optimistic concurrency: when `If-Match` is sent, it must name the current ETag (the one a GET returns), else 412
 * and nothing is written. `*` and no header at all pass.
 */
export async function requireIfMatch(c: Context<AppEnv>, currentEtag: () => Promise<string>, noun: string): Promise<void> {
  const ifMatch = c.req.header('If-Match')
  if (ifMatch === undefined || ifMatch.trim() === '*') return
  const etag = await currentEtag()
  if (!ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etag)) {
    throw new ProblemError(412, `The ${noun} changed since you read it (If-Match no longer matches); nothing was written. Read it again and retry.`, {
      headers: { ETag: etag },
    })
  }
}
