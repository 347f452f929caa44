/**
 * API keys: `ksk_<prefix>_<secret>`. 256 random bits of secret; only the SHA-256 of the whole key is stored, so a
 * database leak reveals no usable key. The public prefix finds the row; the hash comparison is constant-time.
 */
import { sha256 } from 'hono/utils/crypto'
import type { ROLES } from '../../schema/tables'

export type Role = (typeof ROLES)[number]
/** Who is writing (or reading with a key): the key's id, role, partner and whether it may publish directly. */
export type Principal = { keyId: string; role: Role; partnerId: string | null; trusted: boolean }
/** Who is reading: a key's principal, or nobody (anonymous). Decides which rows are visible. */
export type Viewer = Principal | null | undefined

export const KEY = /^ksk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/

/** SHA-256 as lowercase hex (Hono's helper; Workers always have WebCrypto). */
export const sha256Hex = async (text: string): Promise<string> => (await sha256(text))!

function base64url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** A new key: what to show the operator once, and what to store. */
export async function newKey(): Promise<{ key: string; prefix: string; hash: string }> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const prefix = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % 36]).join('')
  const key = `ksk_${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`
  return { key, prefix, hash: await sha256Hex(key) }
}

export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a)
  const y = new TextEncoder().encode(b)
  if (x.length !== y.length) return false
  return crypto.subtle.timingSafeEqual(x, y)
}
