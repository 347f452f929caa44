/**
 * Which representation to send: `?format=` (for links people click) wins over the `Accept` header (for code).
 * An Accept header that allows none of the supported types is a 406 problem.
 */
import type { Context } from 'hono'
import { ProblemError } from '../base/problem'
import { type FormatId as Format, mediaTypeOf } from './registry'

type Range = { type: string; subtype: string; q: number; order: number }

function parseAccept(header: string): Range[] {
  return header.split(',').flatMap((part, order) => {
    const [range, ...params] = part.trim().split(';')
    const [type, subtype] = (range ?? '').trim().toLowerCase().split('/')
    if (!type || !subtype) return []
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    return Number.isFinite(q) && q > 0 ? [{ type, subtype, q, order }] : []
  })
}

/** Whether an Accept header (absent: anything) allows a media type, by the same rules negotiate applies. */
export function accepts(header: string | undefined, mediaType: string): boolean {
  if (!header) return true
  const [type, subtype] = mediaType.split('/')
  return parseAccept(header).some((r) => (r.type === '*' && r.subtype === '*') || (r.type === type && (r.subtype === '*' || r.subtype === subtype)))
}

/** The best supported format for this request; `supported[0]` is the default for `*\/*` and no Accept header. */
export function negotiate(c: Context, supported: readonly Format[], queryFormat?: Format): Format {
  if (queryFormat) return queryFormat
  const header = c.req.header('Accept')
  if (!header) return supported[0]!
  const ranges = parseAccept(header)
  let best: { format: Format; q: number; specificity: number; order: number } | undefined
  for (const format of supported) {
    const [type, subtype] = mediaTypeOf(format).split('/')
    for (const r of ranges) {
      const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1
        : r.type === '*' && r.subtype === '*' ? 0 : -1
      if (specificity < 0) continue
      const better = !best || r.q > best.q || (r.q === best.q && specificity > best.specificity)
        || (r.q === best.q && specificity === best.specificity && specificity === 0 && supported.indexOf(format) < supported.indexOf(best.format))
      if (better) best = { format, q: r.q, specificity, order: r.order }
    }
  }
  if (!best) {
    throw new ProblemError(406, `This resource is available as ${supported.map(mediaTypeOf).join(', ')}; the Accept header allows none of them.`)
  }
  return best.format
}
