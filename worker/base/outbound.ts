/**
 * Addresses the platform fetches or posts to on someone's say-so — partners' feeds, developers' webhook endpoints —
 * are hostile input: https on public addresses only in production (http and this machine too in local development),
 * never private, link-local or other internal addresses in any notation (the WHATWG URL parser has already turned
 * `2130706433`, `0x7f.1` and `[::ffff:7f00:1]` into their plain forms), no credentials, the standard port.
 */
const v4 = (host: string) => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  return m ? m.slice(1).map(Number) : null
}
/** What an IPv4 address is, if it is not a public one. */
function v4Kind([a, b]: number[]): 'loopback' | 'internal' | null {
  if (a === 127) return 'loopback'
  if (a === 0 || a === 10 || a! >= 224 || (a === 100 && b! >= 64 && b! <= 127) || (a === 169 && b === 254) || (a === 172 && b! >= 16 && b! <= 31)
    || (a === 192 && (b === 168 || b === 0)) || (a === 198 && (b === 18 || b === 19))) return 'internal'
  return null
}
/** What an IPv6 address is (the URL parser has already expanded and lower-cased it), if it is not a public one. */
function v6Kind(host: string): 'loopback' | 'internal' | null {
  const h = host.replace(/^\[|\]$/g, '')
  if (h === '::1') return 'loopback'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h) ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h)
  if (mapped) {
    const parts = mapped.length === 2 ? v4(mapped[1]!)! : [parseInt(mapped[1]!, 16) >> 8, parseInt(mapped[1]!, 16) & 255, parseInt(mapped[2]!, 16) >> 8, parseInt(mapped[2]!, 16) & 255]
    return v4Kind(parts)
  }
  if (h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || /^ff/.test(h) || h.startsWith('64:ff9b:') || h.startsWith('2001:db8:')) return 'internal'
  return null
}

/** Why the platform will not fetch (or post to) this address, in words its owner can act on; null when it will. */
export function outboundUrlProblem(raw: string, policy: { development: boolean }): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'https:' && !(policy.development && url.protocol === 'http:')) return policy.development ? 'must be an http or https address' : 'must be an https address'
  if (url.username || url.password) return 'must not contain a user name or password'
  const host = url.hostname
  const kind = host.startsWith('[') ? v6Kind(host) : v4(host) ? v4Kind(v4(host)!) : host === 'localhost' || host.endsWith('.localhost') ? 'loopback'
    : /\.(?:local|internal|lan|intranet|corp|home\.arpa)$/.test(host) || !host.includes('.') ? 'internal' : null
  if (kind === 'internal') return 'points to a private or internal address'
  if (kind === 'loopback' && !policy.development) return 'points to this machine (allowed only in local development)'
  if (!policy.development && url.port && url.port !== '443') return 'must use the standard https port'
  return null
}

