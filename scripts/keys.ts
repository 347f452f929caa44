/**
 * `npm run keys -- <command>`: API keys for operators, against the local D1 (default) or production (`--remote`).
 *   create --role partner --partner naturalis [--trusted] [--label "CMS"]   prints the key ONCE
 *   create --role admin [--label "Editor Jan"]
 *   create --role subscriber [--label "Mirror of Sleutelstad"]          reads, and registers its own webhooks
 *   list                                                                  prefix, role, partner, last use, revoked
 *   revoke <prefix-or-id>
 * Only a SHA-256 hash of each key is stored; a lost key cannot be recovered, only revoked and replaced.
 */
import { parseArgs } from 'node:util'
import { insertStatements } from '../schema/seed/sql'
import * as t from '../schema/tables'
import { newKey } from '../worker/base/keys'
import { d1Query } from './db'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' }, partner: { type: 'string' }, trusted: { type: 'boolean', default: false },
    label: { type: 'string' }, remote: { type: 'boolean', default: false }, local: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
})
const where = values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])]

const d1 = (sql: string) => d1Query(where, sql)
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`
const fail = (message: string): never => {
  console.error(`keys: ${message}`)
  process.exit(2)
}

const [command, arg] = positionals
if (command === 'create') {
  const role = values.role
  if (role !== 'admin' && role !== 'partner' && role !== 'subscriber') fail('--role must be admin, partner or subscriber')
  if (role === 'partner') {
    if (!values.partner) fail('a partner key needs --partner <partner id>')
    if (d1(`select id from partners where id = ${quote(values.partner!)} and deleted_at is null`).length === 0) fail(`no partner "${values.partner}"`)
  }
  const { key, prefix, hash } = await newKey()
  const [insert] = insertStatements(t.apiKeys, [{
    id: `key_${prefix}`, prefix, hash, role: role as 'admin' | 'partner' | 'subscriber', partnerId: role === 'partner' ? values.partner! : null,
    trusted: values.trusted, label: values.label ?? null,
  }])
  d1(insert!)
  console.log(`Created ${role} key key_${prefix}${role === 'partner' ? ` for ${values.partner}${values.trusted ? ' (trusted)' : ''}` : ''}.`)
  console.log('\nThe key (shown only now; store it in a password manager):\n')
  console.log(`  ${key}\n`)
} else if (command === 'list') {
  const rows = d1('select id, role, partner_id, trusted, label, created_at, last_used_at, revoked_at from api_keys order by created_at')
  if (rows.length === 0) console.log('No keys.')
  for (const r of rows) {
    console.log([r.id, r.role, r.partner_id ?? '-', r.trusted ? 'trusted' : '', r.label ?? '', `created ${r.created_at}`,
      `last used ${r.last_used_at ?? 'never'}`, r.revoked_at ? `REVOKED ${r.revoked_at}` : 'active'].filter(Boolean).join('  '))
  }
} else if (command === 'revoke') {
  if (!arg) fail('usage: keys revoke <prefix-or-id>')
  const prefix = arg!.replace(/^key_/, '')
  const found = d1(`select id, revoked_at from api_keys where prefix = ${quote(prefix)}`)
  if (found.length === 0) fail(`no key ${arg}`)
  d1(`update api_keys set revoked_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') where prefix = ${quote(prefix)} and revoked_at is null`)
  console.log(`Revoked key_${prefix}: requests with it now get 401.`)
} else {
  fail('usage: npm run keys -- create|list|revoke … [--remote]')
}
