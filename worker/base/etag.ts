import { sha1 } from 'hono/utils/crypto'

/** The strong ETag of a body: SHA-1 hex, as Hono's etag middleware computes it, so reads and writes agree. */
export const etagOf = async (body: string) => `"${await sha1(body)}"`
