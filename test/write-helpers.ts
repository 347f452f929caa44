/** Keys, requests and database snapshots for the write-API tests (inside workerd, real D1). */
import { env, SELF } from 'cloudflare:test'
import * as t from '../schema/tables'
import { newKey } from '../worker/base/keys'
import { insertStatements } from '../schema/seed/sql'
import { BASE } from './api'

export type Who = { key: string; id: string } | null

export async function issueKey(role: 'admin' | 'partner' | 'subscriber', partnerId: string | null = null, opts: { trusted?: boolean; revoked?: boolean } = {}): Promise<Who> {
  const { key, prefix, hash } = await newKey()
  const id = `key_${prefix}`
  const [sql] = insertStatements(t.apiKeys, [{ id, prefix, hash, role, partnerId, trusted: opts.trusted ?? false, revokedAt: opts.revoked ? '2026-01-01T00:00:00Z' : null }])
  await env.DB.prepare(sql!).run()
  return { key, id }
}

export function call(method: string, path: string, who: Who, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...(who ? { Authorization: `Bearer ${who.key}` } : {}), ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['Content-Type'] ??= 'application/json'
  }
  return SELF.fetch(`${BASE}${path}`, init)
}

const TABLES = ['events', 'event_places', 'event_organisers', 'event_opgaven', 'event_themes', 'event_audiences', 'event_languages',
  'partners', 'memberships', 'places', 'opgaven', 'opgave_themes', 'opgave_partners', 'themes', 'audit_log', 'idempotency']

/** Every row of every data table, as one string: equal snapshots mean nothing was written. */
export async function snapshot(): Promise<string> {
  const parts = await env.DB.batch(TABLES.map((name) => env.DB.prepare(`select * from ${name} order by rowid`)))
  return JSON.stringify(parts.map((p) => p.results))
}

export async function auditCount(): Promise<number> {
  return (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())!.n
}

/** A valid new event organised by `partner`, with an id derived from `tag`. */
export const eventBody = (tag: string, partner = 'naturalis', extra: Record<string, unknown> = {}) => ({
  id: `${partner}-test-${tag}`, kind: 'lecture', title: { nl: `Testlezing ${tag}`, en: `Test lecture ${tag}` },
  startsAt: '2027-03-12T20:00:00+01:00', endsAt: '2027-03-12T21:30:00+01:00', places: ['naturalis'],
  organisers: [{ id: partner, role: 'organiser' }], themes: ['biodiversiteit-en-duurzaamheid'], audiences: ['general'], languages: ['nl'],
  ...extra,
})
