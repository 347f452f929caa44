/**
 * Standard Webhooks signatures (standardwebhooks.com), made by its reference library: HMAC-SHA256 with the
 * base64-decoded `whsec_` secret over `<webhook-id>.<webhook-timestamp>.<body>`, sent as `v1,<base64>`. During a
 * rotation a message carries a signature with each valid secret, space-separated, so a receiver that still has the
 * old secret and one that has the new one both verify it.
 */
import { Webhook } from 'standardwebhooks'

/** A new signing secret: `whsec_` and 24 random bytes, base64 (the format the reference libraries read). */
export function newSecret(): string {
  let bin = ''
  for (const b of crypto.getRandomValues(new Uint8Array(24))) bin += String.fromCharCode(b)
  return `whsec_${btoa(bin)}`
}

/** The headers of one attempt: its id, its time (now, in seconds) and a signature per secret. */
export function signedHeaders(secrets: readonly string[], messageId: string, body: string, at = new Date()): Record<string, string> {
  const seconds = Math.floor(at.getTime() / 1000)
  const when = new Date(seconds * 1000)
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(seconds),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, when, body)).join(' '),
  }
}
